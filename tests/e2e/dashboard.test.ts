// Journeys through the public dashboard in real Chromium, against the real server and the bundled data, with axe on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { API_PATHS } from '@ccm/shared/api-paths';
import { ActionResponseSchema, IndicatorResponseSchema, IndicatorsResponseSchema } from '@ccm/shared/schemas/api';
import { openPage, expectNoAxeViolations, screenshot, waitForInteractive } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';

const app = browserAppPerFile();
let context: BrowserContext;

beforeAll(async () => {
  context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
});

afterAll(async () => {
  await context?.close();
});

/** What a download button (a chart made in the browser) or link (a file the server makes) saves. */
async function download(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const control = page.getByRole('button', { name: button }).or(page.getByRole('link', { name: button }));
  const [file] = await Promise.all([page.waitForEvent('download'), control.click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), body: Buffer.concat(chunks) };
}

async function api<T>(path: string, parse: (body: unknown) => T): Promise<T> {
  const response = await fetch(`${app.server.url}${path}`);
  expect(response.status).toBe(200);
  return parse(await response.json());
}

const open = (path: string, ready: string, page?: Page): Promise<Page> => openPage(context, app.server, path, ready, page);

describe('public dashboard', () => {
  it('overview: plan, status counts, pillar cards with sparklines, flagged list and the ISU chart', async () => {
    // The overview's own heading (while the plans load, the page is headed by the dashboard's name).
    const page = await open('/', 'h1#overview-title');
    await expect(page.locator('h1').textContent()).resolves.toContain('Lausanne Action Plan');
    await page.locator('.pillar-card').first().waitFor();
    expect(await page.locator('.pillar-card').count()).toBeGreaterThanOrEqual(9);
    expect(await page.locator('.pillar-card svg.sparkline').count()).toBeGreaterThan(0);
    // The ISU chart is its own lazy chunk, drawn as it nears the viewport: scroll to it and wait for its SVG.
    await page.locator('section[aria-labelledby="overview-isu"] .chart-figure__chart').scrollIntoViewIfNeeded();
    await page.locator('#overview-isu ~ * svg.recharts-surface, section[aria-labelledby="overview-isu"] svg.recharts-surface').first().waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'overview');
    await page.close();
  });

  it('overview fits a 360 px phone without horizontal scrolling', async () => {
    const phone = await app.browser.newContext({ viewport: { width: 360, height: 780 }, reducedMotion: 'reduce' });
    const page = await phone.newPage();
    await open('/', '.pillar-card', page);
    await page.locator('section[aria-labelledby="overview-isu"] .chart-figure__chart').scrollIntoViewIfNeeded();
    await page.locator('section[aria-labelledby="overview-isu"] svg.recharts-surface').waitFor();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
    await screenshot(page, 'overview-360');
    await phone.close();
  });

  it('pillar: every action with its indicators, charts, status badges and a "Why?" that opens', async () => {
    const page = await open('/plans/lap/pillars/risk-education', '.indicator-panel svg.recharts-surface');
    await expect(page.locator('h1').textContent()).resolves.toBe('Risk Education');
    expect(await page.locator('.action-section').count()).toBeGreaterThanOrEqual(4);
    const panel = page.locator('.indicator-panel[data-indicator="a27-re-integrated"]');
    await panel.getByRole('button', { name: 'Why?' }).click();
    await expect(panel.locator('.why__reason').isVisible()).resolves.toBe(true);
    await expect(panel.locator('[data-field="rule"]').textContent()).resolves.toMatch(/\d/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'pillar-risk-education');
    await page.close();
  });

  it('an address of before plans were in URLs lands on the LAP’s page, its query and hash kept, and the page renders', async () => {
    const page = await open('/pillars/risk-education?lang=en#action-27', '.action-section');
    await page.waitForURL((url) => url.pathname === '/plans/lap/pillars/risk-education' && url.search === '?lang=en' && url.hash === '#action-27');
    await expect(page.locator('h1').textContent()).resolves.toBe('Risk Education');
    await page.locator('#action-27').waitFor();
    await page.close();
  });

  it('action page (/plans/lap/actions/27): the action, its paragraphs and each indicator with its status and chart', async () => {
    const action = await api(API_PATHS.planAction('LAP', 27), (b) => ActionResponseSchema.parse(b).data);
    const page = await open('/plans/lap/pillars/risk-education', '.action-section');
    await page.getByRole('link', { name: 'Open action 27' }).click();
    await page.waitForURL((url) => url.pathname === '/plans/lap/actions/27');
    // The pillar page stays on screen (its charts too) until the action page's code and data have come.
    await page.locator('h1', { hasText: action.title }).waitFor();
    await page.locator('.indicator-panel svg.recharts-surface').first().waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe(action.title);
    await expect(page.locator('.page-header__lead').textContent()).resolves.toBe(action.summary);
    const shown = await page.locator('.indicator-panel[data-indicator]').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));
    expect(shown).toEqual(action.indicators);
    expect(await page.locator('.indicator-panel__status .status-badge').count()).toBe(action.indicators.length);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Risk Education' }).getAttribute('href')).resolves.toBe(
      '/plans/lap/pillars/risk-education',
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'action-a27');
    await page.close();
  });

  it('indicator (Action 27): one point per exact cycle, the table reads 8, 8, 10, 10', async () => {
    const indicator = await api('/api/v1/indicators/a27-re-integrated', (b) => IndicatorResponseSchema.parse(b).data);
    const exactCycles = new Set(
      indicator.observations
        .filter((o) => o.reporting === 'reported' && o.value !== null && o.spanFrom === null && o.qualifier === 'exact')
        .map((o) => o.cycle),
    );
    const page = await open('/indicators/a27-re-integrated', '[data-testid="point"]');
    expect(await page.locator('[data-testid="point"]').count()).toBe(exactCycles.size);
    const values: string[] = [];
    for (const cycle of ['10MSP', '11MSP', '12MSP', '13MSP']) {
      values.push((await page.locator(`.observation-table tr[data-cycle="${cycle}"] [data-field="value"]`).first().textContent()) ?? '');
    }
    expect(values).toEqual(['8', '8', '10', '10']);
    // The breadcrumb leads to the indicator's pillar and action in its plan.
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Action 27' }).getAttribute('href')).resolves.toBe('/plans/lap/actions/27');
    await expect(crumbs.getByRole('link', { name: 'Risk Education' }).getAttribute('href')).resolves.toBe('/plans/lap/pillars/risk-education');
    await expect(page.getByLabel('Embed code').inputValue()).resolves.toContain('/embed/indicators/a27-re-integrated');

    // Downloads: the indicator's rows as CSV (with a BOM), its chart as SVG and as PNG.
    const csv = await download(page, 'Download CSV');
    expect(csv.name).toBe('a27-re-integrated.csv');
    const text = csv.body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')[0]).toContain('indicatorId');
    expect(text.trim().split('\r\n')).toHaveLength(indicator.observations.length + 1);
    const svg = await download(page, 'Download chart (SVG)');
    expect(svg.body.toString('utf8')).toContain('<svg');
    const png = await download(page, 'Download chart (PNG)');
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.body.length).toBeGreaterThan(5_000);

    // Copy link says so in a live region.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.url });
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.locator('.toolbar [role="status"]:text("Copied")').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'indicator-a27');
    await page.close();
  });

  it('flagged: lists exactly the indicators the API marks stalled, and filters survive a reload', async () => {
    const stalled = await api('/api/v1/indicators?status=stalled', (b) => IndicatorsResponseSchema.parse(b).data);
    const page = await open('/flagged?status=stalled', '.result-count');
    const shown = await page.locator('.status-group .indicator-item[data-indicator]').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));
    expect(shown.sort()).toEqual(stalled.map((i) => i.id).sort());

    // Set pillar and status through the form, then reload: the same selection and the same results.
    const first = stalled[0];
    expect(first).toBeDefined();
    const pillar = first?.pillar ?? '';
    await page.goto(`${app.server.url}/flagged`);
    await page.locator('.result-count').waitFor();
    await waitForInteractive(page);
    await page.getByLabel('Pillar').selectOption(pillar);
    await page.getByLabel('Status', { exact: true }).selectOption('stalled');
    await page.waitForURL((url) => url.searchParams.get('pillar') === pillar && url.searchParams.get('status') === 'stalled');
    const before = await page.locator('.indicator-item[data-indicator]').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));
    expect(before.sort()).toEqual(stalled.filter((i) => i.pillar === pillar).map((i) => i.id).sort());
    await page.reload();
    await page.locator('.result-count').waitFor();
    await expect(page.getByLabel('Pillar').inputValue()).resolves.toBe(pillar);
    await expect(page.getByLabel('Status', { exact: true }).inputValue()).resolves.toBe('stalled');
    const after = await page.locator('.indicator-item[data-indicator]').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));
    expect(after).toEqual(before);

    await page.goto(`${app.server.url}/flagged`);
    await page.locator('.status-group').first().waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'flagged');
    await page.close();
  });

  it('series: the ISU contributions chart with its table', async () => {
    const page = await open('/series/isu-contributions', 'figure svg.recharts-surface');
    expect(await page.locator('figure').count()).toBeGreaterThanOrEqual(1);
    await page.locator('figure details summary').first().click();
    await expect(page.locator('figure table').first().isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await screenshot(page, 'series-isu-contributions');
    await page.close();
  });

  it('embed: the chart without the site chrome, with its source line and a link back', async () => {
    const page = await open('/embed/indicators/a27-re-integrated', '[data-testid="point"]');
    expect(await page.locator('nav').count()).toBe(0);
    await expect(page.locator('.embed__source').textContent()).resolves.toMatch(/^Source: .+, ¶/);
    await expect(page.locator('a.embed__link').getAttribute('href')).resolves.toBe('/indicators/a27-re-integrated');
    await expectNoAxeViolations(page);
    await screenshot(page, 'embed-a27');
    await page.close();
  });

  it('unknown routes and unknown ids show the "not found" page', async () => {
    const page = await open('/no-such-page', 'h1');
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await expectNoAxeViolations(page);
    await screenshot(page, 'not-found');
    for (const path of [
      '/indicators/no-such-indicator',
      '/plans/lap/pillars/no-such-pillar',
      '/pillars/no-such-pillar',
      '/plans/lap/actions/999',
      '/plans/no-such-plan',
      '/plans/no-such-plan/pillars/risk-education',
      '/series/no-such-series',
    ]) {
      await open(path, 'h1:text("Page not found")', page);
      expect(await page.locator('[role="alert"]').count()).toBe(0);
    }
    await page.close();
  });

  it('back and forward move between pages', async () => {
    const page = await open('/', '.pillar-card');
    await page.locator('.pillar-card__title a').first().click();
    await page.waitForURL(/\/plans\/lap\/pillars\//);
    await page.locator('.action-section').first().waitFor();
    await page.goBack();
    await page.locator('.pillar-card').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.goForward();
    await page.waitForURL(/\/plans\/lap\/pillars\//);
    await page.close();
  });
});
