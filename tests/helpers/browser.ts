// Launches the Debian Chromium through playwright-core. No browser is ever downloaded; a missing one fails loudly.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { REPO_ROOT } from './app.ts';
import type { RunningServer } from './server.ts';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(REPO_ROOT, 'tests/screenshots');

/** `args` are added to the usual flags (e.g. `--host-resolver-rules=…` to reach the server under another host name). */
export async function launchBrowser(options: { args?: string[] } = {}): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(
      `No Chromium at ${CHROME_PATH}. Install Debian's package (sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium binary. Browser tests never download a browser.`,
    );
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.args ?? []),
    ],
  });
  // Every context the tests open reports its pages' uncaught errors and console errors (see takeBrowserErrors).
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    trapErrors(context);
    return context;
  };
  return browser;
}

const browserErrors: string[] = [];

/**
 * Console messages that say what the page did, not that it broke: the browser's own line for an HTTP error answer
 * (a 404 page, a refused sign-in, a 409 conflict are behaviour the tests ask for; the page shows them itself).
 */
const EXPECTED_CONSOLE = /^Failed to load resource: the server responded with a status of \d{3}/;

function trapErrors(context: BrowserContext): void {
  context.on('weberror', (error) => browserErrors.push(`uncaught on ${error.page()?.url() ?? '?'}: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() !== 'error' || EXPECTED_CONSOLE.test(message.text())) return;
    browserErrors.push(`console.error on ${message.page()?.url() ?? '?'}: ${message.text().slice(0, 500)}`);
  });
}

/** The uncaught errors and console errors of every page since the last call (the e2e set-up fails a test on any). */
export function takeBrowserErrors(): string[] {
  return browserErrors.splice(0);
}

/** A new page of `context` at width × height. */
export async function newPage(context: BrowserContext, width = 1280, height = 900): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  return page;
}

/** A request from inside the page, as the workspace makes it (same origin, the page's session cookie): its status and JSON body (null when none). */
export async function requestFromPage(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(path, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.text();
      return { status: res.status, json: text ? (JSON.parse(text) as unknown) : null };
    },
    { method, path, body },
  );
}

/**
 * Starts using the page as a reader does (a pointer move), so that charts shown as static SVG until then are drawn by
 * recharts, and waits until they are.
 */
/** Waits until React has taken the page over (<html data-interactive>): before that, a choice in a form is not acted on. */
export async function waitForInteractive(page: Page): Promise<void> {
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
}

export async function drawCharts(page: Page): Promise<void> {
  const hasStatic = () => page.evaluate(() => document.querySelector('[data-testid="static-chart"]') !== null);
  if (!(await hasStatic())) {
    await page.mouse.move(2, 2);
    return;
  }
  // Once the page has loaded what it draws first (its scripts listen for the pointer by then).
  await page.waitForLoadState('networkidle');
  for (let attempt = 0; ; attempt++) {
    await page.mouse.move(2 + (attempt % 2), 2);
    try {
      await page.waitForFunction(() => !document.querySelector('[data-testid="static-chart"]'), undefined, { timeout: 1_000 });
      return;
    } catch (error) {
      if (attempt >= 14) throw new Error('The static charts were never replaced by recharts after the pointer moved', { cause: error });
    }
  }
}

/** Opens a path of the running server and waits for `ready`; if it never shows, says why (a dead server, or what the page shows). */
export async function openPage(context: BrowserContext, server: RunningServer, path: string, ready: string, page?: Page): Promise<Page> {
  const p = page ?? (await context.newPage());
  await p.goto(`${server.url}${path}`);
  try {
    await waitForInteractive(p);
    // A reader moves the pointer: the charts shown as static SVG at first are drawn by recharts.
    await drawCharts(p);
    await p.locator(ready).first().waitFor({ state: 'visible', timeout: 15_000 });
  } catch (error) {
    const exit = server.process.exitCode ?? server.process.signalCode;
    const shown = (await p.locator('main').first().textContent().catch(() => null))?.slice(0, 300);
    throw new Error(`${path}: "${ready}" did not appear (server ${exit === null ? 'running' : `exited: ${String(exit)}`}; page shows: ${shown ?? 'nothing'}). Server output: ${server.output().slice(-1500)}`, { cause: error });
  }
  return p;
}

/** axe finds nothing; a failure lists each rule with the elements it flagged. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
}

/** No WCAG 2.2 A/AA violation (axe's WCAG rules only), each one listed with the screen it was found on. */
export async function expectAxeClean(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const violations = results.violations.map((v) => `${screen}: ${v.id} (${v.impact ?? ''}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations).toEqual([]);
}

/** A full-page screenshot in tests/screenshots, to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
