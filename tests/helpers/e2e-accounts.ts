// Accounts for browser tests: created as an operator would (the user:create script against the server's database file),
// and signed in through the workspace's form.
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './app.ts';

export const E2E_PASSWORD = 'correct horse battery staple';

/** Runs `npm run user:create` for the database at `databasePath`, with the password on stdin. */
export function createAccountWithScript(databasePath: string, email: string, { role = 'admin', password = E2E_PASSWORD }: { role?: 'admin' | 'editor'; password?: string } = {}): void {
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
