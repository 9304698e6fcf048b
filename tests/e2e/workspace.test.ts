// The ISU journey in Chromium: sign in, add 14MSP, enter a figure with its status preview, publish, see it public,
// revert it and publish again; the import dry run; axe on every workspace screen; screenshots to look at.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectAxeClean, newPage, requestFromPage, SCREENSHOT_DIR } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';
import { openEntryForm, openEntryGrid } from '../helpers/e2e-workspace.ts';
import { E2E_PASSWORD, signedInContext } from '../helpers/e2e-accounts.ts';

const EMAIL = 'admin@isu.test';
const INDICATOR = 'a27-re-integrated';
/** 14MSP as the first test adds it through the form. */
const NEXT_CYCLE = { code: '14MSP', actionPlan: 'LAP', year: 2026, meeting: 'Fourteenth Meeting of States Parties', startDate: '2026-09-01', endDate: '2026-09-03' };

const app = browserAppPerFile({ accounts: [{ email: EMAIL }] });

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(SCREENSHOT_DIR, `workspace-${name}.png`), fullPage });

/** The cycles in the public indicator page's tables (13MSP is always there, so the page has loaded). */
async function publicCycles(page: Page): Promise<string[]> {
  await page.goto(`${app.server.url}/indicators/${INDICATOR}`);
  await page.getByRole('rowheader', { name: '13MSP', exact: true }).first().waitFor();
  return page.getByRole('rowheader').allTextContents();
}

async function publish(page: Page, cycle: string) {
  await page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Review and publish' }).click();
  await page.getByRole('heading', { level: 1, name: 'Review and publish' }).waitFor();
  await page.getByLabel('Cycle', { exact: true }).selectOption(cycle);
  await page.getByRole('button', { name: `Publish ${cycle}…` }).click();
  await page.getByRole('button', { name: `Yes, publish ${cycle}` }).click();
  await page.getByRole('status').filter({ hasText: `${cycle} is published` }).waitFor();
}

describe('ISU workspace', () => {
  it('signs in, adds 14MSP, enters and publishes a figure, then reverts it', async () => {
    const signIn = await app.browser.newContext();
    const page = await newPage(signIn);

    // Sign in: a wrong password is refused with a clear message.
    await page.goto(`${app.server.url}/workspace`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectAxeClean(page, 'sign-in');
    await page.getByLabel('Email address').fill(EMAIL);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'The email address or the password is not right.' }).waitFor();
    await shot(page, 'sign-in');
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reporting cycles' }).waitFor();
    await page.getByText(EMAIL).waitFor();

    // Add 14MSP: the shared schema refuses a bad code next to its field, then the cycle is created.
    await page.getByLabel(/^Code/).fill('14 MSP');
    await page.getByLabel(/^Year/).fill('2026');
    await page.getByLabel(/^Meeting/).fill('Fourteenth Meeting of States Parties');
    await page.getByRole('button', { name: 'Add the cycle' }).click();
    await page.locator('#cycle-code[aria-invalid="true"]').waitFor();
    await page.getByLabel(/^Code/).fill('14MSP');
    await page.getByLabel('First day (optional)').fill('2026-09-01');
    await page.getByLabel('Last day (optional)').fill('2026-09-03');
    await page.getByRole('button', { name: 'Add the cycle' }).click();
    await page.getByText('14MSP has been added.').waitFor();
    await expectAxeClean(page, 'cycles');
    await shot(page, 'cycles');

    // Enter a27 = 10 of 10 for 14MSP: the status preview shows before saving.
    await openEntryGrid(page, '14MSP', 'risk-education');
    const row = await openEntryForm(page, INDICATOR);
    expect(await row.getByLabel('Out of (denominator)').inputValue()).toBe('10');
    await row.getByLabel('Figure').fill('10');
    await row.getByLabel(/^Source/).fill('Article 7 reports 2026');
    await row.getByLabel('Paragraph').fill('12');
    await row.getByText('Status would stay').waitFor();
    await row.locator('.ws-preview').getByText('Achieved', { exact: true }).waitFor();
    await expectAxeClean(page, 'entry');
    await shot(page, 'entry');
    await row.getByRole('button', { name: 'Save draft' }).click();
    await row.getByText('Saved as a draft.').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    // Review and publish; the public indicator page then shows 14MSP.
    await page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Review and publish' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review and publish' }).waitFor();
    await page.getByRole('table', { name: /Drafts of 14MSP/ }).getByRole('rowheader', { name: INDICATOR }).waitFor();
    await expectAxeClean(page, 'review');
    await shot(page, 'review');
    await publish(page, '14MSP');
    expect(await publicCycles(page)).toContain('14MSP');

    // History → Revert with a reason → publish: the public page no longer shows 14MSP.
    await page.goto(`${app.server.url}/workspace/history?indicator=${INDICATOR}`);
    await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
    await page.getByRole('button', { name: `Revert the change of ${INDICATOR} in 14MSP` }).click();
    await page.getByLabel(/^Why is it reverted/).fill('Entered for the wrong cycle; the reports cover 13MSP.');
    await expectAxeClean(page, 'history');
    await shot(page, 'history');
    await page.getByRole('button', { name: 'Save the revert as a draft' }).click();
    await page.getByText(`A draft restoring the earlier figure of ${INDICATOR} in 14MSP has been saved.`).waitFor();
    await publish(page, '14MSP');
    expect(await publicCycles(page)).not.toContain('14MSP');
    await signIn.close();
  });
});

