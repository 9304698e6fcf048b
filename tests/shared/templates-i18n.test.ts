// The status reasons and briefing sentences in Arabic, French and Spanish: same keys and placeholders as the English,
// really translated, and rendering without a stray {placeholder}.
import { describe, expect, it } from 'vitest';
import {
  BRIEFING_TEMPLATES_EN,
  buildBriefing,
  fill,
  joinList,
  type BriefingTemplateKey,
} from '../../shared/src/domain/briefing.ts';
import {
  classifyIndicator,
  formatReason,
  REASON_TEMPLATES,
  renderReason,
  templateParams,
  type ClassifierInput,
} from '../../shared/src/domain/classify.ts';
import { BRIEFING_TEMPLATES_BY_LANG } from '../../shared/src/i18n/briefing-templates.ts';
import { REASON_TEMPLATES_BY_LANG, STATUS_LABELS_BY_LANG } from '../../shared/src/i18n/reason-templates.ts';
import { localizeStatus } from '../../shared/src/domain/status-input.ts';
import { STATUS_CODES } from '../../shared/src/schemas/common.ts';
import type { Action, ActionPlan, Indicator, Observation, Pillar } from '../../shared/src/schemas/api.ts';

const LANGS = ['en', 'fr', 'es', 'ar'] as const;
const TRANSLATED = ['fr', 'es', 'ar'] as const;
type Translated = (typeof TRANSLATED)[number];

/** The only placeholder a translation may leave out, and where (see briefing-templates.ts). */
const OPTIONAL_PLACEHOLDERS: Partial<Record<BriefingTemplateKey, string[]>> = { 'part.needs_acceleration': ['verb'] };

/** Templates that are rightly the same as the English: language-neutral signs, or the same word in that language. */
const SAME_AS_ENGLISH: Record<Translated, string[]> = {
  fr: ['col.paragraph', 'list.comma', 'label.action', 'col.cycle', 'col.note', 'qualifier.exact', 'footer.page', 'status.list.comma'],
  es: ['col.paragraph', 'list.comma', 'status.list.comma'],
  ar: ['col.paragraph'],
};

/** Arabic templates that need not contain Arabic script (signs only). */
const ARABIC_NEUTRAL = ['col.paragraph'];
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

const placeholders = (template: string): string[] => [...new Set(templateParams(template))].sort();

const sets = [
  { name: 'reason templates', en: REASON_TEMPLATES as Record<string, string>, byLang: REASON_TEMPLATES_BY_LANG as Record<string, Record<string, string>> },
  { name: 'briefing templates', en: BRIEFING_TEMPLATES_EN as Record<string, string>, byLang: BRIEFING_TEMPLATES_BY_LANG as Record<string, Record<string, string>> },
];

describe.each(sets)('$name', ({ en, byLang }) => {
  it('English entry is the source map itself', () => {
    expect(byLang.en).toBe(en);
  });

  describe.each(TRANSLATED)('%s', (lang) => {
    const translated = byLang[lang] ?? {};
    const keys = Object.keys(en);

    it('has exactly the English keys', () => {
      expect(Object.keys(translated).sort()).toEqual([...keys].sort());
    });

    it.each(keys)('%s: same placeholders as the English, non-empty, translated', (key) => {
      const source = en[key] ?? '';
      const target = translated[key];
      expect(target).toBeTypeOf('string');
      if (target === undefined) return;
      expect(target.trim().length, 'empty template').toBeGreaterThan(0);

      const expected = placeholders(source);
      const optional = OPTIONAL_PLACEHOLDERS[key as BriefingTemplateKey] ?? [];
      const actual = placeholders(target);
      const allowed = [expected, expected.filter((name) => !optional.includes(name))];
      expect(allowed.map((a) => a.join(','))).toContain(actual.join(','));

      if (SAME_AS_ENGLISH[lang].includes(key)) expect(target).toBe(source);
      else expect(target, 'still the English text').not.toBe(source);

      if (lang === 'ar' && !ARABIC_NEUTRAL.includes(key)) expect(target).toMatch(ARABIC_SCRIPT);
    });
  });

});

it('allow-lists name only keys that exist', () => {
  for (const key of [...Object.values(SAME_AS_ENGLISH).flat(), ...ARABIC_NEUTRAL, ...Object.keys(OPTIONAL_PLACEHOLDERS)]) {
    expect(key in BRIEFING_TEMPLATES_EN || key in REASON_TEMPLATES, key).toBe(true);
  }
});

