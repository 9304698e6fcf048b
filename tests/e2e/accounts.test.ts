// Accounts in Chromium: an admin issues a new one-time password and the editor's open session ends (their next click
// lands on the sign-in page), then the editor signs in with it and must change it; deactivation refuses the sign-in with
// its own message and reactivation lets it in again; a role change shows at once; a user ends another of their own
// sessions. axe on the accounts screen and on Your account at 1280 px, at 360 px and in Arabic (right to left).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectAxeClean, newPage, SCREENSHOT_DIR } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';
import { E2E_PASSWORD, signedInContext as signedInContextOf, signInThroughTheForm } from '../helpers/e2e-accounts.ts';

const ADMIN = 'admin@accounts.test';
/** The editor the tests manage, with a password of their own from the start. */
const EDITOR = 'editor@accounts.test';
const EDITOR_OWN = 'the editor’s own long passphrase';
/** An editor of the password-reset test alone, so the others never depend on the password it ends with. */
const RESET_EDITOR = 'reset.editor@accounts.test';

// Many sign-ins in a minute from one address: more than the default per-minute limit allows.
const app = browserAppPerFile({
  env: { SIGNIN_RATE_LIMIT: '100' },
  accounts: [{ email: ADMIN }, { email: EDITOR, role: 'editor', password: EDITOR_OWN }, { email: RESET_EDITOR, role: 'editor' }],
});
/** The admin's session, for every test. */
let admin: BrowserContext;

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `accounts-${name}.png`), fullPage: true });

/** A browser context signed in through the API (the editor's sign-ins go through the form, where they matter). */
const signedInContext = (email: string, password = E2E_PASSWORD): Promise<BrowserContext> => signedInContextOf(app.browser, app.server.url, email, password);

/** The accounts screen with an editor's panel open. */
async function openEditorPanel(page: Page, editor = EDITOR): Promise<void> {
  await page.goto(`${app.server.url}/workspace/users`);
  await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
  await page.getByRole('button', { name: `Manage ${editor}` }).click();
  await page.getByRole('heading', { level: 2, name: `Manage ${editor}` }).waitFor();
}

const editorRow = (page: Page, editor = EDITOR) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: editor, exact: true }) });

beforeAll(async () => {
  admin = await signedInContext(ADMIN);
});

