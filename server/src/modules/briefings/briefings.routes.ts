// Pillar briefings: JSON for the page, a Word document and the pillar's figures as CSV — all from one briefing object.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BRIEFING_TEMPLATES_EN } from '@ccm/shared/domain/briefing';
import { BriefingResponseSchema } from '@ccm/shared/schemas/briefing';
import { EXPORT_COLUMNS, LangQuerySchema } from '@ccm/shared/schemas/api';
import { ProblemSchema, SlugSchema } from '@ccm/shared/schemas/common';
import { toCsv } from '../../lib/csv.ts';
import { serialize } from '../../lib/serialize.ts';
import { exportRows, indicatorsOfPlan } from '../catalogue/catalogue.service.ts';
import { BRIEFING_LANGUAGES, briefingFor } from './briefings.service.ts';
import { briefingDocx } from './briefings.docx.ts';

const Params = z.object({ pillar: SlugSchema });
const Query = LangQuerySchema;
const errors = { 400: ProblemSchema, 404: ProblemSchema };

const briefingsRoutes: FastifyPluginAsyncZod = async (app) => {
  // Word documents take ~100 ms to build: build each once per data version and language.
  const documents = new Map<string, { version: number; buffer: Promise<Buffer> }>();

  app.get(
    '/briefings/:pillar',
    { schema: { tags: ['briefings'], summary: 'A pillar briefing: headline sentences, flagged indicators first, questions for the meeting', params: Params, querystring: Query, response: { 200: BriefingResponseSchema, ...errors } } },
    (request, reply) => {
      const { pillar } = request.params;
      briefingFor(app.catalogue(), pillar, 'en'); // 404 for an unknown pillar
      app.sendCached(request, reply, `briefing:${pillar}`, (c) => serialize(BriefingResponseSchema, { data: briefingFor(c, pillar, c.lang) }));
    },
  );

  app.get(
    '/briefings/:pillar.docx',
    {
      schema: {
        tags: ['briefings'],
        summary: 'The pillar briefing as a Word document (headings, tables, charts as images)',
        params: Params,
        querystring: Query,
        produces: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        response: { 200: z.any().meta({ description: 'Office Open XML document' }), ...errors },
      },
    },
    async (request, reply) => {
      const { pillar } = request.params;
      const lang = app.requestLanguage(request);
      const catalogue = app.catalogue(lang);
      const key = `${pillar}:${lang}`;
      let entry = documents.get(key);
      if (!entry || entry.version !== catalogue.version) {
        const briefing = briefingFor(catalogue, pillar, lang);
        entry = { version: catalogue.version, buffer: briefingDocx(briefing, BRIEFING_LANGUAGES[lang] ?? BRIEFING_TEMPLATES_EN) };
        documents.set(key, entry);
      }
      const buffer = await entry.buffer;
      reply.header('Content-Disposition', `attachment; filename="briefing-${pillar}-${lang}.docx"`);
      app.sendCached(request, reply, `briefing.docx:${pillar}`, () => buffer, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    },
  );

  app.get(
    '/briefings/:pillar.csv',
    { schema: { tags: ['briefings'], summary: 'The pillar’s figures (export rows) as CSV', params: Params, querystring: Query, response: { 200: z.string(), ...errors } } },
    (request, reply) => {
      const { pillar } = request.params;
      const catalogue = app.catalogue();
      briefingFor(catalogue, pillar, 'en'); // 404 for an unknown pillar
      reply.header('Content-Disposition', `attachment; filename="briefing-${pillar}.csv"`);
      app.sendCached(request, reply, `briefing.csv:${pillar}`, (c) => toCsv(exportRows(c, indicatorsOfPlan(c, c.currentPlan?.code ?? '').filter((i) => i.pillar === pillar)), EXPORT_COLUMNS), 'text/csv; charset=utf-8');
    },
  );
};

export default briefingsRoutes;
