// Every workspace screen, as an admin with work in progress (a new cycle with a draft), at 1280 and 360 px, in English
// and in Arabic (right to left): axe finds nothing and no screen scrolls the page sideways.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { newPage, screenshot } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';
import { signedInPage } from '../helpers/e2e-accounts.ts';

const EMAIL = 'a11y.admin@isu.test';

/** Every screen of the workspace, by its address after /workspace (the review and entry of the cycle with a draft). */
const SCREENS = [
  '',
  'entry?cycle=14MSP',
  'import',
  'review?cycle=14MSP',
  'history',
  'content',
  'translations',
  'overrides',
  'populations',
  'users',
  'account',
  'password',
  'plans',
  'plans/import',
  'plans/lap',
] as const;

const app = browserAppPerFile({ accounts: [{ email: EMAIL }] });
/** The admin's session, with the work in progress made before the tests. */
let context: BrowserContext;

beforeAll(async () => {
  const { context: signedIn, page } = await signedInPage(app.browser, app.server.url, EMAIL);
  context = signedIn;
  // Work in progress, so the review, history and entry screens show their tables rather than their empty states.
  const headers = { origin: app.server.url };
  const cycle = await context.request.post(`${app.server.url}/api/v1/workspace/cycles`, { headers, data: { code: '14MSP', actionPlan: 'LAP', year: 2026, meeting: 'Fourteenth Meeting of States Parties', startDate: '2026-09-01', endDate: '2026-09-03' } });
  expect(cycle.status()).toBe(201);
  const draft = await context.request.put(`${app.server.url}/api/v1/workspace/observations`, {
    headers,
    data: { indicatorId: 'a27-re-integrated', cycle: '14MSP', value: 10, source: 'Article 7 reports, 2026', note: 'Accessibility sweep' },
  });
  expect(draft.status(), await draft.text()).toBe(200);
  await page.close();
}, 60_000);

async function open(page: Page, path: string, lang: 'en' | 'ar'): Promise<void> {
  const separator = path.includes('?') ? '&' : '?';
  await page.goto(`${app.server.url}/workspace/${path}${separator}lang=${lang}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.locator('.ws-page [aria-busy="true"], .ws-page [role="progressbar"]').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  await page.waitForLoadState('networkidle');
}

async function axeProblems(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${label}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function overflowProblems(page: Page, label: string): Promise<string[]> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  return overflow > 0 ? [`${label}: the page scrolls sideways by ${overflow} px`] : [];
}

/** English at 1280 px and Arabic at 360 px get axe; every combination is checked for sideways scrolling. */
const RUNS = [
  { lang: 'en', width: 1280, axe: true },
  { lang: 'ar', width: 360, axe: true },
  { lang: 'en', width: 360, axe: false },
] as const;

describe('every workspace screen is accessible', () => {
  for (const run of RUNS) {
    it(`${run.axe ? 'axe finds nothing and ' : ''}nothing scrolls sideways in ${run.lang === 'en' ? 'English' : 'Arabic'} at ${run.width} px`, async () => {
      const page = await newPage(context, run.width, 900);
      const problems: string[] = [];
      for (const path of SCREENS) {
        await open(page, path, run.lang);
        const label = `/workspace/${path} (${run.lang}, ${run.width} px)`;
        expect(await page.evaluate(() => document.documentElement.dir), label).toBe(run.lang === 'ar' ? 'rtl' : 'ltr');
        if (run.axe) problems.push(...(await axeProblems(page, label)));
        problems.push(...(await overflowProblems(page, label)));
        if (run.width === 360 && run.axe) await screenshot(page, `workspace-a11y-${run.lang}-${path.replace(/[/?=]/g, '-') || 'cycles'}`);
      }
      await page.close();
      expect(problems).toEqual([]);
    }, 180_000);
  }
});
