// `npm run export:static -- DIR` writes a static snapshot that a plain file server (no query strings, no API) serves as
// the public site: in all four languages, with JavaScript (the client reads the API's answers from the snapshot's
// files) and without (the prerendered English HTML; index.<lang>.html for hosts that route by ?lang=).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import en from '../../client/src/i18n/locales/en.json';
import fr from '../../client/src/i18n/locales/fr.json';
import es from '../../client/src/i18n/locales/es.json';
import ar from '../../client/src/i18n/locales/ar.json';
import { REPO_ROOT } from '../helpers/app.ts';
import { drawCharts, launchBrowser } from '../helpers/browser.ts';

const CATALOGUES = { en, fr, es, ar } as const;
const LANGUAGES = Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[];
const PAGES = ['/', '/indicators/a27-re-integrated', '/plans/lap/pillars/risk-education', '/flagged'];
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

let dir: string;
let site: Server;
let url: string;
let browser: Browser;
/** Every request the file server could not answer with a file. */
const missing: string[] = [];

/** A file server as plain as a static host gets: the path names a file (a folder: its index.html), the query is ignored. */
function serveFiles(root: string): Server {
  return createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://static.invalid').pathname));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      missing.push(path);
      response.writeHead(404, { 'Content-Type': TYPES['.html'] }).end(readFileSync(join(root, '404.html')));
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ccm-static-'));
  const out = join(dir, 'site');
  // No database at DATABASE_PATH: the export reads the bundled data.
  await promisify(execFile)('npm', ['run', 'export:static', '--', out, `--pages=${PAGES.join(',')}`], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_PATH: join(dir, 'none.db') },
  });
  site = serveFiles(out);
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const documentLanguage = (page: Page) => Promise.all([page.locator('html').getAttribute('lang'), page.locator('html').getAttribute('dir')]);

describe('a static snapshot on a plain file server', () => {
  it('has every page in each language, its API answers and the assets', () => {
    const out = join(dir, 'site');
    for (const path of PAGES) {
      const folder = join(out, ...path.split('/').filter(Boolean));
      expect(readFileSync(join(folder, 'index.html'), 'utf8'), path).toContain('<html lang="en" dir="ltr">');
      expect(readFileSync(join(folder, 'index.ar.html'), 'utf8'), path).toContain('<html lang="ar" dir="rtl">');
      expect(readFileSync(join(folder, 'index.fr.html'), 'utf8'), path).toContain('<meta name="ccm-static-snapshot"');
    }
    expect(JSON.parse(readFileSync(join(out, 'api/v1/indicators/a27-re-integrated/lang=ar.json'), 'utf8'))).toMatchObject({ data: { id: 'a27-re-integrated' } });
    expect(existsSync(join(out, 'api/v1/export.csv'))).toBe(true);
    expect(existsSync(join(out, '404.html'))).toBe(true);
  });

  it.each(LANGUAGES)('?lang=%s with JavaScript: the overview and an indicator in that language, every answer from a file', async (lang) => {
    missing.length = 0;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${url}/?lang=${lang}`);
    await page.locator(`html[lang="${lang}"] h1#overview-title`, { hasText: CATALOGUES[lang].plan.name.LAP }).waitFor();
    await page.locator('.pillar-card').first().waitFor();
    await expect(documentLanguage(page)).resolves.toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
    await expect(page.locator('.error-state').count()).resolves.toBe(0);

    // The indicator at its address: the host serves its English HTML, which the client draws again in the language.
    await page.goto(`${url}/indicators/a27-re-integrated?lang=${lang}`);
    await drawCharts(page);
    await page.locator('.indicator-page__chart svg.recharts-surface').waitFor();
    const number = new Intl.NumberFormat(lang);
    await expect(page.locator('.observation-table tr[data-cycle="13MSP"] [data-field="value"]').first().textContent()).resolves.toBe(number.format(10));
    await expect(documentLanguage(page)).resolves.toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
    await expect(page.locator('.error-state').count()).resolves.toBe(0);
    expect(missing.filter((path) => path.startsWith('/api/'))).toEqual([]);
    await context.close();
  });

  it('the English overview is hydrated, and the switcher then changes the language in place', async () => {
    missing.length = 0;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', locale: 'en-US' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { prerendered: Element | null }).prerendered = document.querySelector('#root > *');
      });
    });
    await page.goto(`${url}/`);
    await page.locator('section[aria-labelledby="overview-isu"] .chart-figure__chart').scrollIntoViewIfNeeded();
    await page.locator('section[aria-labelledby="overview-isu"] svg.recharts-surface').waitFor();
    await page.getByRole('link', { name: 'العربية' }).click();
    await page.locator('html[lang="ar"] h1#overview-title', { hasText: ar.plan.name.LAP }).waitFor();
    const kept = await page.evaluate(() => (window as unknown as { prerendered: Element | null }).prerendered === document.querySelector('#root')?.firstElementChild);
    expect(kept).toBe(true);
    expect(missing.filter((path) => path.startsWith('/api/'))).toEqual([]);
    await context.close();
  });

  it('without JavaScript, the English overview and indicator read from the HTML; index.ar.html reads in Arabic', async () => {
    const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Lausanne Action Plan: progress by indicator');
    expect(await page.locator('.status-counts--tiles .status-counts__count').count()).toBeGreaterThan(0);
    await page.goto(`${url}/indicators/a27-re-integrated/index.ar.html`);
    await expect(documentLanguage(page)).resolves.toEqual(['ar', 'rtl']);
    await expect(page.locator('.observation-table tr[data-cycle="10MSP"] [data-field="value"]').first().textContent()).resolves.toBe(new Intl.NumberFormat('ar').format(8));
    await context.close();
  });

  it('a page opened by its file name (index.ar.html) with JavaScript is that page, in Arabic, at its own address', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${url}/indicators/a27-re-integrated/index.ar.html`);
    await page.waitForURL(`${url}/indicators/a27-re-integrated?lang=ar`);
    await drawCharts(page);
    await page.locator('.indicator-page__chart svg.recharts-surface').waitFor();
    await expect(documentLanguage(page)).resolves.toEqual(['ar', 'rtl']);
    await expect(page.locator('.observation-table tr[data-cycle="13MSP"] [data-field="value"]').first().textContent()).resolves.toBe(new Intl.NumberFormat('ar').format(10));
    await expect(page.locator('.not-found').count()).resolves.toBe(0);
    await context.close();
  });
});
