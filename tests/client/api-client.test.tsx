// The one HTTP client of the SPA against a real HTTP server: a proxy's HTML error page is a status, not a SyntaxError;
// a problem document becomes an ApiError with its detail; an answer is parsed with the shared schema.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, request } from '../../client/src/lib/api-client.ts';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/html-502') {
      res.writeHead(502, { 'Content-Type': 'text/html' }).end('<html><body>Bad gateway</body></html>');
    } else if (req.url === '/problem') {
      res.writeHead(409, { 'Content-Type': 'application/problem+json' }).end(JSON.stringify({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'Someone else changed it.' }));
    } else {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ data: { n: 7 } }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const Schema = z.object({ data: z.object({ n: z.number() }) });

describe('request()', () => {
  it('an HTML 502 from a proxy is an ApiError with the status and no problem', async () => {
    const error = await request(`${base}/html-502`, Schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(502);
    expect((error as ApiError).problem).toBeNull();
  });

  it('a problem document is an ApiError carrying its detail', async () => {
    const error = await request(`${base}/problem`, Schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('Someone else changed it.');
    expect((error as ApiError).problem?.status).toBe(409);
  });

  it('a good answer is parsed with the schema', async () => {
    expect(await request(`${base}/ok`, Schema)).toEqual({ data: { n: 7 } });
  });
});
