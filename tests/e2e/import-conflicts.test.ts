// Concurrent drafts in Chromium (issue 18: "a CSV import silently replaced a colleague's draft (9 became 10)"). Editor A
// (alice) drafts 9 for a figure; editor B (bob) imports a file saying 10 for it. The dry run lists that row apart, under
// "Drafts by someone else", with both values, her name and the date; B keeps her draft (the other row is imported and
// hers is intact), then imports again replacing it (B's 10 is the draft, hers stays in the history). axe at 1280 and 360 px and in Arabic.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EntryGridResponseSchema, type EntryRow } from '../../shared/src/schemas/workspace.ts';
import { expectAxeClean, requestFromPage, SCREENSHOT_DIR } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';
import { signedInPage } from '../helpers/e2e-accounts.ts';

const ADMIN = 'admin@conflicts.test';
const ALICE = 'alice@conflicts.test';
const BOB = 'bob@conflicts.test';
const INDICATOR = 'a27-re-integrated';
const OTHER = 'a28-tailored-re';
const CSV = `indicatorId,cycle,value,denominator,document\n${INDICATOR},14MSP,10,10,Article 7 reports 2026\n${OTHER},14MSP,5,,Article 7 reports 2026\n`;

const app = browserAppPerFile({ accounts: [{ email: ADMIN }, { email: ALICE, role: 'editor' }, { email: BOB, role: 'editor' }] });

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `import-conflicts-${name}.png`), fullPage: true });

/** A signed-in page of its own browser context (its own session). */
const signedIn = async (email: string, width = 1280): Promise<Page> => (await signedInPage(app.browser, app.server.url, email, { width })).page;

async function gridRow(page: Page, indicatorId: string): Promise<EntryRow> {
  const { json } = await requestFromPage(page, 'GET', '/api/v1/workspace/cycles/14MSP/entries');
  const row = EntryGridResponseSchema.parse(json).data.rows.find((r) => r.indicatorId === indicatorId);
  if (!row) throw new Error(`no grid row for ${indicatorId}`);
  return row;
}

/** Chooses the file on the import page and checks it; waits for the dry run's report. */
async function checkFile(page: Page) {
  await page.goto(`${app.server.url}/workspace/import`);
  await page.getByRole('heading', { level: 1, name: 'Import figures' }).waitFor();
  await page.getByLabel('CSV or Excel file', { exact: true }).setInputFiles({ name: 'figures-14msp.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('heading', { name: 'What figures-14msp.csv would change' }).waitFor();
}

describe('an import over a colleague’s draft', () => {
  it('is listed apart with both values and authors; keeping her draft leaves it intact, replacing it gives the file’s value', async () => {
    const admin = await signedIn(ADMIN);
    expect((await requestFromPage(admin, 'POST', '/api/v1/workspace/cycles', { code: '14MSP', actionPlan: 'LAP', year: 2026, meeting: 'Fourteenth Meeting of States Parties' })).status).toBe(201);

    // Editor A drafts 9 of 10.
    const alice = await signedIn(ALICE);
    const drafted = await requestFromPage(alice, 'PUT', '/api/v1/workspace/observations', { indicatorId: INDICATOR, cycle: '14MSP', value: 9, denominator: 10, source: 'Article 7 reports 2026', basedOn: null });
    expect(drafted.status, JSON.stringify(drafted.json)).toBe(200);

    // Editor B checks a file saying 10: the row is not among the changes but under "Drafts by someone else".
    const bob = await signedIn(BOB);
    await checkFile(bob);
    await bob.getByText('1 row is over a draft by someone else (listed apart below).', { exact: false }).waitFor();
    const changes = bob.getByRole('table', { name: '1 row that would change' });
    expect((await changes.locator('tbody tr th').allTextContents()).map((t) => t.trim())).toEqual(['3']);
    await bob.getByRole('heading', { name: 'Drafts by someone else' }).waitFor();
    const conflicts = bob.getByRole('table', { name: '1 row over a draft by someone else: their value and the file’s' });
    const cells = (await conflicts.locator('tbody tr').first().locator('th, td').allTextContents()).map((t) => t.trim());
    expect(cells.slice(0, 5)).toEqual(['2', INDICATOR, '14MSP', '9 of 10', ALICE]);
    expect(cells[5]).toMatch(/\d{4}/); // when she drafted it
    expect(cells[6]).toBe('10 of 10');
    // No plain apply: the choice is the editor's.
    expect(await bob.getByRole('button', { name: /^Apply/ }).count()).toBe(0);
    await expectAxeClean(bob, 'import dry run with a colleague’s draft');
    await shot(bob, 'dry-run');

    // Keep theirs: the other row is imported; her draft is intact.
    await bob.getByRole('button', { name: 'Import, keeping their draft' }).click();
    await bob.getByRole('heading', { name: 'figures-14msp.csv has been imported' }).waitFor();
    await bob.getByText('1 figure is saved as a draft.').waitFor();
    await bob.getByRole('table', { name: '1 draft by someone else kept: its row was left out' }).waitFor();
    expect((await gridRow(bob, INDICATOR)).draft).toMatchObject({ author: ALICE, after: { value: 9 } });
    expect((await gridRow(bob, OTHER)).draft).toMatchObject({ author: BOB, after: { value: 5 } });
    await expectAxeClean(bob, 'import applied, keeping a colleague’s draft');

    // The same dry run in Arabic, right to left: the section and its choices are in the reader's language.
    const arabic = await signedIn(BOB);
    await arabic.goto(`${app.server.url}/workspace/import?lang=ar`);
    await arabic.locator('input[type="file"]').first().setInputFiles({ name: 'figures-14msp.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await arabic.locator('form button[type="submit"]').first().click();
    await arabic.getByRole('heading', { name: 'مسودات أشخاص آخرين' }).waitFor();
    expect(await arabic.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await arabic.getByRole('button', { name: 'استيراد مع استبدال مسودته' }).waitFor();
    await expectAxeClean(arabic, 'import dry run in Arabic');
    await shot(arabic, 'dry-run-ar');

    // Then replace it, at 360 px: B's 10 is the draft, based on hers, which stays in the history as superseded.
    const narrow = await signedIn(BOB, 360);
    await checkFile(narrow);
    await narrow.getByRole('heading', { name: 'Drafts by someone else' }).waitFor();
    await expectAxeClean(narrow, 'import dry run at 360 px');
    // The tables scroll in their own regions; the page does not scroll sideways.
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot(narrow, 'dry-run-360');
    await narrow.getByRole('button', { name: 'Import, replacing their draft' }).click();
    await narrow.getByRole('heading', { name: 'figures-14msp.csv has been imported' }).waitFor();
    await narrow.getByRole('table', { name: /^1 draft by someone else replaced by the file’s value/ }).waitFor();
    const replaced = (await gridRow(alice, INDICATOR)).draft;
    expect(replaced).toMatchObject({ author: BOB, kind: 'import', after: { value: 10 } });
    const { json } = await requestFromPage(alice, 'GET', `/api/v1/workspace/history?indicator=${INDICATOR}&cycle=14MSP`);
    const history = (json as { data: { id: number; author: string; state: string; after: { value: number } | null; basedOnChangeId?: number | null }[] }).data;
    const hers = history.find((c) => c.author === ALICE);
    expect(hers).toMatchObject({ state: 'superseded', after: { value: 9 } });
    expect(replaced?.basedOnChangeId).toBe(hers?.id);
  });
});
