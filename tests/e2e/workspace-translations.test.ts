// Content translations in Chromium: an admin translates the pillar name "victim-assistance" and an indicator title
// into French, publishes them, and the French public pages show them without the English marker, while an untranslated
// pillar keeps its English name, marked. axe on the Translations screen (French and Arabic), and at 360 px.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAxeClean, newPage, SCREENSHOT_DIR } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';
import { E2E_PASSWORD, signedInContext, signInThroughTheForm } from '../helpers/e2e-accounts.ts';

const EMAIL = 'translations.admin@isu.test';
const PILLAR = 'victim-assistance';
const PILLAR_FR = 'Assistance aux victimes';
const INDICATOR = 'a33-focal-points';
const INDICATOR_FR = 'États parties ayant des victimes d’armes à sous-munitions qui ont désigné un point focal national pour l’assistance aux victimes';

const app = browserAppPerFile({ accounts: [{ email: EMAIL }] });

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(SCREENSHOT_DIR, `workspace-${name}.png`), fullPage });

/** The public pillar page in French: its title's text, and whether the title carries the "in English" marker. */
async function frenchPillarTitle(page: Page, slug: string): Promise<{ text: string; marked: boolean }> {
  await page.goto(`${app.server.url}/plans/lap/pillars/${slug}?lang=fr`);
  const title = page.getByRole('heading', { level: 1 });
  await page.locator('.pillar-actions').waitFor();
  return { text: ((await title.textContent()) ?? '').trim(), marked: (await title.locator('.fallback-badge').count()) > 0 };
}

