// Deployment: plain HTTP and HTTPS both work (HTTPS-only headers only over HTTPS), and behind a reverse proxy the
// client's address and protocol come from X-Forwarded-* only when TRUST_PROXY names the proxy.
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/src/app.ts';
import { buildTestApp, freshDatabase, testConfig } from '../helpers/app.ts';
import { createAccount, TEST_PASSWORD } from '../helpers/auth.ts';
import { captureLogs } from '../helpers/logs.ts';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
});

async function appWith(config: Record<string, string> = {}) {
  const { app, database } = await buildTestApp({ config });
  apps.push(app);
  await createAccount(database, 'editor@deploy.test', 'editor');
  return app;
}

interface Seen {
  csp: string;
  hsts: string | undefined;
  cookie: string;
}

/** The headers a browser would act on: the CSP of a page, HSTS, and the session cookie's attributes. */
async function seen(app: FastifyInstance, headers: Record<string, string> = {}, remoteAddress = '127.0.0.1'): Promise<Seen> {
  const page = await app.inject({ method: 'GET', url: '/', headers, remoteAddress });
  const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'editor@deploy.test', password: TEST_PASSWORD }, headers, remoteAddress });
  expect(signIn.statusCode, signIn.body).toBe(200);
  const hsts = page.headers['strict-transport-security'];
  return { csp: String(page.headers['content-security-policy']), hsts: hsts === undefined ? undefined : String(hsts), cookie: String(signIn.headers['set-cookie']) };
}

const overHttp = (s: Seen) => {
  expect(s.csp).not.toContain('upgrade-insecure-requests');
  expect(s.hsts).toBeUndefined();
  expect(s.cookie).not.toMatch(/;\s*Secure/i);
};
const overHttps = (s: Seen) => {
  expect(s.csp).toMatch(/;upgrade-insecure-requests$/);
  expect(s.hsts).toBe('max-age=31536000');
  expect(s.cookie).toMatch(/;\s*Secure/i);
};

describe('plain HTTP and HTTPS', () => {
  it('over plain HTTP (the default) sends no upgrade-insecure-requests, no HSTS and no Secure cookie', async () => {
    const app = await appWith();
    overHttp(await seen(app, { host: 'dashboard.intranet:3000' }));
  });

  it('PUBLIC_URL=https://… sends upgrade-insecure-requests, HSTS and a Secure cookie on every response', async () => {
    overHttps(await seen(await appWith({ PUBLIC_URL: 'https://dashboard.example.org' })));
  });

  it('PUBLIC_URL=http://… keeps plain HTTP even when a trusted proxy says https', async () => {
    const app = await appWith({ PUBLIC_URL: 'http://dashboard.intranet:3000', TRUST_PROXY: '127.0.0.1' });
    overHttp(await seen(app, { 'x-forwarded-proto': 'https' }));
  });

  it('X-Forwarded-Proto: https counts only from a proxy TRUST_PROXY names', async () => {
    overHttp(await seen(await appWith(), { 'x-forwarded-proto': 'https' }));
    overHttps(await seen(await appWith({ TRUST_PROXY: '127.0.0.1' }), { 'x-forwarded-proto': 'https' }));
    overHttps(await seen(await appWith({ TRUST_PROXY: '1' }), { 'x-forwarded-proto': 'https' }));
    overHttps(await seen(await appWith({ TRUST_PROXY: 'loopback' }), { 'x-forwarded-proto': 'https' }));
    // A proxy at another address: this connection is a client, and its header is ignored.
    overHttp(await seen(await appWith({ TRUST_PROXY: '10.0.0.2' }), { 'x-forwarded-proto': 'https' }));
    overHttps(await seen(await appWith({ TRUST_PROXY: '10.0.0.0/8' }), { 'x-forwarded-proto': 'https' }, '10.0.0.2'));
  });

  it('COOKIE_SECURE=true or false overrides the per-request choice', async () => {
    expect((await seen(await appWith({ COOKIE_SECURE: 'true' }))).cookie).toMatch(/;\s*Secure/i);
    expect((await seen(await appWith({ COOKIE_SECURE: 'false', PUBLIC_URL: 'https://dashboard.example.org' }))).cookie).not.toMatch(/;\s*Secure/i);
  });

  it('a same-site write through an HTTPS proxy is not mistaken for a cross-site one', async () => {
    const app = await appWith({ TRUST_PROXY: '127.0.0.1' });
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'editor@deploy.test', password: TEST_PASSWORD },
      headers: { host: '127.0.0.1:3000', 'x-forwarded-host': 'dashboard.example.org', 'x-forwarded-proto': 'https', origin: 'https://dashboard.example.org' },
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  const classify = (app: FastifyInstance, headers: Record<string, string>, remoteAddress = '127.0.0.1') =>
    app.inject({ method: 'POST', url: '/api/v1/classify', payload: { direction: 'increase', observations: [{ cycle: '13MSP', value: 1 }] }, headers, remoteAddress });

  async function codesFor(app: FastifyInstance, clients: string[]) {
    const codes: number[] = [];
    for (const client of clients) codes.push((await classify(app, { 'x-forwarded-for': client })).statusCode);
    return codes;
  }

  it('off by default: every request is the proxy’s, and a forged X-Forwarded-For cannot dodge the rate limit', async () => {
    const app = await appWith({ CLASSIFY_RATE_LIMIT: '2' });
    expect(await codesFor(app, ['198.51.100.1', '198.51.100.1', '198.51.100.1', '198.51.100.2'])).toEqual([200, 200, 429, 429]);
  });

  it('with the proxy’s address, rate limits count each client behind it', async () => {
    const app = await appWith({ CLASSIFY_RATE_LIMIT: '2', TRUST_PROXY: '127.0.0.1' });
    expect(await codesFor(app, ['198.51.100.1', '198.51.100.1', '198.51.100.1', '198.51.100.2'])).toEqual([200, 200, 429, 200]);
  });

  it('with a hop count, the address one hop before the proxy is the client (an address the client added is ignored)', async () => {
    const app = await appWith({ CLASSIFY_RATE_LIMIT: '2', TRUST_PROXY: '1' });
    // The client forged "10.9.9.9"; the proxy appended the address it saw.
    expect(await codesFor(app, ['10.9.9.9, 198.51.100.1', '10.9.9.8, 198.51.100.1', '198.51.100.1', '198.51.100.2'])).toEqual([200, 200, 429, 200]);
  });

  it('logs show the client’s address, not the proxy’s', async () => {
    const logs = captureLogs();
    const database = freshDatabase();
    const app = await buildApp({ config: testConfig({ TRUST_PROXY: '127.0.0.1' }), database, logger: { level: 'info', stream: logs.stream } });
    apps.push(app);
    await app.ready();
    await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'someone@deploy.test', password: 'not the password' }, headers: { 'x-forwarded-for': '198.51.100.23' } });
    const incoming = logs.lines.find((l) => l.msg === 'incoming request') as { req?: { remoteAddress?: string } } | undefined;
    expect(incoming?.req?.remoteAddress).toBe('198.51.100.23');
    expect(logs.lines.find((l) => l.msg === 'sign-in failed')).toMatchObject({ address: '198.51.100.23' });
  });
});
