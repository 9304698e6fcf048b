// Liveness with a real database query: 503 when the database cannot answer.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthResponseSchema } from '@ccm/shared/schemas/api';
import { ProblemSchema } from '@ccm/shared/schemas/common';
import { routeSchema } from '../../lib/route-schema.ts';
import { sendProblem } from '../../plugins/errors.ts';

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    { schema: routeSchema('health', 'Service and database health', { response: { 200: HealthResponseSchema } }, { 503: ProblemSchema }) },
    (request, reply) => {
      try {
        app.database.sqlite.prepare('select count(*) from action_plans').get();
        reply.header('Cache-Control', 'no-store');
        return { status: 'ok' as const };
      } catch (error) {
        request.log.error({ err: error }, 'health check failed');
        reply.header('Cache-Control', 'no-store');
        return sendProblem(reply, request, { status: 503, detail: 'The database is not available.' });
      }
    },
  );
};

export default healthRoutes;