describe('content translations', () => {
  it('translates a pillar name and an indicator title into French, publishes them, and the public pages show them', async () => {
    // One context for the whole journey: the browser's HTTP cache is part of what it checks.
    const context = await app.browser.newContext();
    const page = await newPage(context);

    // Before: the French pillar page shows the English name, marked (and the browser keeps that answer for a minute).
    const before = await frenchPillarTitle(page, PILLAR);
    expect(before.text).toContain('Victim Assistance');
    expect(before.marked).toBe(true);

    // Sign in (back in English) and open the Translations tab.
    await signInThroughTheForm(page, app.server.url, EMAIL, E2E_PASSWORD, '/workspace?lang=en');
    await page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Translations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Translations' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Pillar names in French' }).waitFor();

    // Nothing is translated yet: every pillar name is marked missing.
    const pillarItem = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: `Pillar ${PILLAR}` }) });
    await pillarItem.getByText('Missing', { exact: true }).waitFor();
    expect(await page.locator('.ws-chip--missing').count()).toBe(await page.getByRole('heading', { level: 3 }).count());
    await expectAxeClean(page, 'translations');

    // An empty translation is refused next to its field; then the French name is saved as a draft.
    await pillarItem.getByRole('button', { name: `Translate (Name of pillar ${PILLAR})` }).click();
    const pillarForm = page.getByRole('form', { name: `Name of pillar ${PILLAR} in French` });
    const pillarText = pillarForm.getByLabel(/^Translation into French/);
    expect(await pillarText.getAttribute('lang')).toBe('fr');
    expect(await pillarText.getAttribute('dir')).toBe('ltr');
    await pillarForm.getByRole('button', { name: 'Save as a draft' }).click();
    await pillarForm.getByText('Enter the translation.').waitFor();
    expect(await pillarText.getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(page, 'translations form with an error');
    await pillarText.fill(PILLAR_FR);
    await pillarForm.getByRole('button', { name: 'Save as a draft' }).click();
    await page.getByRole('status').filter({ hasText: `Draft saved: Name of pillar ${PILLAR} in French.` }).waitFor();
    await pillarItem.getByText('Draft awaiting publication').waitFor();
    await pillarItem.getByText(PILLAR_FR).waitFor();
    await shot(page, 'translations');

    // The indicator title, found among the missing ones.
    await page.getByLabel('Texts', { exact: true }).selectOption('indicator');
    // (The filter lives in the address; React Router applies it in a transition, so the box shows checked a moment later.)
    const onlyMissing = page.getByRole('checkbox', { name: 'Only missing translations' });
    await onlyMissing.click();
    await expect.poll(() => onlyMissing.isChecked()).toBe(true);
    await page.getByRole('heading', { level: 2, name: 'Indicator titles in French' }).waitFor();
    const indicatorItem = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: `Indicator ${INDICATOR}` }) });
    await indicatorItem.getByRole('button', { name: `Translate (Title of indicator ${INDICATOR})` }).click();
    await page.getByRole('form', { name: `Title of indicator ${INDICATOR} in French` }).getByLabel(/^Translation into French/).fill(INDICATOR_FR);
    await page.getByLabel('Reason (optional)').fill('French version agreed with the translation service');
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    await page.getByRole('status').filter({ hasText: `Draft saved: Title of indicator ${INDICATOR} in French.` }).waitFor();
    await shot(page, 'translations-indicator', false);

    // Publish both drafts.
    await page.getByRole('button', { name: 'Publish 2 drafts…' }).click();
    await page.getByRole('button', { name: 'Yes, publish' }).click();
    await page.getByRole('status').filter({ hasText: '2 drafts are now public.' }).waitFor();
    // Published: the indicator leaves the list of missing titles.
    await expect.poll(() => page.getByRole('heading', { level: 3, name: `Indicator ${INDICATOR}` }).count()).toBe(0);
    await onlyMissing.click();
    await expect.poll(() => onlyMissing.isChecked()).toBe(false);
    await indicatorItem.getByText(INDICATOR_FR).waitFor();
    expect(await indicatorItem.locator('.ws-chip--missing').count()).toBe(0);

    // The French public pages: the translated name and title without the English marker…
    const after = await frenchPillarTitle(page, PILLAR);
    expect(after.text).toBe(PILLAR_FR);
    expect(after.marked).toBe(false);
    const indicatorTitle = page.getByRole('heading', { name: INDICATOR_FR });
    await indicatorTitle.first().waitFor();
    expect(await indicatorTitle.first().locator('.fallback-badge').count()).toBe(0);
    await shot(page, 'translations-public-fr', false);
    // …while an untranslated pillar still shows its English name, marked.
    const other = await frenchPillarTitle(page, 'universalization');
    expect(other.text).toContain('Universalization');
    expect(other.marked).toBe(true);
    await context.close();
  });

  it('is accessible in Arabic (the translation typed right to left) and fits 360 px', async () => {
    const context = await signedInContext(app.browser, app.server.url, EMAIL);
    const page = await newPage(context);
    await page.goto(`${app.server.url}/workspace/translations?lang=en&language=ar&texts=action`);
    await page.getByRole('heading', { level: 2, name: 'Action titles and summaries in Arabic' }).waitFor();
    await page.getByRole('button', { name: 'Translate (Summary of action 31)' }).click();
    const arabic = page.getByRole('form', { name: 'Summary of action 31 in Arabic' }).getByLabel(/^Translation into Arabic/);
    expect(await arabic.getAttribute('dir')).toBe('rtl');
    expect(await arabic.getAttribute('lang')).toBe('ar');
    await arabic.fill('تعزيز المساعدة المقدمة إلى الضحايا');
    await expectAxeClean(page, 'translations in Arabic');
    await page.close();

    const small = await newPage(context, 360, 800);
    await small.goto(`${app.server.url}/workspace/translations?language=fr&texts=action`);
    await small.getByRole('heading', { level: 3, name: 'Action 31' }).waitFor();
    await small.getByRole('button', { name: 'Translate (Title of action 31)' }).click();
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAxeClean(small, 'translations at 360 px');
    await small.getByRole('form', { name: 'Title of action 31 in French' }).scrollIntoViewIfNeeded();
    await shot(small, 'translations-360', false);
    await context.close();
  });
});
