// The public pages read with JavaScript off: the server's first HTML carries the overview's counts and an indicator's
// figures (tables; the charts' place held), in English and Arabic. With JavaScript on, React takes that HTML over
// (hydrates it, no console error) and the page is then interactive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { STATUS_CODES } from '@ccm/shared/schemas/common';
import { IndicatorResponseSchema, SummaryResponseSchema } from '@ccm/shared/schemas/api';
import { drawCharts, screenshot } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';

const app = browserAppPerFile();
let noScript: BrowserContext;

beforeAll(async () => {
  noScript = await app.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
});

afterAll(async () => {
  await noScript?.close();
});

async function api<T>(path: string, parse: (body: unknown) => T): Promise<T> {
  const response = await fetch(`${app.server.url}${path}`);
  expect(response.status).toBe(200);
  return parse(await response.json());
}

const documentLanguage = (page: Page) => Promise.all([page.locator('html').getAttribute('lang'), page.locator('html').getAttribute('dir')]);

const LANGUAGES = [
  { lang: 'en', dir: 'ltr', overviewTitle: 'Lausanne Action Plan: progress by indicator' },
  { lang: 'ar', dir: 'rtl', overviewTitle: 'خطة عمل لوزان: التقدم المحرز حسب المؤشر' },
] as const;

