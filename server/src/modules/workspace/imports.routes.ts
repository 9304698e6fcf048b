// ISU workspace routes: imports (CSV or .xlsx). Each declares the role it needs (config.role); the auth plugin enforces it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema } from '@ccm/shared/schemas/common';
import {
  CSV_MEDIA_TYPES,
  CountedImportResponseSchema,
  ImportConflictProblemSchema,
  ImportQuerySchema,
  ImportResponseSchema,
  XLSX_MEDIA_TYPE,
} from '@ccm/shared/schemas/workspace';
import { readXlsxTable } from '../../lib/xlsx.ts';
import { acceptCsv, acceptXlsx, logWrite, noStore, readable, requireCsvOrXlsx, SpreadsheetBodySchema, userOf, workspaceRoute } from '../../lib/workspace-routes.ts';
import * as service from './imports.service.ts';
import { importCountedStates } from './counted-states.service.ts';

/** What both imports declare: a CSV or .xlsx body (415 for any other, before it is read), the dry-run query, and a 409
 * naming the rows over someone else's draft. */
const spreadsheetImport = <const R extends z.ZodType>(summary: string, report: R) => ({
  ...workspaceRoute('editor', summary, {
    querystring: ImportQuerySchema,
    consumes: [...CSV_MEDIA_TYPES, XLSX_MEDIA_TYPE],
    body: SpreadsheetBodySchema,
    response: { 200: report, 415: ProblemSchema, 409: z.union([ImportConflictProblemSchema, ProblemSchema]) },
  }),
  preParsing: requireCsvOrXlsx,
});

const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  noStore(app);
  acceptCsv(app);
  acceptXlsx(app);

  app.post(
    '/import',
    spreadsheetImport(
      'Import figures from CSV or an Excel workbook (.xlsx, its first sheet) in the export’s long format (dryRun=true lists changes, and apart from them the rows over someone else’s draft; false applies all or none, those rows as onConflict says)',
      ImportResponseSchema,
    ),
    async (request) => {
      const { dryRun, onConflict } = request.query;
      if (typeof request.body === 'string') return { data: service.importCsv(app.database.db, userOf(request), request.body, dryRun === 'true', new Date(), onConflict) };
      const table = readable(await readXlsxTable(request.body));
      return { data: service.importTable(app.database.db, userOf(request), table, dryRun === 'true', new Date(), onConflict) };
    },
  );

  app.post(
    '/counted-states/import',
    spreadsheetImport(
      'Import who is counted from CSV or an Excel workbook (.xlsx, its first sheet): rows of indicator, cycle, state (optional span_from, value, source, reason), one per State; each figure’s list is complete and its length the count (dryRun=true reports every figure and problem, and the figures over someone else’s draft; false drafts all or none, those figures as onConflict says)',
      CountedImportResponseSchema,
    ),
    async (request) => {
      const file = typeof request.body === 'string' ? request.body : await readXlsxTable(request.body);
      const report = importCountedStates(app.database.db, userOf(request), file, request.query.dryRun === 'true', new Date(), request.query.onConflict);
      if (report.applied) logWrite(request, { figures: report.figures.filter((f) => f.outcome === 'draft').length }, 'counted States imported');
      return { data: report };
    },
  );
};

export default importsRoutes;
