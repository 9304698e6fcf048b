// The entry grid in Chromium (issue 18): figures typed with the keyboard and pasted from a spreadsheet, saved all at
// once with a result per row; a warning before leaving with unsaved figures, which stay in the browser and come back
// after a reload or a new sign-in; two editors on one figure get a conflict, never a silent overwrite; the session
// warns before it ends; axe at 1280 and 360 px and in Arabic.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, SCREENSHOT_DIR } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';
import { openEntryForm } from '../helpers/e2e-workspace.ts';
import { E2E_PASSWORD, signedInPage } from '../helpers/e2e-accounts.ts';

const ADMIN = 'grid.admin@isu.test';
const EDITOR_A = 'grid.editor.a@isu.test';
const EDITOR_B = 'grid.editor.b@isu.test';
const RISK_EDUCATION = '/workspace/entry?cycle=14MSP&pillar=risk-education';
const UNIVERSALIZATION = '/workspace/entry?cycle=14MSP&pillar=universalization';
const ROWS = ['a27-re-integrated', 'a28-tailored-re', 'a29-disaggregated-data', 'a29-impact-measures', 'a30-residual-contamination-references'] as const;

const app = browserAppPerFile({ accounts: [{ email: ADMIN }, { email: EDITOR_A, role: 'editor' }, { email: EDITOR_B, role: 'editor' }] });

/** A signed-in page of its own browser context (its own session). */
const signedIn = (email: string, width = 1280, height = 900): Promise<{ context: BrowserContext; page: Page }> => signedInPage(app.browser, app.server.url, email, { width, height });

const cell = (page: Page, indicator: string, column: string) => page.locator(`#grid-${indicator}-${column}`);
const status = (page: Page, indicator: string) => page.locator(`#grid-${indicator}-status`);
/** The row's message under it: what was refused and why, or a conflict to settle. */
const message = (page: Page, indicator: string) => page.locator(`#grid-${indicator}-message`);

async function openGrid(page: Page, path: string) {
  await page.goto(`${app.server.url}${path}`);
  await page.getByRole('table', { name: /^Figures of/ }).waitFor();
}

