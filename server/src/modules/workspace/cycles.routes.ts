// ISU workspace routes: cycles. Each declares the role it needs (config.role); the auth plugin enforces it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CycleCodeSchema } from '@ccm/shared/schemas/common';
import {
  CreateCycleInputSchema,
  UpdateCycleInputSchema,
  WorkspaceCycleResponseSchema,
  WorkspaceCyclesResponseSchema,
} from '@ccm/shared/schemas/workspace';
import { admin, editor, errors, noStore, userOf } from '../../lib/workspace-routes.ts';
import * as service from './cycles.service.ts';

const CycleParams = z.object({ code: CycleCodeSchema });


const cyclesRoutes: FastifyPluginAsyncZod = async (app) => {
  noStore(app);

  app.get(
    '/cycles',
    { ...editor, schema: { tags: ['workspace'], summary: 'All cycles with their state and pending drafts', response: { 200: WorkspaceCyclesResponseSchema, ...errors } } },
    async () => ({ data: service.cyclesWithCounts(app.database.db) }),
  );

  app.post(
    '/cycles',
    { ...admin, schema: { tags: ['workspace'], summary: 'Add a reporting cycle (admin)', body: CreateCycleInputSchema, response: { 201: WorkspaceCycleResponseSchema, ...errors } } },
    async (request, reply) => {
      const cycle = service.createCycle(app.database.db, request.body);
      request.log.info({ cycle: cycle.code, by: userOf(request).id }, 'cycle created');
      return reply.code(201).send({ data: cycle });
    },
  );

  app.patch(
    '/cycles/:code',
    {
      ...admin,
      schema: {
        tags: ['workspace'],
        summary: 'Edit an unpublished cycle’s meeting, year or dates; it is placed by date and must stay before its plan’s deadline (admin)',
        params: CycleParams,
        body: UpdateCycleInputSchema,
        response: { 200: WorkspaceCycleResponseSchema, ...errors },
      },
    },
    async (request) => {
      const cycle = service.updateCycle(app.database.db, request.params.code, request.body);
      request.log.info({ cycle: cycle.code, by: userOf(request).id }, 'cycle edited');
      return { data: cycle };
    },
  );

  app.delete(
    '/cycles/:code',
    {
      ...admin,
      schema: {
        tags: ['workspace'],
        summary: 'Delete an unpublished cycle that no figure, draft or history entry names (admin)',
        params: CycleParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const code = service.deleteCycle(app.database.db, request.params.code);
      request.log.info({ cycle: code, by: userOf(request).id }, 'cycle deleted');
      return reply.code(204).send(null);
    },
  );
};

export default cyclesRoutes;
