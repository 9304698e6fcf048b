// Long-format exports of every observation, and of who is counted, honouring the /indicators filters: JSON, CSV and
// Excel (.xlsx, the same rows and columns as the CSV, which the workspace import takes back).
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EXPORT_COLUMNS, EXPORT_STATE_COLUMNS, ExportFiltersSchema, ExportResponseSchema, ExportStatesResponseSchema, type ExportFilters } from '@ccm/shared/schemas/api';
import { exportHeaders } from '@ccm/shared/i18n/export-columns';
import { XLSX_MEDIA_TYPE } from '@ccm/shared/schemas/workspace';
import { toCsv } from '../../lib/csv.ts';
import { writeXlsx, type XlsxSheet } from '../../lib/xlsx.ts';
import { etagMatches } from '../../lib/response-cache.ts';
import { CACHE_CONTROL } from '../../plugins/data.ts';
import { publicRoute } from '../../lib/route-schema.ts';
import { queryKey, serialize } from '../../lib/serialize.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { exportRows, filterIndicators, findPlan, indicatorsOfPlan, type Catalogue } from '../catalogue/catalogue.service.ts';
import { countedStateRows } from '../states/states.service.ts';

/**
 * The indicators an export holds: the filtered ones, of one plan when ?plan= names one, only one when ?indicator= names
 * it (404 for an unknown plan or indicator).
 */
function exportedIndicators(catalogue: Catalogue, { plan: segment, indicator, ...filters }: ExportFilters) {
  if (indicator !== undefined && !catalogue.indicators.some((i) => i.id === indicator)) throw new NotFoundError(`No indicator "${indicator}".`);
  const indicators = filterIndicators(catalogue, filters).filter((i) => indicator === undefined || i.id === indicator);
  if (segment === undefined) return indicators;
  const plan = findPlan(catalogue, segment);
  if (!plan) throw new NotFoundError(`No action plan "${segment}".`);
  return indicatorsOfPlan(catalogue, plan.code, indicators);
}
const exportedRows = (catalogue: Catalogue, filters: ExportFilters) => exportRows(catalogue, exportedIndicators(catalogue, filters));
const exportedStateRows = (catalogue: Catalogue, filters: ExportFilters) => countedStateRows(catalogue, exportedIndicators(catalogue, filters));

/** The file name an export downloads as: the indicator's id, else the plan's code, or every plan; then what it holds. */
function exportName(app: FastifyInstance, filters: ExportFilters, holds: 'indicators' | 'states-counted'): string {
  if (filters.plan !== undefined && !findPlan(app.catalogue(), filters.plan)) throw new NotFoundError(`No action plan "${filters.plan}".`);
  if (filters.indicator !== undefined) return holds === 'indicators' ? filters.indicator : `${filters.indicator}-${holds}`;
  return `${filters.plan === undefined ? 'ccm-action-plans' : filters.plan.toLowerCase()}-${holds}`;
}

/**
 * Sends a workbook as sendCached sends text: built once per data version, language and query (exceljs writes
 * asynchronously, so the workbooks are kept here beside that cache), with the same ETag, 304 and cache headers.
 * An .xlsx is a zip already: it is sent as it is, never compressed again.
 */
function workbookSender(app: FastifyInstance) {
  let version = -1;
  const built = new Map<string, Promise<{ body: Buffer; etag: string }>>();
  return async <T extends object>(request: FastifyRequest, reply: FastifyReply, key: string, sheets: (catalogue: Catalogue) => XlsxSheet<T>[]) => {
    const lang = app.requestLanguage(request);
    const catalogue = app.catalogue(lang);
    if (catalogue.version !== version) {
      built.clear();
      version = catalogue.version;
    }
    const cacheKey = `${lang}:${key}`;
    let entry = built.get(cacheKey);
    if (!entry) {
      const at = catalogue.version;
      entry = writeXlsx(sheets(catalogue)).then((body) => ({ body, etag: `"v${at}-${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` }));
      if (built.size >= 200) built.delete(built.keys().next().value ?? '');
      built.set(cacheKey, entry);
      entry.catch(() => built.delete(cacheKey));
    }
    const { body, etag } = await entry;
    reply.header('ETag', etag).header('Cache-Control', CACHE_CONTROL).header('Vary', 'Accept-Encoding, Accept-Language').header('Content-Language', lang);
    if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.type(XLSX_MEDIA_TYPE).send(body);
  };
}