describe('accounts', () => {
  it('a password reset ends the editor’s open session; the one-time password signs in and must be changed', async () => {
    const editorContext = await app.browser.newContext();
    const editor = await newPage(editorContext);
    await signInThroughTheForm(editor, app.server.url, RESET_EDITOR);

    const page = await newPage(admin);
    await openEditorPanel(page, RESET_EDITOR);
    await expect(editorRow(page, RESET_EDITOR).getByRole('cell').nth(3).textContent()).resolves.toBe('1');
    const sessions = page.getByRole('list', { name: `Sessions of ${RESET_EDITOR}` });
    await expect(sessions.getByRole('listitem').allTextContents()).resolves.toEqual([expect.stringMatching(/^Chrome on Linux/)]);

    await page.getByRole('button', { name: 'Issue a new one-time password' }).click();
    await page.getByText(`Issue a new one-time password for ${RESET_EDITOR}? Their current password stops working and all their sessions end at once.`).waitFor();
    await page.getByRole('button', { name: 'Issue the password' }).click();
    const issued = page.getByRole('status').filter({ hasText: `New one-time password for ${RESET_EDITOR}` });
    await issued.waitFor();
    await expect(issued.textContent()).resolves.toContain('Their old sessions have been ended');
    const oneTimePassword = (await issued.locator('code').textContent()) ?? '';
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(20);
    await page.getByText('No open session.').waitFor();
    await expect(editorRow(page, RESET_EDITOR).getByRole('cell').nth(2).textContent()).resolves.toBe('One-time password, not yet changed');
    await expectAxeClean(page, 'accounts, password issued');
    await shot(page, 'reset-1280');

    // The editor's next action finds the session ended: the sign-in page.
    await editor.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Enter figures' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    // The old password no longer opens it; the one-time password does, and must be changed first.
    await editor.getByLabel('Email address').fill(RESET_EDITOR);
    await editor.getByLabel('Password').fill(E2E_PASSWORD);
    await editor.getByRole('button', { name: 'Sign in' }).click();
    await editor.getByRole('alert').filter({ hasText: 'The email address or the password is not right.' }).waitFor();
    await editor.getByLabel('Password').fill(oneTimePassword);
    await editor.getByRole('button', { name: 'Sign in' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor();
    await editor.getByLabel(/^Current password/).fill(oneTimePassword);
    await editor.getByLabel(/^New password \*/).fill(EDITOR_OWN);
    await editor.getByLabel(/^New password, again/).fill(EDITOR_OWN);
    await editor.getByRole('button', { name: 'Change password' }).click();
    // Back on the screen the editor had asked for.
    await editor.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Enter figures', exact: true }).waitFor();
    expect(await editor.getByRole('heading', { level: 1, name: 'Change your password' }).count()).toBe(0);
    await editorContext.close();
    await page.close();
  });

  it('a deactivated account cannot sign in and is told why; reactivated, it can', async () => {
    const editorContext = await app.browser.newContext();
    const editor = await newPage(editorContext);
    await signInThroughTheForm(editor, app.server.url, EDITOR, EDITOR_OWN);

    const page = await newPage(admin);
    await openEditorPanel(page);
    await page.getByRole('button', { name: 'Deactivate the account' }).click();
    // The editor's sessions: this one, and any other test left open.
    await page.getByText(new RegExp(`^Deactivate ${EDITOR}\\? They can no longer sign in, and their (open session ends|\\d+ open sessions end) at once\\.$`)).waitFor();
    await page.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `${EDITOR} is deactivated; its sessions have ended.` }).waitFor();
    await expect(editorRow(page).getByRole('cell').nth(1).textContent()).resolves.toBe('Deactivated');

    await editor.getByRole('link', { name: 'Your account' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await editor.getByLabel('Email address').fill(EDITOR);
    await editor.getByLabel('Password').fill(EDITOR_OWN);
    await editor.getByRole('button', { name: 'Sign in' }).click();
    await editor.getByRole('alert').filter({ hasText: 'This account is deactivated. Ask an ISU administrator to reactivate it.' }).waitFor();
    await expectAxeClean(editor, 'sign-in refused, deactivated');

    await page.getByRole('button', { name: 'Reactivate the account' }).click();
    await page.getByRole('button', { name: 'Reactivate', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `${EDITOR} is active again and can sign in.` }).waitFor();
    await expect(editorRow(page).getByRole('cell').nth(1).textContent()).resolves.toBe('Active');

    await editor.getByRole('button', { name: 'Sign in' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await editorContext.close();
    await page.close();
  });

  it('a role change shows in the list and in the other person’s workspace', async () => {
    const editorContext = await signedInContext(EDITOR, EDITOR_OWN);
    const editor = await newPage(editorContext);
    await editor.goto(`${app.server.url}/workspace`);
    const tabs = editor.getByRole('navigation', { name: 'Workspace sections' });
    await tabs.getByRole('link', { name: 'Cycles' }).waitFor();
    expect(await tabs.getByRole('link', { name: 'Accounts' }).count()).toBe(0);

    const page = await newPage(admin);
    await openEditorPanel(page);
    await page.locator('#account-panel select').selectOption('admin');
    await page.getByRole('button', { name: 'Save the role' }).click();
    await page.getByRole('status').filter({ hasText: `${EDITOR} is now Administrator.` }).waitFor();
    await expect(editorRow(page).getByRole('cell').first().textContent()).resolves.toBe('Administrator');

    await editor.reload();
    await tabs.getByRole('link', { name: 'Accounts' }).waitFor();

    await page.locator('#account-panel select').selectOption('editor');
    await page.getByRole('button', { name: 'Save the role' }).click();
    await page.getByRole('status').filter({ hasText: `${EDITOR} is now Editor.` }).waitFor();
    await expect(editorRow(page).getByRole('cell').first().textContent()).resolves.toBe('Editor');
    await editorContext.close();
    await page.close();
  });

  it('Your account lists your sessions; you end another one, and that browser is signed out', async () => {
    const elsewhere = await signedInContext(ADMIN);
    const page = await newPage(admin);
    await page.goto(`${app.server.url}/workspace`);
    await page.getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    const list = page.getByRole('list', { name: 'Your sessions' });
    await list.waitFor();
    await expect(list.getByRole('listitem').count()).resolves.toBe(2);
    await list.getByRole('listitem').filter({ hasText: 'This session' }).getByText('Sign out to end it.').waitFor();
    await expectAxeClean(page, 'your account');
    await list.getByRole('button', { name: 'End this session' }).click();
    await page.getByRole('status').filter({ hasText: 'The session has ended.' }).waitFor();
    await expect(list.getByRole('listitem').count()).resolves.toBe(1);

    const other = await newPage(elsewhere);
    await other.goto(`${app.server.url}/workspace`);
    await other.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await elsewhere.close();
    await page.close();
  });

  it('the accounts screens are accessible at 1280 px, at 360 px and in Arabic (right to left)', async () => {
    // A second session of the admin, so Your account lists one to end.
    const arabic = await signedInContext(ADMIN);
    // The editor has a session, so the panel lists one.
    const editor = await signedInContext(EDITOR, EDITOR_OWN);
    for (const [context, lang] of [
      [admin, 'en'],
      [arabic, 'ar'],
    ] as const) {
      for (const width of [1280, 360]) {
        const page = await newPage(context, width, 800);
        const screen = `${lang} ${width} px`;
        await page.goto(`${app.server.url}/workspace/users?lang=${lang}`);
        await page.locator('.acc-table').waitFor();
        await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe(lang === 'ar' ? 'rtl' : 'ltr');
        await page.locator(`#manage-${await editorIdOf(page)}`).click();
        await page.locator('#account-panel .acc-sessions').waitFor();
        await expectAxeClean(page, `accounts ${screen}`);
        // Open a question too: it is part of the screen.
        await page.locator('#account-panel .ws-button--danger').first().click();
        await expectAxeClean(page, `accounts, question open, ${screen}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `accounts ${screen}: the page scrolls sideways`).toBeLessThanOrEqual(0);
        await shot(page, `users-${lang}-${width}`);

        await page.goto(`${app.server.url}/workspace/account?lang=${lang}`);
        await page.locator('.acc-sessions').waitFor();
        await expectAxeClean(page, `your account ${screen}`);
        const accountOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(accountOverflow, `your account ${screen}: the page scrolls sideways`).toBeLessThanOrEqual(0);
        await shot(page, `account-${lang}-${width}`);
        await page.close();
      }
    }
    // The admin's second session ends here, so no other test finds it.
    const signOut = await arabic.request.post(`${app.server.url}/api/v1/auth/sign-out`, { headers: { origin: app.server.url } });
    expect(signOut.status(), await signOut.text()).toBeLessThan(300);
    await arabic.close();
    await editor.close();
  });
});

/** The editor's account id, from the accounts API the page itself uses. */
async function editorIdOf(page: Page): Promise<number> {
  const res = await page.request.get(`${app.server.url}/api/v1/workspace/users`);
  const users = ((await res.json()) as { data: { id: number; email: string }[] }).data;
  return users.find((u) => u.email === EDITOR)?.id ?? 0;
}
