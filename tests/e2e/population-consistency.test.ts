// Lowering an indicator's population below a figure it already has is refused in the workspace, naming the figure,
// and the public page keeps saying "10 of 10" (it once said "Achieved – 10 of 9 (111%)").
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';
import { signedInPage } from '../helpers/e2e-accounts.ts';

const EMAIL = 'population.admin@isu.test';
const INDICATOR = 'a27-re-integrated';

const app = browserAppPerFile({ accounts: [{ email: EMAIL }] });

describe('a population below a published figure', () => {
  it('is refused with the figure it would contradict, and nothing public changes', async () => {
    const { context, page } = await signedInPage(app.browser, app.server.url, EMAIL);
    await page.goto(`${app.server.url}/workspace/content`);
    await page.getByRole('heading', { level: 1, name: 'Texts and numbers' }).waitFor();
    await page.getByLabel('What', { exact: true }).selectOption('indicator');
    await page.getByLabel('Indicator', { exact: true }).selectOption(INDICATOR);
    await page.getByLabel('Field', { exact: true }).selectOption('populationSize');
    await page.getByLabel(/^New population size/).fill('9');
    await page.getByRole('button', { name: 'Save as a draft' }).click();

    const refusal = page.getByText(/A population of 9 would put/);
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    expect(text).toContain('13MSP: 10 (published)');
    await expect(page.getByLabel(/^New population size/).getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await page.getByText('The edit is saved as a draft.').count()).toBe(0);
    await expectNoAxeViolations(page);

    // Nothing was drafted, and the public page still counts 10 of 10.
    const changes = await context.request.get(`${app.server.url}/api/v1/workspace/content/changes`);
    const drafted = ((await changes.json()) as { data: { key: string; field: string }[] }).data.filter((c) => c.key === INDICATOR && c.field === 'populationSize');
    expect(drafted).toEqual([]);
    await page.goto(`${app.server.url}/indicators/${INDICATOR}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('10 of 10 (100%)').first().waitFor();
    expect(await page.getByText(/of 9 \(/).count()).toBe(0);
    await context.close();
  }, 60_000);
});
