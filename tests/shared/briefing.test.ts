// Briefing sentences are templates over the data: edge cases a Coordinator would notice.
import { describe, expect, it } from 'vitest';
import { buildBriefing, BRIEFING_TEMPLATES_EN, conflictsOfPillar, describeFigure, fill, joinList } from '../../shared/src/domain/briefing.ts';
import { classifyIndicator } from '../../shared/src/domain/classify.ts';
import { BRIEFING_TEMPLATES_BY_LANG } from '../../shared/src/i18n/briefing-templates.ts';
import type { Action, ActionPlan, Conflict, Indicator, Observation, Pillar } from '../../shared/src/schemas/api.ts';
import type { StatusCode } from '../../shared/src/schemas/common.ts';
import type { IndicatorStatus, StatusProjection } from '../../shared/src/schemas/status.ts';

const CYCLES = ['10MSP', '11MSP', '12MSP', '13MSP'].map((code, ordinal) => ({ code, ordinal }));
const plan: ActionPlan = { code: 'LAP', title: 'Lausanne Action Plan', adoptedAt: '2RC', startYear: 2022, endYear: 2026, deadlineCycle: '3RC', paragraphs: [], cycles: ['10MSP', '11MSP', '12MSP', '13MSP', '3RC'], previousPlan: null, publishedAt: '2021-09-21', current: true, ended: false, i18n: { lang: 'en', fallback: [] } };
const pillar: Pillar = { slug: 'risk-education', actionPlan: 'LAP', name: 'Risk education', actionFrom: 27, actionTo: 30, order: 4, paragraphs: [], actionCount: 4, indicatorCount: 0, i18n: { lang: 'en', fallback: [] } };
const action = (number: number, indicators: string[]): Action => ({ number, actionPlan: 'LAP', pillar: 'risk-education', secondaryPillars: [], title: `Action ${number} title`, summary: `What the document says about ${number}.`, paragraphs: [120 + number], document: 'Doc', indicators, i18n: { lang: 'en', fallback: [] } });
const UNDER_REVIEW = { note: 'ISU IS WORKING TO UPDATE THE STATS', paragraph: 91 };
const INFERRED_NOTE = 'The document gives 9 for an unnamed point of the review period; placed at 12MSP.';

function obs(cycle: string, value: number | null, extra: Partial<Observation> = {}): Observation {
  return { cycle, spanFrom: null, value, qualifier: 'exact', denominator: 10, reporting: 'reported', source: { document: 'Doc', paragraph: 123 }, quote: null, note: null, cycleInferred: false, underReview: null, revisions: [], counted: null, population: null, ...extra };
}

function indicator(id: string, action: number, observations: Observation[], denominator: number | null = 10): Indicator {
  const status = classifyIndicator({ direction: 'increase', denominator, observations, cycles: CYCLES, deadlineCycle: { code: '3RC', ordinal: 4 } });
  return { id, actionPlan: 'LAP', action, actionTitle: '', pillar: 'risk-education', title: `Indicator ${id}`, unit: 'States Parties', direction: 'increase', denominator, population: { description: 'affected', size: denominator, paragraph: 92 }, target: status.inputs.target, observations, status, conflicts: [], override: null, lineage: { predecessor: null, successors: [] }, publicationLevel: 'named', populationStates: null, withdrawn: [], i18n: { lang: 'en', fallback: [] } };
}

/**
 * A status written out by hand rather than computed: these tests are about the briefing's wording of a status, and must
 * not move when the status rule's thresholds do.
 */
function withStatus(base: Indicator, code: StatusCode, projection: StatusProjection | null = null): Indicator {
  const status: IndicatorStatus = {
    ...base.status,
    code,
    reason: `Reason for ${code}.`,
    reasonKey: `status.reason.${code}`,
    reasonParams: {},
    rule: { step: 5, key: code, params: {} },
    projection,
    possible: [code],
    inferredCycles: base.observations.filter((o) => o.cycleInferred).map((o) => o.cycle),
  };
  return { ...base, status };
}

const projection = (value: number, of: number, needed: number): StatusProjection => ({
  deadlineCycle: '3RC',
  value,
  of,
  needed,
  key: 'status.projection.ofN',
  params: { value, of, needed, deadline: '3RC' },
  text: `At this pace, about ${value} of ${of} by the 3RC (needed: ${needed}).`,
});

