// What-if classification: the stored rule applied to figures a user supplies, using the stored cycle ordinals.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IndicatorStatusSchema, ClassifyRequestSchema } from '@ccm/shared/schemas/status';
import { ProblemSchema } from '@ccm/shared/schemas/common';
import { classifyIndicator, formatReason } from '@ccm/shared/domain/classify';
import { REASON_TEMPLATES_BY_LANG } from '@ccm/shared/i18n/reason-templates';
import { LangQuerySchema } from '@ccm/shared/schemas/api';
import { translateUnit } from '@ccm/shared/i18n/languages';
import { z } from 'zod';
import { BadRequestError } from '../../lib/errors.ts';
import { statusThresholds, type Config } from '../../config.ts';

const classifyRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  app.post(
    '/classify',
    {
      config: { public: true, rateLimit: { max: config.CLASSIFY_RATE_LIMIT, timeWindow: '1 minute' } },
      schema: {
        tags: ['indicators'],
        summary: 'Classify supplied figures with the dashboard’s status rule (what-if)',
        body: ClassifyRequestSchema,
        querystring: LangQuerySchema,
        response: { 200: z.object({ data: IndicatorStatusSchema }), 400: ProblemSchema, 429: ProblemSchema },
      },
    },
    (request) => {
      const body = request.body;
      const catalogue = app.catalogue();
      const plan = catalogue.currentPlan;
      if (!plan) throw new BadRequestError('No action plan is loaded.');
      const planCycles = catalogue.cycles.filter((c) => c.actionPlan === plan.code);
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
      const status = classifyIndicator({
        direction: body.direction,
        denominator: body.denominator ?? null,
        targetShare: body.target ?? null,
        observations: body.observations,
        cycles: planCycles.filter((c) => !c.isDeadline && c.ordinal < deadline.ordinal).map((c) => ({ code: c.code, ordinal: c.ordinal })),
        deadlineCycle: { code: deadline.code, ordinal: deadline.ordinal },
        thresholds: statusThresholds(config),
      });
      // The reason in the language asked for (?lang= or Accept-Language); the arithmetic is the same in every language.
      const lang = app.requestLanguage(request);
      if (lang === 'en') return { data: status };
      const unit = status.reasonParams.unit;
      const params = typeof unit === 'string' ? { ...status.reasonParams, unit: translateUnit(unit, lang) } : status.reasonParams;
      return { data: { ...status, reason: formatReason(status.reasonKey, params, REASON_TEMPLATES_BY_LANG[lang]) } };
    },
  );
};

export default classifyRoutes;
