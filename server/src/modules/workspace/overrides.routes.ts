// ISU workspace routes: status overrides, drafted (admin) and published with the figures (publications.routes.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SlugSchema } from '@ccm/shared/schemas/common';
import { OverridesResponseSchema } from '@ccm/shared/schemas/publishing';
import { StatusOverrideInputSchema, StatusOverrideResponseSchema } from '@ccm/shared/schemas/workspace';
import { admin, editor, errors, noStore, userOf } from '../../lib/workspace-routes.ts';
import * as service from './overrides.service.ts';

const IndicatorParams = z.object({ id: SlugSchema });
const OverrideIdParams = z.object({ id: z.coerce.number().int().positive() });

const overridesRoutes: FastifyPluginAsyncZod = async (app) => {
  noStore(app);

  app.post(
    '/indicators/:id/override',
    {
      ...admin,
      schema: {
        tags: ['workspace'],
        summary: 'Draft an override of the computed status (or, with code null, the withdrawal of the one in force), with a justification; public once published (admin)',
        params: IndicatorParams,
        body: StatusOverrideInputSchema,
        response: { 200: StatusOverrideResponseSchema, ...errors },
      },
    },
    async (request) => ({ data: service.draftOverride(app.database.db, userOf(request), request.params.id, request.body.code, request.body.justification) }),
  );

  app.get(
    '/overrides',
    { ...editor, schema: { tags: ['workspace'], summary: 'Override drafts waiting for publication, and the overrides in force', response: { 200: OverridesResponseSchema, ...errors } } },
    async () => ({ data: service.listOverrides(app.database.db, app.catalogue()) }),
  );

  app.post(
    '/overrides/:id/discard',
    { ...admin, schema: { tags: ['workspace'], summary: 'Discard an override draft (admin)', params: OverrideIdParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      service.discardOverride(app.database.db, request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default overridesRoutes;
