// Charts on a 360 px phone, in English and Arabic: whole-number counts on the axis, no chart text or badge under 12 px,
// reference labels that meet neither each other nor a line; chart downloads that stand alone on a slide (title,
// source and paragraphs, the data's date, at least 1600 px wide); and every download link keeps the language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { API_PATHS } from '@ccm/shared/api-paths';
import { IndicatorResponseSchema } from '@ccm/shared/schemas/api';
import en from '../../client/src/i18n/locales/en.json';
import ar from '../../client/src/i18n/locales/ar.json';
import { openPage, screenshot } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';

const CATALOGUES = { en, ar } as const;
type Language = keyof typeof CATALOGUES;
// Population 12, a deadline, the pace needed: every reference line and label the chart draws.
const INDICATOR = 'a35-socioeconomic-inclusion';

const app = browserAppPerFile();
let context: BrowserContext;

beforeAll(async () => {
  context = await app.browser.newContext({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce', acceptDownloads: true });
});

afterAll(async () => {
  await context?.close();
});

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
const intersects = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const rects = (locator: Locator) =>
  locator.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, text: el.textContent ?? '' };
    }),
  );
const fontSizes = (locator: Locator) => locator.evaluateAll((els) => els.map((el) => ({ text: (el.textContent ?? '').slice(0, 40), size: Number.parseFloat(getComputedStyle(el).fontSize) })));

async function download(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), body: Buffer.concat(chunks) };
}

