// The next plan, in Chromium: an admin imports a small plan file (dry run, then apply), adds a cycle to it, enters a
// figure, publishes the plan and the cycle; a delegate then sees the new plan on the overview, the LAP as an earlier
// plan, and the LAP's results page. The plan file is the documented example (a fixture, never bundled).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/src/api-paths.ts';
import { ActionPlansResponseSchema } from '../../shared/src/schemas/api.ts';
import { PlanResultsResponseSchema } from '../../shared/src/schemas/plans.ts';
import { REPO_ROOT } from '../helpers/app.ts';
import { expectNoAxeViolations, openPage, screenshot } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';
import { openEntryForm, openEntryGrid } from '../helpers/e2e-workspace.ts';
import { signedInPage } from '../helpers/e2e-accounts.ts';

const EMAIL = 'admin@next-plan.test';
const PLAN_FILE = resolve(REPO_ROOT, 'docs/examples/next-plan.example.json');
const PLAN_TITLE = 'Example next action plan (fixture, not a real plan)';
const INDICATOR = 'nap-a1-re-integrated';

const app = browserAppPerFile({ accounts: [{ email: EMAIL }] });

describe('setting up the next plan', () => {
  it('an admin imports a plan file, adds a cycle, enters a figure and publishes; a delegate sees the new plan and the LAP’s results', async () => {
    const { page } = await signedInPage(app.browser, app.server.url, EMAIL);

    // Import the plan file: the dry run lists what will be created; nothing exists until it is applied.
    await page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Plans' }).click();
    await page.getByRole('heading', { level: 1, name: 'Action plans' }).waitFor();
    await page.goto(`${app.server.url}/workspace/plans/import`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('Plan file (JSON or CSV)').setInputFiles(PLAN_FILE);
    const apply = page.getByRole('button', { name: /^Create the plan/ });
    expect(await apply.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: /What .* would create/ }).waitFor();
    for (const id of ['nap-a1-re-integrated', 'nap-a2-tailored-re', 'nap-a5-focal-points']) await page.getByRole('cell', { name: id, exact: true }).first().waitFor();
    const publicPlans = ActionPlansResponseSchema.parse(await (await fetch(`${app.server.url}${API_PATHS.actionPlans()}`)).json()).data;
    expect(publicPlans.map((p) => p.code)).toEqual(['LAP']);
    await expectNoAxeViolations(page);
    await screenshot(page, 'next-plan-import-dry-run');
    await page.getByRole('button', { name: 'Create the plan NAP' }).click();
    await page.getByText('NAP is created, not yet published.').waitFor();

    // Still nothing public: the delegate's overview is the LAP's, and the NAP's address is not found.
    expect((await fetch(`${app.server.url}${API_PATHS.actionPlan('NAP')}`)).status).toBe(404);

    // Add a reporting cycle to the NAP on the Cycles screen.
    await page.goto(`${app.server.url}/workspace`);
    await page.getByRole('heading', { level: 1, name: 'Reporting cycles' }).waitFor();
    await page.getByLabel('Plan', { exact: true }).selectOption('NAP');
    await page.getByLabel(/^Code/).fill('14MSP');
    await page.getByLabel(/^Year/).fill('2027');
    await page.getByLabel(/^Meeting/).fill('Fourteenth Meeting of States Parties');
    await page.getByRole('button', { name: 'Add the cycle' }).click();
    await page.getByText('14MSP has been added.').waitFor();

    // Enter a figure for the NAP indicator in 14MSP.
    await openEntryGrid(page, '14MSP', 'risk-education');
    const row = await openEntryForm(page, INDICATOR);
    await row.getByLabel('Figure').fill('4');
    await row.getByLabel(/^Source/).fill('Article 7 reports 2027 (fixture)');
    await row.getByRole('button', { name: 'Save draft' }).click();
    await row.getByText('Saved as a draft.').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    // Publish the plan, then the cycle's figures.
    await page.goto(`${app.server.url}/workspace/plans/nap`);
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
    const delegate = await app.browser.newContext();
    const overview = await openPage(delegate, app.server, '/', 'main h1');
    await overview.getByRole('heading', { level: 1 }).filter({ hasText: PLAN_TITLE }).waitFor();
    const lapLink = overview.getByRole('link', { name: /Lausanne Action Plan/ }).first();
    await lapLink.waitFor();
    await expectNoAxeViolations(overview);
    await screenshot(overview, 'next-plan-overview');

    // The new indicator's page shows the figure entered and published.
    const indicator = await openPage(delegate, app.server, `/indicators/${INDICATOR}`, 'main h1', overview);
    await indicator.getByRole('rowheader', { name: '14MSP', exact: true }).first().waitFor();

    // The LAP's results page: every action's final status, what reached its target, what stayed flagged.
    const results = await openPage(delegate, app.server, '/plans/lap/results', 'main h1', indicator);
    await results.getByRole('heading', { level: 1 }).filter({ hasText: 'Lausanne Action Plan' }).waitFor();
    const body = await results.locator('main').innerText();
    expect(body).toMatch(/ended/i);
    const api = PlanResultsResponseSchema.parse(await (await fetch(`${app.server.url}${API_PATHS.planResults('LAP')}`)).json());
    expect(body).toContain(String(api.data.reachedTarget));
    expect(api.data.flagged.length).toBeGreaterThan(0);
    await expectNoAxeViolations(results);
    await screenshot(results, 'next-plan-lap-results');
  });
});