describe('with JavaScript off', () => {
  it.each(LANGUAGES)('the overview in $lang: the plan, the count of each status, the pillars and the flagged list', async ({ lang, dir, overviewTitle }) => {
    const summary = await api(`/api/v1/action-plans/lap/summary?lang=${lang}`, (b) => SummaryResponseSchema.parse(b).data);
    const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    const page = await noScript.newPage();
    const response = await page.goto(`${app.server.url}/?lang=${lang}`);
    expect(response?.status()).toBe(200);
    await expect(documentLanguage(page)).resolves.toEqual([lang, dir]);
    await expect(page.locator('h1').textContent()).resolves.toBe(overviewTitle);
    for (const code of STATUS_CODES) {
      await expect(page.locator(`.status-counts--tiles [data-status="${code}"] .status-counts__count`).textContent(), code).resolves.toBe(number.format(summary.counts[code]));
    }
    await expect(page.locator('.pillar-card').count()).resolves.toBe(summary.pillars.length);
    expect(await page.locator('section[aria-labelledby="overview-flagged"] .indicator-list > li').count()).toBeGreaterThan(0);
    // Styled (the stylesheet is a link, not a script's doing): the tiles sit side by side.
    const tiles = await page.locator('.status-counts--tiles .status-counts__item').evaluateAll((items) => new Set(items.map((i) => Math.round(i.getBoundingClientRect().top))).size);
    expect(tiles).toBeLessThan(STATUS_CODES.length);
    await screenshot(page, `no-js-overview-${lang}`);
    await page.close();
  });

  it.each(LANGUAGES)('an indicator page in $lang: its status, every figure in the table, the chart’s figures behind “Show the figures”', async ({ lang, dir }) => {
    const indicator = await api(`/api/v1/indicators/a27-re-integrated?lang=${lang}`, (b) => IndicatorResponseSchema.parse(b).data);
    const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    const page = await noScript.newPage();
    await page.goto(`${app.server.url}/indicators/a27-re-integrated?lang=${lang}`);
    await expect(documentLanguage(page)).resolves.toEqual([lang, dir]);
    await expect(page.title()).resolves.toContain(indicator.title);
    await expect(page.locator('h1').textContent()).resolves.toContain(indicator.title);
    await expect(page.locator('.indicator-page__status .status-badge').count()).resolves.toBe(1);
    const values: string[] = [];
    for (const cycle of ['10MSP', '11MSP', '12MSP', '13MSP']) {
      values.push((await page.locator(`.observation-table tr[data-cycle="${cycle}"] [data-field="value"]`).first().textContent()) ?? '');
    }
    expect(values).toEqual([8, 8, 10, 10].map((v) => number.format(v)));
    // The chart is there as SVG (the size that fits shows), a point for each exact figure, named by the figure's
    // caption; its figures are also in the table below it, which opens without a script.
    const chart = page.locator('.indicator-page__chart svg[data-testid="static-chart"]:visible');
    await expect(chart.count()).resolves.toBe(1);
    await expect(chart.getAttribute('role')).resolves.toBe('img');
    await expect(chart.getAttribute('aria-label')).resolves.toContain(indicator.title);
    await expect(chart.locator('[data-testid="point"]').count()).resolves.toBe(4);
    const box = await chart.boundingBox();
    expect(box?.width, 'the chart fills its box').toBeGreaterThan(600);
    const figures = page.locator('.indicator-page__chart details.chart-figure__data');
    await figures.locator('summary').click();
    await expect(figures.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    expect(await figures.locator('tbody tr').count()).toBeGreaterThan(0);
    await expect(page.locator('.indicator-page__chart .chart-placeholder').count()).resolves.toBe(1);
    await screenshot(page, `no-js-indicator-${lang}`);
    await page.close();
  });

  it('links between pages work without a script (plain links, in the same language)', async () => {
    const page = await noScript.newPage();
    await page.goto(`${app.server.url}/indicators/a27-re-integrated?lang=ar`);
    const pillarLink = page.locator('.breadcrumb a').nth(1);
    await expect(pillarLink.getAttribute('href')).resolves.toMatch(/^\/plans\/lap\/pillars\/risk-education\?lang=ar$/);
    await pillarLink.click();
    await page.waitForURL(/\/plans\/lap\/pillars\/risk-education\?lang=ar$/);
    await expect(documentLanguage(page)).resolves.toEqual(['ar', 'rtl']);
    expect(await page.locator('.action-section').count()).toBeGreaterThanOrEqual(4);
    await page.close();
  });
});

describe('with JavaScript on', () => {
  /** Opens `path` and keeps a handle on the prerendered page's outermost element, before any script has run. */
  async function openMarked(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { prerendered: Element | null }).prerendered = document.querySelector('#root > .app, #root > *');
      });
    });
    await page.goto(`${app.server.url}${path}`);
    return page;
  }
  /** Whether React kept the server's elements (hydrated them) rather than drawing the page again. */
  const keptPrerendered = (page: Page) =>
    page.evaluate(() => {
      const prerendered = (window as unknown as { prerendered: Element | null }).prerendered;
      return prerendered !== null && prerendered === document.querySelector('#root')?.firstElementChild;
    });

  it('the prerendered overview is hydrated, then interactive: the language switch changes the page in place', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', locale: 'en-US' });
    const page = await openMarked(context, '/');
    // The ISU chart is drawn once React runs and the chart nears the viewport.
    await page.locator('section[aria-labelledby="overview-isu"] .chart-figure__chart').scrollIntoViewIfNeeded();
    await page.locator('section[aria-labelledby="overview-isu"] svg.recharts-surface').waitFor();
    await expect(keptPrerendered(page)).resolves.toBe(true);
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/\?lang=fr$/);
    await page.locator('h1', { hasText: 'Plan d’action de Lausanne' }).waitFor();
    await expect(documentLanguage(page)).resolves.toEqual(['fr', 'ltr']);
    // A client-side switch: still the elements the server sent.
    await expect(keptPrerendered(page)).resolves.toBe(true);
    await context.close();
  });

  it('the prerendered Arabic indicator page is hydrated: its static chart stays until the reader moves, then recharts draws it in place', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', locale: 'ar' });
    const scripts: string[] = [];
    context.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const page = await openMarked(context, '/indicators/a27-re-integrated?lang=ar');
    await page.waitForLoadState('networkidle');
    // Hydrated and idle, nobody has moved: the static chart, and no chart code loaded.
    await expect(page.locator('.indicator-page__chart svg[data-testid="static-chart"]:visible').count()).resolves.toBe(1);
    await expect(page.locator('.indicator-page__chart svg.recharts-surface').count()).resolves.toBe(0);
    const chartScripts = () => scripts.filter((url) => /\/(indicator-chart|ComposedChart)-/.test(url));
    expect(chartScripts()).toEqual([]);
    await drawCharts(page);
    await page.locator('.indicator-page__chart svg.recharts-surface').waitFor();
    expect(chartScripts().length).toBeGreaterThan(0);
    await expect(keptPrerendered(page)).resolves.toBe(true);
    await expect(documentLanguage(page)).resolves.toEqual(['ar', 'rtl']);
    await expect(page.locator('.indicator-page__chart .chart-placeholder').count()).resolves.toBe(0);
    // The embed code names the site's address once the browser knows it.
    await expect(page.locator('.embed-snippet textarea').inputValue()).resolves.toContain(`${app.server.url}/embed/indicators/a27-re-integrated?lang=ar`);
    await context.close();
  });

  it('a reader who chose another language before (remembered) gets the page drawn in it, not the server’s', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', locale: 'en-US' });
    const first = await context.newPage();
    await first.goto(`${app.server.url}/?lang=es`);
    await first.locator('html[lang="es"]').waitFor();
    await first.close();
    // No ?lang=: the server renders English (Accept-Language), the browser remembers Spanish.
    const page = await openMarked(context, '/flagged');
    await page.locator('html[lang="es"] h1', { hasText: 'Indicadores' }).waitFor();
    await expect(keptPrerendered(page)).resolves.toBe(false);
    await context.close();
  });
});
