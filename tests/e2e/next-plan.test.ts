// The next plan, in Chromium: an admin imports a small plan file (dry run, then apply), adds a cycle to it, enters a
// figure, publishes the plan and the cycle; a delegate then sees the new plan on the overview, the LAP as an earlier
// plan, and the LAP's results page. The plan file is the documented example (a fixture, never bundled).
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { API_PATHS } from '../../shared/src/api-paths.ts';
import { ActionPlansResponseSchema } from '../../shared/src/schemas/api.ts';
import { PlanResultsResponseSchema } from '../../shared/src/schemas/plans.ts';
import { REPO_ROOT } from '../helpers/app.ts';
import { expectNoAxeViolations, launchBrowser, openPage, screenshot } from '../helpers/browser.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { createAccountWithScript, signInThroughTheForm } from '../helpers/e2e-accounts.ts';

const EMAIL = 'admin@next-plan.test';
const PASSWORD = 'correct horse battery staple';
const PLAN_FILE = resolve(REPO_ROOT, 'docs/examples/next-plan.example.json');
const PLAN_TITLE = 'Example next action plan (fixture, not a real plan)';
const INDICATOR = 'nap-a1-re-integrated';

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let delegate: BrowserContext;
const pageErrors: string[] = [];

async function newPage(context: BrowserContext, width = 1280, height = 900): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

beforeAll(async () => {
  server = await startServer();
  createAccountWithScript(server.databasePath, EMAIL, { password: PASSWORD });
  browser = await launchBrowser();
  admin = await browser.newContext();
  delegate = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('setting up the next plan', () => {
  it('an admin imports a plan file, adds a cycle, enters a figure and publishes; a delegate sees the new plan and the LAP’s results', async () => {
    const page = await newPage(admin);

    await signInThroughTheForm(page, server.url, EMAIL, PASSWORD);

    // Import the plan file: the dry run lists what will be created; nothing exists until it is applied.
    await page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Plans' }).click();
    await page.getByRole('heading', { level: 1, name: 'Action plans' }).waitFor();
    await page.goto(`${server.url}/workspace/plans/import`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('Plan file (JSON or CSV)').setInputFiles(PLAN_FILE);
    const apply = page.getByRole('button', { name: /^Create the plan/ });
    expect(await apply.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: /What .* would create/ }).waitFor();
    for (const id of ['nap-a1-re-integrated', 'nap-a2-tailored-re', 'nap-a5-focal-points']) await page.getByRole('cell', { name: id, exact: true }).first().waitFor();
    const publicPlans = ActionPlansResponseSchema.parse(await (await fetch(`${server.url}${API_PATHS.actionPlans()}`)).json()).data;
    expect(publicPlans.map((p) => p.code)).toEqual(['LAP']);
    await expectNoAxeViolations(page);
    await screenshot(page, 'next-plan-import-dry-run');
    await page.getByRole('button', { name: 'Create the plan NAP' }).click();
    await page.getByText('NAP is created, not yet published.').waitFor();

    // Still nothing public: the delegate's overview is the LAP's, and the NAP's address is not found.
    expect((await fetch(`${server.url}${API_PATHS.actionPlan('NAP')}`)).status).toBe(404);

    // Add a reporting cycle to the NAP on the Cycles screen.
    await page.goto(`${server.url}/workspace`);
    await page.getByRole('heading', { level: 1, name: 'Reporting cycles' }).waitFor();
    await page.getByLabel('Plan', { exact: true }).selectOption('NAP');
    await page.getByLabel(/^Code/).fill('14MSP');
    await page.getByLabel(/^Year/).fill('2027');
    await page.getByLabel(/^Meeting/).fill('Fourteenth Meeting of States Parties');
    await page.getByRole('button', { name: 'Add the cycle' }).click();
    await page.getByText('14MSP has been added.').waitFor();

    // Enter a figure for the NAP indicator in 14MSP.
    await page.getByRole('link', { name: 'Enter figures 14MSP' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enter figures' }).waitFor();
    await page.getByLabel('Pillar', { exact: true }).selectOption('risk-education');
    // The grid's Details dialog holds the row's whole form.
    await page.locator(`#grid-${INDICATOR}-details`).click();
    const row = page.getByRole('dialog').locator(`form#entry-${INDICATOR}`);
    await row.waitFor();
    await row.getByLabel('Figure').fill('4');
    await row.getByLabel(/^Source/).fill('Article 7 reports 2027 (fixture)');
    await row.getByRole('button', { name: 'Save draft' }).click();
    await row.getByText('Saved as a draft.').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    // Publish the plan, then the cycle's figures.
    await page.goto(`${server.url}/workspace/plans/nap`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'NAP' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'next-plan-setup');
    await page.getByRole('button', { name: 'Publish NAP' }).click();
    await page.getByRole('button', { name: 'Yes, publish NAP' }).click();
    await page.getByText(/^NAP is published/).first().waitFor();
    await page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Review and publish' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review and publish' }).waitFor();
    await page.getByLabel('Cycle', { exact: true }).selectOption('14MSP');
    await page.getByRole('button', { name: 'Publish 14MSP…' }).click();
    await page.getByRole('button', { name: 'Yes, publish 14MSP' }).click();
    await page.getByRole('status').filter({ hasText: '14MSP is published' }).waitFor();
    await page.close();

    // A delegate: the overview shows the new plan, with the LAP among the earlier plans.
    const overview = await openPage(delegate, server, '/', 'main h1');
    await overview.getByRole('heading', { level: 1 }).filter({ hasText: PLAN_TITLE }).waitFor();
    const lapLink = overview.getByRole('link', { name: /Lausanne Action Plan/ }).first();
    await lapLink.waitFor();
    await expectNoAxeViolations(overview);
    await screenshot(overview, 'next-plan-overview');

    // The new indicator's page shows the figure entered and published.
    const indicator = await openPage(delegate, server, `/indicators/${INDICATOR}`, 'main h1', overview);
    await indicator.getByRole('rowheader', { name: '14MSP', exact: true }).first().waitFor();

    // The LAP's results page: every action's final status, what reached its target, what stayed flagged.
    const results = await openPage(delegate, server, '/plans/lap/results', 'main h1', indicator);
    await results.getByRole('heading', { level: 1 }).filter({ hasText: 'Lausanne Action Plan' }).waitFor();
    const body = await results.locator('main').innerText();
    expect(body).toMatch(/ended/i);
    const api = PlanResultsResponseSchema.parse(await (await fetch(`${server.url}${API_PATHS.planResults('LAP')}`)).json());
    expect(body).toContain(String(api.data.reachedTarget));
    expect(api.data.flagged.length).toBeGreaterThan(0);
    await expectNoAxeViolations(results);
    await screenshot(results, 'next-plan-lap-results');

    expect(pageErrors).toEqual([]);
  });
});
