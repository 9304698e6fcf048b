// Who is counted, in Chromium on a 360 px phone: the States list searched in French, a State's page with the figures
// that name it, an indicator's States cycle by cycle (the twelve of ¶138), Arabic right to left; axe on each.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { API_PATHS } from '../../shared/src/api-paths.ts';
import { IndicatorResponseSchema } from '../../shared/src/schemas/api.ts';
import { StateResponseSchema } from '../../shared/src/schemas/states.ts';
import { expectNoAxeViolations, openPage, screenshot } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';

const PHONE = { width: 360, height: 780 };
/** ¶138: "all twelve" States Parties with victims designated a focal point. */
const FOCAL_POINTS = 'a33-focal-points';

const app = browserAppPerFile();
let context: BrowserContext;

beforeAll(async () => {
  context = await app.browser.newContext({ viewport: PHONE, reducedMotion: 'reduce' });
});


const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('who is counted', () => {
  it('finds Lebanon by its French name, and its page lists every published figure that names it', async () => {
    const page = await openPage(context, app.server, '/states?lang=fr', 'main h1');
    await page.getByRole('searchbox').fill('Liban');
    const table = page.getByRole('table');
    await table.getByRole('link', { name: 'Liban', exact: true }).waitFor();
    expect(await table.getByRole('link').count()).toBe(1);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectNoAxeViolations(page);
    await screenshot(page, 'states-search-fr-360');

    await table.getByRole('link', { name: 'Liban', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Liban/ }).waitFor();
    const lebanon = StateResponseSchema.parse(await (await fetch(`${app.server.url}${API_PATHS.state('lbn')}?lang=fr`)).json()).data;
    expect(lebanon.mentions.length).toBeGreaterThan(0);
    const main = await page.locator('main').innerText();
    for (const mention of lebanon.mentions) {
      if (mention.source.paragraph !== null) expect(main).toContain(String(mention.source.paragraph));
    }
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectNoAxeViolations(page);
    await screenshot(page, 'state-lebanon-fr-360');
  });

  it('an indicator lists the twelve States of ¶138, each linked to its page', async () => {
    const indicator = IndicatorResponseSchema.parse(await (await fetch(`${app.server.url}${API_PATHS.indicator(FOCAL_POINTS)}`)).json()).data;
    const counted = indicator.observations.flatMap((o) => (o.counted ? [o.counted] : []));
    expect(counted.some((c) => c.states.length === 12 && c.complete && c.source.paragraph === 138)).toBe(true);

    const page = await openPage(context, app.server, `/indicators/${FOCAL_POINTS}?lang=en`, 'main h1');
    const panel = page.getByRole('region', { name: 'The States counted, cycle by cycle' });
    await panel.waitFor();
    // The figure's twelve, then the population they are counted in (the same twelve of ¶138, for the review period).
    expect(await panel.locator('li[data-cycle="12MSP"] a[href^="/states/"]').count()).toBe(12);
    expect(await panel.locator('li[data-cycle="12MSP"]').innerText()).toContain('every State of the population is counted');
    const population = panel.getByRole('list', { name: /The population: States Parties with cluster munition victims/ });
    expect(await population.locator('a[href^="/states/"]').count()).toBe(12);
    expect(await population.innerText()).toContain('12 States');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectNoAxeViolations(page);
    await screenshot(page, 'indicator-counted-360');
  });

  it('in Arabic the States pages read right to left without sideways scrolling', async () => {
    const page = await openPage(context, app.server, '/states?lang=ar', 'main h1');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByRole('searchbox').fill('لبنان');
    await page.getByRole('table').getByRole('link', { name: 'لبنان' }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectNoAxeViolations(page);
    await screenshot(page, 'states-ar-360');
  });
});
