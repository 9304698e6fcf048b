// Review and publish in Chromium: two drafts, one published as a selection after the summary of what changes publicly;
// an override drafted and published shows on the public badge with "Set by the ISU" and moves the overview's counts;
// a new figure reverted and published is listed publicly under "Withdrawn figures"; the last publication is undone;
// axe on the review, history and overrides screens at 1280 and 360 px and in Arabic.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { IndicatorResponseSchema, IndicatorsResponseSchema, SummaryResponseSchema, type Indicator } from '../../shared/src/schemas/api.ts';
import { isFlagged } from '../../shared/src/schemas/common.ts';
import { ChangeResponseSchema } from '../../shared/src/schemas/workspace-changes.ts';
import { StatusOverrideResponseSchema } from '../../shared/src/schemas/workspace-content.ts';
import { OverridesResponseSchema } from '../../shared/src/schemas/publishing.ts';
import { expectNoAxeViolations, requestFromPage, screenshot } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';
import { signedInPage } from '../helpers/e2e-accounts.ts';

const ADMIN = 'admin@publishing.test';
const FIRST = 'a19-strategies-work-plans';
const SECOND = 'a28-tailored-re';
const JUSTIFICATION = 'Three States Parties reported no progress since the last meeting.';

const app = browserAppPerFile({ accounts: [{ email: ADMIN }] });
/** The admin's page, signed in once: every test works in it. */
let page: Page;
/** The id of FIRST's 14MSP draft, made before the tests. */
let firstDraft: number;

/** A request from inside the signed-in page (same origin, its session cookie). */
const api = (method: string, path: string, body?: unknown) => requestFromPage(page, method, path, body);

async function publishDrafts(selection: { changeIds?: number[]; overrideIds?: number[] }): Promise<void> {
  const res = await api('POST', '/api/v1/workspace/publications', selection);
  expect(res.status, JSON.stringify(res.json)).toBe(200);
}

/** FIRST's 14MSP figure public, as the first test leaves it: published here when that test did not run before. */
async function firstFigurePublished(): Promise<void> {
  if ((await publicIndicator(FIRST)).observations.some((o) => o.cycle === '14MSP')) return;
  await publishDrafts({ changeIds: [firstDraft] });
}

/** An override in force, as the second test leaves one: set and published here when that test did not run before. */
async function anOverrideInForce(): Promise<void> {
  const overrides = OverridesResponseSchema.parse((await api('GET', '/api/v1/workspace/overrides')).json).data;
  if (overrides.inForce.length > 0) return;
  const drafted = await api('POST', '/api/v1/workspace/indicators/a33-focal-points/override', { code: 'stalled', justification: JUSTIFICATION });
  expect(drafted.status, JSON.stringify(drafted.json)).toBe(200);
  await publishDrafts({ overrideIds: [StatusOverrideResponseSchema.parse(drafted.json).data.id] });
}
const publicIndicator = async (id: string) => IndicatorResponseSchema.parse(await (await fetch(`${app.server.url}/api/v1/indicators/${id}`)).json()).data;
const summaryCounts = async () => SummaryResponseSchema.parse(await (await fetch(`${app.server.url}/api/v1/action-plans/lap/summary`)).json()).data.counts;

