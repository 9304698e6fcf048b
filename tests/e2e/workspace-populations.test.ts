// Populations kept by the ISU, in Chromium: an admin opens Populations from the workspace navigation, ticks two States
// for 3RC and records the list, sees it listed; a visitor's indicator page shows it under "The population". axe on the
// workspace screen (also at 360 px) and on the public page; no page errors.
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, screenshot } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';
import { signedInPage } from '../helpers/e2e-accounts.ts';

const ADMIN = 'populations.admin@isu.test';
const INDICATOR = 'a33-focal-points';

const app = browserAppPerFile({ accounts: [{ email: ADMIN }] });

describe('population lists kept by the ISU', () => {
  it('an admin records a 3RC list of two States; the public indicator page shows it under The population', async () => {
    const { page: admin } = await signedInPage(app.browser, app.server.url, ADMIN);

    await admin.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Populations' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Populations' }).waitFor();
    await admin.getByLabel('Population', { exact: true }).selectOption('states-with-victims');
    const form = admin.getByRole('form', { name: 'Record or replace a list' });
    await form.waitFor();
    await form.getByLabel(/^Cycle/).selectOption('3RC');
    const group = form.getByRole('group', { name: 'The States of the population' });
    await group.getByLabel('Find a State (name or code)').fill('lebanon');
    await group.getByRole('checkbox', { name: /Lebanon/ }).check();
    await group.getByLabel('Find a State (name or code)').fill('iraq');
    await group.getByRole('checkbox', { name: /Iraq/ }).check();
    await expect.poll(() => group.getByRole('status').textContent()).toContain('2 States ticked: the N is 2.');
    await form.getByLabel(/^Source/).fill('ISU list of States with victims, 2026');
    await form.getByLabel(/^Reason/).fill('Confirmed with both States.');
    await expectNoAxeViolations(admin);
    await form.getByRole('button', { name: 'Record the list' }).click();
    await form.getByRole('status').filter({ hasText: 'The list for 3RC is recorded and public.' }).waitFor();

    const row = admin.getByRole('table', { name: /Lists of/ }).getByRole('row', { name: /^3RC/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Iraq, Lebanon');
    expect(await row.textContent()).toContain('Recorded by the ISU');

    // Usable at 360 px: nothing wider than the screen but the table, which scrolls in its own frame.
    await admin.setViewportSize({ width: 360, height: 800 });
    const overflow = await admin.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(admin);
    await screenshot(admin, 'workspace-populations-360');

    const visitor = await (await app.browser.newContext()).newPage();
    await visitor.goto(`${app.server.url}/indicators/${INDICATOR}`);
    await visitor.getByRole('heading', { name: /^The population/ }).waitFor();
    // The States are named once their names have loaded (codes until then).
    const item = visitor.locator('.counted-population li[data-cycle="3RC"]').filter({ hasText: 'Iraq' });
    await item.waitFor();
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('Iraq');
    expect(text).toContain('Lebanon');
    expect(await item.getAttribute('data-size')).toBe('2');
    await expectNoAxeViolations(visitor);
  });
});