function briefing(indicators: Indicator[], actions: Action[] = [action(27, indicators.map((i) => i.id))], conflicts: Conflict[] = []) {
  return buildBriefing({ pillar, actionPlan: plan, actions, indicators, conflicts, recentChanges: [], lastPublishedCycle: '13MSP', dataVersion: 1, updatedAt: null, document: 'Doc', lang: 'en' });
}

describe('briefing headline', () => {
  it('no figures: says the actions are described in words', () => {
    const b = briefing([], [action(27, []), action(28, [])]);
    expect(b.headline).toEqual(['None of the 2 actions of Risk education has a figure in the source; they are described in words below.']);
    expect(b.actionsWithoutFigures.map((a) => a.number)).toEqual([27, 28]);
    expect(b.flagged).toEqual([]);
  });

  it('all achieved: one sentence, no flags', () => {
    const b = briefing([indicator('a', 27, [obs('12MSP', 8), obs('13MSP', 10)]), indicator('b', 27, [obs('13MSP', 10)])]);
    expect(b.headline[0]).toBe('All 2 Risk education indicators with figures are achieved.');
    expect(b.headline[1]).toBe('No indicator of this pillar is stalled, declining or too slow for the 3RC.');
  });

  it('counts each status, most severe first, with the issue’s wording', () => {
    const b = briefing([
      indicator('achieved', 27, [obs('10MSP', 8), obs('13MSP', 10)]),
      withStatus(indicator('accel', 29, [obs('10MSP', 0), obs('13MSP', 7)]), 'needs_acceleration'),
      indicator('stalled', 28, [obs('11MSP', 6), obs('12MSP', 6), obs('13MSP', 6)]),
      indicator('achieved2', 30, [obs('13MSP', 10)]),
    ]);
    expect(b.headline[0]).toBe('Of the 4 Risk education indicators with figures, 1 stalled, 1 needs acceleration and 2 achieved.');
    expect(b.flagged.map((f) => f.indicator.id)).toEqual(['stalled']);
    expect(b.others.map((f) => f.indicator.id)).toEqual(['accel', 'achieved', 'achieved2']);
    expect(b.talkingPoints[0]?.text).toBe('“Indicator stalled” did not move between 12MSP and 13MSP: 6 of 10 (60%) in 13MSP. The target is 10 by the 3RC: 4 States Parties still to go; at this pace, about 6.');
  });

  it('one point only: no change sentences and "without enough comparable figures"', () => {
    const b = briefing([indicator('one', 27, [obs('13MSP', 4)])]);
    const [only] = b.others;
    expect(only?.latest).toBe('4 of 10 (40%) in 13MSP (¶123)');
    expect(only?.sincePrevious).toBeNull();
    expect(only?.sinceBaseline).toBeNull();
    expect(only?.projection).toBeNull();
    expect(b.headline[0]).toBe('The one Risk education indicator with figures: 1 without enough comparable figures to judge.');
  });

  it('gives the change since the previous cycle and since the baseline in n of N and percentage points', () => {
    const b = briefing([indicator('a27', 27, [obs('10MSP', 8), obs('11MSP', 8), obs('12MSP', 10), obs('13MSP', 10)])]);
    const [a27] = b.others;
    expect(a27?.sincePrevious?.sentence).toBe('From 10 to 10 of 10 between 12MSP and 13MSP (0 States Parties, 0 percentage points).');
    expect(a27?.sinceBaseline?.sentence).toBe('From 8 to 10 of 10 between 10MSP and 13MSP (+2 States Parties, +20 percentage points). No figure for 11MSP and 12MSP in between.');
  });
});

