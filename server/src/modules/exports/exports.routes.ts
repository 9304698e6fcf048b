// Long-format exports of every observation, honouring the /indicators filters.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EXPORT_COLUMNS, ExportFiltersSchema, ExportResponseSchema, type ExportFilters } from '@ccm/shared/schemas/api';
import { ProblemSchema } from '@ccm/shared/schemas/common';
import { toCsv } from '../../lib/csv.ts';
import { queryKey, serialize } from '../../lib/serialize.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { exportRows, filterIndicators, findPlan, indicatorsOfPlan, type Catalogue } from '../catalogue/catalogue.service.ts';

/** The rows an export holds: the filtered indicators, of one plan when ?plan= names one (404 for an unknown plan). */
function exportedRows(catalogue: Catalogue, { plan: segment, ...filters }: ExportFilters) {
  const indicators = filterIndicators(catalogue, filters);
  if (segment === undefined) return exportRows(catalogue, indicators);
  const plan = findPlan(catalogue, segment);
  if (!plan) throw new NotFoundError(`No action plan "${segment}".`);
  return exportRows(catalogue, indicatorsOfPlan(catalogue, plan.code, indicators));
}

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
};

export default exportsRoutes;
