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

/** A name folded for matching: no accents, no case, straight apostrophes, single spaces, no leading "the". */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u201B]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * The Review Document's spellings that CLDR's English names do not match, folded (foldName) → alpha-3 code: the
 * Convention's short names, formal names, typos and a former name, as the document writes them in its lists of States.
 * A name here wins over CLDR, so "Congo" (CLDR's short alias for both COD and COG) is the Republic of the Congo, as in
 * para 183, where the Democratic Republic of the Congo is always "Democratic Republic of Congo".
 */
export const STATE_NAME_ALIASES: ReadonlyMap<string, string> = new Map(
  (
    [
      ['Lao PDR', 'LAO'], // the Convention's short name (paras 83, 86, 93, 105, 115, 118, 160, footnote 28)
      ['Democratic Republic of Congo', 'COD'], // paras 31, 32, footnote 8
      ['Congo', 'COG'], // para 183
      ['Cabo Verde', 'CPV'], // para 183 (CLDR: Cape Verde)
      ['Syria', 'SYR'], // paras 33, footnote 9
      ["Democratic People's Republic of Korea", 'PRK'], // para 49 (CLDR: North Korea)
      ['Peoples Republic of China', 'CHN'], // footnote 8, a typo
      ['Republic of Tanzania', 'TZA'], // footnote 8
      ['Swaziland', 'SWZ'], // footnote 8, the former name of Eswatini
      ['Timor Leste', 'TLS'], // footnote 8, no hyphen
      ['Viet Nam', 'VNM'], // footnote 8
      ['Venezuela, (Bolivarian Republic of)', 'VEN'], // footnote 8
      ['Venezuela (Bolivarian Republic of)', 'VEN'],
      ['Kingdom of the Netherlands', 'NLD'], // footnote 28
      ['United Kingdom of Great Britain and Northern Ireland', 'GBR'], // footnotes 18 and 28
    ] as const
  ).map(([name, code]) => [foldName(name), code]),
);

/**
 * Folded name → code for the given States: each one's CLDR English names and Convention short name, then the
 * document's aliases (which win). Only codes of the given States are returned.
 */
export function stateNameIndex(states: Iterable<{ code: string; shortName: string | null }>): Map<string, string> {
  const index = new Map<string, string>();
  const codes = new Set<string>();
  for (const s of states) {
    codes.add(s.code);
    for (const name of [...englishNames(s.code), ...(s.shortName === null ? [] : [s.shortName])]) index.set(foldName(name), s.code);
  }
  for (const [name, code] of STATE_NAME_ALIASES) if (codes.has(code)) index.set(name, code);
  return index;
}

/** Resolves a name in the document's English words ("the Kingdom of the Netherlands", "Swaziland") to a code of the given States. */
export function stateNameResolver(states: Iterable<{ code: string; shortName: string | null }>): (name: string) => string | undefined {
  const index = stateNameIndex(states);
  return (name) => index.get(foldName(name));
}