describe('figures as the document states them', () => {
  const words = (o: Observation, denominator: number | null = 10) =>
    describeFigure(o, indicator('w', 27, [o], denominator), { t: BRIEFING_TEMPLATES_EN, fmt: String, reporting: ['10MSP', '11MSP', '12MSP', '13MSP'] }).text;

  it.each([
    ['a lower bound over the whole review period', obs('13MSP', 8, { spanFrom: '10MSP', qualifier: 'at_least', source: { document: 'Doc', paragraph: 92 } }), 10, 'at least 8 of 10 States Parties over the review period (10MSP–13MSP) (¶92)'],
    ['a lower bound over part of the period', obs('13MSP', 8, { spanFrom: '11MSP', qualifier: 'at_least' }), 10, 'at least 8 of 10 States Parties between 11MSP and 13MSP (¶123)'],
    ['an upper bound without N', obs('13MSP', 51, { qualifier: 'at_most', denominator: null }), null, 'at most 51 States Parties in 13MSP (¶123)'],
    ['a period average without N', obs('13MSP', 23, { spanFrom: '10MSP', qualifier: 'average', denominator: null }), null, 'an average of 23 States Parties over the review period (10MSP–13MSP) (¶123)'],
    ['an approximation', obs('12MSP', 30, { qualifier: 'approximate', denominator: 112 }), 112, 'about 30 of 112 States Parties in 12MSP (¶123)'],
    ['an exact value equal to N is "all N"', obs('13MSP', 12, { denominator: 12 }), 12, 'all 12 States Parties in 13MSP (¶123)'],
    ['an exact value below N is n of N with its share', obs('13MSP', 9, { denominator: 12 }), 12, '9 of 12 (75%) in 13MSP (¶123)'],
    ['an exact count without N', obs('13MSP', 23, { denominator: null }), null, '23 States Parties in 13MSP (¶123)'],
    ['a figure not reported is never zero', obs('12MSP', null, { reporting: 'not_reported' }), 10, 'not reported in 12MSP (¶123)'],
  ])('%s', (_name, o, denominator, expected) => {
    expect(words(o, denominator)).toBe(expected);
  });

  it('a bound-only indicator is worded "at least 8 of 10 … over the review period", never "No usable figure yet"', () => {
    const b = briefing([indicator('q', 28, [obs('13MSP', 8, { spanFrom: '10MSP', qualifier: 'at_least', source: { document: 'Doc', paragraph: 92 } })])]);
    const [q] = b.others;
    expect(q?.latest).toBe('at least 8 of 10 States Parties over the review period (10MSP–13MSP) (¶92)');
    expect(q?.latestFigure).toMatchObject({ qualifier: 'at_least', spanFrom: '10MSP', cycle: '13MSP', paragraph: 92, markers: [] });
    expect(JSON.stringify(b)).not.toContain('No usable figure yet');
    // Nothing to compare a period figure with: no change sentence, and no talking point for an indicator neither flagged nor changed.
    expect(q?.sincePrevious).toBeNull();
    expect(b.talkingPoints).toEqual([]);
  });

  it('the latest figure is the last one for a single cycle, a bound included, rather than an earlier exact one', () => {
    const b = briefing([indicator('b', 27, [obs('11MSP', 6), obs('13MSP', 7, { qualifier: 'at_least' }), obs('13MSP', 5, { spanFrom: '10MSP', qualifier: 'average' })])]);
    const [item] = b.others;
    expect(item?.latest).toBe('at least 7 of 10 States Parties in 13MSP (¶123)');
    expect(item?.figures.map((f) => f.words)).toEqual(['6 of 10 (60%) in 11MSP', 'at least 7 of 10 States Parties in 13MSP', 'an average of 5 of 10 States Parties over the review period (10MSP–13MSP)']);
    // A bound at one end: the change is worded from figure to figure, with no arithmetic.
    expect(item?.sincePrevious).toMatchObject({ fromCycle: '11MSP', toCycle: '13MSP', deltaCount: null, deltaPoints: null });
    expect(item?.sincePrevious?.sentence).toBe('From 6 of 10 (60%) in 11MSP to at least 7 of 10 States Parties in 13MSP; a bound or an average gives no exact change. No figure for 12MSP in between.');
  });

  it('at one cycle, an exact figure is the latest and the one compared, rather than a bound listed after it', () => {
    const b = briefing([indicator('same', 27, [obs('12MSP', 5), obs('13MSP', 8), obs('13MSP', 7, { qualifier: 'at_least' })])]);
    expect(b.others[0]?.latest).toBe('8 of 10 (80%) in 13MSP (¶123)');
    // One figure per cycle enters the change sentences: never "from 13MSP to 13MSP".
    expect(b.others[0]?.sincePrevious?.sentence).toBe('From 5 to 8 of 10 between 12MSP and 13MSP (+3 States Parties, +30 percentage points).');
    expect(b.others[0]?.figures.map((f) => f.words)).toEqual(['5 of 10 (50%) in 12MSP', '8 of 10 (80%) in 13MSP', 'at least 7 of 10 States Parties in 13MSP']);
  });

  it('words bounds in French with non-breaking spaces, and in Spanish with "Estados Partes"', () => {
    const o = obs('13MSP', 8, { spanFrom: '10MSP', qualifier: 'at_least', source: { document: 'Doc', paragraph: 92 } });
    const inLang = (lang: 'fr' | 'es', unit: string) =>
      describeFigure(o, { ...indicator('w', 27, [o]), unit }, { t: BRIEFING_TEMPLATES_BY_LANG[lang], fmt: String, reporting: ['10MSP', '11MSP', '12MSP', '13MSP'] }).text;
    expect(inLang('fr', 'États parties')).toBe('au moins 8\u00a0États parties sur 10 pendant la période d’examen (10MSP–13MSP) (¶92)');
    expect(inLang('es', 'Estados Partes')).toBe('al menos 8 de 10\u00a0Estados Partes durante el período de examen (10MSP–13MSP) (¶92)');
  });
});

