// The server and Chromium one browser test file runs against: started before its first test, closed after its last.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { createAccountWithScript, type AccountOptions } from './e2e-accounts.ts';
import { startServer, type RunningServer } from './server.ts';

export interface BrowserApp {
  server: RunningServer;
  browser: Browser;
}

export interface BrowserAppOptions {
  /** The server's environment on top of the test defaults (e.g. a higher SIGNIN_RATE_LIMIT). */
  env?: Record<string, string>;
  /** Accounts created with the user:create script before the first test (admins unless a role is given). */
  accounts?: ({ email: string } & AccountOptions)[];
  /** Chromium's flags on top of the usual ones (see launchBrowser). */
  browserArgs?: string[];
}

/**
 * Before all tests of the file: the real server on its own database file, its accounts, and Chromium; both closed after
 * the file. The fields are set once the hook has run: read them inside hooks and tests.
 */
export function browserAppPerFile({ env = {}, accounts = [], browserArgs }: BrowserAppOptions = {}): BrowserApp {
  const app = {} as BrowserApp;
  beforeAll(async () => {
    [app.server, app.browser] = await Promise.all([startServer(env), launchBrowser(browserArgs ? { args: browserArgs } : {})]);
    for (const { email, ...options } of accounts) createAccountWithScript(app.server.databasePath, email, options);
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}

/** A folder of its own for the file's downloads and printouts: made before its first test, removed after its last. */
export function tempDirPerFile(prefix: string): { path: string } {
  const dir = { path: '' };
  beforeAll(() => {
    dir.path = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    if (dir.path) rmSync(dir.path, { recursive: true, force: true });
  });
  return dir;
}
