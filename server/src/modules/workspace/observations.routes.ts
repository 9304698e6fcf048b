// ISU workspace routes: observations. Each declares the role it needs (config.role); the auth plugin enforces it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SlugSchema, CycleCodeSchema, ProblemSchema } from '@ccm/shared/schemas/common';
import {
  ChangeResponseSchema,
  ChangesResponseSchema,
  DraftConflictProblemSchema,
  EntryGridResponseSchema,
  ObservationEntryInputSchema,
  PublishResponseSchema,
  RevertInputSchema,
} from '@ccm/shared/schemas/workspace';
import { NotFoundError } from '../../lib/errors.ts';
import { admin, editor, errors, noStore, userOf } from '../../lib/workspace-routes.ts';
import { cyclesWithCounts } from './cycles.service.ts';
import * as service from './observations.service.ts';

const ChangeIdParams = z.object({ id: z.coerce.number().int().positive() });
const CycleParams = z.object({ code: CycleCodeSchema });


const observationsRoutes: FastifyPluginAsyncZod = async (app) => {
  noStore(app);

  app.get(
    '/cycles/:code/entries',
    {
      ...editor,
      schema: {
        tags: ['workspace'],
        summary: 'The entry grid of a cycle: indicators with published and draft figures',
        params: CycleParams,
        querystring: z.object({ pillar: SlugSchema.optional() }).strict(),
        response: { 200: EntryGridResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { rows } = service.entryGrid(app.database.db, request.params.code, request.query.pillar);
      const cycle = cyclesWithCounts(app.database.db).find((c) => c.code === request.params.code);
      if (!cycle) throw new NotFoundError(`No cycle "${request.params.code}".`);
      return { data: { cycle, rows } };
    },
  );

  app.get(
    '/cycles/:code/diff',
    { ...editor, schema: { tags: ['workspace'], summary: 'Drafts of a cycle against what is published', params: CycleParams, response: { 200: ChangesResponseSchema, ...errors } } },
    async (request) => {
      return { data: service.draftsOfCycle(app.database.db, request.params.code) };
    },
  );

  app.post(
    '/cycles/:code/publish',
    { ...admin, schema: { tags: ['workspace'], summary: 'Publish every draft of a cycle (admin)', params: CycleParams, response: { 200: PublishResponseSchema, ...errors } } },
    async (request) => {
      const result = service.publishCycle(app.database.db, userOf(request), request.params.code);
      request.log.info({ ...result, by: userOf(request).id }, 'cycle published');
      return { data: { ...result, dataVersion: app.dataVersion() } };
    },
  );

  app.put(
    '/observations',
    {
      ...editor,
      schema: {
        tags: ['workspace'],
        summary: 'Enter or correct a figure (saved as a draft; a 409 draft-conflict when someone else changed it since basedOn)',
        body: ObservationEntryInputSchema,
        response: { 200: ChangeResponseSchema, ...errors, 409: z.union([DraftConflictProblemSchema, ProblemSchema]) },
      },
    },
    async (request) => ({ data: service.saveEntry(app.database.db, userOf(request), request.body) }),
  );

  app.post(
    '/changes/:id/revert',
    { ...editor, schema: { tags: ['workspace'], summary: 'Draft a change that restores the figure before a published change', params: ChangeIdParams, body: RevertInputSchema, response: { 200: ChangeResponseSchema, ...errors } } },
    async (request) => ({ data: service.revertChange(app.database.db, userOf(request), request.params.id, request.body.reason) }),
  );

  app.post(
    '/changes/:id/discard',
    { ...editor, schema: { tags: ['workspace'], summary: 'Discard a draft (it stays in the history as discarded)', params: ChangeIdParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      service.discardDraft(app.database.db, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/history',
    {
      ...editor,
      schema: {
        tags: ['workspace'],
        summary: 'Every change, newest first (who, when, before, after, reason, state)',
        querystring: z.object({ indicator: SlugSchema.optional(), cycle: CycleCodeSchema.optional() }).strict(),
        response: { 200: ChangesResponseSchema, ...errors },
      },
    },
    async (request) => ({ data: service.history(app.database.db, { indicatorId: request.query.indicator, cycle: request.query.cycle }) }),
  );
};

export default observationsRoutes;
