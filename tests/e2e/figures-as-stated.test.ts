// Figures as the document states them, in real Chromium against the real server and the bundled data: a figure under
// review by the ISU and a figure whose cycle was inferred are marked on the indicator page (table, chart, legend,
// history), in the embed and in the CSV download; the Flagged page lists the indicators too slow for the deadline; the
// "Why?" panel leads with the projection. The examples are picked from the API, not hard-coded, since the bundled data
// is re-audited over time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  IndicatorsResponseSchema,
  SeriesListResponseSchema,
  SeriesResponseSchema,
  SummaryResponseSchema,
  type Indicator,
  type Observation,
} from '@ccm/shared/schemas/api';
import { openPage, expectNoAxeViolations, screenshot } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';

const app = browserAppPerFile();
let context: BrowserContext;
let indicators: Indicator[];
let deadline: string;

beforeAll(async () => {
  context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', reducedMotion: 'reduce' });
  indicators = IndicatorsResponseSchema.parse(await (await fetch(`${app.server.url}/api/v1/indicators?lang=en`)).json()).data;
  deadline = SummaryResponseSchema.parse(await (await fetch(`${app.server.url}/api/v1/summary?lang=en`)).json()).data.actionPlan.deadlineCycle;
});

afterAll(async () => {
  await context?.close();
});

const label = (o: Pick<Observation, 'cycle' | 'spanFrom'>) => (o.spanFrom ? `${o.spanFrom}\u2013${o.cycle}` : o.cycle);

/** The first indicator (in API order) with an observation that matches, and that observation. */
function firstWith(match: (o: Observation) => boolean): { indicator: Indicator; observation: Observation } {
  for (const indicator of indicators) {
    const observation = indicator.observations.find(match);
    if (observation) return { indicator, observation };
  }
  throw new Error('the bundled data has no such observation');
}

/** Waits for the indicator page's chart (an SVG once recharts has measured it) and its observation table. */
async function openIndicator(id: string, page?: Page): Promise<Page> {
  const p = await open(`/indicators/${id}`, '.observation-table', page);
  await p.locator('.indicator-page__chart svg.recharts-surface').first().waitFor();
  return p;
}

const open = (path: string, ready: string, page?: Page): Promise<Page> => openPage(context, app.server, path, ready, page);

