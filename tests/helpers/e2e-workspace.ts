// Steps through the workspace that several browser tests take on the way to what they check.
import type { Locator, Page } from 'playwright-core';

/** From the cycles screen: "Enter figures" for `cycle`, then the pillar's rows of the grid. */
export async function openEntryGrid(page: Page, cycle: string, pillar: string): Promise<void> {
  await page.getByRole('link', { name: `Enter figures ${cycle}` }).click();
  await page.getByRole('heading', { level: 1, name: 'Enter figures' }).waitFor();
  await page.getByLabel('Pillar', { exact: true }).selectOption(pillar);
}

/** Opens a grid row's Details dialog, which holds the row's whole entry form (paragraph, status preview, who is counted…). */
export async function openEntryForm(page: Page, indicator: string): Promise<Locator> {
  await page.locator(`#grid-${indicator}-details`).click();
  const form = page.getByRole('dialog').locator(`form#entry-${indicator}`);
  await form.waitFor();
  return form;
}
