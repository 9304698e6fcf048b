// Benchmark only (BENCH_LIMIT_ROUTES=true): GET /__limit/<path> sends the bytes of GET /<path> from a buffer kept in
// memory, through the same global hooks (helmet, CORS) but with no validation, no cache lookup and no ETag: the
// cheapest route this app can have that returns those bytes, i.e. the limit `npm run bench` compares the API with.
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

const PREFIX = '/__limit';

interface LimitEntry {
  body: Buffer;
  contentType: string;
}

export default fp(async function benchLimitPlugin(app: FastifyInstance) {
  // Keyed by the full request URL (query included). Filled on the first request to each URL (the benchmark's
  // warm-up) and never refreshed: a snapshot of the data version at that moment, so restart after changing the data.
  const entries = new Map<string, LimitEntry>();

  const send = (reply: FastifyReply, entry: LimitEntry): void => {
    void reply.header('content-type', entry.contentType).send(entry.body);
  };

  const fill = async (url: string): Promise<LimitEntry | string> => {
    const target = url.slice(PREFIX.length) || '/';
    const res = await app.inject({ method: 'GET', url: target });
    if (res.statusCode !== 200) return `GET ${target} answered ${res.statusCode}; there is nothing to serve as its limit.`;
    const entry: LimitEntry = { body: res.rawPayload, contentType: String(res.headers['content-type'] ?? 'application/json; charset=utf-8') };
    entries.set(url, entry);
    return entry;
  };

  app.get(`${PREFIX}/*`, { schema: { hide: true } }, (request, reply) => {
    const hit = entries.get(request.url);
    if (hit) {
      // The measured path: one Map lookup, one header, one write; synchronous, so no promise per request.
      send(reply, hit);
      return undefined;
    }
    return fill(request.url).then((entry) => {
      if (typeof entry === 'string') void reply.code(502).type('text/plain; charset=utf-8').send(entry);
      else send(reply, entry);
    });
  });
});
