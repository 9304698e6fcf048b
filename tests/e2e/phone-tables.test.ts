// The public tables on a 360 px phone (issues 20 and 22): the indicator page's figures are cards (each row within the
// screen, its cells stacked, each cell labelled with its column), in English and in Arabic (right to left), and a real
// table at 1280 px; every kind of public page is no wider than the phone, in English and Arabic; axe on the cards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { IndicatorsResponseSchema, SeriesListResponseSchema } from '@ccm/shared/schemas/api';
import { StatesResponseSchema } from '@ccm/shared/schemas/states';
import { briefingPath, embedIndicatorPath, flaggedPath, pillarPath, planResultsPath, seriesPath, statePath, statesPath } from '../../client/src/lib/page-paths.ts';
import { expectNoAxeViolations, openPage, screenshot } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

const app = browserAppPerFile();
let phone: BrowserContext;
let desktop: BrowserContext;
/** The indicator with the most figures (at least three), from the API. */
let indicatorId: string;
let figureCount: number;

beforeAll(async () => {
  phone = await app.browser.newContext({ viewport: PHONE, reducedMotion: 'reduce' });
  desktop = await app.browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce' });
  const indicators = IndicatorsResponseSchema.parse(await (await fetch(`${app.server.url}/api/v1/indicators`)).json()).data;
  const chosen = indicators
    .filter((i) => i.observations.length >= 3)
    // The most figures, and among those one with conflicts, whose links stack in the cards.
    .sort((a, b) => b.observations.length - a.observations.length || b.conflicts.length - a.conflicts.length || a.id.localeCompare(b.id))[0];
  if (!chosen) throw new Error('the bundled data has no indicator with three figures');
  indicatorId = chosen.id;
  figureCount = chosen.observations.length;
});

afterAll(async () => {
  await phone?.close();
  await desktop?.close();
});

interface CellBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: string;
  label: string | null;
  /** The computed content of the cell's ::before: the label the card shows. */
  shown: string;
  primary: boolean;
}

/** Each figures row's box and its visible cells, in the document's order, with the header of each cell's column. */
async function figureRows(page: Page): Promise<{ left: number; right: number; width: number; smallestText: number; cells: CellBox[] }[]> {
  return page.locator('.observation-table > tbody > tr').evaluateAll((rows) =>
    rows.map((row) => {
      const headers = [...(row.closest('table')?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent?.trim() ?? '');
      const box = row.getBoundingClientRect();
      const cells = [...row.children].flatMap((cell, index) => {
        if (getComputedStyle(cell).display === 'none') return [];
        const r = cell.getBoundingClientRect();
        return [
          {
            top: r.top,
            bottom: r.bottom,
            left: r.left,
            right: r.right,
            header: headers[index] ?? '',
            label: cell.getAttribute('data-label'),
            shown: getComputedStyle(cell, '::before').content,
            primary: cell.getAttribute('role') === 'rowheader',
          },
        ];
      });
      // The smallest font size of any text the row shows, in px.
      const texts = [...row.querySelectorAll('*')].filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()));
      const smallestText = Math.min(...texts.filter((el) => el.getClientRects().length > 0).map((el) => parseFloat(getComputedStyle(el).fontSize)));
      return { left: box.left, right: box.right, width: box.width, smallestText, cells };
    }),
  );
}

/** Opens every disclosure (the figures under each chart, the quotes), so what they hide is measured too. */
const openDisclosures = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

/**
 * The page's width, and every visible element reaching past the viewport's right edge, leaving out those inside a box
 * that clips or scrolls them (a chart, a table's scroll region). Cards are not in one: a too-wide card is listed.
 */
async function overflowing(page: Page): Promise<{ scrollWidth: number; innerWidth: number; wide: string[] }> {
  return page.evaluate(() => {
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    const wide = [...document.body.querySelectorAll('*')].flatMap((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') return [];
      if (r.right <= window.innerWidth + 1 || clipped(el)) return [];
      return [`${el.tagName.toLowerCase()}.${String(el.className)} (right ${Math.round(r.right)})`];
    });
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, wide };
  });
}

/** Every card of every DataTable on the page lies within the viewport. */
async function cardsOutside(page: Page): Promise<string[]> {
  return page.locator('.data-table--stack > tbody > tr').evaluateAll((rows) =>
    rows.flatMap((row) => {
      const r = row.getBoundingClientRect();
      if (r.width === 0) return [];
      return r.left < 0 || r.right > window.innerWidth ? [`${row.closest('table')?.querySelector('caption')?.textContent ?? ''}: ${Math.round(r.left)}–${Math.round(r.right)}`] : [];
    }),
  );
}

