// The Coordinators' briefing in real Chromium against the real server: every pillar renders with no axe violation, the
// pillar page leads to it, it prints as an A4 pack (one heading per flagged indicator, no site frame), and the Word
// download is served in the page's language.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { PillarsResponseSchema } from '@ccm/shared/schemas/api';
import { BriefingResponseSchema, type Briefing } from '@ccm/shared/schemas/briefing';
import { SCREENSHOT_DIR, drawCharts, expectNoAxeViolations } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';

const PDFTOTEXT = '/usr/bin/pdftotext';
const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const app = browserAppPerFile();
let context: BrowserContext;

beforeAll(async () => {
  context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', reducedMotion: 'reduce' });
});

afterAll(async () => {
  await context?.close();
});

async function briefingFromApi(slug: string): Promise<Briefing> {
  const response = await fetch(`${app.server.url}/api/v1/action-plans/lap/briefings/${slug}?lang=en`);
  expect(response.status).toBe(200);
  return BriefingResponseSchema.parse(await response.json()).data;
}

/** Opens a briefing and waits until every indicator is drawn (each chart is an SVG once recharts has measured it). */
async function openBriefing(page: Page, slug: string, briefing: Briefing): Promise<void> {
  await page.goto(`${app.server.url}/plans/lap/briefings/${slug}`);
  try {
    await page.locator('h1.briefing__title').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('.briefing-indicator').count()).toBe(briefing.flagged.length + briefing.others.length);
    await drawCharts(page);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.briefing-indicator .chart-figure__chart')].every((chart) => chart.querySelector('svg.recharts-surface')),
    );
  } catch (error) {
    const shown = (await page.locator('main').first().textContent().catch(() => null))?.slice(0, 300);
    throw new Error(`/plans/lap/briefings/${slug} did not render (page shows: ${shown ?? 'nothing'}). Server output: ${app.server.output().slice(-1500)}`, { cause: error });
  }
}

describe('Coordinators’ briefing', () => {
  it('renders for every pillar: the API’s title, flagged then other indicators, headings in order, no axe violations', async () => {
    const response = await fetch(`${app.server.url}/api/v1/pillars`);
    const pillars = PillarsResponseSchema.parse(await response.json()).data;
    expect(pillars.length).toBeGreaterThanOrEqual(9);
    const checkPillar = async (page: Page, slug: string) => {
      const briefing = await briefingFromApi(slug);
      await openBriefing(page, slug, briefing);
      await expect(page.locator('h1').textContent()).resolves.toBe(briefing.title);
      const flagged = page.locator('section[data-section="flagged"] h3');
      const others = page.locator('section[data-section="others"] h3');
      await expect(flagged.allTextContents()).resolves.toEqual(briefing.flagged.map((b) => b.indicator.title));
      await expect(others.allTextContents()).resolves.toEqual(briefing.others.map((b) => b.indicator.title));
      // h1, then an h2 per section, then h3 inside them: never a skipped level.
      const levels = await page.locator('.briefing :is(h1, h2, h3, h4)').evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))));
      expect(levels[0]).toBe(1);
      levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `${slug}: heading ${i}`).toBeLessThanOrEqual(1));
      await expectNoAxeViolations(page);
    };
    // Axe dominates the time: three tabs share the pillars.
    const queue = pillars.map((p) => p.slug);
    await Promise.all(
      [1, 2, 3].map(async () => {
        const page = await context.newPage();
        for (let slug = queue.shift(); slug !== undefined; slug = queue.shift()) await checkPillar(page, slug);
        await page.close();
      }),
    );
  }, 180_000);

  it('is one click from the pillar page, and an unknown pillar is a 404 page', async () => {
    const page = await context.newPage();
    await page.goto(`${app.server.url}/plans/lap/pillars/victim-assistance`);
    await page.getByRole('link', { name: 'Briefing for Coordinators' }).click();
    await page.waitForURL('**/plans/lap/briefings/victim-assistance');
    await expect(page.locator('h1.briefing__title').textContent()).resolves.toBe('Briefing: Victim Assistance');
    await page.getByRole('link', { name: 'Back to Victim Assistance' }).click();
    await page.waitForURL('**/plans/lap/pillars/victim-assistance');

    await page.goto(`${app.server.url}/plans/lap/briefings/no-such-pillar`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();

    // The address of before plans were in URLs lands on the LAP's briefing, its query kept.
    await page.goto(`${app.server.url}/briefings/victim-assistance?lang=en`);
    await page.waitForURL((url) => url.pathname === '/plans/lap/briefings/victim-assistance' && url.search === '?lang=en');
    await expect(page.locator('h1.briefing__title').textContent()).resolves.toBe('Briefing: Victim Assistance');
    await page.close();
  });

  it('prints as an A4 pack: one heading per flagged indicator, each title in the PDF, no site frame or buttons', async () => {
    const briefing = await briefingFromApi('victim-assistance');
    expect(briefing.flagged.length).toBeGreaterThan(0);
    const page = await context.newPage();
    await openBriefing(page, 'victim-assistance', briefing);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'briefing-victim-assistance.png'), fullPage: true });

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('section[data-section="flagged"] h3').count()).resolves.toBe(briefing.flagged.length);
    for (const hidden of ['.site-header', '.site-nav', '.site-footer', '.skip-link', '.briefing-toolbar', '.briefing__back']) {
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    }
    await expect(page.locator('h1.briefing__title').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'briefing-victim-assistance-print.png'), fullPage: true });

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(10_000);
    if (existsSync(PDFTOTEXT)) {
      const file = join(mkdtempSync(join(tmpdir(), 'ccm-briefing-')), 'briefing.pdf');
      writeFileSync(file, pdf);
      // Lines wrap inside long titles: compare with all whitespace folded to single spaces.
      const text = execFileSync(PDFTOTEXT, [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Briefing: Victim Assistance');
      for (const { indicator } of briefing.flagged) expect(text).toContain(indicator.title);
      expect(text).toMatch(/\b1 ?\/ ?\d+\b/); // the page number in the bottom margin
      expect(text).not.toContain('Download Word');
    }
    await page.close();
  });

  it('links the Word document in the page’s language and the CSV, both served', async () => {
    const briefing = await briefingFromApi('victim-assistance');
    const page = await context.newPage();
    await openBriefing(page, 'victim-assistance', briefing);
    const word = await page.getByRole('link', { name: 'Download Word' }).getAttribute('href');
    expect(word).toBe('/api/v1/action-plans/lap/briefings/victim-assistance.docx?lang=en');
    const docx = await fetch(`${app.server.url}${word ?? ''}`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe(WORD_TYPE);
    expect(Buffer.from(await docx.arrayBuffer()).subarray(0, 2).toString('latin1')).toBe('PK');
    const csv = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    const csvResponse = await fetch(`${app.server.url}${csv ?? ''}`);
    expect(csvResponse.status).toBe(200);
    expect(csvResponse.headers.get('content-type')).toMatch(/^text\/csv/);
    await page.close();
  });

  it('fits a 360 px phone without horizontal scrolling', async () => {
    const briefing = await briefingFromApi('victim-assistance');
    const phone = await app.browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'en-US', reducedMotion: 'reduce' });
    const page = await phone.newPage();
    await openBriefing(page, 'victim-assistance', briefing);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'briefing-victim-assistance-360.png'), fullPage: true });
    await phone.close();
  });
});

