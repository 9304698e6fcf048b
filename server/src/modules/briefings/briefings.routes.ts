// Pillar briefings of a plan: JSON for the page, a Word document and the pillar's figures as CSV — all from one briefing
// object. Today's unqualified paths (/briefings/:pillar…) answer 308 with the LAP's, as the catalogue's legacy paths do.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { API_PATHS, LEGACY_PLAN_CODE, planSegment } from '@ccm/shared/api-paths';
import { BRIEFING_TEMPLATES_EN } from '@ccm/shared/domain/briefing';
import { BriefingCompareQuerySchema, BriefingComparisonResponseSchema, BriefingDownloadQuerySchema, BriefingResponseSchema } from '@ccm/shared/schemas/briefing';
import { LangQuerySchema, PlanParamsSchema } from '@ccm/shared/schemas/api';
import { SlugSchema } from '@ccm/shared/schemas/common';
import { toCsv } from '../../lib/csv.ts';
import { movedRoute, publicRoute } from '../../lib/route-schema.ts';
import { serialize } from '../../lib/serialize.ts';
import { BRIEFING_CSV_COLUMNS, BRIEFING_LANGUAGES, briefingComparison, briefingCsvRows, briefingFor, briefingIndicators, briefingPlan, chosenBriefing, chosenIndicatorIds } from './briefings.service.ts';
import { briefingDocx } from './briefings.docx.ts';

