// Long-format exports of every observation, honouring the /indicators filters.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EXPORT_COLUMNS, ExportResponseSchema, IndicatorFiltersSchema } from '@ccm/shared/schemas/api';
import { ProblemSchema } from '@ccm/shared/schemas/common';
import { toCsv } from '../../lib/csv.ts';
import { queryKey, serialize } from '../../lib/serialize.ts';
import { exportRows, filterIndicators } from '../catalogue/catalogue.service.ts';

const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/export.json',
    {
      schema: {
        tags: ['exports'],
        summary: 'Every observation in long format (JSON)',
        querystring: IndicatorFiltersSchema,
        response: { 200: ExportResponseSchema, 400: ProblemSchema },
      },
    },
    (request, reply) =>
      app.sendCached(request, reply, `export.json${queryKey(request.query)}`, (c) =>
        serialize(ExportResponseSchema, { data: exportRows(c, filterIndicators(c, request.query)) }),
      ),
  );

  app.get(
    '/export.csv',
    {
      schema: {
        tags: ['exports'],
        summary: 'Every observation in long format (CSV, UTF-8 with BOM, RFC 4180)',
        querystring: IndicatorFiltersSchema,
        response: { 200: z.string().meta({ description: 'text/csv' }), 400: ProblemSchema },
      },
    },
    (request, reply) => {
      reply.header('Content-Disposition', 'attachment; filename="lap-indicators.csv"');
      return app.sendCached(
        request,
        reply,
        `export.csv${queryKey(request.query)}`,
        (c) => toCsv(exportRows(c, filterIndicators(c, request.query)), EXPORT_COLUMNS),
        'text/csv; charset=utf-8',
      );
    },
  );
};

export default exportsRoutes;
