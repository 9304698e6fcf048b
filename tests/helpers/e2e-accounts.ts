// Accounts for browser tests: created as an operator would (the user:create script against the server's database file),
// and signed in through the workspace's form.
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newPage } from './browser.ts';
import { REPO_ROOT } from './app.ts';

export const E2E_PASSWORD = 'correct horse battery staple';

export interface AccountOptions {
  role?: 'admin' | 'editor';
  password?: string;
}

/** Runs `npm run user:create` for the database at `databasePath`, with the password on stdin. */
export function createAccountWithScript(databasePath: string, email: string, { role = 'admin', password = E2E_PASSWORD }: AccountOptions = {}): void {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'server/src/scripts/user-create.ts', '--email', email, '--role', role, '--password-stdin'],
    { cwd: REPO_ROOT, input: `${password}\n`, encoding: 'utf8', env: { ...process.env, DATABASE_PATH: databasePath, LOG_LEVEL: 'warn' } },
  );
  if (result.status !== 0) throw new Error(`user:create failed: ${result.stderr}`);
}

/** Signs in through the workspace's form at `origin` and waits for the first workspace screen. */
export async function signInThroughTheForm(page: Page, origin: string, email: string, password = E2E_PASSWORD, path = '/workspace'): Promise<void> {
  await page.goto(`${origin}${path}`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reporting cycles' }).waitFor();
}

/** A page of a browser context of its own (its own session), signed in as `email` through the form. */
export async function signedInPage(
  browser: Browser,
  origin: string,
  email: string,
  { password = E2E_PASSWORD, width = 1280, height = 900 }: { password?: string; width?: number; height?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await newPage(context, width, height);
  await signInThroughTheForm(page, origin, email, password);
  return { context, page };
}

/** A browser context of its own, signed in through the API (for tests where the sign-in form is not what they look at). */
export async function signedInContext(browser: Browser, origin: string, email: string, password = E2E_PASSWORD): Promise<BrowserContext> {
  const context = await browser.newContext();
  const res = await context.request.post(`${origin}/api/v1/auth/sign-in`, { data: { email, password } });
  expect(res.status(), await res.text()).toBe(200);
  return context;
}