/** One export: its path ("/export" → .json, .csv, .xlsx), what its file names say it holds, and its rows and columns. */
interface ExportKind<Row extends Record<string, unknown>> {
  path: string;
  holds: 'indicators' | 'states-counted';
  /** The JSON body: the rows through the export's contract. */
  schema: z.ZodType;
  json: (catalogue: Catalogue, filters: ExportFilters) => string;
  rows: (catalogue: Catalogue, filters: ExportFilters) => Row[];
  columns: (keyof Row & string)[];
  /** The CSV and workbook header row in the catalogue's language (by default, the columns' keys). */
  headers?: (catalogue: Catalogue) => string[];
  sheet: string;
  summaries: { json: string; csv: string; xlsx: string };
}

const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const sendWorkbook = workbookSender(app);

  /** An export in its three formats, the same rows and columns in each; the CSV and the workbook download as files. */
  function serveExport<Row extends Record<string, unknown>>(kind: ExportKind<Row>) {
    /** Names the file the download saves as; returns the response cache key of the format and query. */
    const download = (query: ExportFilters, reply: FastifyReply, extension: string) => {
      reply.header('Content-Disposition', `attachment; filename="${exportName(app, query, kind.holds)}.${extension}"`);
      return `${kind.path.slice(1)}.${extension}${queryKey(query)}`;
    };
    app.get(`${kind.path}.json`, publicRoute('exports', kind.summaries.json, { querystring: ExportFiltersSchema, response: { 200: kind.schema } }), (request, reply) =>
      app.sendCached(request, reply, `${kind.path.slice(1)}.json${queryKey(request.query)}`, (c) => kind.json(c, request.query)),
    );
    app.get(
      `${kind.path}.csv`,
      publicRoute('exports', kind.summaries.csv, { querystring: ExportFiltersSchema, response: { 200: z.string().meta({ description: 'text/csv' }) } }),
      (request, reply) => {
        const key = download(request.query, reply, 'csv');
        return app.sendCached(request, reply, key, (c) => toCsv(kind.rows(c, request.query), kind.columns, kind.headers?.(c)), 'text/csv; charset=utf-8');
      },
    );
    app.get(
      `${kind.path}.xlsx`,
      publicRoute('exports', kind.summaries.xlsx, { querystring: ExportFiltersSchema, response: { 200: z.string().meta({ description: XLSX_MEDIA_TYPE }) } }),
      async (request, reply) => {
        const key = download(request.query, reply, 'xlsx');
        return sendWorkbook(request, reply, key, (c) => [{ name: kind.sheet, columns: kind.columns, headers: kind.headers?.(c), rows: kind.rows(c, request.query) }]);
      },
    );
  }

  serveExport({
    path: '/export',
    holds: 'indicators',
    schema: ExportResponseSchema,
    json: (c, filters) => serialize(ExportResponseSchema, { data: exportedRows(c, filters) }),
    rows: exportedRows,
    columns: EXPORT_COLUMNS,
    headers: (c) => exportHeaders(EXPORT_COLUMNS, c.lang),
    sheet: 'indicators',
    summaries: {
      json: 'Every observation in long format (JSON)',
      csv: 'Every observation in long format (CSV, UTF-8 with BOM, RFC 4180): headers in English are the field names; in ?lang=fr, es or ar they are words in that language (the import reads either). Codes keep their columns; statusText, qualifierText and reportingText say them in the language asked for',
      xlsx: 'Every observation in long format (Excel workbook: the CSV’s columns, numbers as numbers; the workspace import takes it back)',
    },
  });

  serveExport({
    path: '/export-states',
    holds: 'states-counted',
    schema: ExportStatesResponseSchema,
    json: (c, filters) => serialize(ExportStatesResponseSchema, { data: exportedStateRows(c, filters) }),
    rows: exportedStateRows,
    columns: EXPORT_STATE_COLUMNS,
    sheet: 'states counted',
    summaries: {
      json: 'Who is counted in long format (JSON): one row per published figure and State its source names, names in ?lang; figures whose names the ISU withholds (publication level counts_only or missing_only) are left out',
      csv: 'Who is counted in long format (CSV, UTF-8 with BOM, RFC 4180): one row per published figure and State its source names; withheld names left out',
      xlsx: 'Who is counted in long format (Excel workbook: the CSV’s columns): one row per published figure and State its source names; withheld names left out',
    },
  });
};

export default exportsRoutes;