describe.each(['en', 'ar'] as const)('an indicator’s chart on a 360 px phone (%s)', (lang: Language) => {
  const t = CATALOGUES[lang];
  let page: Page;

  beforeAll(async () => {
    page = await openPage(context, app.server, `/indicators/${INDICATOR}?lang=${lang}`, '.indicator-page__chart [data-testid="point"]');
  });
  afterAll(async () => {
    await page?.close();
  });

  it('counts States in whole numbers on the y axis', async () => {
    const ticks = (await page.locator('.indicator-page__chart .recharts-yAxis-tick-labels text').allTextContents()).map((s) => s.replace(/[\u2066-\u2069]/g, ''));
    expect(ticks.length).toBeGreaterThan(2);
    for (const tick of ticks) expect(tick, ticks.join(' ')).toMatch(/^[0-9\u0660-\u0669]+$/u);
  });

  it('draws no chart text, legend entry or badge under 12 px', async () => {
    const chartText = await fontSizes(page.locator('.indicator-page__chart svg.recharts-surface text'));
    expect(chartText.length).toBeGreaterThan(5);
    const legend = await fontSizes(page.locator('.indicator-page__chart .chart-legend__item'));
    const badges = await fontSizes(page.locator('.status-badge, .fallback-badge'));
    expect(badges.length).toBeGreaterThan(0);
    // In Arabic the population's description is the document's English, marked with the "English" badge.
    if (lang === 'ar') await expect(page.locator('.fallback-badge').count()).resolves.toBeGreaterThan(0);
    for (const { text, size } of [...chartText, ...legend, ...badges]) expect(size, text).toBeGreaterThanOrEqual(12);
  });

  it('places the reference labels where they meet neither each other nor any line', async () => {
    const labels = await rects(page.locator('.indicator-page__chart [data-testid="reference-label"], .indicator-page__chart text.recharts-label'));
    const texts = labels.map((l) => l.text.replace(/[\u2066-\u2069]/g, ''));
    expect(texts).toContain(t.chart.populationLine.replace('{{value}}', '12'));
    expect(texts).toContain(t.chart.deadline);
    const lines = await rects(page.locator('.indicator-page__chart .recharts-reference-line-line, .indicator-page__chart [data-testid="required-path"]'));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    labels.forEach((a, i) => {
      labels.slice(i + 1).forEach((b) => expect(intersects(a, b), `"${a.text}" over "${b.text}"`).toBe(false));
    });
    const [chart] = await rects(page.locator('.indicator-page__chart svg.recharts-surface'));
    for (const label of labels) {
      // A line's box is as thin as the line: meeting it means crossing the line.
      for (const line of lines) expect(intersects(label, line), `"${label.text}" crosses a reference line`).toBe(false);
      // Nothing runs off the chart's edges.
      expect(label.x, label.text).toBeGreaterThanOrEqual(chart?.x ?? Number.NaN);
      expect(label.x + label.width, label.text).toBeLessThanOrEqual((chart?.x ?? 0) + (chart?.width ?? 0));
    }
    await screenshot(page, `phone-chart-${lang}-360`);
  });

  it('downloads a PNG and an SVG that stand alone: title, status, source and paragraphs, the data’s date, at least 1600 px wide', async () => {
    const indicator = IndicatorResponseSchema.parse(await (await fetch(`${app.server.url}${API_PATHS.indicator(INDICATOR)}?lang=${lang}`)).json()).data;
    // The footer's date of the data as the page shows it: the last publication, or, before any, the bundled document.
    await page.locator('footer.site-footer').scrollIntoViewIfNeeded();
    const date = (await page.locator('footer.site-footer :is(time, .site-footer__as-bundled)').first().textContent()) ?? '';
    expect(date).not.toBe('');

    const png = await download(page, t.indicator.downloadPng);
    expect(png.name).toBe(`${INDICATOR}.png`);
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.body.readUInt32BE(16)).toBeGreaterThanOrEqual(1600);
    expect(png.body.readUInt32BE(20)).toBeGreaterThan(800);

    const svg = (await download(page, t.indicator.downloadSvg)).body.toString('utf8');
    const words = svg.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
    // The title may wrap onto several lines; each of its words is there, in order.
    expect(words).toContain(indicator.title.split(' ').slice(0, 3).join(' '));
    const document = indicator.observations[0]?.source.document ?? '';
    const paragraph = indicator.observations[0]?.source.paragraph;
    expect(words).toContain(document);
    expect(words).toContain(lang === 'ar' ? `الفقرة ${paragraph}` : `¶ ${paragraph}`);
    // Bidirectional isolates around the document's name in Arabic aside.
    const plain = (text: string) => text.replace(/[\u2066-\u2069\u200e\u200f]/g, '');
    expect(plain(words)).toContain(plain(date));
    expect(words).toContain(`${app.server.url}/indicators/${INDICATOR}`);
    if (lang === 'ar') expect(svg).toContain('direction="rtl"');

    // Open the PNG to look at it beside the page.
    const shot = await context.newPage();
    await shot.setContent(`<img alt="" style="width:960px" src="data:image/png;base64,${png.body.toString('base64')}">`);
    await shot.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await screenshot(shot, `phone-chart-${lang}-download`);
    await shot.close();
  });

  it('links its CSV to the server’s export of this indicator, in the page’s language', async () => {
    const href = await page.getByRole('link', { name: t.indicator.downloadCsv }).getAttribute('href');
    expect(href).toBe(`/api/v1/export.csv?indicator=${INDICATOR}&lang=${lang}`);
    const csv = await (await fetch(`${app.server.url}${href}`)).text();
    const header = csv.replace(/^\uFEFF/, '').split('\r\n')[0] ?? '';
    expect(header).toContain(lang === 'ar' ? 'معرّف المؤشر' : 'indicatorId');
  });
});

describe('download links keep the language', () => {
  it('the briefing’s CSV and Word links carry lang=ar on an Arabic page', async () => {
    const page = await openPage(context, app.server, '/plans/lap/briefings/victim-assistance?lang=ar', '.briefing-toolbar a');
    const hrefs = await page.locator('.briefing-toolbar a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.includes('.csv'))).toBe(true);
    for (const href of hrefs) expect(href).toContain('lang=ar');
    await page.close();
  });
});