// Each test below needs only the admin's session and 14MSP, made here when the first test did not run before them.
describe('ISU workspace, with 14MSP', () => {
  /** One context for these tests: they share the admin's session cookie. */
  let context: BrowserContext;

  beforeAll(async () => {
    context = await signedInContext(app.browser, app.server.url, EMAIL);
    const page = await newPage(context);
    await page.goto(`${app.server.url}/workspace`);
    await page.getByRole('heading', { level: 1, name: 'Reporting cycles' }).waitFor();
    const created = await requestFromPage(page, 'POST', '/api/v1/workspace/cycles', NEXT_CYCLE);
    expect([201, 409], JSON.stringify(created.json)).toContain(created.status);
    await page.close();
  });

  it('checks an import as a dry run and blocks Apply while a row is refused', async () => {
    const page = await newPage(context);
    await page.goto(`${app.server.url}/workspace/import`);
    await page.getByRole('heading', { level: 1, name: 'Import figures' }).waitFor();
    const csv = [
      'indicatorId,cycle,spanFrom,value,qualifier,denominator,reporting,document,paragraph,note,reason',
      `${INDICATOR},14MSP,,9,exact,10,reported,Article 7 reports 2026,,,One report was withdrawn`,
      `a29-disaggregated-data,14MSP,,12,exact,10,reported,Article 7 reports 2026,,,`,
    ].join('\n');
    await page.getByLabel('CSV or Excel file', { exact: true }).setInputFiles({ name: 'figures-14msp.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'What figures-14msp.csv would change' }).waitFor();
    const rejected = page.getByRole('table', { name: /refused row/ });
    expect(await rejected.locator('tbody tr').count()).toBe(1);
    expect(await rejected.locator('tbody tr').textContent()).toContain('denominator');
    expect(await page.getByRole('button', { name: /^Apply/ }).isDisabled()).toBe(true);
    await expectAxeClean(page, 'import');
    await shot(page, 'import');
    await page.close();
  });

  it('works at 360 px: the entry grid stacks without scrolling the page sideways', async () => {
    const page = await newPage(context, 360, 800);
    await page.goto(`${app.server.url}/workspace/entry?cycle=14MSP&pillar=risk-education`);
    await openEntryForm(page, INDICATOR);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAxeClean(page, 'entry at 360 px');
    await shot(page, 'entry-360', false);
    await page.locator(`form#entry-${INDICATOR}`).getByRole('button', { name: 'Save draft' }).scrollIntoViewIfNeeded();
    await shot(page, 'entry-360-row', false);
    await page.close();
  });

  it('sets "Cycle inferred" and "Under review by the ISU" on a figure; the review shows both', async () => {
    const id = 'a28-tailored-re';
    for (const [width, height] of [[1280, 900], [360, 800]] as const) {
      const page = await newPage(context, width, height);
      await page.goto(`${app.server.url}/workspace/entry?cycle=14MSP&pillar=risk-education`);
      const row = await openEntryForm(page, id);
      await row.getByLabel('Figure').fill('6');
      await row.getByLabel(/^Source/).fill('Article 7 reports 2026');
      await row.getByRole('checkbox', { name: 'Cycle inferred' }).check();
      await row.getByLabel(/^Note \(required: which cycle/).fill('The report gives the figure for the review period; placed in 14MSP.');
      await row.getByRole('checkbox', { name: 'Under review by the ISU' }).check();
      await row.getByLabel(/^What is being reviewed/).fill('ISU IS COLLATING FURTHER INFO');
      await row.getByLabel(/^Paragraph of the comment/).fill('131');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAxeClean(page, `entry with flags at ${width} px`);
      await row.scrollIntoViewIfNeeded();
      await row.screenshot({ path: join(SCREENSHOT_DIR, `workspace-entry-flags-${width}.png`) });
      if (width === 1280) {
        await row.getByRole('button', { name: 'Save draft' }).click();
        await row.getByText('Saved as a draft.').waitFor();
        // The draft carries both flags, in the row and in the review table.
        await row.locator('.ws-chip--draft [data-mark="under-review"]').waitFor();
        await page.goto(`${app.server.url}/workspace/review?cycle=14MSP`);
        const draft = page.getByRole('table', { name: /Drafts of 14MSP/ }).locator('tr', { has: page.getByRole('rowheader', { name: id }) });
        await expect(draft.textContent()).resolves.toMatch(/cycle inferred.*under review by the ISU/);
        await expectAxeClean(page, 'review with flags');
        await shot(page, 'review-flags');
      }
      await page.close();
    }
  });

  it('admin screens are accessible; a new editor changes the one-time password and sees no admin controls', async () => {
    const page = await newPage(context);
    for (const [path, title] of [
      ['overrides', 'Status overrides'],
      ['content', 'Texts and numbers'],
      ['users', 'Accounts'],
    ] as const) {
      await page.goto(`${app.server.url}/workspace/${path}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.locator('.ws-form').first().waitFor();
      await expectAxeClean(page, path);
    }
    await page.getByLabel(/^Email address/).fill('new.editor@isu.test');
    await page.getByRole('button', { name: 'Add the account' }).click();
    const oneTimePassword = (await page.locator('.ws-secret__value code').textContent()) ?? '';
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(12);
    await shot(page, 'users');
    await page.close();

    // The editor signs in elsewhere (its own cookies) with the one-time password.
    const editorContext = await app.browser.newContext();
    const editor = await editorContext.newPage();
    await editor.goto(`${app.server.url}/workspace`);
    await editor.getByLabel('Email address').fill('new.editor@isu.test');
    await editor.getByLabel('Password').fill(oneTimePassword);
    await editor.getByRole('button', { name: 'Sign in' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor();
    await expectAxeClean(editor, 'change password');
    await editor.getByLabel(/^Current password/).fill(oneTimePassword);
    await editor.getByLabel(/^New password \*/).fill('an editor’s own long password');
    await editor.getByLabel(/^New password, again/).fill('an editor’s own long password');
    await editor.getByRole('button', { name: 'Change password' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Reporting cycles' }).waitFor();
    const tabs = await editor.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link').allTextContents();
    expect(tabs).not.toContain('Accounts');
    expect(tabs).not.toContain('Status overrides');
    expect(await editor.getByRole('button', { name: 'Add the cycle' }).count()).toBe(0);
    await editor.goto(`${app.server.url}/workspace/review?cycle=14MSP`);
    await editor.getByText('An administrator reviews and publishes the cycle.').waitFor();
    expect(await editor.getByRole('button', { name: /^Publish/ }).count()).toBe(0);
    await editorContext.close();
  });
});