/** A paste as the browser fires it for a block copied from a spreadsheet (text/plain with tabs and line breaks). */
async function paste(page: Page, indicator: string, column: string, text: string) {
  await cell(page, indicator, column).focus();
  await page.evaluate(
    ([id, data]) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      document.getElementById(id)?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    [`grid-${indicator}-${column}`, text] as const,
  );
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

beforeAll(async () => {
  // An open cycle to enter figures for, added as an admin would (through the API).
  const signIn = await fetch(`${app.server.url}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: ADMIN, password: E2E_PASSWORD }) });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const created = await fetch(`${app.server.url}/api/v1/workspace/cycles`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', cookie },
    body: JSON.stringify({ code: '14MSP', actionPlan: 'LAP', year: 2026, meeting: 'Fourteenth Meeting of States Parties' }),
  });
  expect(created.status).toBe(201);
});

describe('the entry grid', () => {
  it('takes figures from the keyboard and from pasted blocks, and saves them all with a result per row', async () => {
    const { context, page } = await signedIn(EDITOR_A);
    await openGrid(page, RISK_EDUCATION);
    await page.getByRole('status').filter({ hasText: '5 of 5 indicators' }).waitFor();

    // The session's default source: rows typed without a source take it, with its date.
    await page.getByLabel('Default source').fill('Article 7 reports 2026');
    await page.getByLabel('Date of the source').fill('2026-04-30');
    await page.getByText('Rows you fill in without a source take “Article 7 reports 2026, 2026-04-30”.').waitFor();

    // Each cell is named by its column and its indicator.
    await page.getByRole('textbox', { name: /^Figure A27 / }).click();
    expect(await focusedId(page)).toBe(`grid-${ROWS[0]}-value`);
    await page.keyboard.type('10');
    await page.keyboard.press('ArrowDown');
    expect(await focusedId(page)).toBe(`grid-${ROWS[1]}-value`);
    await page.keyboard.type('9');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe(`grid-${ROWS[2]}-value`);
    await page.keyboard.press('Shift+Enter');
    expect(await focusedId(page)).toBe(`grid-${ROWS[1]}-value`);
    // Right from the end of the text goes to the next cell (the qualifier), left from its start back.
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    expect(await focusedId(page)).toBe(`grid-${ROWS[1]}-qualifier`);
    await page.keyboard.press('Alt+ArrowLeft');
    expect(await focusedId(page)).toBe(`grid-${ROWS[1]}-value`);
    expect(await cell(page, ROWS[0], 'value').inputValue()).toBe('10');
    expect(await cell(page, ROWS[1], 'value').inputValue()).toBe('9');
    expect(await cell(page, ROWS[0], 'source').inputValue()).toBe('Article 7 reports 2026, 2026-04-30');
    await expect.poll(() => status(page, ROWS[0]).textContent()).toContain('Not saved');

    // A column of three lines fills three rows down; a 2×2 block fills two columns of two rows.
    await paste(page, ROWS[2], 'value', '7\r\n6\r\n10\r\n');
    await page.getByRole('status').filter({ hasText: 'Pasted 3 values into 3 rows.' }).waitFor();
    expect(await Promise.all(ROWS.slice(2).map((id) => cell(page, id, 'value').inputValue()))).toEqual(['7', '6', '10']);
    await paste(page, ROWS[0], 'denominator', '10\tArticle 7 report of Chile\n12\tArticle 7 report of Peru');
    await page.getByRole('status').filter({ hasText: 'Pasted 4 values into 2 rows.' }).waitFor();
    expect(await cell(page, ROWS[0], 'source').inputValue()).toBe('Article 7 report of Chile');
    expect(await cell(page, ROWS[1], 'denominator').inputValue()).toBe('12');
    expect(await cell(page, ROWS[1], 'source').inputValue()).toBe('Article 7 report of Peru');

    // "1,000" is ambiguous: the cell says so at once, and Save all refuses that row only.
    await cell(page, ROWS[4], 'denominator').fill('1,000');
    await expect.poll(() => cell(page, ROWS[4], 'denominator').getAttribute('aria-invalid')).toBe('true');
    await message(page, ROWS[4]).getByText(/“1,000” is ambiguous/).waitFor();
    expect(await cell(page, ROWS[4], 'denominator').evaluate((input) => input.getAttribute('aria-describedby'))).toBe(`grid-${ROWS[4]}-message`);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'entry-grid-1280.png'), fullPage: true });

    await page.getByRole('button', { name: 'Save all 5 changed rows' }).click();
    await page.getByRole('status').filter({ hasText: '4 saved, 1 refused' }).waitFor();
    for (const id of ROWS.slice(0, 4)) await status(page, id).getByText('Saved as a draft.').waitFor();
    await status(page, ROWS[4]).getByText('Refused').waitFor();
    await message(page, ROWS[4]).getByText('Refused:').waitFor();
    expect(await message(page, ROWS[4]).textContent()).toContain('Out of (denominator)');
    // Saved rows show their draft and are no longer changed; the refused one still is.
    await status(page, ROWS[0]).getByText('Saved as a draft.').waitFor();
    await page.locator('tr', { has: page.locator(`#grid-${ROWS[0]}-row`) }).getByText(`Draft by ${EDITOR_A}`).waitFor();
    await page.getByRole('button', { name: 'Save 1 changed row' }).waitFor();

    await cell(page, ROWS[4], 'denominator').fill('10');
    await page.getByRole('button', { name: 'Save 1 changed row' }).click();
    await page.getByRole('status').filter({ hasText: /^1 saved$/ }).waitFor();
    await status(page, ROWS[4]).getByText('Saved as a draft.').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'entry-grid-saved-1280.png'), fullPage: true });

    // Search by number or words, and "only rows without a figure".
    await page.getByLabel('Search (number or words)').fill('a29');
    await page.getByRole('status').filter({ hasText: '2 of 5 indicators' }).waitFor();
    await page.getByLabel('Search (number or words)').fill('RESIDUAL contamination');
    await page.getByRole('status').filter({ hasText: '1 of 5 indicators' }).waitFor();
    await page.getByLabel('Search (number or words)').fill('');
    // Every row now has a figure in a draft: none is left without one.
    await page.getByLabel('Only rows without a figure').check();
    await page.getByRole('status').filter({ hasText: '0 of 5 indicators' }).waitFor();
    await page.getByText('No indicator matches the search or the filter.').waitFor();
    await context.close();
  });

  it('the Details dialog keeps every field of the entry form, in step with the row', async () => {
    const { context, page } = await signedIn(EDITOR_A);
    await openGrid(page, UNIVERSALIZATION);
    const id = 'a10-non-party-unga-supporters';
    await cell(page, id, 'value').fill('3');
    await page.getByRole('button', { name: /^Details A10 .*/ }).first().waitFor();
    const form = await openEntryForm(page, id);
    const dialog = page.getByRole('dialog');
    expect(await form.getByLabel('Figure').inputValue()).toBe('3');
    await form.getByLabel('Paragraph').fill('41');
    await form.getByLabel('Figure').fill('4');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await cell(page, id, 'value').inputValue()).toBe('4');
    expect(await focusedId(page)).toBe(`grid-${id}-details`);
    // Leave it unsaved for this test: discard on the way out.
    await page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Review and publish' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Leave and discard them' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review and publish' }).waitFor();
    await context.close();
  });

  it('warns before leaving with unsaved figures, keeps them through a reload and a new sign-in, and offers them back', async () => {
    const { context, page } = await signedIn(EDITOR_A);
    await openGrid(page, UNIVERSALIZATION);
    const id = 'a10-new-states-parties';
    await cell(page, id, 'value').click();
    await page.keyboard.type('2');
    await cell(page, id, 'source').fill('UNODA treaty database');

    // Another pillar: the dialog asks; Stay keeps the grid and the figure.
    await page.getByLabel('Pillar', { exact: true }).selectOption('risk-education');
    const dialog = page.getByRole('dialog', { name: '1 figure is not saved' });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'entry-grid-unsaved-dialog.png') });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stay');
    await dialog.getByRole('button', { name: 'Stay' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByLabel('Pillar', { exact: true }).inputValue()).toBe('universalization');
    expect(await cell(page, id, 'value').inputValue()).toBe('2');

    // A reload asks the browser's own question; the figure is in the browser and offered back.
    const asked: string[] = [];
    page.once('dialog', (question) => {
      asked.push(question.type());
      void question.accept();
    });
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
    await page.getByText(/1 unsaved figure from .* is kept in this browser\./).waitFor();
    expect(await cell(page, id, 'value').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Restore' }).click();
    expect(await cell(page, id, 'value').inputValue()).toBe('2');
    expect(await cell(page, id, 'source').inputValue()).toBe('UNODA treaty database');

    // The session ends (its cookie gone): the next request answers 401 and the sign-in page replaces the workspace.
    await context.clearCookies();
    await page.getByRole('button', { name: 'Save 1 changed row' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByText(EDITOR_A).count()).toBe(0);
    await page.getByLabel('Email address').fill(EDITOR_A);
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/1 unsaved figure from .* is kept in this browser\./).waitFor();
    await page.getByRole('button', { name: 'Restore' }).click();
    expect(await cell(page, id, 'value').inputValue()).toBe('2');
    await page.getByRole('button', { name: 'Save 1 changed row' }).click();
    await status(page, id).getByText('Saved as a draft.').waitFor();

    // Saved: nothing is kept any more, nothing offered.
    await page.reload();
    await page.getByRole('table', { name: /^Figures of/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Restore' }).count()).toBe(0);
    await context.close();
  });

  it('two editors on one figure: the second save shows both figures and both authors; "Keep mine" saves it', async () => {
    const a = await signedIn(EDITOR_A);
    const b = await signedIn(EDITOR_B);
    const id = 'a10-withdrawals';
    // B opens the grid before A saves.
    await openGrid(b.page, UNIVERSALIZATION);
    await openGrid(a.page, UNIVERSALIZATION);
    await cell(a.page, id, 'value').fill('1');
    await cell(a.page, id, 'source').fill('Depositary notifications 2026');
    await a.page.getByRole('button', { name: 'Save 1 changed row' }).click();
    await status(a.page, id).getByText('Saved as a draft.').waitFor();

    await cell(b.page, id, 'value').fill('2');
    await cell(b.page, id, 'source').fill('Article 7 reports 2026');
    await cell(b.page, id, 'note').fill('A second withdrawal was notified in March.');
    await b.page.getByRole('button', { name: 'Save 1 changed row' }).click();
    await b.page.getByRole('status').filter({ hasText: '0 saved, 1 conflict' }).waitFor();
    await status(b.page, id).getByText('Changed by someone else').waitFor();
    const conflict = message(b.page, id);
    await expect.poll(() => conflict.textContent()).toContain(EDITOR_A);
    const text = (await conflict.textContent()) ?? '';
    expect(text).toMatch(/\b1\b/);
    expect(text).toMatch(/\b2\b/);
    await expectNoAxeViolations(b.page);
    await b.page.screenshot({ path: join(SCREENSHOT_DIR, 'entry-grid-conflict.png'), fullPage: true });
    await conflict.getByRole('button', { name: /keep mine/i }).click();
    await status(b.page, id).getByText('Saved as a draft.').waitFor();
    await b.page.locator('tr', { has: b.page.locator(`#grid-${id}-row`) }).getByText(`Draft by ${EDITOR_B}`).waitFor();

    // A, whose grid still shows their own draft, types again: B's draft is now in the way. "Keep theirs" drops A's figure.
    await cell(a.page, id, 'value').fill('3');
    await cell(a.page, id, 'note').fill('Three withdrawals, says another source.');
    await a.page.getByRole('button', { name: 'Save 1 changed row' }).click();
    await message(a.page, id).getByText(EDITOR_B).first().waitFor();
    await message(a.page, id).getByRole('button', { name: /keep theirs/i }).click();
    await expect.poll(() => cell(a.page, id, 'value').inputValue()).toBe('2');
    expect(await message(a.page, id).count()).toBe(0);
    await a.page.locator('tr', { has: a.page.locator(`#grid-${id}-row`) }).getByText(`Draft by ${EDITOR_B}`).waitFor();
    await a.page.getByRole('button', { name: 'Nothing to save yet' }).waitFor();
    await a.context.close();
    await b.context.close();
  });

  it('warns two minutes before the session ends; "Stay signed in" renews it', async () => {
    const { context, page } = await signedIn(EDITOR_A);
    await page.clock.install();
    await openGrid(page, RISK_EDUCATION);
    expect(await page.getByText(/Your session ends at/).count()).toBe(0);
    // An hour idle ends a session (SESSION_IDLE_MINUTES): 58½ minutes later the warning shows.
    await page.clock.fastForward('58:30');
    const banner = page.getByRole('alert').filter({ hasText: /Your session ends at .* unless you stay signed in\./ });
    await banner.waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'entry-grid-session-warning.png') });
    await banner.getByRole('button', { name: 'Stay signed in' }).click();
    await banner.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('is accessible at 360 px (the grid scrolls in its own region, never the page) and in Arabic', async () => {
    const { context, page } = await signedIn(EDITOR_B, 360, 800);
    await openGrid(page, RISK_EDUCATION);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    const region = page.getByRole('region', { name: /^Figures of/ });
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'entry-grid-360.png'), fullPage: true });

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${app.server.url}${RISK_EDUCATION}&lang=ar`);
    await page.locator('table.ws-grid').waitFor();
    await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe('rtl');
    await cell(page, ROWS[0], 'note').click();
    await page.keyboard.type('ملاحظة');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'entry-grid-ar.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