async function openReview(cycle = '14MSP') {
  await page.goto(`${app.server.url}/workspace/review?cycle=${cycle}`);
  await page.getByRole('heading', { level: 1, name: 'Review and publish' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Publications' }).waitFor();
}

beforeAll(async () => {
  ({ page } = await signedInPage(app.browser, app.server.url, ADMIN));
  expect((await api('POST', '/api/v1/workspace/cycles', { code: '14MSP', actionPlan: 'LAP', year: 2026, meeting: 'Fourteenth Meeting of States Parties' })).status).toBe(201);
  for (const [indicatorId, value] of [[FIRST, 10], [SECOND, 1]] as const) {
    const res = await api('PUT', '/api/v1/workspace/observations', { indicatorId, cycle: '14MSP', value, denominator: 10, source: 'Article 7 reports 2026', note: 'Confirmed with the reports.' });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    if (indicatorId === FIRST) firstDraft = ChangeResponseSchema.parse(res.json).data.id;
  }
});

describe('review and publish', () => {
  it('publishes one selected draft after a summary that names the status change; the other stays a draft', async () => {
    const before = await publicIndicator(FIRST);
    await openReview();
    const row = page.locator(`tr[data-indicator="${FIRST}"]`);
    await row.getByRole('rowheader', { name: before.title }).waitFor();
    await row.getByText('10 of 10').waitFor();
    await row.getByText('Article 7 reports 2026').waitFor();
    await row.getByText('Confirmed with the reports.').waitFor();
    await row.getByText(ADMIN).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'publishing-review');

    await page.getByRole('checkbox', { name: `Select the draft of ${before.title} for 14MSP` }).check();
    await page.getByRole('button', { name: 'Publish the selected draft…' }).click();
    const summary = page.locator('[data-publish-summary]');
    await summary.getByRole('heading', { name: 'Public statuses that change' }).waitFor();
    // The status the rule gives with the draft, named before anything is published.
    const change = summary.locator(`[data-summary="statuses"] li[data-indicator="${FIRST}"]`);
    await change.waitFor();
    const after = await change.locator('.status-badge').last().getAttribute('data-status');
    expect(await change.locator('.status-badge').first().getAttribute('data-status')).toBe(before.status.code);
    expect(after).not.toBe(before.status.code);
    await expectNoAxeViolations(page);
    await screenshot(page, 'publishing-summary');
    expect((await publicIndicator(FIRST)).observations.map((o) => o.cycle)).not.toContain('14MSP');

    await page.getByRole('button', { name: 'Yes, publish the selection' }).click();
    await page.getByRole('status').filter({ hasText: '1 draft is now public.' }).waitFor();
    const published = await publicIndicator(FIRST);
    expect(published.observations.find((o) => o.cycle === '14MSP')).toMatchObject({ value: 10, denominator: 10 });
    expect(published.status.code).toBe(after);
    expect((await publicIndicator(SECOND)).observations.map((o) => o.cycle)).not.toContain('14MSP');
    await page.locator(`tr[data-indicator="${SECOND}"]`).waitFor();
    expect(await page.locator(`tr[data-indicator="${FIRST}"]`).count()).toBe(0);

    await page.goto(`${app.server.url}/indicators/${FIRST}`);
    await page.getByRole('rowheader', { name: '14MSP', exact: true }).first().waitFor();
  });

  it('an override drafted and published shows on the public badge with “Set by the ISU” and changes the counts', async () => {
    const all = IndicatorsResponseSchema.parse(await (await fetch(`${app.server.url}/api/v1/action-plans/lap/indicators`)).json()).data;
    const target = all.find((i: Indicator) => !isFlagged(i.status.code) && i.status.code !== 'insufficient_data' && i.id !== FIRST && i.id !== SECOND);
    if (!target) throw new Error('no unflagged indicator');
    const countsBefore = await summaryCounts();

    await page.goto(`${app.server.url}/workspace/overrides?indicator=${target.id}`);
    await page.getByRole('heading', { level: 1, name: 'Status overrides' }).waitFor();
    await page.getByLabel('Status to show').selectOption('stalled');
    await page.getByLabel('Justification').fill(JUSTIFICATION);
    await page.getByRole('button', { name: 'Set the override' }).click();
    await page.getByRole('status').filter({ hasText: 'is drafted' }).waitFor();
    await page.locator(`[data-overrides="override-drafts"] tr[data-indicator="${target.id}"]`).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'publishing-overrides');
    expect((await publicIndicator(target.id)).status.code).toBe(target.status.code);

    await openReview();
    await page.getByRole('checkbox', { name: `Select the override draft of ${target.title}` }).check();
    await page.getByRole('button', { name: 'Publish the selected draft…' }).click();
    const summary = page.locator('[data-publish-summary]');
    await summary.locator('[data-summary="flags"]').getByText(`${target.title} is flagged (Stalled).`).waitFor();
    await page.getByRole('button', { name: 'Yes, publish the selection' }).click();
    await page.getByRole('status').filter({ hasText: '1 draft is now public.' }).waitFor();

    await page.goto(`${app.server.url}/indicators/${target.id}`);
    const header = page.locator('.indicator-page__header');
    await header.locator('.status-badge[data-status="stalled"]').waitFor();
    await header.getByText('Set by the ISU:').waitFor();
    await header.getByText(JUSTIFICATION).waitFor();
    await header.getByText(/The rule gives: /).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'publishing-override-public');

    const countsAfter = await summaryCounts();
    expect(countsAfter.stalled).toBe((countsBefore.stalled ?? 0) + 1);
    await page.goto(`${app.server.url}/`);
    const stalled = page.locator('li[data-status="stalled"] .status-counts__count').first();
    await expect.poll(() => stalled.textContent()).toBe(String(countsAfter.stalled));
    await page.goto(`${app.server.url}/flagged`);
    const item = page.locator(`article[data-indicator="${target.id}"]`);
    await item.locator('[data-override="stalled"]').getByText('Set by the ISU').waitFor();
  });

  it('a new figure reverted and published is listed publicly under “Withdrawn figures”; the last publication is undone', async () => {
    await firstFigurePublished();
    await page.goto(`${app.server.url}/workspace/history?indicator=${FIRST}`);
    await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
    await page.getByRole('button', { name: `Revert the change of ${FIRST} in 14MSP` }).click();
    await page.getByRole('heading', { level: 2, name: `Revert the change of ${FIRST} in 14MSP` }).waitFor();
    // The revert form's heading follows the page's h1 (heading order).
    await expectNoAxeViolations(page);
    await page.getByLabel('Why is it reverted?').fill('The figure belongs to the next cycle.');
    await page.getByRole('button', { name: 'Save the revert as a draft' }).click();
    await page.getByRole('status').filter({ hasText: 'restoring the earlier figure' }).waitFor();

    await openReview();
    const title = (await publicIndicator(FIRST)).title;
    await page.getByRole('checkbox', { name: `Select the draft of ${title} for 14MSP` }).check();
    await page.getByRole('button', { name: 'Publish the selected draft…' }).click();
    await page.getByRole('button', { name: 'Yes, publish the selection' }).click();
    await page.getByRole('status').filter({ hasText: '1 draft is now public.' }).waitFor();

    await page.goto(`${app.server.url}/indicators/${FIRST}`);
    await page.getByRole('heading', { name: 'Withdrawn figures' }).waitFor();
    await page.getByText('The figure belongs to the next cycle.').waitFor();
    await screenshot(page, 'publishing-withdrawn');

    // Undo the revert's publication: the figure is public again.
    await openReview();
    const latest = page.locator('li[data-publication]').first();
    await latest.getByRole('button', { name: /^Undo…/ }).click();
    await latest.getByLabel('Why is it undone?').fill('The figure is for 14MSP after all.');
    await expectNoAxeViolations(page);
    await latest.getByRole('button', { name: 'Undo the publication' }).click();
    await page.getByRole('status').filter({ hasText: 'is undone' }).waitFor();
    await page.locator('li[data-publication][data-kind="undo"]').first().waitFor();
    const restored = await publicIndicator(FIRST);
    expect(restored.observations.find((o) => o.cycle === '14MSP')?.value).toBe(10);
    expect(restored.withdrawn).toEqual([]);
  });

  it('the review, history and overrides screens are axe clean at 360 px and in Arabic', async () => {
    await firstFigurePublished();
    await anOverrideInForce();
    for (const [width, lang] of [[360, 'en'], [1280, 'ar'], [360, 'ar']] as const) {
      await page.setViewportSize({ width, height: 800 });
      const q = lang === 'en' ? '' : `lang=${lang}`;
      await page.goto(`${app.server.url}/workspace/review?cycle=14MSP${q ? `&${q}` : ''}`);
      await page.locator(`tr[data-indicator="${SECOND}"]`).waitFor();
      await page.locator('li[data-publication]').first().waitFor();
      await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe(lang === 'ar' ? 'rtl' : 'ltr');
      await expectNoAxeViolations(page);
      await screenshot(page, `publishing-review-${lang}-${width}`);
      await page.goto(`${app.server.url}/workspace/history?indicator=${FIRST}${q ? `&${q}` : ''}`);
      await page.locator('table').first().waitFor();
      await expectNoAxeViolations(page);
      await page.goto(`${app.server.url}/workspace/overrides${q ? `?${q}` : ''}`);
      await page.locator('[data-overrides="overrides-in-force"]').waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, `publishing-overrides-${lang}-${width}`);
    }
  });
});
