// The cached public GETs answered before Fastify: a route that sends a body kept per data version (sendCached) asks the
// front cache to keep the whole response, and once Fastify has sent it (every header its hooks wrote: helmet, CORS,
// COOP/HSTS, ETag, Vary...), the next request that would get the same response is answered with those bytes straight
// from the node:http request listener: one Map lookup and one data-version read instead of routing, hooks, cookie
// parsing and header building, where a profile of a cached GET found the time (docs/performance.md).
//
// "The same response" means the same URL and the same values of every request header a response depends on here
// (Host, Accept-Encoding, Accept-Language, Origin, the X-Forwarded-* headers with the address they came from, TLS),
// at the same version: the data version, or the catalogue's (keptResponsesVersion), which stays behind while a big
// catalogue is rebuilt. Requests with a cookie (a session: the auth hook reads it) or a conditional header, and
// anything but GET, always go through Fastify, as does everything while the server closes (it answers 503 then).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** Keeps this request's response (once sent, if it is a 200) for the data version its body was built at. */
    keepResponse(request: FastifyRequest, version: number, body: Buffer): void;
    /**
     * Where the version of the responses kept is read from (by default the data version): the catalogue's, which stays
     * behind while a big catalogue is rebuilt, so that the requests meanwhile are answered here with what Fastify would
     * answer them (the previous version) rather than each going through Fastify to be told the same.
     */
    keptResponsesVersion(read: () => number): void;
  }
}

interface KeptResponse {
  version: number;
  /** Name/value pairs as Fastify set them (Node writes Date, Connection and Keep-Alive itself). */
  rawHeaders: string[];
  body: Buffer;
}

/** Distinct responses kept (URLs × header variants); the oldest is dropped beyond this. */
const MAX_KEPT = 2000;

/** The request's identity as far as a cached public response can depend on it; null when it must go through Fastify. */
function keyOf(req: IncomingMessage): string | null {
  const h = req.headers;
  if (req.method !== 'GET' || h.cookie !== undefined || h['if-none-match'] !== undefined || h['if-modified-since'] !== undefined) return null;
  const tls = (req.socket as Partial<TLSSocket>).encrypted === true ? 's' : '';
  let key = `${req.url ?? ''}\n${h.host ?? ''}\n${h['accept-encoding'] ?? ''}\n${h['accept-language'] ?? ''}\n${h.origin ?? ''}\n${tls}`;
  // Whether a proxy's headers count depends on TRUST_PROXY, the address they came from and the chain's length.
  const proto = h['x-forwarded-proto'];
  const host = h['x-forwarded-host'];
  const forwardedFor = h['x-forwarded-for'];
  if (proto !== undefined || host !== undefined || forwardedFor !== undefined) {
    key += `\n${String(proto)}\n${String(host)}\n${String(forwardedFor)}\n${req.socket.remoteAddress ?? ''}`;
  }
  return key;
}

/** The headers Fastify sent with a response, or null when it must not be replayed (it sets a cookie). */
function headersOf(reply: FastifyReply): string[] | null {
  // Names as written on the wire where Node kept them (helmet sets its headers on the raw response), else lower case.
  const raw = reply.raw as ServerResponse & { getRawHeaderNames?: () => string[] };
  const wireName = new Map((raw.getRawHeaderNames?.() ?? []).map((name) => [name.toLowerCase(), name]));
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (name === 'set-cookie') return null;
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) pairs.push(wireName.get(name) ?? name, String(one));
  }
  return pairs;
}

const INFO_LEVELS = new Set(['trace', 'debug', 'info']);

export default fp(
  function frontCachePlugin(app: FastifyInstance, _opts: unknown, done: () => void) {
    const kept = new Map<string, KeptResponse>();
    const pending = new WeakMap<IncomingMessage, { key: string; version: number; body: Buffer }>();
    let keptVersion = -1;
    let closing = false;
    let readVersion = () => app.dataVersion();

    app.decorate('keepResponse', (request: FastifyRequest, version: number, body: Buffer) => {
      // Only responses every visitor gets (a route with a role answers per user), and none a rate limit counts.
      const config = request.routeOptions.config as { role?: unknown; rateLimit?: unknown };
      if (config.role !== undefined || config.rateLimit !== undefined) return;
      const key = keyOf(request.raw);
      if (key !== null) pending.set(request.raw, { key, version, body });
    });
    app.decorate('keptResponsesVersion', (read: () => number) => {
      readVersion = read;
    });
    app.addHook('onResponse', async (request, reply) => {
      const response = pending.get(request.raw);
      if (!response || reply.statusCode !== 200 || closing) return;
      const rawHeaders = headersOf(reply);
      if (!rawHeaders) return;
      if (response.version !== keptVersion) {
        kept.clear();
        keptVersion = response.version;
      }
      if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value ?? '');
      kept.set(response.key, { version: response.version, rawHeaders, body: response.body });
    });
    app.addHook('preClose', async () => {
      closing = true;
      kept.clear();
    });

    // Fastify listens on app.server with one 'request' listener (its router); answer first what is kept.
    const [route] = app.server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
    if (!route) throw new Error('the front cache found no request listener on the server');
    const log = app.log;
    // The version read once per turn of the event loop, not per request: a request read in the same turn as a write
    // was sent before its client could see the write's answer, so either version is a right answer to it. Null when
    // it could not be read (Fastify then answers, and reports what failed).
    let version: number | null | undefined;
    const forgetVersion = () => {
      version = undefined;
    };
    const currentVersion = () => {
      if (version === undefined) {
        try {
          version = readVersion();
        } catch {
          version = null;
        }
        setImmediate(forgetVersion);
      }
      return version;
    };
    app.server.removeListener('request', route);
    app.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      if (kept.size > 0 && !closing) {
        const key = keyOf(req);
        const hit = key === null ? undefined : kept.get(key);
        if (hit && hit.version === currentVersion()) {
          res.writeHead(200, hit.rawHeaders);
          res.end(hit.body);
          if (INFO_LEVELS.has(log.level)) log.info({ frontCache: { method: req.method, url: req.url, host: req.headers.host, remoteAddress: req.socket.remoteAddress, forwardedFor: req.headers['x-forwarded-for'] }, res: { statusCode: 200 } }, 'request answered from the front cache');
          return;
        }
      }
      route.call(app.server, req, res);
    });
    done();
  },
  { name: 'front-cache', dependencies: ['data'] },
);
