// Every figure in words as the Review Document states it, in the four languages, read from the bundled seed: a bound is
// "at least 8 of 10", never "8"; "all twelve" is "all 12"; a figure for the whole period says so; a figure the ISU is
// reviewing says so; units agree with their number through Intl.PluralRules (Arabic's six categories included).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureAmount, figureSentence, figureWords, pluralCategory, unitFor, type FigureStatement } from '../../shared/src/domain/figure-words.ts';
import { BRIEFING_TEMPLATES_BY_LANG } from '../../shared/src/i18n/briefing-templates.ts';
import { LANGUAGES, translateUnit, type Language } from '../../shared/src/i18n/languages.ts';

interface SeedObservation {
  cycle: string;
  spanFrom: string | null;
  value: number | null;
  qualifier: FigureStatement['qualifier'];
  denominator: number | null;
  reporting: FigureStatement['reporting'];
  paragraph: number | null;
  cycleInferred: boolean;
  underReview: { note: string; paragraph: number } | null;
}
interface SeedIndicator {
  id: string;
  action: number;
  unit: string;
  observations: SeedObservation[];
}

const SEED = resolve(import.meta.dirname, '../../seed-data');
const indicators = JSON.parse(readFileSync(resolve(SEED, 'indicators.json'), 'utf8')) as SeedIndicator[];
const cycles = JSON.parse(readFileSync(resolve(SEED, 'cycles.json'), 'utf8')) as { code: string; ordinal: number; isDeadline: boolean }[];
const REPORTING = cycles.filter((c) => !c.isDeadline).sort((a, b) => a.ordinal - b.ordinal).map((c) => c.code);

/** The seed's one figure of an indicator matching `test` (the test fails if the bundled data no longer has it). */
function seedFigure(test: (i: SeedIndicator, o: SeedObservation) => boolean): { indicator: SeedIndicator; figure: FigureStatement } {
  for (const indicator of indicators) {
    for (const o of indicator.observations) {
      if (test(indicator, o)) return { indicator, figure: { ...o, underReview: o.underReview !== null } };
    }
  }
  throw new Error('no such figure in the bundled data');
}

const context = (lang: Language, unit: string) => ({
  lang,
  t: BRIEFING_TEMPLATES_BY_LANG[lang],
  unit: translateUnit(unit, lang),
  reporting: REPORTING,
  fmt: (n: number) => new Intl.NumberFormat(lang).format(n),
});

// Action 18 (¶92): "at least eight (8)" of the ten States Parties with clearance obligations, throughout the review period.
const a18 = seedFigure((i, o) => i.action === 18 && o.qualifier === 'at_least' && o.spanFrom !== null && o.denominator !== null);
// Action 33 (¶142): "All twelve (12)".
const a33 = seedFigure((i, o) => i.action === 33 && o.qualifier === 'exact' && o.value !== null && o.value === o.denominator);
// Action 44 (¶186): "remained above twenty-two (22)", at least one more, no population size, under review by the ISU.
const a44 = seedFigure((i, o) => i.action === 44 && o.qualifier === 'at_least' && o.underReview !== null);
// An exact share for one cycle (Action 36, ¶146: six of the twelve at the 10MSP).
const a36 = seedFigure((i, o) => i.action === 36 && o.qualifier === 'exact' && o.spanFrom === null && o.denominator !== null && o.value !== o.denominator);

const WORDS: Record<Language, { atLeast: string; all: string; reviewPeriod: string; underReview: string; notReported: string; cycle: (c: string) => string }> = {
  en: { atLeast: 'at least', all: 'all', reviewPeriod: 'over the review period', underReview: 'under review by the ISU', notReported: 'not reported', cycle: (c) => `in ${c}` },
  fr: { atLeast: 'au moins', all: 'la totalité des', reviewPeriod: 'pendant la période d’examen', underReview: 'en cours d’examen par l’ISU', notReported: 'non communiqué', cycle: (c) => `lors de la ${c}` },
  es: { atLeast: 'al menos', all: 'el total de', reviewPeriod: 'durante el período de examen', underReview: 'en revisión por la ISU', notReported: 'no comunicado', cycle: (c) => `en la ${c}` },
  ar: { atLeast: 'على الأقل', all: 'جميع', reviewPeriod: 'خلال فترة الاستعراض', underReview: 'قيد المراجعة', notReported: 'لم يُبلَّغ عنه', cycle: (c) => `في ${c}` },
};

