// States' names in the four languages, from CLDR via i18n-iso-countries (only these four locales are registered).
import { createRequire } from 'node:module';
import type * as Countries from 'i18n-iso-countries';
import type { Language } from '@ccm/shared/i18n/languages';

const require = createRequire(import.meta.url);
// The package's plain entry: its default entry registers every locale it ships.
const countries = require('i18n-iso-countries/index.js') as typeof Countries;
for (const lang of ['en', 'fr', 'es', 'ar'] as const) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`) as Countries.LocaleData);
}

export type StateNames = Record<Language, string | null>;

/** The State's names (alpha-3 code) in the four languages; null where CLDR has none. */
export function stateNames(code: string): StateNames {
  const name = (lang: Language) => countries.getName(code, lang) ?? null;
  return { en: name('en'), fr: name('fr'), es: name('es'), ar: name('ar') };
}

/** Every English name CLDR knows for the State (the official one and its aliases). */
export function englishNames(code: string): string[] {
  const all = countries.getName(code, 'en', { select: 'all' });
  return Array.isArray(all) ? all : [];
}

/** A name folded for matching: no accents, no case, single spaces. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
