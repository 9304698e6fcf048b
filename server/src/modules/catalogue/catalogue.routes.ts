// Public read-only catalogue routes: thin, schema-first, served from the per-version response cache.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { API_PATHS, LEGACY_PLAN_CODE } from '@ccm/shared/api-paths';
import {
  type ActionPlan,
  ActionFiltersSchema,
  ActionParamsSchema,
  ActionPlanResponseSchema,
  ActionPlansResponseSchema,
  ActionResponseSchema,
  ActionsResponseSchema,
  ConflictsResponseSchema,
  CyclesResponseSchema,
  DocumentCommentsResponseSchema,
  IndicatorFiltersSchema,
  IndicatorParamsSchema,
  IndicatorResponseSchema,
  IndicatorsResponseSchema,
  LangQuerySchema,
  PillarsResponseSchema,
  PlanActionParamsSchema,
  PlanParamsSchema,
  SeriesListResponseSchema,
  SeriesParamsSchema,
  SeriesResponseSchema,
  SummaryResponseSchema,
} from '@ccm/shared/schemas/api';
import { found, NotFoundError } from '../../lib/errors.ts';
import { cachedRoute, movedRoute } from '../../lib/route-schema.ts';
import { queryKey, serialize } from '../../lib/serialize.ts';
import { filterIndicators, findPlan, indicatorsOfPlan, seriesSummaries, summarise, type Catalogue } from './catalogue.service.ts';

const NoQuery = LangQuerySchema;

