// The true limit for `npm run bench`: a bare node:http server, in its own process, that first fetches each benchmarked
// route from the API (as the load generator asks for it: no Accept-Encoding) and then answers that path with exactly
// those bytes: the same status, every header but the three Node writes itself (Date, Connection, Keep-Alive, with the
// API's keep-alive timeout), the same body. No routing beyond one Map lookup, no hooks, no parsing of the request.
//   BARE_UPSTREAM=http://127.0.0.1:PORT BARE_ROUTES=/a,/b PORT=... node --import tsx bench/bare-server.ts
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import { BARE_READY_PATH } from './server-process.ts';

/** Headers Node's http server writes on every response itself; the captured values are dropped so none is doubled. */
const NODE_WRITES = new Set(['date', 'connection', 'keep-alive']);

export interface CapturedResponse {
  status: number;
  /** Name/value pairs as the API sent them (wire order and case), less NODE_WRITES. */
  rawHeaders: string[];
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export function capture(url: string, headers: Record<string, string> = {}): Promise<CapturedResponse> {
  return new Promise((resolveCapture, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const rawHeaders: string[] = [];
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
          const name = res.rawHeaders[i] ?? '';
          if (!NODE_WRITES.has(name.toLowerCase())) rawHeaders.push(name, res.rawHeaders[i + 1] ?? '');
        }
        resolveCapture({ status: res.statusCode ?? 0, rawHeaders, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

async function main(): Promise<void> {
  const upstream = process.env.BARE_UPSTREAM;
  const routes = (process.env.BARE_ROUTES ?? '').split(',').filter(Boolean);
  const port = Number(process.env.PORT);
  if (!upstream || routes.length === 0 || !Number.isInteger(port)) throw new Error('set BARE_UPSTREAM, BARE_ROUTES and PORT');
  const responses = new Map<string, CapturedResponse>();
  let keepAliveSeconds: number | null = null;
  for (const path of routes) {
    const captured = await capture(`${upstream}${path}`);
    responses.set(path, captured);
    const keepAlive = /timeout=(\d+)/.exec(String(captured.headers['keep-alive'] ?? ''));
    if (keepAlive) keepAliveSeconds = Number(keepAlive[1]);
  }
  const server = createServer((req, res) => {
    const hit = responses.get(req.url ?? '');
    if (hit) {
      res.writeHead(hit.status, hit.rawHeaders);
      res.end(hit.body);
      return;
    }
    res.writeHead(req.url === BARE_READY_PATH ? 204 : 404);
    res.end();
  });
  // The same Keep-Alive header as the API's (Fastify's default is 72 s, Node's 5 s).
  if (keepAliveSeconds !== null) server.keepAliveTimeout = keepAliveSeconds * 1000;
  server.listen(port, '127.0.0.1');
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (process.argv[1]?.endsWith('bare-server.ts')) {
  main().catch((error: unknown) => {
    process.stderr.write(`bare server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
