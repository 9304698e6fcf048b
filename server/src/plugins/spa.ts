// Serves the built SPA: hashed assets cached for a year, the prerendered page (when the app passes a `prerender`, and it
// has the page) or else index.html for every client route, problems for unknown API paths (405 with Allow when the path
// exists for other methods).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { sendProblem } from './errors.ts';
import { ResponseCache, etagMatches, type CachedBody } from '../lib/response-cache.ts';

/** A page's HTML with its content, in one language. */
export interface PrerenderedHtml extends CachedBody {
  language: string;
}

export interface SpaOptions {
  root: string;
  /** The page at this address as HTML with its content, or null for index.html (the browser draws the page). */
  prerender?: (request: FastifyRequest) => Promise<PrerenderedHtml | null>;
}

function sendPage(request: FastifyRequest, reply: FastifyReply, page: PrerenderedHtml) {
  // Without ?lang= the page is in the browser's language.
  reply.header('Cache-Control', 'no-cache').header('ETag', page.etag).header('Vary', 'Accept-Encoding, Accept-Language').header('Content-Language', page.language);
  if (etagMatches(request.headers['if-none-match'], page.etag)) return reply.code(304).send();
  const { body, encoding } = ResponseCache.encode(page, request.headers['accept-encoding']);
  if (encoding) reply.header('Content-Encoding', encoding);
  return reply.type(page.contentType).send(body);
}

export default fp(async function spaPlugin(app: FastifyInstance, opts: SpaOptions) {
  const root = resolve(opts.root);
  const hasClient = existsSync(resolve(root, 'index.html'));
  if (hasClient) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      preCompressed: true,
      index: false,
      setHeaders(res, path) {
        res.header('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = app.allowedMethods(path);
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      reply.header('Allow', allowed.join(', '));
      return sendProblem(reply, request, { status: 405, detail: `${path} accepts ${allowed.join(', ')}, not ${request.method}.` });
    }
    const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api/') && path !== '/api';
    if (!wantsPage || !hasClient) {
      return sendProblem(reply, request, { status: 404, detail: `No route ${request.method} ${path}.` });
    }
    if (path.startsWith('/embed/')) {
      // Embeddable chart pages may be framed by other sites (the Convention's website).
      const csp = String(reply.getHeader('content-security-policy') ?? '').replace("frame-ancestors 'self'", 'frame-ancestors *');
      reply.header('Content-Security-Policy', csp).removeHeader('x-frame-options');
    }
    const page = opts.prerender ? await opts.prerender(request) : null;
    if (page) return sendPage(request, reply, page);
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
});
