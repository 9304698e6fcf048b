// The briefing printed from Chromium (print-to-PDF), read back with pdftotext: every figures table is on paper with each
// figure in words, its qualifier, paragraph, quote and notes, and every page's foot carries the title, pillar, language
// and the date of the data. In English and in Arabic (right to left).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BriefingResponseSchema, type Briefing } from '@ccm/shared/schemas/briefing';
import { SCREENSHOT_DIR, drawCharts } from '../helpers/browser.ts';
import { browserAppPerFile, tempDirPerFile } from '../helpers/e2e-app.ts';

const app = browserAppPerFile();
const dir = tempDirPerFile('ccm-briefing-print-');

async function briefingFromApi(slug: string, lang: string): Promise<Briefing> {
  const response = await fetch(`${app.server.url}/api/v1/action-plans/lap/briefings/${slug}?lang=${lang}`);
  expect(response.status).toBe(200);
  return BriefingResponseSchema.parse(await response.json()).data;
}

async function printed(page: Page, slug: string, lang: string, briefing: Briefing): Promise<{ text: string; pages: number }> {
  await page.goto(`${app.server.url}/plans/lap/briefings/${slug}?lang=${lang}`);
  await page.locator('h1.briefing__title').waitFor({ timeout: 15_000 });
  await expect.poll(() => page.locator('.briefing-figures__table').count()).toBe([...briefing.flagged, ...briefing.others].filter((b) => b.figures.length > 0).length);
  await drawCharts(page);
  await page.waitForFunction(() => [...document.querySelectorAll('.briefing-indicator .chart-figure__chart')].every((chart) => chart.querySelector('svg.recharts-surface')));
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `briefing-print-${slug}-${lang}.png`), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const file = join(dir.path, `${slug}-${lang}.pdf`);
  writeFileSync(file, pdf);
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
  return { text: raw, pages };
}

// Lines wrap and pdftotext marks direction in Arabic: compare with marks removed and whitespace folded.
const plain = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

describe('the printed briefing', () => {
  it('keeps every figures table, with each figure in words, its qualifier, paragraph, quote and notes, and a footer on every page (English)', async () => {
    const slug = 'survey-and-clearance';
    const briefing = await briefingFromApi(slug, 'en');
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const { text, pages } = await printed(page, slug, 'en', briefing);
    const folded = plain(text);
    const items = [...briefing.flagged, ...briefing.others];
    for (const item of items) {
      expect(folded).toContain(plain(`Every figure of “${item.indicator.title}” as the document states it`));
      for (const [index, f] of item.figures.entries()) {
        expect(folded, f.words).toContain(plain(f.words));
        const o = item.indicator.observations[index];
        // The quote (its opening words: long quotes wrap around other cells) and the note's opening words.
        if (o?.quote) expect(folded, o.quote).toContain(plain(o.quote).split(' ').slice(0, 4).join(' '));
        if (o?.note) expect(folded, o.note).toContain(plain(o.note).split(' ').slice(0, 3).join(' '));
      }
    }
    // "at least" is printed in words wherever the document gives a bound.
    expect(items.some((i) => i.figures.some((f) => f.qualifier === 'at_least'))).toBe(true);
    expect(folded).toContain('at least');
    // The footer: title, pillar, language and the data's date, on every page.
    const footer = plain(`${briefing.title} · ${briefing.pillar.name} · English · data as in ${briefing.generatedFrom.document}`);
    expect(pages).toBeGreaterThan(1);
    expect(folded.split(footer).length - 1, footer).toBe(pages);
    await page.close();
  });

  it('prints the Arabic briefing right to left with its tables and its footer on every page', async () => {
    const slug = 'victim-assistance';
    const briefing = await briefingFromApi(slug, 'ar');
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ar' });
    const { text, pages } = await printed(page, slug, 'ar', briefing);
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    const folded = plain(text);
    expect(pages).toBeGreaterThan(1);
    // Each table's column head and every paragraph number, and the footer's data line once per page.
    expect(folded.split('كما ورد في الوثيقة').length - 1).toBeGreaterThanOrEqual([...briefing.flagged, ...briefing.others].length);
    for (const item of [...briefing.flagged, ...briefing.others]) for (const f of item.figures) if (f.paragraph !== null) expect(folded).toContain(`¶ ${f.paragraph}`);
    expect(folded.split(briefing.generatedFrom.document).length - 1).toBeGreaterThanOrEqual(pages);
    await page.close();
  });
});
