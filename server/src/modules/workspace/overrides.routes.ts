// ISU workspace routes: status overrides, drafted (admin) and published with the figures (publications.routes.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OverridesResponseSchema } from '@ccm/shared/schemas/publishing';
import { StatusOverrideInputSchema, StatusOverrideResponseSchema } from '@ccm/shared/schemas/workspace';
import { IdParams, noStore, SlugParams, userOf, workspaceRoute } from '../../lib/workspace-routes.ts';
import * as service from './overrides.service.ts';

const overridesRoutes: FastifyPluginAsyncZod = async (app) => {
  noStore(app);

  app.post(
    '/indicators/:id/override',
    workspaceRoute('admin', 'Draft an override of the computed status (or, with code null, the withdrawal of the one in force), with a justification; public once published (admin)', {
      params: SlugParams,
      body: StatusOverrideInputSchema,
      response: { 200: StatusOverrideResponseSchema },
    }),
    async (request) => ({ data: service.draftOverride(app.database.db, userOf(request), request.params.id, request.body.code, request.body.justification) }),
  );

  app.get(
    '/overrides',
    workspaceRoute('editor', 'Override drafts waiting for publication, and the overrides in force', { response: { 200: OverridesResponseSchema } }),
    async () => ({ data: service.listOverrides(app.database.db, app.catalogue()) }),
  );

  app.post(
    '/overrides/:id/discard',
    workspaceRoute('admin', 'Discard an override draft (admin)', { params: IdParams, response: { 204: z.null() } }),
    async (request, reply) => {
      service.discardOverride(app.database.db, request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default overridesRoutes;