describe('figures as the document states them', () => {
  it('an indicator page marks a figure under review by the ISU in its table, chart, legend and tooltip', async () => {
    const { indicator, observation } = firstWith((o) => o.underReview !== null);
    const review = observation.underReview;
    if (!review) throw new Error('unreachable');
    const page = await openIndicator(indicator.id);

    // "Every figure": the row of that figure says so, and its disclosure gives the drafters' comment and paragraph.
    const row = page.locator(`.observation-table tr[data-cycle="${label(observation)}"][data-under-review="true"]`).first();
    const mark = row.locator('[data-mark="under-review"]');
    await expect(mark.locator('summary').textContent()).resolves.toContain('Under review by the ISU');
    await mark.locator('summary').click();
    await expect(mark.locator('.mark-details__body').textContent()).resolves.toContain(review.note);
    if (review.paragraph !== null) await expect(mark.locator('.mark-details__body').textContent()).resolves.toContain(`¶ ${review.paragraph}`);

    // The chart: a dashed ring, a legend entry, and the words in the mark's tooltip.
    const chart = page.locator('.indicator-page__chart');
    expect(await chart.locator('[data-testid="under-review-ring"]').count()).toBeGreaterThan(0);
    await expect(chart.locator('.chart-legend').textContent()).resolves.toContain('Under review by the ISU (dashed ring)');
    const tooltips = await chart.locator('[data-under-review="true"] > title').allTextContents();
    if (observation.reporting === 'reported' && observation.value !== null) expect(tooltips.some((t) => t.includes(`Under review by the ISU: ${review.note}`))).toBe(true);
    // The indicator's header says which cycles are under review.
    await expect(page.locator('.indicator-page__status [data-mark="under-review"]').textContent()).resolves.toContain('Under review by the ISU');

    await expectNoAxeViolations(page);
    await screenshot(page, 'indicator-under-review');
    await page.close();
  });

  it('an indicator page marks a figure whose cycle was inferred, with the note that says how', async () => {
    const { indicator, observation } = firstWith((o) => o.cycleInferred);
    const page = await openIndicator(indicator.id);
    const row = page.locator(`.observation-table tr[data-cycle="${label(observation)}"][data-inferred="true"]`).first();
    const mark = row.locator('[data-mark="cycle-inferred"]');
    await expect(mark.locator('summary').textContent()).resolves.toContain('Cycle inferred');
    await mark.locator('summary').click();
    if (observation.note) await expect(mark.locator('.mark-details__body').textContent()).resolves.toContain(observation.note);
    await expect(page.locator('.indicator-page__status [data-mark="cycle-inferred"]').textContent()).resolves.toContain(`Cycle inferred: ${label(observation)}`);

    // An exact single-cycle figure is drawn as a hollow diamond, named in the legend.
    if (observation.spanFrom === null && observation.reporting === 'reported' && (observation.qualifier === 'exact' || observation.qualifier === 'approximate')) {
      const point = page.locator(`.indicator-page__chart [data-inferred="true"][data-cycle="${observation.cycle}"]`).first();
      await expect(point.evaluate((e) => e.tagName.toLowerCase())).resolves.toBe('path');
      await expect(page.locator('.indicator-page__chart .chart-legend').textContent()).resolves.toContain('Cycle inferred (hollow diamond)');
    }
    // The figures table under the chart says it in words too.
    await page.locator('.indicator-page__chart details.chart-figure__data > summary').click();
    await expect(page.locator(`.indicator-page__chart tr[data-cycle="${label(observation)}"][data-inferred="true"]`).first().textContent()).resolves.toContain('Cycle inferred');

    await expectNoAxeViolations(page);
    await screenshot(page, 'indicator-cycle-inferred');
    await page.close();
  });

  it('the CSV download of an indicator carries cycleInferred and underReview', async () => {
    const { indicator, observation } = firstWith((o) => o.underReview !== null);
    const page = await openIndicator(indicator.id);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const lines = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    const header = (lines[0] ?? '').split(',');
    expect(header).toEqual(expect.arrayContaining(['cycleInferred', 'underReview']));
    const column = header.indexOf('underReview');
    const marked = lines.slice(1).filter((line) => line.includes(observation.underReview?.note ?? '\u0000'));
    expect(marked.length).toBeGreaterThan(0);
    expect(column).toBeGreaterThan(-1);
    await page.close();
  });

  it('the embed marks the figures too', async () => {
    const { indicator } = firstWith((o) => o.underReview !== null);
    const page = await open(`/embed/indicators/${indicator.id}`, '.embed svg.recharts-surface');
    await expect(page.locator('.embed [data-mark="under-review"]').first().textContent()).resolves.toContain('Under review by the ISU');
    await expect(page.locator('.embed .chart-legend').textContent()).resolves.toContain('Under review by the ISU');
    await expectNoAxeViolations(page);
    await screenshot(page, 'embed-under-review');
    await page.close();
  });

  it('a series marks its points under review by the ISU', async () => {
    const list = SeriesListResponseSchema.parse(await (await fetch(`${app.server.url}/api/v1/series?lang=en`)).json()).data;
    const all = await Promise.all(list.map(async (s) => SeriesResponseSchema.parse(await (await fetch(`${app.server.url}/api/v1/series/${s.name}?lang=en`)).json()).data));
    const series = all.find((s) => s.points.some((p) => p.underReview !== null));
    expect(series, 'a series with a point under review').toBeDefined();
    if (!series) return;
    const page = await open(`/series/${series.name}`, 'h1');
    await page.locator('section[aria-labelledby="series-points"] > details.disclosure > summary').click();
    const rows = page.locator('section[aria-labelledby="series-points"] tr[data-under-review="true"]');
    expect(await rows.count()).toBe(series.points.filter((p) => p.underReview !== null).length);
    await expect(rows.first().textContent()).resolves.toContain('Under review by the ISU');
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('the "Why?" panel leads with the projection sentence', async () => {
    const judged = indicators.find((i) => i.status.projection !== null);
    expect(judged, 'an indicator with a projection').toBeDefined();
    if (!judged?.status.projection) return;
    const page = await openIndicator(judged.id);
    await page.locator('.indicator-page').getByRole('button', { name: 'Why?' }).click();
    const first = page.locator('.indicator-page .why__panel > :first-child');
    await expect(first.textContent()).resolves.toBe(judged.status.projection.text);
    await expect(page.locator('.indicator-page .why__panel [data-field="rule"]').textContent()).resolves.toMatch(/^\d+: /);
    await page.close();
  });

  it('the Flagged page lists the indicators too slow for the deadline, and ?status=off_track filters to them', async () => {
    const offTrack = indicators.filter((i) => i.status.code === 'off_track');
    expect(offTrack.length, 'the bundled data has off_track indicators').toBeGreaterThan(0);

    const page = await open('/flagged', '.status-group');
    const groups = await page.locator('.status-group[data-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    // Most severe first: declining, stalled, then off_track.
    const order = ['declining', 'stalled', 'off_track'].filter((c) => groups.includes(c));
    expect(groups.slice(0, order.length)).toEqual(order);
    const group = page.locator('.status-group[data-status="off_track"]');
    await expect(group.locator('h2').textContent()).resolves.toContain(`Too slow for the ${deadline}`);
    const listed = await group.locator('.indicator-item[data-indicator]').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));
    expect(listed.sort()).toEqual(offTrack.map((i) => i.id).sort());
    await expectNoAxeViolations(page);
    await screenshot(page, 'flagged-off-track');

    await open('/flagged?status=off_track', '.result-count', page);
    await expect(page.getByLabel('Status', { exact: true }).inputValue()).resolves.toBe('off_track');
    const filtered = await page.locator('.indicator-item[data-indicator]').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));
    expect(filtered.sort()).toEqual(offTrack.map((i) => i.id).sort());

    // The overview's flagged list includes them, and its counts link to the filter.
    await open('/', '.indicator-list', page);
    const flaggedIds = await page.locator('section[aria-labelledby="overview-flagged"] .indicator-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));
    for (const i of offTrack) expect(flaggedIds).toContain(i.id);
    await expect(page.locator('.status-counts--tiles [data-status="off_track"] a').getAttribute('href')).resolves.toBe('/flagged?status=off_track');
    await page.close();
  });

  it('an indicator page with marks fits a 360 px phone without horizontal scrolling', async () => {
    const { indicator } = firstWith((o) => o.underReview !== null);
    const phone = await app.browser.newContext({ viewport: { width: 360, height: 780 }, reducedMotion: 'reduce' });
    const page = await phone.newPage();
    await openIndicator(indicator.id, page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
    await screenshot(page, 'indicator-under-review-360');
    await phone.close();
  });
});
