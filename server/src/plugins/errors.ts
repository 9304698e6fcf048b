// One error handler and one not-found handler: every failure leaves as application/problem+json (RFC 9457).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '@ccm/shared/schemas/common';
import { HttpError } from '../lib/errors.ts';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  problem: Omit<Problem, 'type' | 'title'> & { title?: string; type?: string },
): void {
  const body: Problem = {
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
  const context = error.validationContext ?? 'request';
  const errors = (error.validation ?? []).map((issue) => {
    const path = (issue.instancePath || '').replace(/^\//, '').replace(/\//g, '.');
    const missing = (issue.params as { missingProperty?: string } | undefined)?.missingProperty;
    const keys = (issue.params as { keys?: string[] } | undefined)?.keys;
    const parameter = path || missing || keys?.join(',') || context;
    return { parameter, message: issue.message ?? 'is invalid' };
  });
  const first = errors[0];
  return {
    status: 400,
    type: 'urn:ccm:problem:validation',
    title: 'Invalid request',
    detail: first
      ? errors.map((e) => `${context} parameter "${e.parameter}": ${e.message}`).join('; ')
      : `The ${context} is invalid.`,
    ...(first ? { parameter: first.parameter } : {}),
    errors,
  };
}

export default fp(function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) {
      return sendProblem(reply, request, {
        status: error.statusCode,
        title: error.title,
        ...(error.detail === undefined ? {} : { detail: error.detail }),
        ...(error.parameter === undefined ? {} : { parameter: error.parameter }),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      return sendProblem(reply, request, validationProblem(error));
    }
    const status = error.statusCode ?? 500;
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
