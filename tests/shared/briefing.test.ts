// Briefing sentences are templates over the data: edge cases a Coordinator would notice.
import { describe, expect, it } from 'vitest';
import { buildBriefing, BRIEFING_TEMPLATES_EN, fill, joinList } from '../../shared/src/domain/briefing.ts';
import { classifyIndicator } from '../../shared/src/domain/classify.ts';
import type { Action, ActionPlan, Indicator, Observation, Pillar } from '../../shared/src/schemas/api.ts';

const CYCLES = ['10MSP', '11MSP', '12MSP', '13MSP'].map((code, ordinal) => ({ code, ordinal }));
const plan: ActionPlan = { code: 'LAP', title: 'Lausanne Action Plan', adoptedAt: '2RC', startYear: 2022, endYear: 2026, deadlineCycle: '3RC', paragraphs: [], cycles: ['10MSP', '11MSP', '12MSP', '13MSP', '3RC'] };
const pillar: Pillar = { slug: 'risk-education', actionPlan: 'LAP', name: 'Risk education', actionFrom: 27, actionTo: 30, order: 4, paragraphs: [], actionCount: 4, indicatorCount: 0, i18n: { lang: 'en', fallback: [] } };
const action = (number: number, indicators: string[]): Action => ({ number, actionPlan: 'LAP', pillar: 'risk-education', secondaryPillars: [], title: `Action ${number} title`, summary: `What the document says about ${number}.`, paragraphs: [120 + number], document: 'Doc', indicators, i18n: { lang: 'en', fallback: [] } });

function obs(cycle: string, value: number, extra: Partial<Observation> = {}): Observation {
  return { cycle, spanFrom: null, value, qualifier: 'exact', denominator: 10, reporting: 'reported', source: { document: 'Doc', paragraph: 123 }, quote: null, note: null, revisions: [], ...extra };
}

function indicator(id: string, action: number, observations: Observation[], denominator: number | null = 10): Indicator {
  const status = classifyIndicator({ direction: 'increase', denominator, observations, cycles: CYCLES, deadlineCycle: { code: '3RC', ordinal: 4 } });
  return { id, action, actionTitle: '', pillar: 'risk-education', title: `Indicator ${id}`, unit: 'States Parties', direction: 'increase', denominator, population: { description: 'affected', size: denominator, paragraph: 92 }, target: status.inputs.target, observations, status, conflicts: [], override: null, i18n: { lang: 'en', fallback: [] } };
}

function briefing(indicators: Indicator[], actions: Action[] = [action(27, indicators.map((i) => i.id))]) {
  return buildBriefing({ pillar, actionPlan: plan, actions, indicators, conflicts: [], recentChanges: [], lastPublishedCycle: '13MSP', dataVersion: 1, updatedAt: null, document: 'Doc', lang: 'en' });
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
    expect(b.headline[1]).toBe('No indicator of this pillar is stalled or declining.');
  });

  it('counts each status, most severe first, with the issue’s wording', () => {
    const b = briefing([
      indicator('achieved', 27, [obs('10MSP', 8), obs('13MSP', 10)]),
      indicator('accel', 29, [obs('10MSP', 0), obs('13MSP', 7)]),
      indicator('stalled', 28, [obs('11MSP', 6), obs('12MSP', 6), obs('13MSP', 6)]),
      indicator('achieved2', 30, [obs('13MSP', 10)]),
    ]);
    expect(b.headline[0]).toBe('Of the 4 Risk education indicators with figures, 1 stalled, 1 needs acceleration and 2 achieved.');
    expect(b.flagged.map((f) => f.indicator.id)).toEqual(['stalled']);
    expect(b.others.map((f) => f.indicator.id)).toEqual(['accel', 'achieved', 'achieved2']);
    expect(b.questions[0]).toBe('Which States Parties expect to report progress on “Indicator stalled” before the 3RC? 4 still to go.');
  });

  it('one point only: no change sentences and "without enough comparable figures"', () => {
    const b = briefing([indicator('one', 27, [obs('13MSP', 4)])]);
    const [only] = b.others;
    expect(only?.latest).toBe('4 of 10 (40%) in 13MSP');
    expect(only?.sincePrevious).toBeNull();
    expect(only?.sinceBaseline).toBeNull();
    expect(b.headline[0]).toBe('The one Risk education indicator with figures: 1 without enough comparable figures to judge.');
  });

  it('qualified figures only: no arithmetic, and a question asking for per-cycle reporting', () => {
    const b = briefing([indicator('q', 28, [obs('13MSP', 8, { spanFrom: '10MSP', qualifier: 'at_least' })])]);
    expect(b.others[0]?.latest).toBeNull();
    expect(b.questions).toEqual(['Can States Parties report “Indicator q” cycle by cycle, so that progress can be measured?']);
  });

  it('gives the change since the previous cycle and since the baseline in n of N and percentage points', () => {
    const b = briefing([indicator('a27', 27, [obs('10MSP', 8), obs('11MSP', 8), obs('12MSP', 10), obs('13MSP', 10)])]);
    const [a27] = b.others;
    expect(a27?.sincePrevious?.sentence).toBe('From 10 to 10 of 10 between 12MSP and 13MSP (0 States Parties, 0 percentage points).');
    expect(a27?.sinceBaseline?.sentence).toBe('From 8 to 10 of 10 between 10MSP and 13MSP (+2 States Parties, +20 percentage points).');
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
