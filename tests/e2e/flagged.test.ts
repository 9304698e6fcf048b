// The Flagged page on a 360 px phone, in English and Arabic, in real Chromium: it lists exactly the indicators the API
// says are flagged (declining, stalled, too slow for the deadline), most severe first, and says how many of all; its
// link leads to every indicator by status and back; no card names its status twice. axe on both views.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { IndicatorsResponseSchema, type Indicator } from '@ccm/shared/schemas/api';
import { STATUS_CODES, isFlagged, type StatusCode } from '@ccm/shared/schemas/common';
import en from '../../client/src/i18n/locales/en.json';
import ar from '../../client/src/i18n/locales/ar.json';
import { expectNoAxeViolations, openPage, screenshot } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';

const CATALOGUES = { en, ar } as const;
const PHONE = { width: 360, height: 740 };

const app = browserAppPerFile();
let context: BrowserContext;

beforeAll(async () => {
  context = await app.browser.newContext({ viewport: PHONE, reducedMotion: 'reduce' });
});

afterAll(async () => {
  await context?.close();
});

async function indicators(lang: string): Promise<Indicator[]> {
  const response = await fetch(`${app.server.url}/api/v1/indicators?lang=${lang}`);
  expect(response.status).toBe(200);
  return IndicatorsResponseSchema.parse(await response.json()).data;
}

/** The cards the page lists, in order: id, status and the text a reader sees. */
const cards = (page: Page) =>
  page.locator('.status-group .indicator-item[data-indicator]').evaluateAll((items) =>
    items.map((item) => ({ id: item.getAttribute('data-indicator') ?? '', status: item.getAttribute('data-status') ?? '', text: (item as HTMLElement).innerText })),
  );

const severity = (code: string) => STATUS_CODES.indexOf(code as StatusCode);
const occurrences = (text: string, word: string) => text.split(word).length - 1;
const sorted = (ids: string[]) => [...ids].sort();

describe.each(['en', 'ar'] as const)('the Flagged page (%s)', (lang) => {
  const catalogue = CATALOGUES[lang];

  it('lists exactly the flagged indicators, most severe first, and says how many of all; each card names its status once', async () => {
    const all = await indicators(lang);
    const flagged = all.filter((i) => isFlagged(i.status.code));
    expect(flagged.length, 'the bundled data has flagged indicators').toBeGreaterThan(0);
    const deadline = all[0]?.status.inputs.deadlineCycle ?? '';

    const page = await openPage(context, app.server, `/flagged?lang=${lang}`, '.status-group');
    await expect(page.locator('h1').textContent()).resolves.toBe(catalogue.flagged.flaggedTitle);
    const shown = await cards(page);
    expect(sorted(shown.map((c) => c.id))).toEqual(sorted(flagged.map((i) => i.id)));
    const severities = shown.map((c) => severity(c.status));
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
    await expect(page.locator('.result-count').getAttribute('data-count')).resolves.toBe(String(flagged.length));
    // The lead gives both counts, as the page's language writes numbers.
    const [count, total] = await page.evaluate(([l, a, b]) => [new Intl.NumberFormat(l).format(a), new Intl.NumberFormat(l).format(b)], [lang, flagged.length, all.length] as const);
    const lead = (await page.locator('.page-header__lead').textContent()) ?? '';
    expect(lead).toContain(count);
    expect(lead).toContain(total);

    for (const card of shown) {
      const label = catalogue.status.label[card.status as StatusCode].replace('{{deadline}}', deadline);
      expect(occurrences(card.text, label), `${card.id}: "${card.text}"`).toBe(1);
    }
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    await expectNoAxeViolations(page);
    await screenshot(page, `flagged-${lang}-360`);
    await page.close();
  });

  it('links to every indicator by status and back; the status filter there reaches any status', async () => {
    const all = await indicators(lang);
    const page = await openPage(context, app.server, `/flagged?lang=${lang}`, '.status-group');
    await page.getByRole('link', { name: catalogue.flagged.allLink, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'all' && url.searchParams.get('lang') === lang);
    await page.locator('h1', { hasText: catalogue.flagged.title }).waitFor();
    await expect(page.locator('.result-count').getAttribute('data-count')).resolves.toBe(String(all.length));
    const shown = await cards(page);
    expect(sorted(shown.map((c) => c.id))).toEqual(sorted(all.map((i) => i.id)));
    const groups = await page.locator('.status-group[data-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(groups).toEqual(STATUS_CODES.filter((code) => all.some((i) => i.status.code === code)));
    for (const card of shown) {
      const label = catalogue.status.label[card.status as StatusCode].replace('{{deadline}}', all[0]?.status.inputs.deadlineCycle ?? '');
      expect(occurrences(card.text, label), `${card.id}: "${card.text}"`).toBe(1);
    }
    await expectNoAxeViolations(page);

    // A status that is not flagged, chosen in this view, stays in it.
    const calm = all.find((i) => !isFlagged(i.status.code))?.status.code;
    expect(calm, 'the bundled data has indicators that are not flagged').toBeDefined();
    if (calm) {
      await page.getByLabel(catalogue.filters.status, { exact: true }).selectOption(calm);
      await page.waitForURL((url) => url.searchParams.get('status') === calm && url.searchParams.get('view') === 'all');
      await expect.poll(async () => sorted((await cards(page)).map((c) => c.id))).toEqual(sorted(all.filter((i) => i.status.code === calm).map((i) => i.id)));
    }

    // Back to the flagged ones (the status that is not flagged is dropped on the way).
    await page.getByRole('link', { name: catalogue.flagged.flaggedLink, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('view') === null && url.searchParams.get('status') === null);
    await page.locator('h1', { hasText: catalogue.flagged.flaggedTitle }).waitFor();
    await expect
      .poll(async () => sorted((await cards(page)).map((c) => c.id)))
      .toEqual(sorted(all.filter((i) => isFlagged(i.status.code)).map((i) => i.id)));
    await page.close();
  });
});
