// Counts agree with their unit by each language's CLDR plural rules: never "1 States Parties"; Arabic has six forms.
import { describe, expect, it } from 'vitest';
import { COUNTED_UNITS, countWithUnit, pluralCategory, unitFor } from '../../shared/src/i18n/unit-counts.ts';
import { formatReason } from '../../shared/src/domain/classify.ts';
import { REASON_TEMPLATES_BY_LANG } from '../../shared/src/i18n/reason-templates.ts';
import { LANGUAGES, translateUnit } from '../../shared/src/i18n/languages.ts';

describe('a count with its unit', () => {
  it('English, French and Spanish: one in the singular, other numbers in the plural', () => {
    expect(countWithUnit(1, 'States Parties', 'en')).toBe('1 State Party');
    expect(countWithUnit(2, 'States Parties', 'en')).toBe('2 States Parties');
    expect(countWithUnit(0, 'States Parties', 'en')).toBe('0 States Parties');
    // French treats 0 and 1 as singular.
    expect(countWithUnit(0, 'États parties', 'fr')).toBe('0\u00a0État partie');
    expect(countWithUnit(1, 'États parties', 'fr')).toBe('1\u00a0État partie');
    expect(countWithUnit(12, 'États parties', 'fr')).toBe('12\u00a0États parties');
    expect(countWithUnit(1, 'Estados Partes', 'es')).toBe('1\u00a0Estado Parte');
    expect(countWithUnit(3, 'Estados Partes', 'es')).toBe('3\u00a0Estados Partes');
    expect(countWithUnit(1, 'votes', 'en')).toBe('1 vote');
  });

  it('Arabic: a different form for zero, one, two, few (3–10), many (11–99) and other (100+)', () => {
    const unit = translateUnit('States Parties', 'ar');
    const forms = [0, 1, 2, 3, 11, 100].map((n) => countWithUnit(n, unit, 'ar'));
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralCategory(n, 'ar'))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(forms).toEqual(['0 دولة طرف', 'دولة طرف واحدة', 'دولتان طرفان', '3 دول أطراف', '11 دولة طرفاً', '100 دولة طرف']);
  });

  it('every counted unit has a form for every plural category of its language, and no singular reads like the plural', () => {
    for (const lang of LANGUAGES) {
      for (const unit of COUNTED_UNITS[lang]) {
        // The categories whole numbers of States reach (French and Spanish "many" starts at a million: it takes "other").
        const forms = new Map<string, Set<string>>();
        for (let n = 0; n <= 200; n++) {
          const category = pluralCategory(n, lang);
          forms.set(category, (forms.get(category) ?? new Set()).add(countWithUnit(n, unit, lang, 'N')));
        }
        // One phrase per category, and as many distinct phrases as the categories ask (Arabic: six; English: two).
        for (const [category, phrases] of forms) expect(phrases.size, `${lang} ${unit} ${category}`).toBe(1);
        const distinct = new Set([...forms.values()].flatMap((p) => [...p]));
        if (unit !== 'voix') expect(distinct.size, `${lang} ${unit}`).toBeGreaterThanOrEqual(lang === 'ar' ? 4 : 2);
        // French "voix" is the same in both numbers; elsewhere the singular differs from the plural.
        if (unit !== 'voix') expect(countWithUnit(1, unit, lang, 'N'), `${lang} ${unit}`).not.toBe(countWithUnit(5, unit, lang, 'N').replace('5', 'N'));
      }
    }
  });

  it('an unknown unit reads "{n} {unit}"; the unit alone agrees with its number, Arabic keeps it (its templates are partitive)', () => {
    expect(countWithUnit(1, 'hectares', 'en', '1')).toBe('1 hectares');
    expect(unitFor('States Parties', 1, 'en')).toBe('State Party');
    expect(unitFor('États parties', 2, 'fr')).toBe('États parties');
    expect(unitFor('الدول الأطراف', 1, 'ar')).toBe('الدول الأطراف');
  });

  it('status reasons: {unit} agrees with the number just before it, in every language', () => {
    const params = { nk: 1, unit: 'States Parties', latestCycle: '13MSP', minPoints: 2 };
    const en = formatReason('status.reason.insufficient_one_count', params);
    expect(en).toContain('1 State Party in 13MSP');
    expect(en).not.toContain('1 States Parties');
    const fr = formatReason('status.reason.insufficient_one_count', { ...params, unit: 'États parties' }, REASON_TEMPLATES_BY_LANG.fr, 'fr');
    expect(fr).toContain('État partie');
    expect(fr).not.toContain('États parties');
    const many = formatReason('status.reason.insufficient_one_count', { ...params, nk: 7 });
    expect(many).toContain('7 States Parties');
  });
});