describe('under review and inferred cycles', () => {
  it('an under-review figure says "under review by the ISU" with the drafters’ note, and each change it enters says so too', () => {
    const b = briefing([indicator('r', 27, [obs('12MSP', 6), obs('13MSP', 9, { underReview: UNDER_REVIEW })])]);
    const [item] = b.others;
    const marker = 'under review by the ISU (drafters’ note in ¶91: “ISU IS WORKING TO UPDATE THE STATS”)';
    expect(item?.latest).toBe(`9 of 10 (90%) in 13MSP (¶123) [${marker}]`);
    expect(item?.latestFigure?.markers).toEqual([{ kind: 'under_review', cycle: '13MSP', label: 'under review by the ISU', note: UNDER_REVIEW.note, paragraph: 91, text: marker }]);
    expect(item?.figures[0]?.markers).toEqual([]);
    expect(item?.sincePrevious?.sentence).toBe('From 6 to 9 of 10 between 12MSP and 13MSP (+3 States Parties, +30 percentage points). [figure for 13MSP: under review by the ISU]');
    expect(item?.sincePrevious?.markers.map((m) => m.kind)).toEqual(['under_review']);
  });

  it('an inferred-cycle figure says "cycle inferred" with its note, and each change it enters says "cycle inferred"', () => {
    const b = briefing([indicator('i', 27, [obs('10MSP', 8), obs('12MSP', 9, { cycleInferred: true, note: INFERRED_NOTE }), obs('13MSP', 10)])]);
    const [item] = b.others;
    expect(item?.figures[1]?.text).toBe(`9 of 10 (90%) in 12MSP (¶123) [cycle inferred (${INFERRED_NOTE})]`);
    expect(item?.figures[1]?.markers).toEqual([{ kind: 'cycle_inferred', cycle: '12MSP', label: 'cycle inferred', note: INFERRED_NOTE, paragraph: null, text: `cycle inferred (${INFERRED_NOTE})` }]);
    expect(item?.sincePrevious?.sentence).toBe('From 9 to 10 of 10 between 12MSP and 13MSP (+1 State Party, +10 percentage points). [figure for 12MSP: cycle inferred]');
    expect(item?.sinceBaseline?.markers).toEqual([]);
  });

  it('a figure both inferred and under review carries both markers, under review first; without a note the marker stands alone', () => {
    const b = briefing([indicator('both', 27, [obs('12MSP', 9, { cycleInferred: true, underReview: { note: 'UPDATE THE STATS', paragraph: null } })])]);
    expect(b.others[0]?.latest).toBe('9 of 10 (90%) in 12MSP (¶123) [under review by the ISU (drafters’ note: “UPDATE THE STATS”)] [cycle inferred]');
    const change = briefing([indicator('both', 27, [obs('12MSP', 9, { cycleInferred: true, underReview: UNDER_REVIEW }), obs('13MSP', 9)])]);
    expect([...change.flagged, ...change.others][0]?.sincePrevious?.sentence).toBe('From 9 to 9 of 10 between 12MSP and 13MSP (0 States Parties, 0 percentage points). [figure for 12MSP: under review by the ISU and cycle inferred]');
  });
});