const Params = PlanParamsSchema.extend({ pillar: SlugSchema });
const LegacyParams = z.object({ pillar: SlugSchema });
const Query = LangQuerySchema;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const briefingsRoutes: FastifyPluginAsyncZod = async (app) => {
  // Word documents take ~100 ms to build: build each once per data version, plan, pillar and language.
  const documents = new Map<string, { version: number; buffer: Promise<Buffer> }>();

  app.get(
    '/action-plans/:plan/briefings/:pillar',
    publicRoute('briefings', 'A pillar briefing of the plan: headline sentences, flagged indicators first, talking points for the meeting', { params: Params, querystring: Query, response: { 200: BriefingResponseSchema } }),
    (request, reply) => {
      const { pillar } = request.params;
      const { code } = briefingPlan(app.catalogue(), request.params.plan);
      briefingIndicators(app.catalogue(), code, pillar); // 404 for an unknown pillar of the plan
      app.sendCached(request, reply, `plan:${code}:briefing:${pillar}`, (c) => serialize(BriefingResponseSchema, { data: briefingFor(c, code, pillar, c.lang) }));
    },
  );

  app.get(
    '/action-plans/:plan/briefings/:pillar.docx',
    publicRoute('briefings', 'The pillar briefing of the plan as a Word document (headings, tables, charts as images)', {
      params: Params,
      querystring: BriefingDownloadQuerySchema,
      produces: [DOCX],
      response: { 200: z.any().meta({ description: 'Office Open XML document' }) },
    }),
    async (request, reply) => {
      const { pillar } = request.params;
      const lang = app.requestLanguage(request);
      const catalogue = app.catalogue(lang);
      const { code } = briefingPlan(catalogue, request.params.plan);
      const templates = BRIEFING_LANGUAGES[lang] ?? BRIEFING_TEMPLATES_EN;
      // The LAP's file keeps the name it had before briefings had a plan in their path.
      const name = code === LEGACY_PLAN_CODE ? `briefing-${pillar}-${lang}` : `briefing-${planSegment(code)}-${pillar}-${lang}`;
      reply.header('Content-Disposition', `attachment; filename="${name}.docx"`);
      const chosen = chosenBriefing(catalogue, code, pillar, lang, request.query.indicators);
      if (chosen) {
        // The Coordinator's choice: built for this request only, never cached (choices are many, and each is one person's).
        const buffer = await briefingDocx(chosen, templates);
        void reply.header('Cache-Control', 'no-store').header('Content-Language', lang).type(DOCX).send(buffer);
        return;
      }
      const key = `${code}:${pillar}:${lang}`;
      let entry = documents.get(key);
      if (!entry || entry.version !== catalogue.version) {
        const briefing = briefingFor(catalogue, code, pillar, lang);
        entry = { version: catalogue.version, buffer: briefingDocx(briefing, templates) };
        documents.set(key, entry);
      }
      const buffer = await entry.buffer;
      app.sendCached(request, reply, `plan:${code}:briefing.docx:${pillar}`, () => buffer, DOCX);
    },
  );

  app.get(
    '/action-plans/:plan/briefings/:pillar.csv',
    publicRoute('briefings', 'The figures (export rows) of the plan’s indicators of the pillar, as CSV, each also in words as the document states it (inWords)', {
      params: Params,
      querystring: BriefingDownloadQuerySchema,
      response: { 200: z.string() },
    }),
    (request, reply) => {
      const { pillar } = request.params;
      const { code } = briefingPlan(app.catalogue(), request.params.plan);
      briefingIndicators(app.catalogue(), code, pillar); // 404 for an unknown pillar of the plan
      const name = code === LEGACY_PLAN_CODE ? `briefing-${pillar}` : `briefing-${planSegment(code)}-${pillar}`;
      reply.header('Content-Disposition', `attachment; filename="${name}.csv"`);
      const lang = app.requestLanguage(request);
      const ids = chosenIndicatorIds(app.catalogue(lang), code, pillar, lang, request.query.indicators);
      if (ids) {
        const body = toCsv(briefingCsvRows(app.catalogue(lang), code, pillar, lang, ids), BRIEFING_CSV_COLUMNS);
        void reply.header('Cache-Control', 'no-store').header('Content-Language', lang).type('text/csv; charset=utf-8').send(body);
        return;
      }
      app.sendCached(request, reply, `plan:${code}:briefing.csv:${pillar}`, (c) => toCsv(briefingCsvRows(c, code, pillar, c.lang), BRIEFING_CSV_COLUMNS), 'text/csv; charset=utf-8');
    },
  );

  app.get(
    '/action-plans/:plan/briefings/:pillar/changes',
    publicRoute('briefings', 'What changed since the briefing of a date: the pillar’s figures published or withdrawn on or after it, before → after', {
      params: Params,
      querystring: BriefingCompareQuerySchema,
      response: { 200: BriefingComparisonResponseSchema },
    }),
    (request, reply) => {
      const { pillar } = request.params;
      const { since } = request.query;
      const { code } = briefingPlan(app.catalogue(), request.params.plan);
      briefingIndicators(app.catalogue(), code, pillar); // 404 for an unknown pillar of the plan
      app.sendCached(request, reply, `plan:${code}:briefing-changes:${pillar}:${since}`, (c) =>
        serialize(BriefingComparisonResponseSchema, { data: briefingComparison(c, code, pillar, c.lang, since) }),
      );
    },
  );

  // --- Today's unqualified paths: 308 to the same path under the LAP, query string kept ------------------------------

  const legacy = (suffix: string) =>
    movedRoute('briefings', `${API_PATHS.planBriefing(LEGACY_PLAN_CODE, 'PILLAR').replace('PILLAR', '{pillar}')}${suffix}`, { params: LegacyParams, querystring: Query });
  const redirect = (suffix: string) => (request: FastifyRequest<{ Params: { pillar: string } }>, reply: FastifyReply) => {
    const path = `${API_PATHS.planBriefing(LEGACY_PLAN_CODE, request.params.pillar)}${suffix}`;
    const query = request.url.indexOf('?');
    void reply.redirect(query === -1 ? path : `${path}${request.url.slice(query)}`, 308);
  };
  app.get('/briefings/:pillar', legacy(''), redirect(''));
  app.get('/briefings/:pillar.docx', legacy('.docx'), redirect('.docx'));
  app.get('/briefings/:pillar.csv', legacy('.csv'), redirect('.csv'));
};

export default briefingsRoutes;
