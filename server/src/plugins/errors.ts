// One error handler: every failure leaves as application/problem+json (RFC 9457), including the ones Fastify and
// Node answer before any route runs (malformed URL, over-long path segment, header overflow, request timeout).
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '@ccm/shared/schemas/common';
import { HttpError } from '../lib/errors.ts';
import { BODY_LIMIT_BYTES, MAX_PARAM_LENGTH, MAX_URL_LENGTH } from '../lib/limits.ts';
import { describeIssue, type IssueLike } from '../lib/validation-messages.ts';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  problem: Omit<Problem, 'type' | 'title'> & { title?: string; type?: string; extensions?: Record<string, unknown> | undefined },
): void {
  const body: Problem = {
    // Extension members first: the standard members always win over a same-named extension.
    ...problem.extensions,
    type: problem.type ?? 'about:blank',
    title: problem.title ?? TITLES[problem.status] ?? 'Error',
    status: problem.status,
    ...(problem.detail === undefined ? {} : { detail: problem.detail }),
    instance: request.url.split('?')[0] ?? request.url,
    ...(problem.parameter === undefined ? {} : { parameter: problem.parameter }),
    ...(problem.errors === undefined ? {} : { errors: problem.errors }),
  };
  void reply.code(problem.status).type('application/problem+json; charset=utf-8').send(JSON.stringify(body));
}

function validationProblem(error: FastifyError) {
  const context = error.validationContext ?? 'body';
  const errors = (error.validation ?? []).map((issue) => describeIssue(issue as unknown as IssueLike, context));
  const first = errors[0];
  return {
    status: 400,
    type: 'urn:ccm:problem:validation',
    title: 'Invalid request',
    detail: first ? errors.map((e) => e.message).join(' ') : `The ${context} is not valid.`,
    ...(first ? { parameter: first.parameter } : {}),
    errors,
  };
}

/** Problems Fastify finds while routing, before any hook runs: a malformed URL, an over-long path segment. */
export const frameworkErrors: NonNullable<FastifyServerOptions['frameworkErrors']> = (error, request, reply) => {
  if (error.code === 'FST_ERR_BAD_URL') {
    return sendProblem(reply, request, { status: 400, detail: 'The address is not a valid URL: a % must start an escape such as %20.' });
  }
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendProblem(reply, request, { status: 414, detail: `A part of the address is longer than ${MAX_PARAM_LENGTH} characters.` });
  }
  request.log.error({ err: error }, 'routing failed');
  return sendProblem(reply, request, { status: 500, detail: 'Something failed on the server. The error has been logged.' });
};

/** What Node reports on the socket before there is a request: header overflow, a request too slow, bytes that are not HTTP. */
export function clientErrorHandler(this: FastifyInstance, error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'The request was not received in time.']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'The request headers are larger than 16 KB.']
        : [400, 'The request could not be read as HTTP.'];
  this.log.info({ code: error.code, remoteAddress: socket.remoteAddress }, `client error answered ${status}`);
  if (socket.writable) {
    const body = JSON.stringify({ type: 'about:blank', title: TITLES[status] ?? STATUS_CODES[status], status, detail });
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

export default fp(function errorsPlugin(app: FastifyInstance) {
  app.addHook('onRequest', async (request) => {
    if (request.url.length > MAX_URL_LENGTH) throw new HttpError(414, 'URI Too Long', `The address is longer than ${MAX_URL_LENGTH} characters.`);
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) {
      return sendProblem(reply, request, {
        status: error.statusCode,
        title: error.title,
        ...(error.detail === undefined ? {} : { detail: error.detail }),
        ...(error.parameter === undefined ? {} : { parameter: error.parameter }),
        ...(error.problem.type === undefined ? {} : { type: error.problem.type }),
        extensions: error.problem.extensions,
      });
    }
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      return sendProblem(reply, request, validationProblem(error));
    }
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendProblem(reply, request, { status, detail: `The request body is larger than ${BODY_LIMIT_BYTES / 1024 / 1024} MB.` });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      const type = request.headers['content-type'];
      return sendProblem(reply, request, { status, detail: type ? `This route does not accept Content-Type "${type.slice(0, 100)}".` : 'Say what the body is with a Content-Type header.' });
    }
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (bad JSON, body too large, wrong media type, rate limit): safe to explain.
      return sendProblem(reply, request, { status, detail: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, request, {
      status: status >= 500 && status < 600 ? status : 500,
      detail: 'Something failed on the server. The error has been logged.',
    });
  });
});
