// Long-format exports of every observation, and of who is counted, honouring the /indicators filters.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EXPORT_COLUMNS, EXPORT_STATE_COLUMNS, ExportFiltersSchema, ExportResponseSchema, ExportStatesResponseSchema, type ExportFilters } from '@ccm/shared/schemas/api';
import { ProblemSchema } from '@ccm/shared/schemas/common';
import { toCsv } from '../../lib/csv.ts';
import { queryKey, serialize } from '../../lib/serialize.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { exportRows, filterIndicators, findPlan, indicatorsOfPlan, type Catalogue } from '../catalogue/catalogue.service.ts';
import { countedStateRows } from '../states/states.service.ts';

/** The indicators an export holds: the filtered ones, of one plan when ?plan= names one (404 for an unknown plan). */
function exportedIndicators(catalogue: Catalogue, { plan: segment, ...filters }: ExportFilters) {
  const indicators = filterIndicators(catalogue, filters);
  if (segment === undefined) return indicators;
  const plan = findPlan(catalogue, segment);
  if (!plan) throw new NotFoundError(`No action plan "${segment}".`);
  return indicatorsOfPlan(catalogue, plan.code, indicators);
}
const exportedRows = (catalogue: Catalogue, filters: ExportFilters) => exportRows(catalogue, exportedIndicators(catalogue, filters));
const exportedStateRows = (catalogue: Catalogue, filters: ExportFilters) => countedStateRows(catalogue, exportedIndicators(catalogue, filters));

const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/export.json',
    {
      schema: {
        tags: ['exports'],
        summary: 'Every observation in long format (JSON)',
        querystring: ExportFiltersSchema,
        response: { 200: ExportResponseSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    (request, reply) =>
      app.sendCached(request, reply, `export.json${queryKey(request.query)}`, (c) =>
        serialize(ExportResponseSchema, { data: exportedRows(c, request.query) }),
      ),
  );

  app.get(
    '/export.csv',
    {
      schema: {
        tags: ['exports'],
        summary: 'Every observation in long format (CSV, UTF-8 with BOM, RFC 4180)',
        querystring: ExportFiltersSchema,
        response: { 200: z.string().meta({ description: 'text/csv' }), 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    (request, reply) => {
      if (request.query.plan !== undefined && !findPlan(app.catalogue(), request.query.plan)) throw new NotFoundError(`No action plan "${request.query.plan}".`);
      const name = request.query.plan === undefined ? 'ccm-action-plans' : request.query.plan.toLowerCase();
      reply.header('Content-Disposition', `attachment; filename="${name}-indicators.csv"`);
      return app.sendCached(
        request,
        reply,
        `export.csv${queryKey(request.query)}`,
        (c) => toCsv(exportedRows(c, request.query), EXPORT_COLUMNS),
        'text/csv; charset=utf-8',
      );
    },
  );

  app.get(
    '/export-states.json',
    {
      schema: {
        tags: ['exports'],
        summary: 'Who is counted in long format (JSON): one row per published figure and State its source names, names in ?lang; figures whose names the ISU withholds (publication level counts_only or missing_only) are left out',
        querystring: ExportFiltersSchema,
        response: { 200: ExportStatesResponseSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    (request, reply) =>
      app.sendCached(request, reply, `export-states.json${queryKey(request.query)}`, (c) =>
        serialize(ExportStatesResponseSchema, { data: exportedStateRows(c, request.query) }),
      ),
  );

  app.get(
    '/export-states.csv',
    {
      schema: {
        tags: ['exports'],
        summary: 'Who is counted in long format (CSV, UTF-8 with BOM, RFC 4180): one row per published figure and State its source names; withheld names left out',
        querystring: ExportFiltersSchema,
        response: { 200: z.string().meta({ description: 'text/csv' }), 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    (request, reply) => {
      if (request.query.plan !== undefined && !findPlan(app.catalogue(), request.query.plan)) throw new NotFoundError(`No action plan "${request.query.plan}".`);
      const name = request.query.plan === undefined ? 'ccm-action-plans' : request.query.plan.toLowerCase();
      reply.header('Content-Disposition', `attachment; filename="${name}-states-counted.csv"`);
      return app.sendCached(
        request,
        reply,
        `export-states.csv${queryKey(request.query)}`,
        (c) => toCsv(exportedStateRows(c, request.query), EXPORT_STATE_COLUMNS),
        'text/csv; charset=utf-8',
      );
    },
  );
};

export default exportsRoutes;