describe.each(LANGUAGES)('figures in words (%s)', (lang) => {
  const w = WORDS[lang];
  const fmt = (n: number | null) => new Intl.NumberFormat(lang).format(n ?? Number.NaN);

  it('a bound for the whole period: "at least 8 of 10 … over the review period", with its paragraph (Action 18)', () => {
    const { indicator, figure } = a18;
    const sentence = figureSentence(figure, context(lang, indicator.unit));
    expect(sentence).toContain(w.atLeast);
    expect(sentence).toContain(fmt(figure.value));
    expect(sentence).toContain(fmt(figure.denominator));
    expect(sentence).toContain(w.reviewPeriod);
    expect(sentence).toContain(`${REPORTING[0]}–${REPORTING.at(-1)}`);
    expect(sentence).toContain(`(¶${figure.paragraph})`);
    // Never the bare number as if it were exact.
    expect(sentence.startsWith(`${fmt(figure.value)} `) && !sentence.includes(w.atLeast)).toBe(false);
  });

  it('"all twelve" is "all 12", never "12 of 12 (100%)" (Action 33)', () => {
    const { indicator, figure } = a33;
    const words = figureWords(figure, context(lang, indicator.unit));
    expect(words).toContain(w.all);
    expect(words).toContain(fmt(figure.denominator));
    expect(words).not.toContain('100');
    expect(words).toContain(w.cycle(figure.cycle));
  });

  it('a bound without a population size, under review by the ISU (Action 44)', () => {
    const { indicator, figure } = a44;
    const sentence = figureSentence(figure, context(lang, indicator.unit));
    expect(figureAmount(figure, context(lang, indicator.unit))).toContain(w.atLeast);
    expect(sentence).toContain(fmt(figure.value));
    expect(sentence).toContain(w.underReview);
    expect(sentence).toContain(w.reviewPeriod);
  });

  it('an exact share for one cycle gives n, N and the percentage (Action 36)', () => {
    const { indicator, figure } = a36;
    const words = figureWords(figure, context(lang, indicator.unit));
    expect(words).toContain(fmt(figure.value));
    expect(words).toContain(fmt(figure.denominator));
    expect(words).toContain(fmt(Math.round(((figure.value ?? 0) / (figure.denominator ?? 1)) * 100)));
    expect(words).toContain(w.cycle(figure.cycle));
    expect(words).not.toContain(w.atLeast);
  });

  it('a figure not reported says so, whatever value was kept', () => {
    const { indicator, figure } = a36;
    expect(figureAmount({ ...figure, reporting: 'not_reported' }, context(lang, indicator.unit))).toBe(w.notReported);
  });
});

describe('units agree with their number', () => {
  it('one State Party, two States Parties; the count before the unit decides ("at least 1 of 10 States Parties")', () => {
    const { indicator, figure } = a44;
    const en = context('en', indicator.unit);
    expect(figureAmount({ ...figure, value: 1 }, en)).toBe('at least 1 State Party');
    expect(figureAmount({ ...figure, value: 2 }, en)).toBe('at least 2 States Parties');
    expect(figureAmount({ ...a18.figure, value: 1 }, context('en', a18.indicator.unit))).toBe(`at least 1 of ${a18.figure.denominator} States Parties`);
    // French: « au moins 1 État partie sur 10 » (the unit follows n), and 0 and 1 are singular.
    expect(figureAmount({ ...a18.figure, value: 1 }, context('fr', a18.indicator.unit))).toBe(`au moins 1\u00a0État partie sur ${a18.figure.denominator}`);
    expect(unitFor('États parties', 0, 'fr')).toBe('État partie');
    expect(unitFor('Estados Partes', 1, 'es')).toBe('Estado Parte');
  });

  it('Arabic has six plural categories, and its partitive unit reads the same in each', () => {
    const categories = new Set([0, 1, 2, 3, 11, 100].map((n) => pluralCategory(n, 'ar')));
    expect(categories).toEqual(new Set(['zero', 'one', 'two', 'few', 'many', 'other']));
    const unit = translateUnit(a44.indicator.unit, 'ar');
    for (const n of [0, 1, 2, 3, 11, 100]) expect(unitFor(unit, n, 'ar')).toBe(unit);
  });
});
