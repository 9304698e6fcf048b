// The front cache (server/src/plugins/front-cache.ts) answers a repeated public GET before Fastify runs: over a real
// socket (app.inject bypasses it), the answer must be the very response Fastify sent, every header included.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app.ts';
import { bumpDataVersion } from '../../server/src/db/data-version.ts';
import { freshDatabase, testConfig } from '../helpers/app.ts';
import { captureLogs } from '../helpers/logs.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolveGet, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { connection: 'close', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolveGet({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const withoutDate = ({ date: _date, ...headers }: Answer['headers']) => headers;

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function listening(config: Record<string, string> = {}) {
  const logs = captureLogs();
  const database = freshDatabase();
  const app = await buildApp({ config: testConfig(config), database, logger: { level: 'info', stream: logs.stream } });
  closers.push(() => app.close());
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const fromFrontCache = () => logs.lines.filter((l) => l.msg === 'request answered from the front cache').length;
  return { app, database, port, fromFrontCache };
}

describe('the front cache', () => {
  it('answers a repeated public GET with exactly the status, headers and body Fastify sent', async () => {
    const { port, fromFrontCache } = await listening();
    const variants: [string, Record<string, string>][] = [
      ['/api/v1/action-plans/lap/summary', {}],
      ['/api/v1/indicators', { 'accept-encoding': 'gzip, deflate, br' }],
      ['/api/v1/indicators', { 'accept-encoding': 'gzip' }],
      ['/api/v1/indicators/a27-re-integrated', { 'accept-language': 'fr-CH, fr;q=0.9' }],
      ['/api/v1/indicators/a27-re-integrated?lang=ar', {}],
      ['/api/v1/indicators/a27-re-integrated', { host: 'dashboard.intranet.test:8080' }],
      ['/api/v1/action-plans', { origin: 'https://www.clusterconvention.org' }],
    ];
    for (const [path, headers] of variants) {
      const first = await get(port, path, headers);
      expect(first.status, path).toBe(200);
      const before = fromFrontCache();
      const again = await get(port, path, headers);
      expect(fromFrontCache(), `${path} ${JSON.stringify(headers)} from the front cache`).toBe(before + 1);
      expect(again.status).toBe(200);
      expect(withoutDate(again.headers), path).toEqual(withoutDate(first.headers));
      expect(again.body.equals(first.body), path).toBe(true);
    }
    // Variants of one URL are kept apart: the French and the Arabic answers differ, and the intranet host gets no COOP.
    const fr = await get(port, '/api/v1/indicators/a27-re-integrated', { 'accept-language': 'fr-CH, fr;q=0.9' });
    const ar = await get(port, '/api/v1/indicators/a27-re-integrated?lang=ar');
    expect([fr.headers['content-language'], ar.headers['content-language']]).toEqual(['fr', 'ar']);
    expect((await get(port, '/api/v1/indicators/a27-re-integrated', { host: 'dashboard.intranet.test:8080' })).headers['cross-origin-opener-policy']).toBeUndefined();
    expect((await get(port, '/api/v1/indicators/a27-re-integrated')).headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('sends HSTS and the HTTPS-only CSP from the cache as Fastify does over HTTPS', async () => {
    const { port, fromFrontCache } = await listening({ PUBLIC_URL: 'https://dashboard.example.org' });
    const first = await get(port, '/api/v1/action-plans/lap/summary');
    const again = await get(port, '/api/v1/action-plans/lap/summary');
    expect(first.status).toBe(200);
    expect(fromFrontCache()).toBe(1);
    expect(again.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(String(again.headers['content-security-policy'])).toMatch(/upgrade-insecure-requests/);
    expect(withoutDate(again.headers)).toEqual(withoutDate(first.headers));
  });

  it('leaves to Fastify a request with a cookie or If-None-Match, and anything after the data version moves', async () => {
    const { database, port, fromFrontCache } = await listening();
    const path = '/api/v1/action-plans/lap/summary';
    const first = await get(port, path);
    await get(port, path, { cookie: 'ccm_session=not-a-session' });
    const revalidated = await get(port, path, { 'if-none-match': String(first.headers.etag) });
    expect(revalidated.status).toBe(304);
    expect(fromFrontCache()).toBe(0);

    bumpDataVersion(database.db, new Date());
    const after = await get(port, path);
    expect(fromFrontCache()).toBe(0);
    expect(after.headers.etag).not.toBe(first.headers.etag);
    await get(port, path);
    expect(fromFrontCache()).toBe(1);
  });
});
