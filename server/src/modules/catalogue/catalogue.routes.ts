// Public read-only catalogue routes: thin, schema-first, served from the per-version response cache.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActionFiltersSchema,
  ActionParamsSchema,
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
  SeriesListResponseSchema,
  SeriesParamsSchema,
  SeriesResponseSchema,
  SummaryResponseSchema,
} from '@ccm/shared/schemas/api';
import { ProblemSchema } from '@ccm/shared/schemas/common';
import { found, NotFoundError } from '../../lib/errors.ts';
import { queryKey, serialize } from '../../lib/serialize.ts';
import { filterIndicators, seriesSummaries, summarise } from './catalogue.service.ts';

const problems = { 304: z.null().meta({ description: 'Not modified (ETag matched)' }), 400: ProblemSchema, 404: ProblemSchema };
const NoQuery = LangQuerySchema;

const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/action-plans',
    { schema: { tags: ['catalogue'], summary: 'Action plans and their cycles', querystring: NoQuery, response: { 200: ActionPlansResponseSchema, ...problems } } },
    (request, reply) => app.sendCached(request, reply, 'action-plans', (c) => serialize(ActionPlansResponseSchema, { data: c.actionPlans })),
  );

  app.get(
    '/cycles',
    { schema: { tags: ['catalogue'], summary: 'Reporting cycles in order, the deadline cycle last', querystring: NoQuery, response: { 200: CyclesResponseSchema, ...problems } } },
    (request, reply) => app.sendCached(request, reply, 'cycles', (c) => serialize(CyclesResponseSchema, { data: c.cycles })),
  );

  app.get(
    '/pillars',
    { schema: { tags: ['catalogue'], summary: 'Thematic pillars with their action ranges', querystring: NoQuery, response: { 200: PillarsResponseSchema, ...problems } } },
    (request, reply) => app.sendCached(request, reply, 'pillars', (c) => serialize(PillarsResponseSchema, { data: c.pillars })),
  );

  app.get(
    '/actions',
    { schema: { tags: ['catalogue'], summary: 'Actions, optionally of one pillar', querystring: ActionFiltersSchema, response: { 200: ActionsResponseSchema, ...problems } } },
    (request, reply) => {
      const { pillar } = request.query;
      if (pillar !== undefined && !app.catalogue().pillars.some((p) => p.slug === pillar)) {
        throw new NotFoundError(`No pillar "${pillar}".`);
      }
      return app.sendCached(request, reply, `actions${queryKey(request.query)}`, (c) =>
        serialize(ActionsResponseSchema, { data: c.actions.filter((a) => pillar === undefined || a.pillar === pillar || a.secondaryPillars.includes(pillar)) }),
      );
    },
  );

  app.get(
    '/actions/:number',
    { schema: { tags: ['catalogue'], summary: 'One action by number', params: ActionParamsSchema, querystring: NoQuery, response: { 200: ActionResponseSchema, ...problems } } },
    (request, reply) => {
      const { number } = request.params;
      if (!app.catalogue().actions.some((a) => a.number === number)) throw new NotFoundError(`No action ${number}.`);
      return app.sendCached(request, reply, `action:${number}`, (c) => serialize(ActionResponseSchema, { data: found(c.actions.findLast((a) => a.number === number), `action ${number}`) }));
    },
  );

  app.get(
    '/indicators',
    {
      schema: {
        tags: ['indicators'],
        summary: 'Indicators with their observations and computed status',
        querystring: IndicatorFiltersSchema,
        response: { 200: IndicatorsResponseSchema, ...problems },
      },
    },
    (request, reply) =>
      app.sendCached(request, reply, `indicators${queryKey(request.query)}`, (c) =>
        serialize(IndicatorsResponseSchema, { data: filterIndicators(c, request.query) }),
      ),
  );

  app.get(
    '/indicators/:id',
    { schema: { tags: ['indicators'], summary: 'One indicator', params: IndicatorParamsSchema, querystring: NoQuery, response: { 200: IndicatorResponseSchema, ...problems } } },
    (request, reply) => {
      const { id } = request.params;
      if (!app.catalogue().indicatorsById.has(id)) throw new NotFoundError(`No indicator "${id}".`);
      return app.sendCached(request, reply, `indicator:${id}`, (c) => serialize(IndicatorResponseSchema, { data: found(c.indicatorsById.get(id), `indicator "${id}"`) }));
    },
  );

  app.get(
    '/summary',
    { schema: { tags: ['indicators'], summary: 'Status counts per pillar and the latest cycle with data', querystring: NoQuery, response: { 200: SummaryResponseSchema, ...problems } } },
    (request, reply) =>
      // summarise() walks every indicator: run it only when the cached body is built, not on every request.
      app.sendCached(request, reply, 'summary', (c) => {
        const summary = summarise(c);
        if (!summary) throw new NotFoundError('No action plan is loaded.');
        return serialize(SummaryResponseSchema, { data: summary });
      }),
  );

  app.get(
    '/conflicts',
    { schema: { tags: ['catalogue'], summary: 'Places where the source document contradicts itself', querystring: NoQuery, response: { 200: ConflictsResponseSchema, ...problems } } },
    (request, reply) => app.sendCached(request, reply, 'conflicts', (c) => serialize(ConflictsResponseSchema, { data: c.conflicts })),
  );

  app.get(
    '/document-comments',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'The drafters’ comments in the margin of the source document; those with underReview put their paragraphs’ figures under review by the ISU',
        querystring: NoQuery,
        response: { 200: DocumentCommentsResponseSchema, ...problems },
      },
    },
    (request, reply) => app.sendCached(request, reply, 'document-comments', (c) => serialize(DocumentCommentsResponseSchema, { data: c.documentComments })),
  );

  app.get(
    '/series',
    { schema: { tags: ['series'], summary: 'The non-action series (ISU contributions, extension requests, UNGA votes, membership)', querystring: NoQuery, response: { 200: SeriesListResponseSchema, ...problems } } },
    (request, reply) => app.sendCached(request, reply, 'series', (c) => serialize(SeriesListResponseSchema, { data: seriesSummaries(c) })),
  );

  app.get(
    '/series/:name',
    { schema: { tags: ['series'], summary: 'One series with every point and its paragraph', params: SeriesParamsSchema, querystring: NoQuery, response: { 200: SeriesResponseSchema, ...problems } } },
    (request, reply) => {
      const { name } = request.params;
      if (!app.catalogue().series.some((s) => s.name === name)) throw new NotFoundError(`No series "${name}".`);
      return app.sendCached(request, reply, `series:${name}`, (c) => serialize(SeriesResponseSchema, { data: found(c.series.find((s) => s.name === name), `series "${name}"`) }));
    },
  );
};

export default catalogueRoutes;
