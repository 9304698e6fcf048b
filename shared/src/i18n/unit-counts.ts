// A count with its unit, agreeing in number by the CLDR plural rules of each language (Intl.PluralRules): "1 State
// Party", "2 States Parties", « 1 État partie », "1 Estado Parte", and in Arabic all six categories: « دولة طرف واحدة »
// (one), « دولتان طرفان » (two), « 3 دول أطراف » (few: 3–10), « 11 دولة طرفاً » (many: 11–99), « 100 دولة طرف »
// (other, also zero). The units are the data's units of count, in the language the API gives them (translateUnit); a
// unit not listed reads "{n} {unit}" as given.
import type { Language } from './languages.ts';

type Forms = Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * English, French and Spanish write the number, a space (no-break in French and Spanish) and the unit, singular after
 * one: each unit (its plural, as translated) with its singular.
 */
const singularPlural = (space: string, singulars: Record<string, string>): Record<string, Forms> =>
  Object.fromEntries(Object.entries(singulars).map(([plural, singular]) => [plural, { one: `{n}${space}${singular}`, other: `{n}${space}${plural}` }]));

/** Per language and unit (as translated), the phrase for each plural category; {n} is the number as formatted. */
const COUNT_FORMS: Record<Language, Record<string, Forms>> = {
  en: singularPlural(' ', { 'States Parties': 'State Party', States: 'State', women: 'woman', 'extension requests': 'extension request', votes: 'vote', 'cluster munitions': 'cluster munition', submunitions: 'submunition' }),
  fr: singularPlural('\u00a0', { 'États parties': 'État partie', États: 'État', femmes: 'femme', 'demandes de prolongation': 'demande de prolongation', voix: 'voix', 'armes à sous-munitions': 'arme à sous-munitions', 'sous-munitions': 'sous-munition' }),
  es: singularPlural('\u00a0', { 'Estados Partes': 'Estado Parte', Estados: 'Estado', mujeres: 'mujer', 'solicitudes de prórroga': 'solicitud de prórroga', votos: 'voto', 'municiones en racimo': 'munición en racimo', submuniciones: 'submunición' }),
  ar: {
    'الدول الأطراف': { zero: '{n} دولة طرف', one: 'دولة طرف واحدة', two: 'دولتان طرفان', few: '{n} دول أطراف', many: '{n} دولة طرفاً', other: '{n} دولة طرف' },
    الدول: { zero: '{n} دولة', one: 'دولة واحدة', two: 'دولتان', few: '{n} دول', many: '{n} دولة', other: '{n} دولة' },
    النساء: { zero: '{n} امرأة', one: 'امرأة واحدة', two: 'امرأتان', few: '{n} نساء', many: '{n} امرأة', other: '{n} امرأة' },
    'طلبات التمديد': { zero: '{n} طلب تمديد', one: 'طلب تمديد واحد', two: 'طلبا تمديد', few: '{n} طلبات تمديد', many: '{n} طلب تمديد', other: '{n} طلب تمديد' },
    الأصوات: { zero: '{n} صوت', one: 'صوت واحد', two: 'صوتان', few: '{n} أصوات', many: '{n} صوتاً', other: '{n} صوت' },
    'ذخائر عنقودية': { zero: '{n} ذخيرة عنقودية', one: 'ذخيرة عنقودية واحدة', two: 'ذخيرتان عنقوديتان', few: '{n} ذخائر عنقودية', many: '{n} ذخيرة عنقودية', other: '{n} ذخيرة عنقودية' },
    'ذخائر صغيرة': { zero: '{n} ذخيرة صغيرة', one: 'ذخيرة صغيرة واحدة', two: 'ذخيرتان صغيرتان', few: '{n} ذخائر صغيرة', many: '{n} ذخيرة صغيرة', other: '{n} ذخيرة صغيرة' },
  },
};

const rules = new Map<string, Intl.PluralRules>();
/** The CLDR plural category of a count in a language: Arabic has zero, one, two, few, many and other. */
export function pluralCategory(n: number, lang: string): Intl.LDMLPluralRule {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  return rule.select(n);
}

/** The units whose counts agree in number, by language (for tests and the catalogue checks). */
export const COUNTED_UNITS: Readonly<Record<Language, readonly string[]>> = Object.fromEntries(
  Object.entries(COUNT_FORMS).map(([lang, units]) => [lang, Object.keys(units)]),
) as Record<Language, string[]>;

/**
 * "7 States Parties", "1 State Party", « دولتان طرفان »: a count with its unit in the language's plural form.
 * `formatted` is the number as the reader's locale writes it (defaults to String(n)).
 */
export function countWithUnit(n: number, unit: string, lang: string, formatted: string = String(n)): string {
  const forms = COUNT_FORMS[lang as Language]?.[unit];
  const form = forms?.[pluralCategory(n, lang)] ?? forms?.other;
  return form ? form.replace('{n}', formatted) : `${formatted} ${unit}`;
}

/**
 * The unit alone, agreeing with the number written before it: "State Party" after 1, "States Parties" after 2. Arabic
 * keeps the unit as given: the Arabic templates write "n من الدول الأطراف" (n of the States Parties), which agrees
 * with every number; a unit not listed stays as given.
 */
export function unitFor(unit: string, n: number, lang: string): string {
  if (lang === 'ar') return unit;
  const forms = COUNT_FORMS[lang as Language]?.[unit];
  const form = forms?.[pluralCategory(n, lang)] ?? forms?.other;
  return form ? form.replace(/^\{n\}[ \u00a0]/, '') : unit;
}
