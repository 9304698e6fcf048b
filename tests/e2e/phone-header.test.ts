// The header on a 360 px phone, in English and Arabic, in real Chromium: the brand and a "Menu" button in at most 80 px;
// the button opens the languages and the navigation, Escape closes them back to the button, choosing a language or a
// page closes them; axe finds nothing with the menu open or closed. At 1280 px the header has no button.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import en from '../../client/src/i18n/locales/en.json';
import ar from '../../client/src/i18n/locales/ar.json';
import { expectNoAxeViolations, openPage, screenshot } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';

const CATALOGUES = { en, ar } as const;
type Language = keyof typeof CATALOGUES;
const LANGUAGE_NAMES = { en: 'English', fr: 'Français', es: 'Español', ar: 'العربية' } as const;
const PHONE = { width: 360, height: 740 };

const app = browserAppPerFile();



const documentLanguage = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
const hasFocus = (page: Page, selector: string) => page.locator(selector).evaluate((element) => element === document.activeElement);

async function phone(lang: Language): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext({ viewport: PHONE, reducedMotion: 'reduce', locale: lang === 'ar' ? 'ar' : 'en-US' });
  const page = await openPage(context, app.server, `/?lang=${lang}`, '.pillar-card');
  return { context, page };
}

describe.each(['en', 'ar'] as const)('the header on a 360 px phone (%s)', (lang) => {
  const catalogue = CATALOGUES[lang];
  const other: Language = lang === 'en' ? 'ar' : 'en';

  it('is at most 80 px high with the menu closed; the button opens the languages and the navigation; Escape closes them back to the button; axe clean both ways', async () => {
    const { context, page } = await phone(lang);
    const header = page.locator('.site-header');
    const button = page.getByRole('button', { name: catalogue.nav.menu, exact: true });
    const languages = page.getByRole('list', { name: catalogue.language.label });
    const nav = page.getByRole('navigation', { name: catalogue.nav.label });

    // Closed: brand and button only.
    expect((await header.boundingBox())?.height).toBeLessThanOrEqual(80);
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(languages.isVisible()).resolves.toBe(false);
    await expect(nav.isVisible()).resolves.toBe(false);
    const box = await button.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
    // The button sits at the end of the row (the left in Arabic), the brand at its start.
    const brand = await page.locator('.site-header__brand').boundingBox();
    if (!brand || !box) throw new Error('the brand or the menu button is not shown');
    expect(lang === 'ar' ? box.x < brand.x : box.x > brand.x).toBe(true);
    await expectNoAxeViolations(page);
    await screenshot(page, `phone-header-${lang}-closed`);

    // Open, with the keyboard: the button, then the languages, then the navigation.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(languages.isVisible()).resolves.toBe(true);
    await expect(nav.isVisible()).resolves.toBe(true);
    for (const id of ((await button.getAttribute('aria-controls')) ?? '').split(' ')) {
      await expect(page.locator(`[id="${id}"]`).isVisible(), `aria-controls names #${id}`).resolves.toBe(true);
    }
    await expect(languages.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('hreflang')))).resolves.toEqual(['en', 'fr', 'es', 'ar']);
    await expect(nav.getByRole('link', { name: catalogue.nav.flagged, exact: true }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(hasFocus(page, '.lang-switch li:first-child a')).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await screenshot(page, `phone-header-${lang}-open`);

    // Escape closes it, focus back on the button.
    await page.keyboard.press('Escape');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(nav.isVisible()).resolves.toBe(false);
    await expect(hasFocus(page, '.site-header__menu-button')).resolves.toBe(true);

    // Choosing a page closes it.
    await button.click();
    await nav.getByRole('link', { name: catalogue.nav.flagged, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/flagged');
    await page.locator('.result-count').waitFor();
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(nav.isVisible()).resolves.toBe(false);
    await context.close();
  });

  it(`choosing ${LANGUAGE_NAMES[other]} from the menu changes the page’s language and closes the menu`, async () => {
    const { context, page } = await phone(lang);
    await page.getByRole('button', { name: catalogue.nav.menu, exact: true }).click();
    await page.getByRole('link', { name: LANGUAGE_NAMES[other], exact: true }).click();
    await page.waitForFunction((expected) => document.documentElement.lang === expected, other);
    await expect(documentLanguage(page)).resolves.toEqual({ lang: other, dir: other === 'ar' ? 'rtl' : 'ltr' });
    const button = page.getByRole('button', { name: CATALOGUES[other].nav.menu, exact: true });
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.getByRole('navigation', { name: CATALOGUES[other].nav.label }).isVisible()).resolves.toBe(false);
    // The page stayed; focus is on the button rather than lost with the hidden link.
    await expect(hasFocus(page, '.site-header__menu-button')).resolves.toBe(true);
    expect((await page.locator('.site-header').boundingBox())?.height).toBeLessThanOrEqual(80);
    await context.close();
  });
});

describe('the header at 1280 px', () => {
  it.each(['en', 'ar'] as const)('%s: no menu button; the languages and the navigation show', async (lang) => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await openPage(context, app.server, `/?lang=${lang}`, '.pillar-card');
    const catalogue = CATALOGUES[lang];
    await expect(page.getByRole('button', { name: catalogue.nav.menu, exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('navigation', { name: catalogue.nav.label }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('list', { name: catalogue.language.label }).isVisible()).resolves.toBe(true);
    await expect(page.locator('nav.site-nav').textContent()).resolves.toContain(catalogue.nav.overview);
    await context.close();
  });
});
