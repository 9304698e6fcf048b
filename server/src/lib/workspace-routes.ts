// What every workspace route file shares: the roles routes declare (the auth plugin enforces them), the error
// responses, the signed-in user, no caching of workspace answers, and CSV bodies as browsers send them.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemSchema } from '@ccm/shared/schemas/common';
import { CSV_MEDIA_TYPES } from '@ccm/shared/schemas/workspace';
import { HttpError, UnauthorizedError } from './errors.ts';
import { BODY_LIMIT_BYTES } from './limits.ts';

export const editor = { config: { role: 'editor' as const } };
export const admin = { config: { role: 'admin' as const } };
export const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };

/** The signed-in user of a route that declares a role (the auth plugin has checked it). */
export function userOf(request: FastifyRequest) {
  if (!request.user) throw new UnauthorizedError();
  return request.user;
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

/** Before the body is read: a JSON string or plain text is not a CSV file, whatever it holds. */
export async function requireCsv(request: FastifyRequest) {
  const type = mediaTypeOf(request.headers['content-type']);
  if (!(CSV_MEDIA_TYPES as readonly string[]).includes(type)) {
    throw new HttpError(415, 'Unsupported Media Type', `The import takes a CSV file (Content-Type text/csv or application/vnd.ms-excel), not ${type ? `"${type.slice(0, 100)}"` : 'a body without a Content-Type'}.`);
  }
}
