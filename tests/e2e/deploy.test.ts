// Deployment journeys in real Chromium: the dashboard reached through an intranet host name over plain HTTP (no
// localhost exemptions), and through an HTTPS reverse proxy in front of the same server, with TRUST_PROXY naming it.
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer as createHttpsServer, type Server } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from '../helpers/app.ts';
import { signInThroughTheForm } from '../helpers/e2e-accounts.ts';
import { SCREENSHOT_DIR } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';
import { freePort } from '../helpers/server.ts';
import { WRITER_PASSWORD } from '../helpers/writer.ts';

const INTRANET = 'dashboard.intranet.test';
const PUBLIC = 'dashboard.example.test';
const EMAIL = 'editor@deploy.test';

// One deployment serving both: intranet users directly over HTTP, everyone else through the HTTPS proxy. Both names
// resolve to this machine inside the browser only; no DNS or hosts file is touched.
const app = browserAppPerFile({
  env: { HOST: '127.0.0.1', TRUST_PROXY: '127.0.0.1' },
  accounts: [{ email: EMAIL, role: 'editor', password: WRITER_PASSWORD }],
  browserArgs: [`--host-resolver-rules=MAP ${INTRANET} 127.0.0.1, MAP ${PUBLIC} 127.0.0.1`],
});
let proxy: Server;
let proxyPort: number;

/**
 * A TLS-terminating reverse proxy, as nginx or Caddy would be: it forwards to the server over plain HTTP and says
 * who the client was and how it connected (X-Forwarded-For, -Proto, -Host), replacing anything the client sent.
 */
async function startProxy(upstreamPort: number): Promise<{ server: Server; port: number }> {
  const tls = join(REPO_ROOT, 'tests/fixtures/tls');
  const https = createHttpsServer({ key: readFileSync(join(tls, `${PUBLIC}.key`)), cert: readFileSync(join(tls, `${PUBLIC}.crt`)) }, (req, res) => {
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: upstreamPort,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '', 'x-forwarded-proto': 'https', 'x-forwarded-host': req.headers.host ?? '' },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => https.listen(port, '127.0.0.1', resolve));
  return { server: https, port };
}

beforeAll(async () => {
  ({ server: proxy, port: proxyPort } = await startProxy(app.server.port));
});

afterAll(async () => {
  await new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve(undefined)));
});

interface Visit {
  page: Page;
  context: BrowserContext;
  documentHeaders: Record<string, string>;
  requested: string[];
  problems: string[];
}

/** Opens the overview at `origin` and records every request, failed request and script error on the way. */
async function visit(origin: string, options: { ignoreHTTPSErrors?: boolean } = {}): Promise<Visit> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const requested: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Mixed Content|ERR_/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  const response = await page.goto(`${origin}/`);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });
  await page.locator('.pillar-card').first().waitFor({ timeout: 15_000 });
  return { page, context, documentHeaders: (await response?.allHeaders()) ?? {}, requested, problems };
}

describe('deployment', () => {
  it('over plain HTTP on an intranet host name, the dashboard shows and the workspace signs in', async () => {
    const origin = `http://${INTRANET}:${app.server.port}`;
    const { page, context, documentHeaders, requested, problems } = await visit(origin);
    try {
      expect(documentHeaders['content-security-policy']).not.toContain('upgrade-insecure-requests');
      expect(documentHeaders['strict-transport-security']).toBeUndefined();
      // Every script, style and API call went to the same plain-HTTP origin: nothing was upgraded to HTTPS.
      expect(requested.length).toBeGreaterThan(3);
      expect(requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
      expect(problems).toEqual([]);
      expect(await page.locator('.pillar-card').count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'deploy-intranet-http.png') });

      await signInThroughTheForm(page, origin, EMAIL, WRITER_PASSWORD);
      const cookie = (await context.cookies()).find((c) => c.name === 'ccm_session');
      expect(cookie).toMatchObject({ secure: false, httpOnly: true, sameSite: 'Strict' });
    } finally {
      await context.close();
    }
  });

  it('through an HTTPS reverse proxy, the same server sends HSTS and upgrade-insecure-requests, and a Secure cookie', async () => {
    const origin = `https://${PUBLIC}:${proxyPort}`;
    const { page, context, documentHeaders, requested, problems } = await visit(origin, { ignoreHTTPSErrors: true });
    try {
      expect(documentHeaders['content-security-policy']).toMatch(/upgrade-insecure-requests/);
      expect(documentHeaders['strict-transport-security']).toBe('max-age=31536000');
      expect(requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
      expect(problems).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'deploy-https-proxy.png') });

      await signInThroughTheForm(page, origin, EMAIL, WRITER_PASSWORD);
      const cookie = (await context.cookies()).find((c) => c.name === 'ccm_session');
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
    } finally {
      await context.close();
    }
  });
});
