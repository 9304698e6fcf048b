// ISU workspace routes: cycles. Each declares the role it needs (config.role); the auth plugin enforces it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateCycleInputSchema,
  UpdateCycleInputSchema,
  WorkspaceCycleResponseSchema,
  WorkspaceCyclesResponseSchema,
} from '@ccm/shared/schemas/workspace';
import { CycleParams, logWrite, noStore, workspaceRoute } from '../../lib/workspace-routes.ts';
import * as service from './cycles.service.ts';

const cyclesRoutes: FastifyPluginAsyncZod = async (app) => {
  noStore(app);

  app.get(
    '/cycles',
    workspaceRoute('editor', 'All cycles with their state and pending drafts', { response: { 200: WorkspaceCyclesResponseSchema } }),
    async () => ({ data: service.cyclesWithCounts(app.database.db) }),
  );

  app.post(
    '/cycles',
    workspaceRoute('admin', 'Add a reporting cycle (admin)', { body: CreateCycleInputSchema, response: { 201: WorkspaceCycleResponseSchema } }),
    async (request, reply) => {
      const cycle = service.createCycle(app.database.db, request.body);
      logWrite(request, { cycle: cycle.code }, 'cycle created');
      return reply.code(201).send({ data: cycle });
    },
  );

  app.patch(
    '/cycles/:code',
    workspaceRoute('admin', 'Edit an unpublished cycle’s meeting, year or dates; it is placed by date and must stay before its plan’s deadline (admin)', {
      params: CycleParams,
      body: UpdateCycleInputSchema,
      response: { 200: WorkspaceCycleResponseSchema },
    }),
    async (request) => {
      const cycle = service.updateCycle(app.database.db, request.params.code, request.body);
      logWrite(request, { cycle: cycle.code }, 'cycle edited');
      return { data: cycle };
    },
  );

  app.delete(
    '/cycles/:code',
    workspaceRoute('admin', 'Delete an unpublished cycle that no figure, draft or history entry names (admin)', { params: CycleParams, response: { 204: z.null() } }),
    async (request, reply) => {
      const code = service.deleteCycle(app.database.db, request.params.code);
      logWrite(request, { cycle: code }, 'cycle deleted');
      return reply.code(204).send(null);
    },
  );
};

export default cyclesRoutes;