const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/action-plans',
    cachedRoute('catalogue', 'Action plans and their cycles', { querystring: NoQuery, response: { 200: ActionPlansResponseSchema } }),
    (request, reply) => app.sendCached(request, reply, 'action-plans', (c) => serialize(ActionPlansResponseSchema, { data: c.actionPlans })),
  );

  // --- One plan: action numbers and pillar slugs only mean something inside a plan ---------------------------------

  /** The plan a path names (any case), or a 404 problem. */
  const planOf = (segment: string): ActionPlan => {
    const plan = findPlan(app.catalogue(), segment);
    if (!plan) throw new NotFoundError(`No action plan "${segment}".`);
    return plan;
  };

  app.get(
    '/action-plans/:plan',
    cachedRoute('catalogue', 'One action plan (code without regard to case)', { params: PlanParamsSchema, querystring: NoQuery, response: { 200: ActionPlanResponseSchema } }),
    (request, reply) => {
      const { code } = planOf(request.params.plan);
      return app.sendCached(request, reply, `plan:${code}`, (c) => serialize(ActionPlanResponseSchema, { data: found(findPlan(c, code), `action plan "${code}"`) }));
    },
  );

  app.get(
    '/action-plans/:plan/cycles',
    cachedRoute('catalogue', 'The plan’s reporting cycles in order (any cycle shared with the previous plan first, ordinals counted within the plan), the deadline cycle last', {
      params: PlanParamsSchema,
      querystring: NoQuery,
      response: { 200: CyclesResponseSchema },
    }),
    (request, reply) => {
      const { code } = planOf(request.params.plan);
      return app.sendCached(request, reply, `plan:${code}:cycles`, (c) => serialize(CyclesResponseSchema, { data: c.planCycles.get(code) ?? [] }));
    },
  );

  app.get(
    '/action-plans/:plan/pillars',
    cachedRoute('catalogue', 'The plan’s thematic pillars with their action ranges', { params: PlanParamsSchema, querystring: NoQuery, response: { 200: PillarsResponseSchema } }),
    (request, reply) => {
      const { code } = planOf(request.params.plan);
      return app.sendCached(request, reply, `plan:${code}:pillars`, (c) => serialize(PillarsResponseSchema, { data: c.pillars.filter((p) => p.actionPlan === code) }));
    },
  );

  app.get(
    '/action-plans/:plan/actions',
    cachedRoute('catalogue', 'The plan’s actions, optionally of one pillar', { params: PlanParamsSchema, querystring: ActionFiltersSchema, response: { 200: ActionsResponseSchema } }),
    (request, reply) => {
      const { code } = planOf(request.params.plan);
      const { pillar } = request.query;
      if (pillar !== undefined && !app.catalogue().pillars.some((p) => p.actionPlan === code && p.slug === pillar)) {
        throw new NotFoundError(`No pillar "${pillar}" in ${code}.`);
      }
      return app.sendCached(request, reply, `plan:${code}:actions${queryKey(request.query)}`, (c) =>
        serialize(ActionsResponseSchema, {
          data: c.actions.filter((a) => a.actionPlan === code && (pillar === undefined || a.pillar === pillar || a.secondaryPillars.includes(pillar))),
        }),
      );
    },
  );

  app.get(
    '/action-plans/:plan/actions/:number',
    cachedRoute('catalogue', 'One action of the plan, by number', { params: PlanActionParamsSchema, querystring: NoQuery, response: { 200: ActionResponseSchema } }),
    (request, reply) => {
      const { code } = planOf(request.params.plan);
      const { number } = request.params;
      const actionIn = (c: Catalogue) => c.actions.find((a) => a.actionPlan === code && a.number === number);
      if (!actionIn(app.catalogue())) throw new NotFoundError(`No action ${number} in ${code}.`);
      return app.sendCached(request, reply, `plan:${code}:action:${number}`, (c) => serialize(ActionResponseSchema, { data: found(actionIn(c), `action ${number} in ${code}`) }));
    },
  );

  app.get(
    '/action-plans/:plan/indicators',
    cachedRoute('indicators', 'The plan’s indicators with their observations and computed status', { params: PlanParamsSchema, querystring: IndicatorFiltersSchema, response: { 200: IndicatorsResponseSchema } }),
    (request, reply) => {
      const { code } = planOf(request.params.plan);
      return app.sendCached(request, reply, `plan:${code}:indicators${queryKey(request.query)}`, (c) =>
        serialize(IndicatorsResponseSchema, { data: indicatorsOfPlan(c, code, filterIndicators(c, request.query)) }),
      );
    },
  );

  app.get(
    '/action-plans/:plan/summary',
    cachedRoute('indicators', 'Status counts of the plan per pillar (against its own deadline) and its latest cycle with data', { params: PlanParamsSchema, querystring: NoQuery, response: { 200: SummaryResponseSchema } }),
    (request, reply) => {
      const { code } = planOf(request.params.plan);
      // summarise() walks every indicator: run it only when the cached body is built, not on every request.
      return app.sendCached(request, reply, `plan:${code}:summary`, (c) => serialize(SummaryResponseSchema, { data: summarise(c, found(findPlan(c, code), `action plan "${code}"`)) }));
    },
  );

  // --- Today's unqualified paths: 308 to the same path under the LAP, query string kept ------------------------------

  const redirectTo = (request: FastifyRequest, reply: FastifyReply, path: string): void => {
    const query = request.url.indexOf('?');
    void reply.redirect(query === -1 ? path : `${path}${request.url.slice(query)}`, 308);
  };
  app.get('/cycles', movedRoute('catalogue', API_PATHS.planCycles(LEGACY_PLAN_CODE), { querystring: NoQuery }), (request, reply) => {
    redirectTo(request, reply, API_PATHS.planCycles(LEGACY_PLAN_CODE));
  });
  app.get('/pillars', movedRoute('catalogue', API_PATHS.planPillars(LEGACY_PLAN_CODE), { querystring: NoQuery }), (request, reply) => {
    redirectTo(request, reply, API_PATHS.planPillars(LEGACY_PLAN_CODE));
  });
  app.get('/actions', movedRoute('catalogue', API_PATHS.planActions(LEGACY_PLAN_CODE), { querystring: ActionFiltersSchema }), (request, reply) => {
    redirectTo(request, reply, API_PATHS.planActions(LEGACY_PLAN_CODE));
  });
  app.get(
    '/actions/:number',
    movedRoute('catalogue', API_PATHS.planAction(LEGACY_PLAN_CODE, 27).replace('/27', '/{number}'), { params: ActionParamsSchema, querystring: NoQuery }),
    (request, reply) => {
      redirectTo(request, reply, API_PATHS.planAction(LEGACY_PLAN_CODE, request.params.number));
    },
  );
  app.get('/summary', movedRoute('catalogue', API_PATHS.planSummary(LEGACY_PLAN_CODE), { querystring: NoQuery }), (request, reply) => {
    redirectTo(request, reply, API_PATHS.planSummary(LEGACY_PLAN_CODE));
  });

  app.get(
    '/indicators',
    cachedRoute('indicators', 'Indicators of every plan with their observations and computed status', { querystring: IndicatorFiltersSchema, response: { 200: IndicatorsResponseSchema } }),
    (request, reply) =>
      app.sendCached(request, reply, `indicators${queryKey(request.query)}`, (c) =>
        serialize(IndicatorsResponseSchema, { data: filterIndicators(c, request.query) }),
      ),
  );

  app.get(
    '/indicators/:id',
    cachedRoute('indicators', 'One indicator', { params: IndicatorParamsSchema, querystring: NoQuery, response: { 200: IndicatorResponseSchema } }),
    (request, reply) => {
      const { id } = request.params;
      return app.sendCachedItem(request, reply, `indicator:${id}`, `indicator "${id}"`, (c) => c.indicatorsById.get(id), (data) => serialize(IndicatorResponseSchema, { data }));
    },
  );

  app.get(
    '/conflicts',
    cachedRoute('catalogue', 'Places where the source document contradicts itself', { querystring: NoQuery, response: { 200: ConflictsResponseSchema } }),
    (request, reply) => app.sendCached(request, reply, 'conflicts', (c) => serialize(ConflictsResponseSchema, { data: c.conflicts })),
  );

  app.get(
    '/document-comments',
    cachedRoute('catalogue', 'The drafters’ comments in the margin of the source document; those with underReview put their paragraphs’ figures under review by the ISU', { querystring: NoQuery, response: { 200: DocumentCommentsResponseSchema } }),
    (request, reply) => app.sendCached(request, reply, 'document-comments', (c) => serialize(DocumentCommentsResponseSchema, { data: c.documentComments })),
  );

  app.get(
    '/series',
    cachedRoute('series', 'The non-action series (ISU contributions, extension requests, UNGA votes, membership)', { querystring: NoQuery, response: { 200: SeriesListResponseSchema } }),
    (request, reply) => app.sendCached(request, reply, 'series', (c) => serialize(SeriesListResponseSchema, { data: seriesSummaries(c) })),
  );

  app.get(
    '/series/:name',
    cachedRoute('series', 'One series with every point and its paragraph', { params: SeriesParamsSchema, querystring: NoQuery, response: { 200: SeriesResponseSchema } }),
    (request, reply) => {
      const { name } = request.params;
      return app.sendCachedItem(request, reply, `series:${name}`, `series "${name}"`, (c) => c.series.find((s) => s.name === name), (data) => serialize(SeriesResponseSchema, { data }));
    },
  );
};

export default catalogueRoutes;