/** Links and buttons in the cards that stand on their own (not inline in a sentence) and are under 24 px tall (WCAG 2.5.8). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.locator('.data-table :is(a, button, summary)').evaluateAll((targets) =>
    targets.flatMap((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || getComputedStyle(el).display === 'inline') return [];
      return r.height < 24 ? [`${el.tagName.toLowerCase()}.${String(el.className)} "${el.textContent ?? ''}" (${Math.round(r.height)} px)`] : [];
    }),
  );
}

async function expectFitsThePhone(page: Page): Promise<void> {
  // The page as a reader has it once it has loaded: its data and code in, React done with the prerendered HTML.
  await page.waitForLoadState('networkidle');
  await openDisclosures(page);
  const { scrollWidth, innerWidth, wide } = await overflowing(page);
  expect(innerWidth).toBe(PHONE.width);
  expect(wide, wide.join(', ')).toEqual([]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  expect(await cardsOutside(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
}

describe('tables on a phone', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`the indicator page shows each figure as a card that fits 360 px, its cells stacked and labelled (${lang})`, async () => {
      const page = await openPage(phone, app.server, `/indicators/${indicatorId}?lang=${lang}`, '.observation-table');
      await page.locator(`html[lang="${lang}"][dir="${lang === 'ar' ? 'rtl' : 'ltr'}"]`).waitFor({ state: 'attached' });
      const rows = await figureRows(page);
      expect(rows).toHaveLength(figureCount);
      for (const row of rows) {
        expect(row.left).toBeGreaterThanOrEqual(0);
        expect(row.width).toBeLessThanOrEqual(PHONE.width);
        expect(row.right).toBeLessThanOrEqual(PHONE.width);
        expect(row.smallestText).toBeGreaterThanOrEqual(12);
        const [first, second] = row.cells;
        if (!first || !second) throw new Error('a card has fewer than two cells');
        // The cycle heads the card; the next cell starts below it.
        expect(first.primary).toBe(true);
        expect(second.top).toBeGreaterThanOrEqual(first.bottom - 0.5);
        for (const cell of row.cells) {
          expect(cell.left).toBeGreaterThanOrEqual(0);
          expect(cell.right).toBeLessThanOrEqual(PHONE.width);
          if (cell.primary) continue;
          // Each other cell shows its column's name before its value.
          expect(cell.label).toBe(cell.header);
          expect(cell.shown, cell.header).toContain(`"${cell.header}`);
        }
      }
      await expectFitsThePhone(page);
      await expectNoAxeViolations(page);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
      await screenshot(page, `phone-tables-indicator-${lang}-360`);
      await page.close();
    });
  }

  it('at 1280 px the same figures are a table: a visible header row, cells side by side, no labels', async () => {
    const page = await openPage(desktop, app.server, `/indicators/${indicatorId}`, '.observation-table');
    const header = await page.locator('.observation-table > thead th').first().boundingBox();
    expect(header?.height ?? 0).toBeGreaterThan(10);
    const rows = await figureRows(page);
    expect(rows).toHaveLength(figureCount);
    for (const row of rows) {
      const [first, second] = row.cells;
      if (!first || !second) throw new Error('a row has fewer than two cells');
      expect(Math.abs(second.top - first.top)).toBeLessThan(1);
      expect(second.left).toBeGreaterThanOrEqual(first.right - 0.5);
      expect(row.cells.every((c) => c.shown === 'none' || c.shown === 'normal')).toBe(true);
    }
    await screenshot(page, 'phone-tables-indicator-en-1280');
    await page.close();
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`every kind of public page is no wider than a 360 px phone (${lang})`, async () => {
      const series = SeriesListResponseSchema.parse(await (await fetch(`${app.server.url}/api/v1/series`)).json()).data;
      const name = series[0]?.name;
      if (!name) throw new Error('the bundled data has no series');
      const indicators = IndicatorsResponseSchema.parse(await (await fetch(`${app.server.url}/api/v1/indicators`)).json()).data;
      const pillar = indicators.find((i) => i.id === indicatorId)?.pillar ?? '';
      const states = StatesResponseSchema.parse(await (await fetch(`${app.server.url}/api/v1/states`)).json()).data;
      const state = states.find((s) => s.status === 'state_party')?.code ?? states[0]?.code ?? '';
      for (const [path, ready] of [
        ['/', 'main h1'],
        [pillarPath('LAP', pillar), 'main h1'],
        [flaggedPath(), '.indicator-item'],
        [flaggedPath({ view: 'all' }), '.indicator-item'],
        [seriesPath(name), '.series-page .data-table'],
        [statesPath(), '.states-table'],
        [statePath(state), 'main h1'],
        [briefingPath('LAP', pillar), 'main h1'],
        [planResultsPath('LAP'), '.plan-record__table'],
        [embedIndicatorPath(indicatorId), 'svg'],
      ] as const) {
        const page = await openPage(phone, app.server, `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, 'main h1, h1, h2');
        await page.locator(ready).first().waitFor({ state: 'attached' });
        await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
        try {
          await expectFitsThePhone(page);
        } catch (error) {
          throw new Error(`${path} (${lang}): ${String(error)}`);
        }
        await page.close();
      }
    });
  }
});
