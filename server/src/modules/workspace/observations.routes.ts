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
import { CycleParams, IdParams, logWrite, noStore, userOf, workspaceRoute } from '../../lib/workspace-routes.ts';
import { cyclesWithCounts } from './cycles.service.ts';
import * as service from './observations.service.ts';

const observationsRoutes: FastifyPluginAsyncZod = async (app) => {
  noStore(app);

  app.get(
    '/cycles/:code/entries',
    workspaceRoute('editor', 'The entry grid of a cycle: indicators with published and draft figures', { params: CycleParams, querystring: z.object({ pillar: SlugSchema.optional() }).strict(), response: { 200: EntryGridResponseSchema } }),
    async (request) => {
      const { rows } = service.entryGrid(app.database.db, request.params.code, request.query.pillar);
      const cycle = cyclesWithCounts(app.database.db).find((c) => c.code === request.params.code);
      if (!cycle) throw new NotFoundError(`No cycle "${request.params.code}".`);
      return { data: { cycle, rows } };
    },
  );

  app.get(
    '/cycles/:code/diff',
    workspaceRoute('editor', 'Drafts of a cycle against what is published', { params: CycleParams, response: { 200: ChangesResponseSchema } }),
    async (request) => {
      return { data: service.draftsOfCycle(app.database.db, request.params.code) };
    },
  );

  app.post(
    '/cycles/:code/publish',
    workspaceRoute('admin', 'Publish every draft of a cycle (admin)', { params: CycleParams, response: { 200: PublishResponseSchema } }),
    async (request) => {
      const result = service.publishCycle(app.database.db, userOf(request), request.params.code);
      logWrite(request, { ...result }, 'cycle published');
      return { data: { ...result, dataVersion: app.dataVersion() } };
    },
  );

  app.put(
    '/observations',
    workspaceRoute('editor', 'Enter or correct a figure (saved as a draft; a 409 draft-conflict when someone else changed it since basedOn)', {
      body: ObservationEntryInputSchema,
      response: { 200: ChangeResponseSchema, 409: z.union([DraftConflictProblemSchema, ProblemSchema]) },
    }),
    async (request) => ({ data: service.saveEntry(app.database.db, userOf(request), request.body) }),
  );

  app.post(
    '/changes/:id/revert',
    workspaceRoute('editor', 'Draft a change that restores the figure before a published change', { params: IdParams, body: RevertInputSchema, response: { 200: ChangeResponseSchema } }),
    async (request) => ({ data: service.revertChange(app.database.db, userOf(request), request.params.id, request.body.reason) }),
  );

  app.post(
    '/changes/:id/discard',
    workspaceRoute('editor', 'Discard a draft (it stays in the history as discarded)', { params: IdParams, response: { 204: z.null() } }),
    async (request, reply) => {
      service.discardDraft(app.database.db, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/history',
    workspaceRoute('editor', 'Every change, newest first (who, when, before, after, reason, state)', {
      querystring: z.object({ indicator: SlugSchema.optional(), cycle: CycleCodeSchema.optional() }).strict(),
      response: { 200: ChangesResponseSchema },
    }),
    async (request) => ({ data: service.history(app.database.db, { indicatorId: request.query.indicator, cycle: request.query.cycle }) }),
  );
};

export default observationsRoutes;