describe('off_track', () => {
  const slow = () => withStatus(indicator('slow', 27, [obs('10MSP', 10, { denominator: 112 }), obs('13MSP', 40, { denominator: 112 })], 112), 'off_track', projection(75, 112, 112));

  it('is flagged, counted in the headline, with a talking point on the need and the projection, and the projection is given', () => {
    const b = briefing([slow(), indicator('done', 27, [obs('13MSP', 10)])]);
    expect(b.flagged.map((f) => f.indicator.id)).toEqual(['slow']);
    expect(b.headline[0]).toBe('Of the 2 Risk education indicators with figures, 1 too slow for the 3RC and 1 achieved.');
    expect(b.headline[1]).toBe('1 flagged: Indicator slow (Action 27).');
    expect(b.talkingPoints.map((p) => p.text)).toEqual(['“Indicator slow” rose by 30 States Parties: from 10 of 112 (9%) in 10MSP to 40 of 112 (36%) in 13MSP. The target is 112 by the 3RC: 72 States Parties still to go; at this pace, about 75.']);
    expect(b.flagged[0]?.projection).toBe('At this pace, about 75 of 112 by the 3RC (needed: 112).');
  });

  it('sorts after declining and stalled, before needs acceleration', () => {
    const b = briefing([
      withStatus(indicator('accel', 27, [obs('10MSP', 1), obs('13MSP', 6)]), 'needs_acceleration', projection(8, 10, 10)),
      slow(),
      withStatus(indicator('down', 27, [obs('10MSP', 6), obs('13MSP', 4)]), 'declining'),
      withStatus(indicator('flat', 27, [obs('10MSP', 6), obs('13MSP', 6)]), 'stalled'),
    ]);
    expect(b.flagged.map((f) => f.indicator.id)).toEqual(['down', 'flat', 'slow']);
    expect(b.others.map((f) => [f.indicator.id, f.projection])).toEqual([['accel', 'At this pace, about 8 of 10 by the 3RC (needed: 10).']]);
  });

  it('set by the ISU without a projection: flagged, and the talking point says what the population still leaves', () => {
    const overridden = { ...withStatus(indicator('ov', 27, [obs('10MSP', 2), obs('13MSP', 9)]), 'needs_acceleration', null), override: { code: 'off_track' as const, justification: 'Reports lag.', createdAt: '2025-01-01T00:00:00Z' } };
    const b = briefing([overridden]);
    expect(b.flagged.map((f) => f.effectiveStatus)).toEqual(['off_track']);
    expect(b.talkingPoints.map((p) => p.text)).toEqual(['“Indicator ov” rose by 7 States Parties: from 2 of 10 (20%) in 10MSP to 9 of 10 (90%) in 13MSP. Before the 3RC, 1 State Party still to go.']);
  });

  it('is worded in each language with the deadline', () => {
    const b = (lang: 'fr' | 'es' | 'ar') =>
      buildBriefing({ pillar, actionPlan: plan, actions: [action(27, ['slow'])], indicators: [slow()], conflicts: [], recentChanges: [], lastPublishedCycle: '13MSP', dataVersion: 1, updatedAt: null, document: 'Doc', lang, templates: BRIEFING_TEMPLATES_BY_LANG[lang] });
    for (const lang of ['fr', 'es', 'ar'] as const) {
      const { headline, talkingPoints } = b(lang);
      for (const s of [...headline, ...talkingPoints.map((p) => p.text)]) expect(s, lang).not.toMatch(/[{}]/);
      expect(talkingPoints[0]?.text, lang).toContain('112');
      expect(talkingPoints[0]?.text, lang).toContain('75');
      expect(headline[0], lang).toContain('3RC');
    }
  });
});