// Figures as the document states them, served by the real server in each language: the markers the page shows and the
// Word file prints come from the same briefing object.
describe('Coordinators’ briefing: marked figures in each language', () => {
  it('marks under-review and inferred-cycle figures in the JSON and in the Word file, in French, Spanish and Arabic', async () => {
    const [{ default: JSZip }, { IndicatorsResponseSchema }] = await Promise.all([import('jszip'), import('@ccm/shared/schemas/api')]);
    const indicators = IndicatorsResponseSchema.parse(await (await fetch(`${app.server.url}/api/v1/indicators`)).json()).data;
    const pillars = [...new Set(indicators.filter((i) => i.observations.some((o) => o.underReview !== null || o.cycleInferred)).map((i) => i.pillar))];
    expect(pillars.length, 'no pillar has a marked figure in the bundled data').toBeGreaterThan(0);
    const english = new Set<string>();
    for (const lang of ['en', 'fr', 'es', 'ar'] as const) {
      for (const slug of pillars) {
        const response = await fetch(`${app.server.url}/api/v1/action-plans/lap/briefings/${slug}?lang=${lang}`);
        expect(response.status).toBe(200);
        const briefing = BriefingResponseSchema.parse(await response.json()).data;
        const markers = [...briefing.flagged, ...briefing.others].flatMap((b) => b.figures.flatMap((f) => f.markers));
        expect(markers.length, `${slug} ${lang}`).toBeGreaterThan(0);
        for (const m of markers) {
          if (lang === 'en') english.add(m.label);
          else expect(english.has(m.label), `${lang}: "${m.label}" is still English`).toBe(false);
        }
        const docx = await fetch(`${app.server.url}/api/v1/action-plans/lap/briefings/${slug}.docx?lang=${lang}`);
        expect(docx.status).toBe(200);
        const zip = await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()));
        const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
        const text = xml.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
        for (const label of new Set(markers.map((m) => m.label))) expect(text, `${slug} ${lang}`).toContain(label);
      }
    }
  }, 120_000);
});
