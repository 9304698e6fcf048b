// Security checks a reviewer would ask for: headers, formula neutralising on export, no internals in errors, pinned dependencies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../server/src/lib/csv.ts';
import { buildTestApp, REPO_ROOT } from '../helpers/app.ts';
import { createAccount, signIn } from '../helpers/auth.ts';

describe('security', () => {
  it('sends a CSP without inline scripts, nosniff, a frame-ancestors policy and a referrer policy (HSTS only over HTTPS)', async () => {
    const { app } = await buildTestApp({ config: { PUBLIC_URL: 'https://dashboard.example.org' } });
    for (const url of ['/api/v1/summary', '/api/health', '/api/v1/nothing']) {
      const res = await app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toMatch(/script-src 'self'(;|$)/);
      expect(csp, url).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp, url).toContain("frame-ancestors 'self'");
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
      expect(res.headers['strict-transport-security'], url).toBe('max-age=31536000');
      expect(csp, url).toMatch(/upgrade-insecure-requests/);
    }
    await app.close();
  });

  it('sends Cross-Origin-Opener-Policy only where the browser applies it: over HTTPS or on localhost, not plain HTTP elsewhere', async () => {
    const { app } = await buildTestApp();
    const coop = async (host: string) => (await app.inject({ method: 'GET', url: '/api/health', headers: { host } })).headers['cross-origin-opener-policy'];
    expect(await coop('localhost:3000')).toBe('same-origin');
    expect(await coop('127.0.0.1:3000')).toBe('same-origin');
    // An intranet host name over HTTP: Chromium would ignore the header and log an error on every page.
    expect(await coop('dashboard.intranet.test:8080')).toBeUndefined();
    await app.close();
    const { app: https } = await buildTestApp({ config: { PUBLIC_URL: 'https://dashboard.example.org' } });
    expect((await https.inject({ method: 'GET', url: '/api/health', headers: { host: 'dashboard.example.org' } })).headers['cross-origin-opener-policy']).toBe('same-origin');
    await https.close();
  });

  it.each([
    ['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@HYPERLINK("x")', '\'@HYPERLINK("x")'],
    ['plain note', 'plain note'],
  ])('neutralises the spreadsheet formula %s', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it('neutralises a formula entered in a note when the figure is exported', async () => {
    const { app, database } = await buildTestApp();
    await createAccount(database, 'admin@sec.test', 'admin');
    const cookie = await signIn(app, 'admin@sec.test');
    const entered = await app.inject({
      method: 'PUT',
      url: '/api/v1/workspace/observations',
      headers: { cookie },
      payload: { indicatorId: 'a27-re-integrated', cycle: '13MSP', value: 10, denominator: 10, source: 'Draft Review Document 2021-2025 v1.0', paragraph: 123, note: "=cmd|' /C calc'!A0", reason: 'test' },
    });
    expect(entered.statusCode, entered.body).toBe(200);
    await app.inject({ method: 'POST', url: '/api/v1/workspace/cycles/13MSP/publish', headers: { cookie } });
    const csv = (await app.inject({ method: 'GET', url: '/api/v1/export.csv?action=27' })).body;
    expect(csv).toContain(`'=cmd|' /C calc'!A0`);
    expect(csv).not.toMatch(/(^|,)=cmd/m);
    await app.close();
  });

  it('pins every dependency to an exact version, with a lockfile', () => {
    const manifests = ['package.json', 'server/package.json', 'client/package.json', 'shared/package.json'];
    for (const file of manifests) {
      const pkg = JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as Record<string, Record<string, string> | undefined>;
      for (const field of ['dependencies', 'devDependencies']) {
        for (const [name, version] of Object.entries(pkg[field] ?? {})) {
          if (name.startsWith('@ccm/')) continue;
          expect(version, `${file} ${name}`).toMatch(/^\d+\.\d+\.\d+$/);
        }
      }
    }
    const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { lockfileVersion: number; packages: Record<string, { version?: string }> };
    expect(lock.lockfileVersion).toBe(3);
    expect(Object.keys(lock.packages).length).toBeGreaterThan(100);
  });
});