describe('conflicts', () => {
  const conflict = (id: string, indicators: string[], action: number | null): Conflict => ({ id, indicators, action, series: null, description: `Conflict ${id}.`, statements: [] });

  it('lists a conflict filed under another pillar’s action when it names this pillar’s indicator, and asks about it', () => {
    const a27 = indicator('a27', 27, [obs('13MSP', 4)]);
    const conflicts = [
      conflict('filed-elsewhere', ['a5-other', 'a27'], 5),
      conflict('filed-here', [], 27),
      conflict('unrelated', ['a5-other'], 5),
    ];
    const b = briefing([a27], [action(27, ['a27'])], conflicts);
    expect(b.conflicts.map((c) => c.id)).toEqual(['filed-elsewhere', 'filed-here']);
    const points = b.talkingPoints.map((p) => p.text);
    expect(points).toContain('The Review Document must settle which figure it keeps: Conflict filed-elsewhere.');
    expect(points).not.toContain('The Review Document must settle which figure it keeps: Conflict unrelated.');
  });

  it('also keeps a conflict an indicator names by id', () => {
    const a27 = { ...indicator('a27', 27, [obs('13MSP', 4)]), conflicts: ['named'] };
    expect(conflictsOfPillar([conflict('named', [], null)], [a27], [action(27, ['a27'])]).map((c) => c.id)).toEqual(['named']);
  });
});

describe('template helpers', () => {
  it('joins lists with commas and a final "and"', () => {
    expect(joinList(['a'], BRIEFING_TEMPLATES_EN)).toBe('a');
    expect(joinList(['a', 'b', 'c'], BRIEFING_TEMPLATES_EN)).toBe('a, b and c');
  });
  it('leaves unknown placeholders visible rather than inventing text', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('talking points', () => {
  const points = (indicators: Indicator[]) => briefing(indicators).talkingPoints.map((p) => p.text);

  it('a flagged indicator resting on a lower bound says "at least" and leaves "at most" so many to go, never the bare number', () => {
    const bounded = withStatus(indicator('b', 27, [obs('10MSP', 4), obs('13MSP', 8, { qualifier: 'at_least' })]), 'stalled', projection(9, 10, 10));
    const [text] = points([bounded]);
    expect(text).toBe('Latest figure for “Indicator b”: at least 8 of 10 States Parties in 13MSP. The target is 10 by the 3RC: at most 2 States Parties still to go; at this pace, about 9.');
    expect(text).not.toMatch(/: 2 States Parties still/);
  });

  it('a movement names both figures and cycles, and says which is under review by the ISU', () => {
    const reviewed = withStatus(indicator('r', 27, [obs('12MSP', 6), obs('13MSP', 4, { underReview: UNDER_REVIEW })]), 'declining');
    expect(points([reviewed])).toEqual(['“Indicator r” fell by 2 States Parties: from 6 of 10 (60%) in 12MSP to 4 of 10 (40%) in 13MSP (the 13MSP figure is under review by the ISU). Before the 3RC, 6 States Parties still to go.']);
  });

  it('an indicator on track that did not move has no point; one that moved has one; each point names its indicator', () => {
    const b = briefing([
      indicator('flat', 27, [obs('13MSP', 10)]),
      indicator('up', 27, [obs('12MSP', 8), obs('13MSP', 10)]),
      withStatus(indicator('s1', 27, [obs('12MSP', 5), obs('13MSP', 5)]), 'stalled'),
      withStatus(indicator('s2', 27, [obs('12MSP', 5), obs('13MSP', 5)]), 'stalled'),
    ]);
    expect(b.talkingPoints.map((p) => p.indicatorId)).toEqual(['s1', 's2', 'up']);
    const texts = b.talkingPoints.map((p) => p.text);
    expect(new Set(texts).size).toBe(texts.length);
    for (const p of b.talkingPoints) expect(p.text).toContain(`“Indicator ${p.indicatorId}”`);
  });

  it('is worded in French with no-break spaces and the bound', () => {
    const bounded = withStatus(indicator('b', 27, [obs('10MSP', 4), obs('13MSP', 8, { qualifier: 'at_least' })]), 'stalled', projection(9, 10, 10));
    const fr = buildBriefing({ pillar, actionPlan: plan, actions: [action(27, ['b'])], indicators: [bounded], conflicts: [], recentChanges: [], lastPublishedCycle: '13MSP', dataVersion: 1, updatedAt: null, document: 'Doc', lang: 'fr', templates: BRIEFING_TEMPLATES_BY_LANG.fr });
    const [text] = fr.talkingPoints.map((p) => p.text);
    expect(text).toContain('au moins 8');
    expect(text).toContain('au plus 2');
    expect(text).not.toMatch(/[^\u00a0][:;?!]/);
  });
});
