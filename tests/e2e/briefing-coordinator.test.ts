// The Coordinator prepares a briefing: leaves an indicator out, reorders with the keyboard (announced in a live region,
// focus kept), writes a remark; a reload keeps it all (this browser only); the printout and the Word download follow
// the choice; a date shows what changed since. axe finds nothing with the choice open, at 1280 and 360 px, and in Arabic.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BriefingResponseSchema, type Briefing } from '@ccm/shared/schemas/briefing';
import { expectNoAxeViolations, screenshot } from '../helpers/browser.ts';
import { browserAppPerFile, tempDirPerFile } from '../helpers/e2e-app.ts';

const SLUG = 'victim-assistance';
const app = browserAppPerFile();
const dir = tempDirPerFile('ccm-briefing-coordinator-');

async function briefingFromApi(lang: string): Promise<Briefing> {
  const response = await fetch(`${app.server.url}/api/v1/action-plans/lap/briefings/${SLUG}?lang=${lang}`);
  expect(response.status).toBe(200);
  return BriefingResponseSchema.parse(await response.json()).data;
}

async function open(page: Page, lang: string): Promise<void> {
  await page.goto(`${app.server.url}/plans/lap/briefings/${SLUG}?lang=${lang}`);
  await page.locator('h1.briefing__title').waitFor({ timeout: 15_000 });
}

/** The ids of the indicators a section of the page shows, in order. */
const shown = (page: Page, section: 'flagged' | 'others') =>
  page.locator(`[data-section="${section}"] .briefing-indicator`).evaluateAll((els) => els.map((el) => el.getAttribute('data-indicator') ?? ''));

const plain = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

describe('the Coordinator’s briefing', () => {
  it('chooses, reorders with the keyboard, remarks; a reload keeps it; the printout and the Word file follow', async () => {
    const briefing = await briefingFromApi('en');
    const others = briefing.others.map((b) => b.indicator.id);
    const flagged = briefing.flagged.map((b) => b.indicator.id);
    expect(others.length).toBeGreaterThanOrEqual(3);
    const title = (id: string) => [...briefing.flagged, ...briefing.others].find((b) => b.indicator.id === id)?.indicator.title ?? id;
    const [first, second, third] = others as [string, string, string];

    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    await open(page, 'en');
    await page.getByText('Prepare your briefing: choose, order, add remarks').click();
    await expect.poll(() => shown(page, 'others')).toEqual(others);

    // Leave one out, with the keyboard.
    await page.getByRole('checkbox', { name: title(second) }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => shown(page, 'others')).toEqual(others.filter((id) => id !== second));

    // Move the third one up twice with the keyboard: each move is announced, and focus stays on a move button of the item.
    const up = page.getByRole('button', { name: `Move “${title(third)}” up` });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.briefing-chooser__status').textContent()).toContain(`“${title(third)}” moved up: now 2 of ${others.length}.`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`briefing-move-up-${third}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.briefing-chooser__status').textContent()).toContain(`“${title(third)}” moved up: now 1 of ${others.length}.`);
    // At the top its Move up is disabled: focus went to its Move down.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`briefing-move-down-${third}`);
    const order = [third, first, ...others.slice(3)];
    await expect.poll(() => shown(page, 'others')).toEqual(order);

    // A remark of one's own, on the page under the indicator.
    const remark = 'Ask the Chad delegation about the 2025 figures.';
    const target = flagged[0] ?? first;
    await page.getByRole('textbox', { name: `Your remark on “${title(target)}”` }).fill(remark);
    await expect(page.locator(`.briefing-indicator[data-indicator="${target}"] .briefing-remark`).textContent()).resolves.toBe(remark);

    // A reload keeps the choice (kept in this browser only).
    await page.reload();
    await page.locator('h1.briefing__title').waitFor({ timeout: 15_000 });
    await expect.poll(() => shown(page, 'others')).toEqual(order);
    await expect(page.locator(`.briefing-indicator[data-indicator="${target}"] .briefing-remark`).textContent()).resolves.toBe(remark);
    await expect(page.getByRole('checkbox', { name: title(second) }).isChecked()).resolves.toBe(false);
    await expectNoAxeViolations(page);
    await screenshot(page, 'briefing-coordinator-1280');

    // The Word download follows the choice: the link names the ids in order, and the file has them in that order.
    const href = await page.getByRole('link', { name: 'Download Word' }).getAttribute('href');
    expect(href).toContain(`indicators=${[...flagged, ...order].join(',')}`);
    const docx = await fetch(`${app.server.url}${href ?? ''}`);
    expect(docx.status).toBe(200);
    const xml = (await (await JSZip.loadAsync(await docx.arrayBuffer())).file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text.indexOf(`: ${title(third)}Status`)).toBeGreaterThan(-1);
    expect(text.indexOf(`: ${title(first)}Status`)).toBeGreaterThan(text.indexOf(`: ${title(third)}Status`));
    expect(text).not.toContain(`: ${title(second)}Status`);

    // The printout follows the page: the remark is on paper, the left-out indicator's table is not.
    await page.emulateMedia({ media: 'print' });
    const file = join(dir.path, 'chosen.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const printed = plain(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    expect(printed).toContain(remark);
    expect(printed).not.toContain('Prepare your briefing');
    expect(printed).toContain(plain(`Every figure of “${title(third)}” as the document states it`));
    expect(printed).not.toContain(plain(`Every figure of “${title(second)}” as the document states it`));
    expect(printed.indexOf(plain(`Every figure of “${title(third)}”`))).toBeLessThan(printed.indexOf(plain(`Every figure of “${title(first)}”`)));
    await page.emulateMedia({ media: 'screen' });

    // Reset to the full briefing: every indicator in its own order, no remark, downloads without a choice.
    await page.getByRole('button', { name: 'Reset to the full briefing' }).click();
    await expect.poll(() => shown(page, 'others')).toEqual(others);
    await expect(page.locator('.briefing-remark').count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Download Word' }).getAttribute('href')).resolves.not.toContain('indicators=');

    // What changed since the briefing of a date: the bundled data has had no publication, and the page says so.
    await page.getByLabel('What changed since the briefing of').fill('2025-01-01');
    await page.getByRole('button', { name: 'Show the changes' }).click();
    await expect.poll(() => page.locator('.briefing-compare__result').textContent()).toContain('No figure or status of this pillar was published or withdrawn on or after 2025-01-01.');
    await expect(page.getByRole('heading', { level: 3, name: 'What changed since the briefing of 2025-01-01' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('is axe clean at 360 px and in Arabic with the choice open', async () => {
    for (const [lang, width] of [['en', 360], ['ar', 1280], ['ar', 360]] as const) {
      const context = await app.browser.newContext({ viewport: { width, height: 800 }, locale: lang === 'ar' ? 'ar' : 'en-US' });
      const page = await context.newPage();
      await open(page, lang);
      await page.locator('.briefing-chooser__summary').click();
      await page.locator('.briefing-chooser__list input[type="checkbox"]').first().waitFor();
      if (lang === 'ar') await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
      // Nothing wider than the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${lang} ${width}`).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
      await screenshot(page, `briefing-coordinator-${lang}-${width}`);
      await context.close();
    }
  });
});
