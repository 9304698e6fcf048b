// Serves the built SPA: hashed assets cached for a year, index.html for every client route, problems for unknown API
// paths (405 with Allow when the path exists for other methods).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { sendProblem } from './errors.ts';

export default fp(async function spaPlugin(app: FastifyInstance, opts: { root: string }) {
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
  app.setNotFoundHandler((request, reply) => {
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
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
});
