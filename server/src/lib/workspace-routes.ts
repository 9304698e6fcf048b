// What every workspace route file shares: the route options (role, tag, error responses), the path parameters, the
// signed-in user, no caching of workspace answers, and CSV or Excel bodies as browsers send them.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CycleCodeSchema, ProblemSchema, SlugSchema } from '@ccm/shared/schemas/common';
import { CSV_MEDIA_TYPES, XLSX_MEDIA_TYPE } from '@ccm/shared/schemas/workspace';
import { z } from 'zod';
import { BadRequestError, HttpError, UnauthorizedError } from './errors.ts';
import type { CsvRecords } from './csv.ts';
import { BODY_LIMIT_BYTES } from './limits.ts';
import { routeSchema, type RouteParts } from './route-schema.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };

/** A workspace route's options: the role it needs (the auth plugin enforces it) and its schema, tagged "workspace", with the shared error answers. */
export function workspaceRoute<const P extends RouteParts>(role: 'editor' | 'admin', summary: string, parts: P) {
  return { config: { role }, schema: routeSchema('workspace', summary, parts, errors) };
}

/** Path parameters: a row by its numeric id (a change, an override, a publication, a crosswalk entry). */
export const IdParams = z.object({ id: z.coerce.number().int().positive() });
/** Path parameters: an indicator or a population by its slug. */
export const SlugParams = z.object({ id: SlugSchema });
/** Path parameters: a cycle by its code. */
export const CycleParams = z.object({ code: CycleCodeSchema });

/** The signed-in user of a route that declares a role (the auth plugin has checked it). */
export function userOf(request: FastifyRequest) {
  if (!request.user) throw new UnauthorizedError();
  return request.user;
}

/** Logs a workspace write with who made it: every write is logged the same way, `by` the signed-in user's id. */
export function logWrite(request: FastifyRequest, fields: Record<string, unknown>, message: string): void {
  request.log.info({ ...fields, by: userOf(request).id }, message);
}

/** Workspace answers hold drafts and accounts: never stored by a browser or a proxy. */
export function noStore(app: FastifyInstance) {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
  });
}

/** CSV as browsers send it: text/csv, or application/vnd.ms-excel on Windows with Excel installed. */
export function acceptCsv(app: FastifyInstance) {
  app.addContentTypeParser([...CSV_MEDIA_TYPES], { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));
}

/** The media type of a request without its parameters ("text/csv; charset=utf-8" → "text/csv"). */
const mediaTypeOf = (header: string | undefined) => (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

const unsupported = (type: string, takes: string) =>
  new HttpError(415, 'Unsupported Media Type', `The import takes ${takes}, not ${type ? `"${type.slice(0, 100)}"` : 'a body without a Content-Type'}.`);

/** Before the body is read: a JSON string or plain text is not a CSV file, whatever it holds. */
export async function requireCsv(request: FastifyRequest) {
  const type = mediaTypeOf(request.headers['content-type']);
  if (!(CSV_MEDIA_TYPES as readonly string[]).includes(type)) throw unsupported(type, 'a CSV file (Content-Type text/csv or application/vnd.ms-excel)');
}

/** An Excel workbook (.xlsx) as its bytes, within the same body limit as a CSV. */
export function acceptXlsx(app: FastifyInstance) {
  app.addContentTypeParser(XLSX_MEDIA_TYPE, { parseAs: 'buffer', bodyLimit: BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));
}

/** Before the body is read: the imports that take a spreadsheet take CSV or an .xlsx workbook, and nothing else. */
export async function requireCsvOrXlsx(request: FastifyRequest) {
  const type = mediaTypeOf(request.headers['content-type']);
  if (type !== XLSX_MEDIA_TYPE && !(CSV_MEDIA_TYPES as readonly string[]).includes(type)) {
    throw unsupported(type, `a CSV file (Content-Type text/csv or application/vnd.ms-excel) or an Excel workbook (.xlsx, Content-Type ${XLSX_MEDIA_TYPE})`);
  }
}

/** The body of a spreadsheet import: CSV text, or the bytes of an .xlsx workbook. */
export const SpreadsheetBodySchema = z.union([z.string().max(BODY_LIMIT_BYTES), z.instanceof(Buffer)]).meta({ description: 'CSV text or .xlsx bytes' });

/** A table read from a file, or a 400 naming the first thing that stops it from being read (its row and column where known). */
export function readable(table: CsvRecords): CsvRecords {
  const problem = table.problems[0];
  if (problem) throw new BadRequestError(problem.message, 'file');
  return table;
}
