// What-if classification: the stored rule applied to figures a user supplies, using the stored cycle ordinals.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IndicatorStatusSchema, ClassifyRequestSchema } from '@ccm/shared/schemas/status';
import { ProblemSchema } from '@ccm/shared/schemas/common';
import { classifyIndicator, DEFAULT_UNIT } from '@ccm/shared/domain/classify';
import { classifierInputFor, localizeStatus } from '@ccm/shared/domain/status-input';
import { LangQuerySchema } from '@ccm/shared/schemas/api';
import { z } from 'zod';
import { BadRequestError } from '../../lib/errors.ts';
import { routeSchema } from '../../lib/route-schema.ts';
import { statusThresholds, type Config } from '../../config.ts';
import { findPlan } from '../catalogue/catalogue.service.ts';

const classifyRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  app.post(
    '/classify',
    {
      config: { public: true, rateLimit: { max: config.CLASSIFY_RATE_LIMIT, timeWindow: '1 minute' } },
      schema: routeSchema(
        'indicators',
        'Classify supplied figures with the dashboard’s status rule (what-if)',
        { body: ClassifyRequestSchema, querystring: LangQuerySchema, response: { 200: z.object({ data: IndicatorStatusSchema }) } },
        { 400: ProblemSchema, 429: ProblemSchema },
      ),
    },
    (request) => {
      const body = request.body;
      const catalogue = app.catalogue();
      const plan = body.actionPlan === undefined ? catalogue.currentPlan : (findPlan(catalogue, body.actionPlan) ?? null);
      if (!plan) throw new BadRequestError(body.actionPlan === undefined ? 'No action plan is loaded.' : `No action plan "${body.actionPlan}".`, 'actionPlan');
      // The plan's cycles in its own frame (cycles shared with the previous plan included), as the catalogue judges them.
      const planCycles = (catalogue.planCycles.get(plan.code) ?? []).map((c) => ({ ...c, actionPlan: plan.code }));
      const deadlineCode = body.deadlineCycle ?? plan.deadlineCycle;
      const deadline = planCycles.find((c) => c.code === deadlineCode);
      if (!deadline) throw new BadRequestError(`Unknown deadline cycle "${deadlineCode}".`, 'deadlineCycle');
      body.observations.forEach((o, index) => {
        for (const [field, code] of [['cycle', o.cycle], ['spanFrom', o.spanFrom]] as const) {
          if (code && !planCycles.some((c) => c.code === code && !c.isDeadline)) {
            throw new BadRequestError(`Unknown cycle "${code}" for ${plan.code}.`, `observations.${index}.${field}`);
          }
        }
      });
      // The same inputs as the catalogue's, with the deadline the caller asked for.
      const input = classifierInputFor(
        { direction: body.direction, populationSize: body.denominator ?? null, targetShare: body.target ?? null, unit: DEFAULT_UNIT, observations: body.observations },
        planCycles,
        { code: plan.code, deadlineCycle: deadline.code },
        statusThresholds(config),
      );
      if (!input) throw new BadRequestError(`${plan.code} has no reporting cycles.`, 'deadlineCycle');
      // The reason in the language asked for (?lang= or Accept-Language); the arithmetic is the same in every language.
      return { data: localizeStatus(classifyIndicator(input), app.requestLanguage(request)) };
    },
  );
};

export default classifyRoutes;
