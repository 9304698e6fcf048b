// The public pages arrive as HTML with their content and data (prerendered by the client's entry-server.tsx, built here
// into a temporary directory as `npm run build` does): per language, kept per data version, index.html for the
// workspace and unknown addresses. The overview's HTML stays within its budget.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { build } from 'vite';
import { SummaryResponseSchema } from '@ccm/shared/schemas/api';
import { STATUS_CODES } from '@ccm/shared/schemas/common';
import { bumpDataVersion } from '../../server/src/db/data-version.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import { buildTestApp, REPO_ROOT } from '../helpers/app.ts';
import { INITIAL_JS_BUDGET_BYTES, initialAssets } from '../../scripts/check-bundle.ts';

/** The budget of the overview's prerendered HTML (markup and data), gzipped: the first HTML a phone downloads. */
const OVERVIEW_HTML_BUDGET_GZIP_BYTES = 60_000;

const CLIENT_ROOT = join(REPO_ROOT, 'client');
let dir: string;
let dist: string;
let app: FastifyInstance;
let database: Database_;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ccm-pages-'));
  dist = join(dir, 'dist');
  const common = { root: CLIENT_ROOT, configFile: join(CLIENT_ROOT, 'vite.config.ts'), logLevel: 'error' as const, mode: 'production' };
  // A production build, as `npm run build` makes (the test runner sets NODE_ENV=test, which Vite would follow).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ ...common, build: { outDir: dist, emptyOutDir: true } });
    await build({ ...common, build: { ssr: true, outDir: `${dist}-ssr`, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  ({ app, database } = await buildTestApp({ config: { CLIENT_DIST: dist } }));
}, 120_000);

afterAll(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

/** The page's state for the browser (the JSON script), parsed. */
function stateOf(html: string): { language: string; url: string; queries: { queries: { queryKey: unknown[] }[] } } {
  const json = /<script type="application\/json" id="prerendered-state">([^<]*)<\/script>/.exec(html)?.[1];
  expect(json, 'the page carries its state').toBeDefined();
  return JSON.parse(json ?? 'null') as ReturnType<typeof stateOf>;
}

const isPrerendered = (html: string) => !html.includes('<div id="root"></div>') && html.includes('id="prerendered-state"');

describe('prerendered pages', () => {
  it('the overview in English: its figures in the HTML, the title, the state to hydrate from, no-cache', async () => {
    const summary = SummaryResponseSchema.parse((await get('/api/v1/action-plans/lap/summary?lang=en')).json()).data;
    const res = await get('/?lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-language']).toBe('en');
    expect(res.body).toContain('<html lang="en" dir="ltr">');
    expect(res.body).toContain('<title>Overview · Action plan dashboard</title>');
    expect(res.body).toContain('<h1 id="overview-title">Lausanne Action Plan: progress by indicator</h1>');
    for (const code of STATUS_CODES) {
      expect(res.body).toMatch(new RegExp(`data-status="${code}"[^>]*>.*?<span class="status-counts__count">${summary.counts[code]}</span>`));
    }
    expect((res.body.match(/class="pillar-card[ "]/g) ?? []).length).toBe(summary.pillars.length);
    const state = stateOf(res.body);
    expect(state).toMatchObject({ language: 'en', url: '/?lang=en' });
    expect(state.queries.queries.map((q) => q.queryKey[0])).toEqual(expect.arrayContaining(['action-plans', 'summary', 'indicators', 'cycles']));
    // No inline script runs (the CSP forbids them): the only scripts are the bundle's and the state's JSON.
    for (const [tag] of res.body.matchAll(/<script\b[^>]*>/g)) expect(tag).toMatch(/type="module"[^>]*src=|type="application\/json"/);
    // The page reads without its scripts: they and their modulepreloads come after the HTML and stylesheets.
    const scripts = [...res.body.matchAll(/<script type="module"[^>]*>|<link rel="modulepreload"[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain('fetchpriority="low"');
    expect(res.body).not.toMatch(/<link rel="stylesheet"[^>]*fetchpriority/);
    // The first page rendered loads the prerenderer (a few MB), seconds on a busy machine.
  }, 30_000);

  it(`the overview's HTML is within its budget (${OVERVIEW_HTML_BUDGET_GZIP_BYTES / 1000} kB gzipped) in every language, and is sent compressed`, async () => {
    for (const lang of ['en', 'fr', 'es', 'ar']) {
      const res = await get(`/?lang=${lang}`, { 'accept-encoding': 'gzip' });
      expect(res.headers['content-encoding']).toBe('gzip');
      const html = gunzipSync(res.rawPayload);
      expect(isPrerendered(html.toString())).toBe(true);
      expect(gzipSync(html, { level: 9 }).length, `${lang}: gzipped bytes`).toBeLessThanOrEqual(OVERVIEW_HTML_BUDGET_GZIP_BYTES);
    }
  });

  it(`the JavaScript each kind of public page loads first is within ${INITIAL_JS_BUDGET_BYTES / 1000} kB gzipped, in English and Arabic`, async () => {
    const pages = [
      '/',
      '/plans/lap/pillars/risk-education',
      '/plans/lap/actions/27',
      '/indicators/a27-re-integrated',
      '/embed/indicators/a27-re-integrated',
      '/flagged',
      '/series/isu-contributions',
      '/states/alb',
      '/plans/lap/briefings/risk-education',
      '/plans/lap/results',
    ];
    const gzipped = new Map<string, number>();
    const sizeOf = (url: string) => {
      let size = gzipped.get(url);
      if (size === undefined) {
        size = gzipSync(readFileSync(join(dist, url.replace(/^\//, ''))), { level: 9 }).length;
        gzipped.set(url, size);
      }
      return size;
    };
    const totals: Record<string, number> = {};
    for (const lang of ['en', 'ar']) {
      for (const url of pages) {
        const res = await get(`${url}?lang=${lang}`);
        expect(isPrerendered(res.body), url).toBe(true);
        // The page's module script and every modulepreload: what the browser fetches and runs to hydrate the page.
        const { scripts } = initialAssets(res.body);
        expect(scripts.length, url).toBeGreaterThan(0);
        totals[`${url}?lang=${lang}`] = scripts.reduce((sum, script) => sum + sizeOf(script), 0);
      }
    }
    // Every page over the budget, with its size: none.
    const over = Object.entries(totals).filter(([, total]) => total > INITIAL_JS_BUDGET_BYTES);
    expect(over.map(([page, total]) => `${page}: ${(total / 1000).toFixed(1)} kB`)).toEqual([]);
  });

  it('an indicator in Arabic: <html lang dir>, the figures in Arabic digits, the page’s stylesheets and scripts linked', async () => {
    const res = await get('/indicators/a27-re-integrated?lang=ar');
    expect(res.headers['content-language']).toBe('ar');
    expect(res.body).toContain('<html lang="ar" dir="rtl">');
    expect(res.body).toMatch(/<title>[^<]*لوحة[^<]*<\/title>/);
    const arabic = new Intl.NumberFormat('ar');
    for (const [cycle, value] of [['10MSP', 8], ['13MSP', 10]] as const) {
      expect(res.body).toMatch(new RegExp(`data-cycle="${cycle}".*?<span data-field="value">${arabic.format(value)}</span>`));
    }
    expect(res.body).toMatch(/<link rel="stylesheet" crossorigin href="\/assets\/indicator-page-[^"]+\.css">/);
    expect(res.body).toMatch(/<link rel="modulepreload" fetchpriority="low" crossorigin href="\/assets\/indicator-page-[^"]+\.js">/);
    // The Arabic catalogue is preloaded: the browser hydrates once it is in.
    expect(res.body).toMatch(/<link rel="modulepreload" fetchpriority="low" crossorigin href="\/assets\/ar-[^"]+\.js">/);
  });

  it('without ?lang= the page is in the browser’s language (Accept-Language), and says it varies with it', async () => {
    const res = await get('/flagged', { 'accept-language': 'fr-CH, en;q=0.5' });
    expect(res.headers['content-language']).toBe('fr');
    expect(String(res.headers.vary)).toContain('Accept-Language');
    expect(res.body).toContain('<html lang="fr" dir="ltr">');
    expect(stateOf(res.body).language).toBe('fr');
  });

  it('is kept until the data changes: the same ETag (304 when the browser has it), a new page after a publication', async () => {
    const first = await get('/states?lang=es');
    const etag = String(first.headers.etag);
    expect(isPrerendered(first.body)).toBe(true);
    expect((await get('/states?lang=es')).headers.etag).toBe(etag);
    expect((await get('/states?lang=es', { 'if-none-match': etag })).statusCode).toBe(304);
    bumpDataVersion(database.db, new Date('2031-05-04T12:00:00Z'));
    const after = await get('/states?lang=es');
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
  });

  it('the embed page keeps frame-ancestors *', async () => {
    const res = await get('/embed/indicators/a27-re-integrated?lang=fr');
    expect(isPrerendered(res.body)).toBe(true);
    expect(String(res.headers['content-security-policy'])).toContain('frame-ancestors *');
    expect(res.headers['x-frame-options']).toBeUndefined();
  });

  it('the workspace, the old addresses, a plan in capitals and unknown pages get index.html: the browser draws them', async () => {
    for (const url of ['/workspace', '/workspace/review', '/pillars/risk-education', '/plans/LAP', '/indicators/no-such-indicator', '/no-such-page', '/plans/lap/no-such-page']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toContain('<div id="root"></div>');
      // Nothing shows before the scripts run here: they keep their usual priority.
      expect(res.body, url).not.toContain('fetchpriority');
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('every kind of public page is prerendered', async () => {
    const pages = [
      '/plans/lap',
      '/plans/lap/pillars/risk-education',
      '/plans/lap/actions/27',
      '/plans/lap/briefings/risk-education',
      '/plans/lap/results',
      '/plans/lap/changes',
      '/flagged',
      '/flagged?view=all',
      '/series',
      '/series/isu-contributions',
      '/indicators/a27-re-integrated',
      '/embed/indicators/a27-re-integrated',
      '/states',
      '/states/alb',
    ];
    for (const url of pages) {
      const res = await get(`${url}${url.includes('?') ? '&' : '?'}lang=en`);
      expect(isPrerendered(res.body), url).toBe(true);
      expect(res.body, url).toMatch(/<h1[^>]*>[^<]+/);
      // Its content, not a loading state: every query the page reads was answered before the HTML was made.
      expect(res.body, url).not.toContain('class="loading-state"');
    }
  });
});
