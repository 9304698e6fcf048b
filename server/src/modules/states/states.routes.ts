// Public read-only States routes: thin, schema-first, served from the per-version response cache like the catalogue.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LangQuerySchema } from '@ccm/shared/schemas/api';
import { StateParamsSchema, StateResponseSchema, StatesResponseSchema } from '@ccm/shared/schemas/states';
import { cachedRoute } from '../../lib/route-schema.ts';
import { serialize } from '../../lib/serialize.ts';
import { findState, listStates } from './states.service.ts';

const statesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/states',
    cachedRoute('states', 'Every State with its names in the four languages, its status and events, and how many published figures and series points name it', { querystring: LangQuerySchema, response: { 200: StatesResponseSchema } }),
    (request, reply) => app.sendCached(request, reply, 'states', (c) => serialize(StatesResponseSchema, { data: listStates(c) })),
  );

  app.get(
    '/states/:code',
    cachedRoute('states', 'One State (ISO 3166-1 alpha-3, any case) with every published figure and series point that names it', { params: StateParamsSchema, querystring: LangQuerySchema, response: { 200: StateResponseSchema } }),
    (request, reply) => {
      const { code } = request.params;
      return app.sendCachedItem(request, reply, `state:${code}`, `State "${code}"`, (c) => findState(c, code), (data) => serialize(StateResponseSchema, { data }));
    },
  );
};

export default statesRoutes;