describe('typography', () => {
  const all = (lang: Translated): [string, string][] => [
    ...Object.entries(REASON_TEMPLATES_BY_LANG[lang]),
    ...Object.entries(BRIEFING_TEMPLATES_BY_LANG[lang]),
  ];

  it('French: non-breaking space before : ; ? ! % and inside « », typographic apostrophe, no bare double punctuation', () => {
    for (const [key, text] of all('fr')) {
      expect(text, key).not.toMatch(/ [:;?!%»]/);
      expect(text, key).not.toMatch(/[^\u00a0][;?!%»]/);
      expect(text, key).not.toMatch(/«[^\u00a0]/);
      expect(text, key).not.toMatch(/'/);
      // A colon straight after a word (no space) would be English typography; '{n}:' style is never wanted.
      expect(text, key).not.toMatch(/[^\u00a0\s]:/);
    }
  });

  it('Spanish: opening ¿ for every question, non-breaking space before %', () => {
    for (const [key, text] of all('es')) {
      expect(text, key).not.toMatch(/[^\u00a0]%/);
      const questions = (text.match(/\?/g) ?? []).length;
      expect((text.match(/¿/g) ?? []).length, key).toBe(questions);
    }
  });

  it('Arabic: Arabic comma, semicolon and question mark, not the Latin ones', () => {
    for (const [key, text] of all('ar')) expect(text, key).not.toMatch(/[,;?]/);
  });

  it('keeps the official terminology in the fixed labels', () => {
    expect(BRIEFING_TEMPLATES_BY_LANG.fr['question.conflict']).toContain('Document d’examen');
    expect(BRIEFING_TEMPLATES_BY_LANG.es['question.conflict']).toContain('Documento de Examen');
    expect(BRIEFING_TEMPLATES_BY_LANG.ar['question.conflict']).toContain('وثيقة الاستعراض');
    expect(BRIEFING_TEMPLATES_BY_LANG.fr['section.since']).toContain('Assemblée des États parties');
    expect(BRIEFING_TEMPLATES_BY_LANG.es['section.since']).toContain('Reunión de los Estados Partes');
    expect(BRIEFING_TEMPLATES_BY_LANG.ar['label.override']).toContain('وحدة دعم التنفيذ');
    expect([LANGS.map((l) => BRIEFING_TEMPLATES_BY_LANG[l]['status.stalled'])]).toEqual([['Stalled', 'Au point mort', 'Estancado', 'متعثر']]);
  });
});

// ---------------------------------------------------------------------------------------------
// Rendering

const CYCLES = ['10MSP', '11MSP', '12MSP', '13MSP'].map((code, ordinal) => ({ code, ordinal }));
const DEADLINE = { code: '3RC', ordinal: 4 };
const classifierInput = (values: Record<string, number>, denominator: number | null = 10): ClassifierInput => ({
  direction: 'increase',
  denominator,
  observations: Object.entries(values).map(([cycle, value]) => ({ cycle, value })),
  cycles: CYCLES,
  deadlineCycle: DEADLINE,
});

describe('formatReason in each language', () => {
  const status = classifyIndicator(classifierInput({ '10MSP': 2, '11MSP': 3, '12MSP': 4, '13MSP': 5 }));

  it.each(LANGS)('%s: a real reason renders with every placeholder filled', (lang) => {
    expect(status.code).toBe('needs_acceleration');
    const text = formatReason(status.reasonKey, status.reasonParams, REASON_TEMPLATES_BY_LANG[lang]);
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toContain('–');
    expect(text).toContain('13MSP');
    expect(text).toContain('3RC');
    if (lang === 'en') expect(text).toBe(status.reason);
    else expect(text).not.toBe(status.reason);
  });

  it.each(TRANSLATED)('%s: every key renders from the params the English template declares', (lang) => {
    for (const key of Object.keys(REASON_TEMPLATES) as (keyof typeof REASON_TEMPLATES)[]) {
      const params = Object.fromEntries(templateParams(REASON_TEMPLATES[key]).map((name, i) => [name, i + 1]));
      const text = formatReason(key, params, REASON_TEMPLATES_BY_LANG[lang]);
      expect(text, key).not.toMatch(/[{}]/);
      expect(text, key).not.toContain('–');
    }
  });

  it('a stalled series reads in French with the status label first', () => {
    const stalled = classifyIndicator(classifierInput({ '10MSP': 2, '11MSP': 2, '12MSP': 2, '13MSP': 2 }));
    expect(stalled.code).toBe('stalled');
    const text = formatReason(stalled.reasonKey, { ...stalled.reasonParams, unit: 'États parties' }, REASON_TEMPLATES_BY_LANG.fr);
    expect(text.startsWith('Au point mort\u00a0:')).toBe(true);
    expect(text).toContain('sur 10 États parties');
  });
});

describe('status texts in each language', () => {
  it.each(LANGS)('%s: a label for every status, all different', (lang) => {
    const labels = STATUS_LABELS_BY_LANG[lang];
    expect(Object.keys(labels).sort()).toEqual([...STATUS_CODES].sort());
    expect(new Set(Object.values(labels)).size).toBe(STATUS_CODES.length);
    for (const label of Object.values(labels)) expect(label.trim().length).toBeGreaterThan(0);
  });

  it('the English labels are the ones the classifier writes', () => {
    expect(STATUS_LABELS_BY_LANG.en.off_track).toBe('too slow');
    expect(STATUS_LABELS_BY_LANG.fr.stalled).toBe('au point mort');
    expect(STATUS_LABELS_BY_LANG.es.off_track).toBe('demasiado lento');
    expect(STATUS_LABELS_BY_LANG.ar.off_track).toBe('أبطأ من اللازم');
  });

  it.each(TRANSLATED)('%s: a range reason names the statuses and cycles in the language', (lang) => {
    const status = classifyIndicator({
      ...classifierInput({}),
      observations: CYCLES.map((c) => ({ cycle: c.code, value: 8, qualifier: 'at_least' as const })),
    });
    expect(status.code).toBe('insufficient_data');
    const text = localizeStatus(status, lang).reason;
    expect(text).toContain(STATUS_LABELS_BY_LANG[lang].declining);
    expect(text).toContain(STATUS_LABELS_BY_LANG[lang].achieved);
    expect(text).not.toContain(' and ');
    const joined = { fr: '10MSP, 11MSP, 12MSP et 13MSP', es: '10MSP, 11MSP, 12MSP y 13MSP', ar: '10MSP، 11MSP، 12MSP و13MSP' }[lang];
    expect(text).toContain(joined);
  });

  it.each(TRANSLATED)('%s: a bounded figure is worded as a bound in the language', (lang) => {
    const status = classifyIndicator({
      ...classifierInput({}),
      observations: [
        { cycle: '10MSP', value: 8 },
        { cycle: '13MSP', value: 5, qualifier: 'at_most' },
      ],
    });
    expect(status.code).toBe('declining');
    const text = localizeStatus(status, lang).reason;
    const atMost5 = formatReason('status.bound.at_most', { value: 5 }, REASON_TEMPLATES_BY_LANG[lang]);
    expect(text).toContain(atMost5);
    expect(text).not.toMatch(/at most|[{}]/);
  });

  it.each(TRANSLATED)('%s: the inferred-cycles note follows the reason', (lang) => {
    const status = classifyIndicator({
      ...classifierInput({}),
      observations: [
        { cycle: '10MSP', value: 2 },
        { cycle: '12MSP', value: 5, cycleInferred: true },
      ],
    });
    const templates = REASON_TEMPLATES_BY_LANG[lang];
    const text = renderReason(status.reasonKey, status.reasonParams, templates);
    expect(text.startsWith(formatReason(status.reasonKey, status.reasonParams, templates))).toBe(true);
    expect(text.endsWith(formatReason('status.note.inferred', status.reasonParams, templates))).toBe(true);
    expect(text).toContain('12MSP');
  });

  it.each(TRANSLATED)('%s: every projection sentence renders', (lang) => {
    for (const key of ['status.projection.share', 'status.projection.count_target', 'status.projection.count'] as const) {
      const text = formatReason(key, { value: 69, N: 112, unit: 'x', deadlineCycle: '3RC', needed: 112 }, REASON_TEMPLATES_BY_LANG[lang]);
      expect(text, key).toContain('69');
      expect(text, key).toContain('3RC');
      expect(text, key).not.toMatch(/[{}–]/);
    }
  });
});

describe('briefing in each language', () => {
  // Spread rather than written inline, so the fixtures fit the schemas with or without their per-record i18n field.
  const text = { i18n: { lang: 'en', fallback: [] as string[] } };
  const plan: ActionPlan = { code: 'LAP', title: 'Lausanne Action Plan', adoptedAt: '2RC', startYear: 2022, endYear: 2026, deadlineCycle: '3RC', paragraphs: [], cycles: ['10MSP', '11MSP', '12MSP', '13MSP', '3RC'], previousPlan: null, publishedAt: '2021-09-21', current: true, ended: false, i18n: { lang: 'en', fallback: [] } };
  const pillar: Pillar = { slug: 'risk-education', actionPlan: 'LAP', name: 'Risk education', actionFrom: 27, actionTo: 30, order: 4, paragraphs: [], actionCount: 4, indicatorCount: 0, ...text };
  const action = (number: number, indicators: string[]): Action => ({ number, actionPlan: 'LAP', pillar: 'risk-education', secondaryPillars: [], title: `Action ${number} title`, summary: 'Summary.', paragraphs: [120 + number], document: 'Doc', indicators, ...text });
  const obs = (cycle: string, value: number): Observation => ({ cycle, spanFrom: null, value, qualifier: 'exact', denominator: 10, reporting: 'reported', source: { document: 'Doc', paragraph: 123 }, quote: null, note: null, cycleInferred: false, underReview: null, revisions: [], counted: null, population: null });
  const indicator = (id: string, values: Record<string, number>): Indicator => {
    const observations = Object.entries(values).map(([cycle, value]) => obs(cycle, value));
    const status = classifyIndicator({ ...classifierInput(values), observations });
    return { id, actionPlan: 'LAP', action: 27, actionTitle: '', pillar: 'risk-education', title: `Indicator ${id}`, unit: 'States Parties', direction: 'increase', denominator: 10, population: { description: 'affected', size: 10, paragraph: 92 }, target: status.inputs.target, observations, status, conflicts: [], override: null, lineage: { predecessor: null, successors: [] }, publicationLevel: 'named', populationStates: null, withdrawn: [], ...text };
  };
  const indicators = [
    indicator('a', { '10MSP': 2, '11MSP': 2, '12MSP': 2, '13MSP': 2 }),
    indicator('b', { '10MSP': 2, '11MSP': 3, '12MSP': 4, '13MSP': 5 }),
    indicator('c', { '10MSP': 6, '11MSP': 7, '12MSP': 9, '13MSP': 10 }),
    indicator('d', { '13MSP': 4 }),
  ];

  const build = (lang: (typeof LANGS)[number]) =>
    buildBriefing({ pillar, actionPlan: plan, actions: [action(27, indicators.map((i) => i.id)), action(28, [])], indicators, conflicts: [], recentChanges: [], lastPublishedCycle: '13MSP', dataVersion: 1, updatedAt: null, document: 'Doc', lang, templates: BRIEFING_TEMPLATES_BY_LANG[lang] });

  it.each(LANGS)('%s: every sentence is filled', (lang) => {
    const b = build(lang);
    expect(b.headline.length).toBeGreaterThanOrEqual(3);
    expect(b.talkingPoints.length).toBeGreaterThanOrEqual(3);
    const points = b.talkingPoints.map((p) => p.text);
    const sentences = [b.title, ...b.headline, ...points, b.sinceLastMeeting.sentence, ...[...b.flagged, ...b.others].flatMap((x) => [x.latest ?? '', x.sincePrevious?.sentence ?? '', x.sinceBaseline?.sentence ?? ''])];
    for (const s of sentences) expect(s).not.toMatch(/[{}]/);
    if (lang !== 'en') {
      const english = build('en');
      expect(b.title).not.toBe(english.title);
      b.headline.forEach((s, i) => expect(s).not.toBe(english.headline[i]));
      points.forEach((s, i) => expect(s).not.toBe(english.talkingPoints[i]?.text));
    }
    if (lang === 'ar') for (const s of [...b.headline, ...points]) expect(s).toMatch(ARABIC_SCRIPT);
  });

  it('joins lists with each language’s words', () => {
    expect(joinList(['a', 'b', 'c'], BRIEFING_TEMPLATES_BY_LANG.fr)).toBe('a, b et c');
    expect(joinList(['a', 'b', 'c'], BRIEFING_TEMPLATES_BY_LANG.es)).toBe('a, b y c');
    expect(joinList(['أ', 'ب', 'ج'], BRIEFING_TEMPLATES_BY_LANG.ar)).toBe('أ، ب وج');
  });

  it('agrees "needs acceleration" with the count where the language needs it', () => {
    const part = (lang: (typeof LANGS)[number], n: number) => {
      const t = BRIEFING_TEMPLATES_BY_LANG[lang];
      return fill(t['part.needs_acceleration'], { n, verb: n === 1 ? t['verb.needs.one'] : t['verb.needs.many'] });
    };
    expect([part('en', 1), part('en', 3)]).toEqual(['1 needs acceleration', '3 need acceleration']);
    expect([part('es', 1), part('es', 3)]).toEqual(['1 requiere aceleración', '3 requieren aceleración']);
    expect([part('fr', 1), part('fr', 3)]).toEqual(['1 à accélérer', '3 à accélérer']);
    expect(part('ar', 3)).toBe('يحتاج إلى تسريع (3)');
  });
});
