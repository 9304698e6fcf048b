// A plan's results (JSON and CSV) and the crosswalk between plans: public, read-only, served from the response cache.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { planSegment } from '@ccm/shared/api-paths';
import { ExportFiltersSchema, LangQuerySchema, PlanParamsSchema, type ActionPlan } from '@ccm/shared/schemas/api';
import { CrosswalkResponseSchema, PlanResultsResponseSchema } from '@ccm/shared/schemas/plans';
import { toCsv } from '../../lib/csv.ts';
import { found, NotFoundError } from '../../lib/errors.ts';
import { cachedRoute, publicRoute } from '../../lib/route-schema.ts';
import { serialize } from '../../lib/serialize.ts';
import { findPlan } from './catalogue.service.ts';
import { crosswalkOf, planResults, planResultsCsvRows } from './results.ts';

const CrosswalkQuerySchema = LangQuerySchema.extend({
  plan: ExportFiltersSchema.shape.plan.meta({ description: 'Only the relations into or out of this plan (its code without regard to case).' }),
}).strict();

const resultsRoutes: FastifyPluginAsyncZod = async (app) => {
  /** The plan a path or query names (any case), or a 404 problem. */
  const planOf = (segment: string): ActionPlan => {
    const plan = findPlan(app.catalogue(), segment);
    if (!plan) throw new NotFoundError(`No action plan "${segment}".`);
    return plan;
  };

  app.get(
    '/action-plans/:plan/results',
    cachedRoute('catalogue', 'The plan’s results: each action’s final status, targets reached, indicators still flagged, and what was never measured', {
      params: PlanParamsSchema,
      querystring: LangQuerySchema,
      response: { 200: PlanResultsResponseSchema },
    }),
    (request, reply) => {
      const { code } = planOf(request.params.plan);
      app.sendCached(request, reply, `plan:${code}:results`, (c) => serialize(PlanResultsResponseSchema, { data: planResults(c, found(findPlan(c, code), `action plan "${code}"`)) }));
    },
  );

  app.get(
    '/action-plans/:plan/results.csv',
    publicRoute('catalogue', 'The plan’s results as CSV, one row per indicator, column headers in the chosen language (UTF-8 with BOM, RFC 4180)', {
      params: PlanParamsSchema,
      querystring: LangQuerySchema,
      produces: ['text/csv'],
      response: { 200: z.string().meta({ description: 'text/csv' }) },
    }),
    (request, reply) => {
      const { code } = planOf(request.params.plan);
      const lang = app.requestLanguage(request);
      reply.header('Content-Disposition', `attachment; filename="${planSegment(code)}-results-${lang}.csv"`);
      app.sendCached(
        request,
        reply,
        `plan:${code}:results.csv`,
        (c) => {
          const { rows, columns } = planResultsCsvRows(planResults(c, found(findPlan(c, code), `action plan "${code}"`)), c.lang);
          return toCsv(rows, columns);
        },
        'text/csv; charset=utf-8',
      );
    },
  );

  app.get(
    '/crosswalk',
    cachedRoute('catalogue', 'Every old→new relation between the public plans’ indicators and actions, optionally only those into or out of one plan', { querystring: CrosswalkQuerySchema, response: { 200: CrosswalkResponseSchema } }),
    (request, reply) => {
      const code = request.query.plan === undefined ? undefined : planOf(request.query.plan).code;
      app.sendCached(request, reply, `crosswalk:${code ?? '*'}`, (c) => serialize(CrosswalkResponseSchema, { data: crosswalkOf(c, code) }));
    },
  );
};

export default resultsRoutes;
