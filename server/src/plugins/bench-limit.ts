// Benchmark only (BENCH_LIMIT_ROUTES=true): the same bytes as an API response, served from a precomputed buffer.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export default fp(async function benchLimitPlugin(app: FastifyInstance) {
  const buffers = new Map<string, { body: Buffer; contentType: string }>();
  app.get('/__limit/*', { schema: { hide: true } }, async (request, reply) => {
    const target = `/${(request.params as { '*': string })['*']}${request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : ''}`;
    let entry = buffers.get(target);
    if (!entry) {
      const res = await app.inject({ method: 'GET', url: target });
      entry = { body: res.rawPayload, contentType: String(res.headers['content-type'] ?? 'application/json') };
      buffers.set(target, entry);
    }
    return reply.type(entry.contentType).send(entry.body);
  });
});
