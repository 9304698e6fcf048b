// Who is counted, entered in Chromium: an editor ticks the States behind a figure (a10-withdrawals × 13MSP), sees the
// derived count and saves; an admin publishes 13MSP; the public indicator page names the States. axe on the entry form.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, SCREENSHOT_DIR } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';
import { signedInPage } from '../helpers/e2e-accounts.ts';

const EDITOR = 'counted.editor@isu.test';
const ADMIN = 'counted.admin@isu.test';
const INDICATOR = 'a10-withdrawals';

const app = browserAppPerFile({ accounts: [{ email: EDITOR, role: 'editor' }, { email: ADMIN }] });

/** A signed-in page of its own browser context (its own session). */
const signedIn = async (email: string): Promise<Page> => (await signedInPage(app.browser, app.server.url, email)).page;

describe('who is counted, entered by the ISU', () => {
  it('an editor ticks States and saves the derived count; an admin publishes; the public page names them', async () => {
    const editor = await signedIn(EDITOR);
    await editor.goto(`${app.server.url}/workspace/entry?cycle=13MSP&pillar=universalization`);
    // The grid's Details dialog holds the row's whole form, who is counted included.
    await editor.locator(`#grid-${INDICATOR}-details`).click();
    const form = editor.getByRole('dialog').locator(`#entry-${INDICATOR}`);
    await form.waitFor();
    await form.getByRole('button', { name: /Who is counted: 1 State ticked/ }).click();
    const group = form.getByRole('group', { name: 'Who is counted' });
    await group.waitFor();
    await expect.poll(() => group.getByRole('checkbox', { name: /Lithuania/ }).isChecked()).toBe(true);

    await group.getByLabel('Find a State (name or code)').fill('spain');
    await group.getByRole('checkbox', { name: /Spain/ }).check();
    await group.getByLabel('The list is complete').check();
    await expect.poll(() => group.getByRole('status').textContent()).toContain('2 States ticked: the figure is 2.');
    await expect.poll(() => form.getByLabel('Figure').inputValue()).toBe('2');
    await form.getByLabel(/^Reason/).fill('A second withdrawal was notified.');
    await expectNoAxeViolations(editor);
    await editor.screenshot({ path: join(SCREENSHOT_DIR, 'workspace-counted-entry.png'), fullPage: false });
    await form.getByRole('button', { name: 'Save draft' }).click();
    await form.getByRole('status').filter({ hasText: /saved/i }).waitFor();

    const admin = await signedIn(ADMIN);
    await admin.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Review and publish' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Review and publish' }).waitFor();
    await admin.getByLabel('Cycle', { exact: true }).selectOption('13MSP');
    await admin.getByText(/\+1 State: ESP/).waitFor();
    await admin.getByRole('button', { name: 'Publish 13MSP…' }).click();
    await admin.getByRole('button', { name: 'Yes, publish 13MSP' }).click();
    await admin.getByRole('status').filter({ hasText: '13MSP is published' }).waitFor();

    const visitor = await (await app.browser.newContext()).newPage();
    await visitor.goto(`${app.server.url}/indicators/${INDICATOR}`);
    await visitor.getByText('Spain').first().waitFor();
    expect(await visitor.getByText('Lithuania').count()).toBeGreaterThan(0);
  });
});
