import { describe, it, expect } from 'vitest';
import {
  CANDIDATE_CAP,
  classifyIndicator,
  DEFAULT_THRESHOLDS,
  formatReason,
  REASON_TEMPLATES,
  renderReason,
  STATUS_LABELS,
  stalledSince,
  templateParams,
  type ClassifierInput,
  type ClassifierObservation,
} from '../../shared/src/domain/classify.ts';
import { isFlagged, STATUS_CODES, type StatusCode } from '../../shared/src/schemas/common.ts';
import {
  ClassifyRequestSchema,
  IndicatorStatusSchema,
  type IndicatorStatus,
} from '../../shared/src/schemas/status.ts';

// The LAP: 10MSP = 0 … 13MSP = 3, deadline the Third Review Conference, ordinal 4.
const CYCLES = ['10MSP', '11MSP', '12MSP', '13MSP'].map((code, ordinal) => ({ code, ordinal }));
const DEADLINE = { code: '3RC', ordinal: 4 };

/** Exact, reported, per-cycle figures: { '10MSP': 0, '13MSP': 7 }. */
function series(values: Record<string, number>): ClassifierObservation[] {
  return Object.entries(values).map(([cycle, value]) => ({ cycle, value }));
}

function input(overrides: Partial<ClassifierInput> & Pick<ClassifierInput, 'observations'>): ClassifierInput {
  return { direction: 'increase', cycles: CYCLES, deadlineCycle: DEADLINE, ...overrides };
}

const RANGE_KEYS = /^status\.reason\.insufficient_(range|either)/;

/** The latest value appears in the sentence as a whole number (not as part of another number). */
function expectReasonHasLatest(status: IndicatorStatus): void {
  const nk = status.inputs.nk;
  if (nk === null || RANGE_KEYS.test(status.reasonKey)) return;
  const text = Number.isInteger(nk) ? String(nk) : String(Math.round(nk * 100) / 100);
  expect(status.reason).toMatch(new RegExp(`(^|[^0-9.])${text.replace('.', '\\.')}([^0-9]|$)`));
}

/** Every number anywhere in the output is finite, and none is -0. */
function collectNonFinite(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? [] : [`${path}=${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => collectNonFinite(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => collectNonFinite(v, `${path}.${k}`));
  }
  return [];
}

/** What every status must satisfy, whatever the input. */
function expectWellFormed(status: IndicatorStatus, where = ''): void {
  expect(IndicatorStatusSchema.parse(status), where).toEqual(status);
  expect(collectNonFinite(status), where).toEqual([]);
  expect(status.reason, where).not.toMatch(/[{}–]|NaN|Infinity|undefined/);
  expect(Object.keys(REASON_TEMPLATES), where).toContain(status.reasonKey);
  expect(status.reason, where).toBe(renderReason(status.reasonKey, status.reasonParams));
  expect(status.rule.key, where).toMatch(/^[a-z_]+$/);
  if (RANGE_KEYS.test(status.reasonKey)) {
    expect(status.code, where).toBe('insufficient_data');
    expect(status.rule, where).toMatchObject({ step: 8, key: 'range' });
    expect(status.possible.length, where).toBeGreaterThan(1);
  } else {
    expect(status.possible, where).toEqual([status.code]);
  }
  if (status.projection !== null) {
    expect(status.projection.text, where).toBe(formatReason(status.projection.key, status.projection.params));
    expect(status.projection.text, where).not.toMatch(/[{}–]|NaN|Infinity|undefined/);
    expect(status.projection.value, where).toBeGreaterThanOrEqual(0);
    if (status.projection.of !== null) expect(status.projection.value, where).toBeLessThanOrEqual(status.projection.of);
    expect(['achieved', 'insufficient_data'], where).not.toContain(status.code);
  }
  if (status.inferredCycles.length > 0) expect(status.reason, where).toContain('were inferred');
  expectReasonHasLatest(status);
}

interface Case {
  name: string;
  input: ClassifierInput;
  code: StatusCode;
  step?: number;
  key?: string;
  ratio?: number;
  reasonKey?: string;
  usablePoints?: number;
  check?: (status: IndicatorStatus) => void;
}

function runCase(c: Case): IndicatorStatus {
  const status = classifyIndicator(c.input);
  expect(status.code).toBe(c.code);
  if (c.step !== undefined) expect(status.rule.step).toBe(c.step);
  if (c.key !== undefined) expect(status.rule.key).toBe(c.key);
  if (c.ratio !== undefined) expect(status.inputs.ratio).toBeCloseTo(c.ratio, 9);
  if (c.reasonKey !== undefined) expect(status.reasonKey).toBe(`status.reason.${c.reasonKey}`);
  if (c.usablePoints !== undefined) expect(status.inputs.usablePoints).toBe(c.usablePoints);
  expectWellFormed(status);
  c.check?.(status);
  return status;
}

/** One test per case, titled by its name: runCase checks what the case names and that the status is well formed. */
function itClassifies(cases: Case[]): void {
  it.each(cases)('$name', (c) => {
    runCase(c);
  });
}

describe('classifyIndicator — ratio boundaries', () => {
  itClassifies([
    { name: 'R exactly 0.5 needs acceleration (0 → 1 of 4, 10MSP to 12MSP, 11MSP missing)', input: input({ denominator: 4, observations: series({ '10MSP': 0, '12MSP': 1 }) }), code: 'needs_acceleration', ratio: 0.5, step: 6, key: 'pace_between' },
    {
      name: 'R exactly 0.5 needs acceleration with one-State steps on consecutive cycles (0,1,2,3 of 8)',
      input: input({ denominator: 8, observations: series({ '10MSP': 0, '11MSP': 1, '12MSP': 2, '13MSP': 3 }) }),
      code: 'needs_acceleration',
      ratio: 0.5,
      key: 'pace_between',
    },
    {
      name: 'R just below 0.5 with a gain of 24 States is too slow, not stalled (0 → 24 of 100 by 12MSP: R 0.48)',
      input: input({ denominator: 100, observations: series({ '10MSP': 0, '12MSP': 24 }) }),
      code: 'off_track',
      ratio: 0.48,
      step: 6,
      key: 'pace_below_stalled',
      reasonKey: 'off_track',
      check: (s) => expect(s.rule.params).toMatchObject({ ratio: 0.48, stalledBelow: 0.5, onTrackFrom: 0.95 }),
    },
    { name: 'R exactly 0.95 is on track (0 → 19 of 40 by 12MSP)', input: input({ denominator: 40, observations: series({ '10MSP': 0, '12MSP': 19 }) }), code: 'on_track', ratio: 0.95, step: 6, key: 'pace_on_track' },
    { name: 'R exactly 0.95 is on track (0 → 57 of 80 by 13MSP)', input: input({ denominator: 80, observations: series({ '10MSP': 0, '13MSP': 57 }) }), code: 'on_track', ratio: 0.95, key: 'pace_on_track' },
    { name: 'R just below 0.95 needs acceleration (0 → 47 of 100 by 12MSP: R 0.94)', input: input({ denominator: 100, observations: series({ '10MSP': 0, '12MSP': 47 }) }), code: 'needs_acceleration', ratio: 0.94 },
    {
      name: 'R exactly 0.5 with an explicit target of 60% (20 → 30 of 100 by 12MSP)',
      input: input({ denominator: 100, targetShare: 0.6, observations: series({ '10MSP': 20, '12MSP': 30 }) }),
      code: 'needs_acceleration',
      ratio: 0.5,
      check: (s) => expect(s.inputs.target).toBe(0.6),
    },
  ]);
});

describe('classifyIndicator — two flags: stalled (no net movement) and too slow (off track)', () => {
  itClassifies([
    {
      name: 'a net gain of exactly one State at R below 0.5 is too slow (0 → 1 of 10, 10MSP to 13MSP: R 0.13)',
      input: input({ denominator: 10, observations: series({ '10MSP': 0, '13MSP': 1 }) }),
      code: 'off_track',
      key: 'pace_below_stalled',
      check: (s) => {
        expect(isFlagged(s.code)).toBe(true);
        expect(s.reason).toMatch(/^Too slow for the 3RC: from 0 to 1 of 10 States Parties/);
        expect(s.reason).toContain('the right direction but 0.13 times the pace needed');
      },
    },
    {
      name: 'a net gain just under one State is stalled even with a target (5 → 5.9 of 10, approximate)',
      input: input({
        denominator: 10,
        observations: [
          { cycle: '10MSP', value: 5 },
          { cycle: '13MSP', value: 5.9, qualifier: 'approximate' },
        ],
      }),
      code: 'stalled',
      step: 5,
      key: 'net_gain_below_one',
      reasonKey: 'stalled_no_gain_share',
      check: (s) => expect(s.rule.params).toEqual({ netGain: 0.9, threshold: 1 }),
    },
    {
      name: 'A43: 51 → 63 of 112 with "did not exceed 51" over 10MSP–12MSP is too slow, not stalled',
      input: input({
        denominator: 112,
        observations: [
          { cycle: '10MSP', value: 51 },
          { cycle: '12MSP', spanFrom: '10MSP', value: 51, qualifier: 'at_most' },
          { cycle: '13MSP', value: 63 },
        ],
      }),
      code: 'off_track',
      key: 'pace_below_stalled',
      usablePoints: 4, // 11MSP and 12MSP are bounded by the span: [0, 51] each
      check: (s) => {
        expect(s.possible).toEqual(['off_track']);
        expect(s.reason).toBe(
          'Too slow for the 3RC: from 51 to 63 of 112 States Parties (46% to 56%) between 10MSP and 13MSP, the right direction but 0.26 times the pace needed (3.6 against 13.6 percentage points a cycle) to reach 100% in time, below 0.50.',
        );
        expect(s.projection?.text).toBe('At this pace, about 67 of 112 States Parties by the 3RC (needed: 112).');
        expect(s.rule.params.series).toBe(25);
      },
    },
    {
      name: '63 → 67 of 112 between 11MSP and 13MSP is too slow, with a projection',
      input: input({ denominator: 112, observations: series({ '11MSP': 63, '13MSP': 67 }) }),
      code: 'off_track',
      check: (s) => {
        expect(s.projection).toEqual({
          deadlineCycle: '3RC',
          value: 69,
          of: 112,
          needed: 112,
          key: 'status.projection.share',
          params: { value: 69, N: 112, unit: 'States Parties', deadlineCycle: '3RC', needed: 112 },
          text: 'At this pace, about 69 of 112 States Parties by the 3RC (needed: 112).',
        });
      },
    },
    {
      name: 'changed population: 3 of 10 → 4 of 12 is a gain of at least one State at R below 0.5 (too slow)',
      input: input({
        observations: [
          { cycle: '10MSP', value: 3, denominator: 10 },
          { cycle: '13MSP', value: 5, denominator: 12 },
        ],
      }),
      code: 'off_track',
      reasonKey: 'off_track_changed_population',
    },
  ]);
});

describe('classifyIndicator — one State is the smallest movement (ε)', () => {
  itClassifies([
    {
      name: 'counts: a net gain of exactly one (ε = 1) is improving',
      input: input({ observations: series({ '10MSP': 3, '13MSP': 4 }) }),
      code: 'improving',
      step: 7,
      key: 'no_target_gain',
      check: (s) => {
        expect(s.inputs.epsilon).toBe(1);
        expect(s.inputs.usesShares).toBe(false);
        expect(s.inputs.target).toBeNull();
      },
    },
    {
      name: 'counts: a net gain of less than one is stalled',
      input: input({
        observations: [
          { cycle: '10MSP', value: 3 },
          { cycle: '13MSP', value: 3.5, qualifier: 'approximate' },
        ],
      }),
      code: 'stalled',
      key: 'net_gain_below_one',
      reasonKey: 'stalled_no_target',
    },
    {
      name: 'shares: a loss of exactly one State (ε = 1/10) is declining',
      input: input({ denominator: 10, observations: series({ '10MSP': 5, '12MSP': 4 }) }),
      code: 'declining',
      step: 4,
      key: 'net_loss',
      reasonKey: 'declining_share',
      check: (s) => expect(s.rule.params).toEqual({ netGain: -1, threshold: -1 }),
    },
    {
      name: 'shares: a loss of less than one State is not declining (stalled: no net gain)',
      input: input({
        denominator: 10,
        observations: [
          { cycle: '10MSP', value: 5 },
          { cycle: '12MSP', value: 4.5, qualifier: 'approximate' },
        ],
      }),
      code: 'stalled',
      key: 'net_gain_below_one',
      check: (s) => expect(s.inputs.ratio).toBeLessThan(0),
    },
    {
      name: 'shares: steps of exactly one State on consecutive cycles are gains, so test (b) does not fire',
      input: input({ denominator: 10, observations: series({ '10MSP': 0, '11MSP': 5, '12MSP': 6, '13MSP': 7 }) }),
      code: 'needs_acceleration',
      key: 'pace_between',
    },
    {
      name: 'shares: steps of less than one State on consecutive cycles fire test (b), and the sentence says "up from 0"',
      input: input({
        denominator: 10,
        observations: [
          { cycle: '10MSP', value: 0 },
          { cycle: '11MSP', value: 5 },
          { cycle: '12MSP', value: 5.5, qualifier: 'approximate' },
          { cycle: '13MSP', value: 6, qualifier: 'approximate' },
        ],
      }),
      code: 'stalled',
      step: 5,
      key: 'recent_test',
      reasonKey: 'stalled_recent_up_share',
      check: (s) => {
        expect(s.reason).toBe(
          'Stalled: 6 of 10 States Parties (60%) in 13MSP, after 5 in 11MSP and 5.5 in 12MSP, up from 0 in 10MSP but with no gain of even one in the last two cycles; 4 still to go by the 3RC.',
        );
        expect(s.rule.params).toEqual({ gainLast: 0.5, gainBefore: 0.5, threshold: 1 });
      },
    },
    {
      name: 'shares: one-State steps with N = 7 still count as gains despite floating point (2,3,4,5 of 7)',
      input: input({ denominator: 7, observations: series({ '10MSP': 2, '11MSP': 3, '12MSP': 4, '13MSP': 5 }) }),
      code: 'needs_acceleration',
      ratio: 0.8,
    },
  ]);
});

describe('classifyIndicator — what counts and what does not', () => {
  itClassifies([
    { name: 'zero baseline and zero latest with N known is stalled (no net gain; R = 0)', input: input({ denominator: 10, observations: series({ '10MSP': 0, '12MSP': 0 }) }), code: 'stalled', ratio: 0, key: 'net_gain_below_one' },
    { name: 'zero baseline, counts: 0 → 0 is stalled', input: input({ observations: series({ '10MSP': 0, '13MSP': 0 }) }), code: 'stalled', reasonKey: 'stalled_no_target' },
    { name: 'zero baseline, counts: 0 → 2 is improving', input: input({ observations: series({ '10MSP': 0, '13MSP': 2 }) }), code: 'improving', check: (s) => expect(s.reason).toContain('a net improvement of 2') },
    {
      name: 'gap: 10MSP, 12MSP, 13MSP with no gain in the last step is not stalled by test (b) (0, 8, 8 of 10: on track)',
      input: input({ denominator: 10, observations: series({ '10MSP': 0, '12MSP': 8, '13MSP': 8 }) }),
      code: 'on_track',
      key: 'pace_on_track',
    },
    {
      name: 'no gap: 11MSP, 12MSP, 13MSP with no gain is stalled by test (b) even though R ≥ 0.95 (0, 8, 8, 8 of 10)',
      input: input({ denominator: 10, observations: series({ '10MSP': 0, '11MSP': 8, '12MSP': 8, '13MSP': 8 }) }),
      code: 'stalled',
      key: 'recent_test',
      reasonKey: 'stalled_recent_same_up_share',
      check: (s) => {
        expect(s.inputs.ratio).toBeGreaterThan(0.95);
        expect(s.inputs.recentSteps).toEqual([
          { from: '11MSP', to: '12MSP', change: 0 },
          { from: '12MSP', to: '13MSP', change: 0 },
        ]);
        expect(s.reason).toContain('up from 0 in 10MSP');
        expect(s.reason).toContain('2 still to go by the 3RC');
        expect(stalledSince(s.history)).toBe('13MSP'); // as in docs/status-rule.md
      },
    },
    {
      name: 'gap: 10MSP, 12MSP, 13MSP with a gain of one State is too slow, not stalled by test (b) (0, 1, 1 of 10)',
      input: input({ denominator: 10, observations: series({ '10MSP': 0, '12MSP': 1, '13MSP': 1 }) }),
      code: 'off_track',
      key: 'pace_below_stalled',
    },
    { name: 'gap, counts: 2, 5, 5 on 10MSP, 12MSP, 13MSP is improving (test (b) needs consecutive cycles)', input: input({ observations: series({ '10MSP': 2, '12MSP': 5, '13MSP': 5 }) }), code: 'improving' },
    {
      name: 'no gap, counts: 2, 5, 5, 5 is stalled by test (b), "the same as … up from 2"',
      input: input({ observations: series({ '10MSP': 2, '11MSP': 5, '12MSP': 5, '13MSP': 5 }) }),
      code: 'stalled',
      key: 'recent_test',
      reasonKey: 'stalled_recent_same_up_count',
      check: (s) =>
        expect(s.reason).toBe('Stalled: 5 States Parties in 13MSP, the same as in 11MSP and 12MSP, up from 2 in 10MSP.'),
    },
    {
      name: 'test (b) on a fall of less than one State since the baseline says "down from" (approximate 6 → 5.5, 5.5, 5.5 of 10)',
      input: input({
        denominator: 10,
        observations: [
          { cycle: '10MSP', value: 6 },
          { cycle: '11MSP', value: 5.5, qualifier: 'approximate' },
          { cycle: '12MSP', value: 5.5, qualifier: 'approximate' },
          { cycle: '13MSP', value: 5.5, qualifier: 'approximate' },
        ],
      }),
      code: 'stalled',
      reasonKey: 'stalled_recent_same_down_share',
      check: (s) => expect(s.reason).toContain('down from 6 in 10MSP'),
    },
    {
      name: 'bounds enter as intervals; averages and exact spans do not (0, ≥10, ≤1, 7 of 10: needs acceleration)',
      input: input({
        denominator: 10,
        observations: [
          { cycle: '10MSP', value: 0 },
          { cycle: '11MSP', value: 10, qualifier: 'at_least' },
          { cycle: '12MSP', value: 10, qualifier: 'average' },
          { cycle: '12MSP', value: 1, qualifier: 'at_most' },
          { cycle: '13MSP', spanFrom: '10MSP', value: 10 },
          { cycle: '13MSP', value: 7 },
        ],
      }),
      code: 'needs_acceleration',
      usablePoints: 4,
      check: (s) => {
        expect(s.inputs.pk).toBe(0.7);
        expect(s.inputs.latestCycle).toBe('13MSP');
        expect(s.rule.params.series).toBe(2); // 12MSP tried at 0 and 1
      },
    },
    {
      name: 'at least 10 of 10 can only be 10 of 10: achieved, and the sentence keeps the bound',
      input: input({
        denominator: 10,
        observations: [
          { cycle: '12MSP', value: 10, qualifier: 'at_least' },
          { cycle: '13MSP', spanFrom: '11MSP', value: 10, qualifier: 'average' },
        ],
      }),
      code: 'achieved',
      step: 2,
      key: 'target_met',
      usablePoints: 1,
      check: (s) =>
        expect(s.reason).toBe(
          'Achieved: at least 10 of 10 States Parties (at least 100%) in 12MSP, which meets the target of 100% set for the 3RC.',
        ),
    },
    {
      name: 'an exact span is an upper bound on each cycle: none during the period, fewer is better, is achieved',
      input: input({ direction: 'decrease', observations: [{ cycle: '13MSP', spanFrom: '10MSP', value: 0 }] }),
      code: 'achieved',
      step: 2,
      key: 'target_met',
      usablePoints: 4,
    },
    {
      name: 'an exact span of 3 over the period leaves a gain or a loss open: insufficient, with the range',
      input: input({ observations: [{ cycle: '13MSP', spanFrom: '10MSP', value: 3 }] }),
      code: 'insufficient_data',
      step: 8,
      key: 'range',
      check: (s) => expect(s.possible).toEqual(expect.arrayContaining(['declining', 'stalled', 'improving'])),
    },
    {
      name: 'an average over the period constrains no cycle: the reason says figures for two cycles would settle it',
      input: input({ denominator: 112, observations: [{ cycle: '13MSP', spanFrom: '10MSP', value: 31, qualifier: 'average' }] }),
      code: 'insufficient_data',
      step: 1,
      key: 'no_usable_point',
      usablePoints: 0,
      check: (s) =>
        expect(s.reason).toBe(
          'Insufficient data: the document gives figures for the period as a whole, not for each cycle, so no trend can be judged; figures for two cycles would settle it.',
        ),
    },
    {
      name: 'not_reported is ignored, never read as zero (latest usable stays 11MSP)',
      input: input({
        denominator: 10,
        observations: [
          { cycle: '10MSP', value: 4 },
          { cycle: '11MSP', value: 6 },
          { cycle: '12MSP', value: null, reporting: 'not_reported' },
          { cycle: '13MSP', value: 0, reporting: 'not_reported' },
        ],
      }),
      code: 'on_track',
      usablePoints: 2,
      check: (s) => {
        expect(s.inputs.latestCycle).toBe('11MSP');
        expect(s.inputs.nk).toBe(6);
      },
    },
    {
      name: 'not_applicable and a reported null value are ignored too',
      input: input({
        denominator: 10,
        observations: [
          { cycle: '10MSP', value: 4 },
          { cycle: '12MSP', value: null },
          { cycle: '13MSP', value: 0, reporting: 'not_applicable' },
        ],
      }),
      code: 'insufficient_data',
      usablePoints: 1,
      step: 3,
      key: 'too_few_points',
      reasonKey: 'insufficient_one_share',
    },
    {
      name: 'an observation naming a cycle absent from the cycle list is ignored',
      input: input({ denominator: 10, observations: series({ '9MSP': 0, '10MSP': 5, '13MSP': 5 }) }),
      code: 'stalled',
      usablePoints: 2,
      check: (s) => expect(s.inputs.baselineCycle).toBe('10MSP'),
    },
    {
      name: 'two usable figures for one cycle: the exact one wins over the approximate one',
      input: input({
        denominator: 10,
        observations: [
          { cycle: '10MSP', value: 0 },
          { cycle: '13MSP', value: 7 },
          { cycle: '13MSP', value: 9, qualifier: 'approximate' },
        ],
      }),
      code: 'needs_acceleration',
      usablePoints: 2,
      check: (s) => expect(s.inputs.nk).toBe(7),
    },
  ]);
});

describe('classifyIndicator — targets, direction and population', () => {
  itClassifies([
    { name: 'a single point at target is achieved (10 of 10)', input: input({ denominator: 10, observations: series({ '12MSP': 10 }) }), code: 'achieved', step: 2, key: 'target_met', usablePoints: 1 },
    {
      name: 'twelve of twelve (exact) at 13MSP with a 100% target is achieved from one point',
      input: input({ denominator: 12, targetShare: 1, observations: series({ '13MSP': 12 }) }),
      code: 'achieved',
      key: 'target_met',
      check: (s) => {
        expect(s.rule.params).toEqual({ latest: 12, needed: 12, N: 12 });
        expect(s.projection).toBeNull();
      },
    },
    {
      name: 'a single point below target is insufficient data (9 of 10)',
      input: input({ denominator: 10, observations: series({ '12MSP': 9 }) }),
      code: 'insufficient_data',
      step: 3,
      reasonKey: 'insufficient_one_share',
      check: (s) => expect(s.rule.params).toEqual({ usablePoints: 1, minPoints: 2 }),
    },
    { name: 'a single count without N is insufficient data', input: input({ observations: series({ '12MSP': 9 }) }), code: 'insufficient_data', reasonKey: 'insufficient_one_count', check: (s) => expect(s.inputs.target).toBeNull() },
    { name: 'target already met at baseline and still met is achieved', input: input({ denominator: 10, observations: series({ '10MSP': 10, '11MSP': 10 }) }), code: 'achieved' },
    { name: 'target met at baseline, then one State lost, is declining', input: input({ denominator: 10, observations: series({ '10MSP': 10, '11MSP': 9 }) }), code: 'declining' },
    {
      name: 'explicit target met at baseline, then slipped below by less than one State: stalled, ratio null (r_req ≤ 0)',
      input: input({
        denominator: 10,
        targetShare: 0.55,
        observations: [
          { cycle: '10MSP', value: 6 },
          { cycle: '12MSP', value: 5.4, qualifier: 'approximate' },
        ],
      }),
      code: 'stalled',
      key: 'slipped',
      reasonKey: 'stalled_slipped',
      check: (s) => {
        expect(s.inputs.ratio).toBeNull();
        expect(s.inputs.rReq).toBeLessThan(0);
      },
    },
    { name: 'an explicit target below the latest share is achieved (7 of 10 against 70%)', input: input({ denominator: 10, targetShare: 0.7, observations: series({ '10MSP': 0, '13MSP': 7 }) }), code: 'achieved' },
    { name: 'an explicit target is ignored when N is unknown (counts have no target)', input: input({ targetShare: 0.5, observations: series({ '10MSP': 0, '13MSP': 7 }) }), code: 'improving', check: (s) => expect(s.inputs.target).toBeNull() },
    {
      name: 'direction −1 (fewer is better), target 0: 8, 6, 4, 2 of 10 is on track (R = 1)',
      input: input({
        direction: 'decrease',
        denominator: 10,
        observations: series({ '10MSP': 8, '11MSP': 6, '12MSP': 4, '13MSP': 2 }),
      }),
      code: 'on_track',
      ratio: 1,
      check: (s) => {
        expect(s.inputs.target).toBe(0);
        expect(s.projection?.text).toBe('At this pace, about 0 of 10 States Parties by the 3RC (needed: 0).');
      },
    },
    { name: 'direction −1: reaching 0 is achieved', input: input({ direction: 'decrease', denominator: 10, observations: series({ '10MSP': 8, '12MSP': 0 }) }), code: 'achieved' },
    { name: 'direction −1: a single point at 0 is achieved', input: input({ direction: 'decrease', denominator: 10, observations: series({ '11MSP': 0 }) }), code: 'achieved' },
    {
      name: 'direction −1: a rise from 4 to 6 of 10 is declining',
      input: input({ direction: 'decrease', denominator: 10, observations: series({ '10MSP': 4, '12MSP': 6 }) }),
      code: 'declining',
      check: (s) => expect(s.reason).toContain('20 percentage points away from the target of 0%'),
    },
    {
      name: 'direction −1: 8, 8, 8 of 10 on consecutive cycles is stalled by test (b)',
      input: input({ direction: 'decrease', denominator: 10, observations: series({ '11MSP': 8, '12MSP': 8, '13MSP': 8 }) }),
      code: 'stalled',
      key: 'recent_test',
      reasonKey: 'stalled_recent_same_share',
    },
    {
      name: 'direction −1, counts: 5 → 6 is declining',
      input: input({ direction: 'decrease', observations: series({ '10MSP': 5, '13MSP': 6 }) }),
      code: 'declining',
      reasonKey: 'declining_count',
      check: (s) => expect(s.reason).toContain('1 in the wrong direction'),
    },
    { name: 'declining: 6 → 3 of 10', input: input({ denominator: 10, observations: series({ '10MSP': 6, '11MSP': 5, '13MSP': 3 }) }), code: 'declining', key: 'net_loss', check: (s) => expect(s.reason).toContain('30 percentage points away') },
    {
      name: 'population changing: 5 of 10 → 6 of 12 is the same share (50%), stalled with ε = 1/12',
      input: input({
        observations: [
          { cycle: '10MSP', value: 5, denominator: 10 },
          { cycle: '13MSP', value: 6, denominator: 12 },
        ],
      }),
      code: 'stalled',
      key: 'net_gain_below_one',
      reasonKey: 'stalled_no_gain_share_changed_population',
      check: (s) => {
        expect(s.inputs.p0).toBe(0.5);
        expect(s.inputs.pk).toBe(0.5);
        expect(s.inputs.epsilon).toBeCloseTo(1 / 12, 12);
        expect(s.inputs.denominator).toBe(12);
        expect(s.reason).toContain('from 5 of 10 (50%) in 10MSP to 6 of 12');
      },
    },
    {
      name: 'population changing: 3 of 10 → 9 of 12 uses each point’s own N (R = 0.857…)',
      input: input({
        denominator: 10,
        observations: [
          { cycle: '10MSP', value: 3 },
          { cycle: '13MSP', value: 9, denominator: 12 },
        ],
      }),
      code: 'needs_acceleration',
      ratio: 0.15 / 0.175,
    },
    {
      name: 'N known only from the latest point: earlier points without N borrow it',
      input: input({
        observations: [
          { cycle: '10MSP', value: 2 },
          { cycle: '13MSP', value: 8, denominator: 10 },
        ],
      }),
      code: 'on_track',
      check: (s) => {
        expect(s.inputs.usesShares).toBe(true);
        expect(s.inputs.p0).toBe(0.2);
      },
    },
    {
      name: 'an observation on the deadline cycle counts (0 → 9 of 10 at the 3RC: R 0.9), with no projection',
      input: input({ denominator: 10, observations: series({ '10MSP': 0, '3RC': 9 }) }),
      code: 'needs_acceleration',
      ratio: 0.9,
      check: (s) => expect(s.projection).toBeNull(),
    },
    {
      name: 'baseline not before the deadline: no required pace, stalled without NaN',
      input: input({
        denominator: 10,
        cycles: [...CYCLES, { code: '14MSP', ordinal: 5 }],
        observations: series({ '3RC': 5, '14MSP': 6 }),
      }),
      code: 'stalled',
      step: 5,
      key: 'past_deadline',
      reasonKey: 'stalled_past_deadline',
      check: (s) => {
        expect(s.inputs.rReq).toBeNull();
        expect(s.inputs.ratio).toBeNull();
        expect(s.projection).toBeNull();
      },
    },
  ]);
});

describe('classifyIndicator — fewer is better with N unknown: a count target of 0', () => {
  const decrease = (values: Record<string, number>, extra: Partial<ClassifierInput> = {}) =>
    input({ direction: 'decrease', observations: series(values), ...extra });
  itClassifies([
    {
      name: '13 → 9 → 5 → 0 is achieved (the latest count is 0)',
      input: decrease({ '10MSP': 13, '11MSP': 9, '12MSP': 5, '13MSP': 0 }),
      code: 'achieved',
      key: 'target_met',
      reasonKey: 'achieved_count',
      check: (s) => {
        expect(s.inputs.target).toBe(0);
        expect(s.inputs.usesShares).toBe(false);
        expect(s.inputs.epsilon).toBe(1);
        expect(s.reason).toBe('Achieved: 0 States Parties in 13MSP, which meets the target of none left by the 3RC.');
      },
    },
    {
      name: '9 → 5 over three cycles is judged against 0 by the deadline (R = (4/3)/(9/4) = 0.59: needs acceleration)',
      input: decrease({ '10MSP': 9, '13MSP': 5 }),
      code: 'needs_acceleration',
      ratio: 4 / 3 / (9 / 4),
      reasonKey: 'needs_acceleration_count_target',
      check: (s) => {
        expect(s.inputs.rReq).toBe(2.25);
        expect(s.reason).toBe(
          'Needs acceleration: from 9 to 5 States Parties between 10MSP and 13MSP, a pace of 0.59 times the pace needed (1.3 against 2.3 fewer a cycle) to reach none left by the 3RC.',
        );
        expect(s.projection).toMatchObject({ value: 4, of: null, needed: 0, key: 'status.projection.count_target' });
        expect(s.projection?.text).toBe('At this pace, about 4 States Parties by the 3RC (needed: 0).');
      },
    },
    { name: 'R below 0.5 with a fall of one is too slow (9 → 8: R 0.15)', input: decrease({ '10MSP': 9, '13MSP': 8 }), code: 'off_track', reasonKey: 'off_track_count_target' },
    { name: 'R exactly 1 is on track (8 → 2 over three cycles, 2 a cycle needed)', input: decrease({ '10MSP': 8, '13MSP': 2 }), code: 'on_track', ratio: 1, reasonKey: 'on_track_count_target' },
    { name: 'no fall of even one is stalled (5 → 5)', input: decrease({ '10MSP': 5, '13MSP': 5 }), code: 'stalled', key: 'net_gain_below_one', reasonKey: 'stalled_no_gain_count_target' },
    {
      name: '0 at the baseline, then approximately 0.5: target already met and slipped (stalled)',
      input: input({
        direction: 'decrease',
        observations: [
          { cycle: '10MSP', value: 0 },
          { cycle: '12MSP', value: 0.5, qualifier: 'approximate' },
        ],
      }),
      code: 'stalled',
      key: 'slipped',
      reasonKey: 'stalled_slipped_count',
    },
    { name: 'baseline at the deadline: stalled, no pace', input: decrease({ '3RC': 5, '14MSP': 4 }, { cycles: [...CYCLES, { code: '14MSP', ordinal: 5 }] }), code: 'stalled', key: 'past_deadline', reasonKey: 'stalled_past_deadline_count' },
  ]);
});

describe('classifyIndicator — bounds and period figures', () => {
  const everyCycle = (value: number, qualifier: 'at_least' | 'at_most'): ClassifierObservation[] =>
    CYCLES.map((c) => ({ cycle: c.code, value, qualifier }));
  itClassifies([
    {
      name: 'ten States, at least 8 of 10 in every cycle 10MSP–13MSP and nothing else: insufficient data with a range',
      input: input({ denominator: 10, observations: everyCycle(8, 'at_least') }),
      code: 'insufficient_data',
      step: 8,
      key: 'range',
      reasonKey: 'insufficient_range_several',
      check: (s) => {
        expect(s.possible.length).toBeGreaterThan(1);
        expect(s.possible).toEqual(['declining', 'stalled', 'needs_acceleration', 'achieved']);
        expect(s.reason).toBe(
          'Insufficient data: the figures allow anything from declining to achieved; figures for 10MSP, 11MSP, 12MSP and 13MSP would settle it.',
        );
        expect(s.reasonParams).toMatchObject({ fromStatus: 'declining', toStatus: 'achieved', cyclesItems: '10MSP|11MSP|12MSP|13MSP' });
        expect(s.projection).toBeNull();
        expect(s.inputs.ratio).toBeNull();
      },
    },
    {
      name: 'the same as one span ("throughout the review period, at least 8 of 10"): the bound applies to every cycle',
      input: input({ denominator: 10, observations: [{ cycle: '13MSP', spanFrom: '10MSP', value: 8, qualifier: 'at_least' }] }),
      code: 'insufficient_data',
      key: 'range',
      usablePoints: 4,
    },
    {
      name: 'one cycle at least 8 of 10: either achieved (10) or too few figures (8, 9); a figure for 12MSP settles it',
      input: input({ denominator: 10, observations: [{ cycle: '12MSP', value: 8, qualifier: 'at_least' }] }),
      code: 'insufficient_data',
      reasonKey: 'insufficient_either',
      check: (s) => {
        expect(s.possible).toEqual(['achieved', 'insufficient_data']);
        expect(s.reason).toBe(
          'Insufficient data: the figures allow either achieved or insufficient data; a figure for 12MSP would settle it.',
        );
      },
    },
    {
      name: 'a28: "above 8 for most of the period", 6 at 11MSP (the exact figure wins for its cycle), 9 at 13MSP, N unknown',
      input: input({
        observations: [
          { cycle: '13MSP', spanFrom: '10MSP', value: 8, qualifier: 'at_least' },
          { cycle: '11MSP', value: 6 },
          { cycle: '13MSP', value: 9 },
        ],
      }),
      code: 'insufficient_data',
      reasonKey: 'insufficient_range',
      check: (s) => {
        expect(s.possible).toEqual(['declining', 'stalled', 'improving']);
        // Only the baseline decides: the unbounded 10MSP figure (8, 9, 10, 18, 1008) against the 9 of 13MSP.
        expect(s.reason).toBe(
          'Insufficient data: the figures allow anything from declining to improving; a figure for 10MSP would settle it.',
        );
        expect(s.rule.params).toMatchObject({ possible: 'declining,stalled,improving', cycles: '10MSP', series: 25 });
      },
    },
    {
      name: 'settled by a bound: 8 of 10, then at most 5, is declining whatever the exact figure, worded as a bound',
      input: input({
        denominator: 10,
        observations: [
          { cycle: '10MSP', value: 8 },
          { cycle: '13MSP', value: 5, qualifier: 'at_most' },
        ],
      }),
      code: 'declining',
      check: (s) => {
        expect(s.reason).toBe(
          'Declining: from 8 to at most 5 of 10 States Parties (80% to at most 50%) between 10MSP and 13MSP, 30 to 80 percentage points away from the target of 100%.',
        );
        expect(s.reasonParams).toMatchObject({ nk: 5, nkBound: 'at_most', nkHi: 5, lossPtsBound: 'range' });
        expect(s.projection?.text).toBe('At this pace, about 0 to 4 of 10 States Parties by the 3RC (needed: 10).');
      },
    },
    {
      name: 'settled by an unbounded bound (N unknown): 2, then at least 8, is improving by at least 6',
      input: input({
        observations: [
          { cycle: '10MSP', value: 2 },
          { cycle: '13MSP', value: 8, qualifier: 'at_least' },
        ],
      }),
      code: 'improving',
      check: (s) =>
        expect(s.reason).toBe(
          'Improving: from 2 to at least 8 States Parties between 10MSP and 13MSP, a net improvement of at least 6; there is no target because the number of States concerned is not known.',
        ),
    },
    {
      name: 'an exact figure wins over a bound it contradicts for its cycle (7, yet "at least 9", at 13MSP)',
      input: input({
        denominator: 10,
        observations: [
          { cycle: '10MSP', value: 0 },
          { cycle: '13MSP', value: 9, qualifier: 'at_least' },
          { cycle: '13MSP', value: 7 },
        ],
      }),
      code: 'needs_acceleration',
      check: (s) => expect(s.inputs.nk).toBe(7),
    },
    {
      name: 'bounds that contradict each other leave their cycle silent (at least 6 and at most 4 at 12MSP)',
      input: input({
        denominator: 10,
        observations: [
          { cycle: '10MSP', value: 0 },
          { cycle: '12MSP', value: 6, qualifier: 'at_least' },
          { cycle: '12MSP', value: 4, qualifier: 'at_most' },
          { cycle: '13MSP', value: 7 },
        ],
      }),
      code: 'needs_acceleration',
      usablePoints: 2,
    },
    {
      name: 'several bounds on one cycle intersect (at least 3 and at most 5 of 10: too slow at 3, needs acceleration at 4 or 5)',
      input: input({
        denominator: 10,
        observations: [
          { cycle: '10MSP', value: 0 },
          { cycle: '13MSP', value: 3, qualifier: 'at_least' },
          { cycle: '13MSP', value: 5, qualifier: 'at_most' },
        ],
      }),
      code: 'insufficient_data',
      reasonKey: 'insufficient_either',
      check: (s) => {
        expect(s.possible).toEqual(['off_track', 'needs_acceleration']);
        expect(s.rule.params.series).toBe(3); // 3, 4, 5
        expect(s.reason).toContain('either too slow or needs acceleration; a figure for 13MSP would settle it');
      },
    },
    {
      name: 'a bound with no N of its own takes the latest point’s N as its upper end (at least 2, then 8 of 10)',
      input: input({
        observations: [
          { cycle: '10MSP', value: 2, qualifier: 'at_least' },
          { cycle: '13MSP', value: 8, denominator: 10 },
        ],
      }),
      code: 'insufficient_data',
      key: 'range',
      check: (s) => {
        expect(s.rule.params.series).toBe(5); // 2, 3, 6, 9, 10: not 2 … 1002
        expect(s.reason).toContain('a figure for 10MSP would settle it');
      },
    },
    { name: 'a non-integer bound rounds inward to whole States (at least 9.5 of 10 is 10 of 10: achieved)', input: input({ denominator: 10, observations: [{ cycle: '13MSP', value: 9.5, qualifier: 'at_least' }] }), code: 'achieved' },
    {
      name: 'a bound on a cycle between the baseline and the three latest cannot change the status (no extra series)',
      input: input({
        denominator: 10,
        cycles: [...CYCLES, { code: '14MSP', ordinal: 5 }],
        deadlineCycle: { code: '3RC', ordinal: 6 },
        observations: [
          { cycle: '10MSP', value: 0 },
          { cycle: '11MSP', value: 9, qualifier: 'at_most' },
          { cycle: '12MSP', value: 3 },
          { cycle: '13MSP', value: 4 },
          { cycle: '14MSP', value: 5 },
        ],
      }),
      code: 'needs_acceleration',
      usablePoints: 5,
      check: (s) => expect(s.rule.params.series).toBeUndefined(),
    },
  ]);

  it('an all-exact input takes a single evaluation, and consistent bounds on its cycles change nothing', () => {
    const exact = input({ denominator: 10, observations: series({ '10MSP': 0, '11MSP': 2, '12MSP': 5, '13MSP': 7 }) });
    const plain = classifyIndicator(exact);
    expect(plain.possible).toEqual([plain.code]);
    expect(plain.rule.params.series).toBeUndefined(); // "series" is only given when more than one series was tried
    const withBounds = classifyIndicator({
      ...exact,
      observations: [
        ...exact.observations,
        { cycle: '11MSP', value: 1, qualifier: 'at_least' },
        { cycle: '13MSP', spanFrom: '10MSP', value: 9, qualifier: 'at_most' },
      ],
    });
    expect(withBounds).toEqual(plain);
  });

  it(`four open figures give 5⁴ = 625 series, under the cap of ${CANDIDATE_CAP}`, () => {
    const s = classifyIndicator(input({ denominator: 100, observations: everyCycle(10, 'at_least') }));
    expect(s.rule.params).toMatchObject({ series: 625, capped: 0 });
    expect(625).toBeLessThan(CANDIDATE_CAP);
  });

  it('history under bounds: each cycle judged on the figures published by then', () => {
    const s = classifyIndicator(
      input({
        denominator: 112,
        observations: [
          { cycle: '10MSP', value: 51 },
          { cycle: '12MSP', spanFrom: '10MSP', value: 51, qualifier: 'at_most' },
          { cycle: '13MSP', value: 63 },
        ],
      }),
    );
    // At 12MSP the latest figure is "at most 51": anything from declining to stalled (or worse) is possible.
    expect(s.history.map((h) => h.code)).toEqual(['insufficient_data', 'insufficient_data', 'insufficient_data', 'off_track']);
    expect(stalledSince(s.history)).toBe('13MSP');
  });
});

describe('classifyIndicator — inferred cycles', () => {
  const known = input({ denominator: 10, observations: series({ '10MSP': 2, '12MSP': 5 }) });
  const inferred = input({
    denominator: 10,
    observations: [
      { cycle: '10MSP', value: 2 },
      { cycle: '12MSP', value: 5, cycleInferred: true },
    ],
  });

  it('an inferred point enters the arithmetic like any other, and the reason says so', () => {
    const a = classifyIndicator(known);
    const b = classifyIndicator(inferred);
    expectWellFormed(b);
    expect(b.code).toBe(a.code);
    expect(b.inputs).toEqual(a.inputs);
    expect(b.inferredCycles).toEqual(['12MSP']);
    expect(a.inferredCycles).toEqual([]);
    expect(b.reasonKey).toBe(a.reasonKey);
    expect(b.reason).toBe(
      `${a.reason} The cycles of some figures were inferred (12MSP): the document gives them for the review period without naming the meeting.`,
    );
    expect(b.reasonParams).toMatchObject({ inferredCycles: '12MSP', inferredCyclesItems: '12MSP' });
  });

  it('an inferred figure that is not reported does not enter, and is not named', () => {
    const s = classifyIndicator(
      input({
        denominator: 10,
        observations: [...series({ '10MSP': 2, '12MSP': 5 }), { cycle: '13MSP', value: null, reporting: 'not_reported', cycleInferred: true }],
      }),
    );
    expect(s.inferredCycles).toEqual([]);
    expect(s.reason).not.toContain('inferred');
  });

  it('several inferred cycles are listed in order', () => {
    const s = classifyIndicator(
      input({
        denominator: 10,
        observations: [
          { cycle: '10MSP', value: 2, cycleInferred: true },
          { cycle: '11MSP', value: 3 },
          { cycle: '12MSP', value: 5, cycleInferred: true },
        ],
      }),
    );
    expect(s.inferredCycles).toEqual(['10MSP', '12MSP']);
    expect(s.reason).toContain('were inferred (10MSP and 12MSP)');
  });
});

describe('classifyIndicator — rule on every path', () => {
  const paths: { key: string; step: number; input: ClassifierInput }[] = [
    { key: 'no_usable_point', step: 1, input: input({ observations: [] }) },
    { key: 'target_met', step: 2, input: input({ denominator: 10, observations: series({ '13MSP': 10 }) }) },
    { key: 'too_few_points', step: 3, input: input({ denominator: 10, observations: series({ '13MSP': 4 }) }) },
    { key: 'net_loss', step: 4, input: input({ denominator: 10, observations: series({ '10MSP': 5, '13MSP': 3 }) }) },
    { key: 'recent_test', step: 5, input: input({ observations: series({ '11MSP': 4, '12MSP': 4, '13MSP': 4 }) }) },
    {
      key: 'past_deadline',
      step: 5,
      input: input({ denominator: 10, cycles: [...CYCLES, { code: '14MSP', ordinal: 5 }], observations: series({ '3RC': 5, '14MSP': 6 }) }),
    },
    {
      key: 'slipped',
      step: 5,
      input: input({
        denominator: 10,
        targetShare: 0.5,
        observations: [
          { cycle: '10MSP', value: 5 },
          { cycle: '13MSP', value: 4.5, qualifier: 'approximate' },
        ],
      }),
    },
    { key: 'net_gain_below_one', step: 5, input: input({ denominator: 10, observations: series({ '10MSP': 5, '13MSP': 5 }) }) },
    { key: 'pace_below_stalled', step: 6, input: input({ denominator: 10, observations: series({ '10MSP': 0, '13MSP': 2 }) }) },
    { key: 'pace_between', step: 6, input: input({ denominator: 10, observations: series({ '10MSP': 0, '13MSP': 6 }) }) },
    { key: 'pace_on_track', step: 6, input: input({ denominator: 10, observations: series({ '10MSP': 0, '13MSP': 8 }) }) },
    { key: 'no_target_gain', step: 7, input: input({ observations: series({ '10MSP': 0, '13MSP': 8 }) }) },
    { key: 'range', step: 8, input: input({ denominator: 10, observations: [{ cycle: '13MSP', value: 1, qualifier: 'at_least' }] }) },
  ];
  it.each(paths)('step $step: $key', ({ key, step, input: i }) => {
    const s = classifyIndicator(i);
    expect(s.rule).toMatchObject({ step, key });
    expectWellFormed(s);
    expect(Object.keys(s.rule.params).length).toBeGreaterThan(0);
    expect(s).not.toHaveProperty('inputs.rule');
  });
});

describe('classifyIndicator — thresholds override', () => {
  const base = input({ denominator: 10, observations: series({ '10MSP': 0, '13MSP': 7 }) }); // R = 0.933…
  itClassifies([
    { name: 'defaults: R 0.93 needs acceleration', input: base, code: 'needs_acceleration' },
    { name: 'onTrackFromRatio 0.9: R 0.93 is on track', input: { ...base, thresholds: { onTrackFromRatio: 0.9 } }, code: 'on_track', key: 'pace_on_track', check: (s) => expect(s.rule.params.onTrackFrom).toBe(0.9) },
    { name: 'stalledBelowRatio 0.95: R 0.93 is too slow', input: { ...base, thresholds: { stalledBelowRatio: 0.95 } }, code: 'off_track', check: (s) => expect(s.reason).toContain('below 0.95') },
    { name: 'minPoints 3: two points are insufficient data', input: { ...base, thresholds: { minPoints: 3 } }, code: 'insufficient_data', reasonKey: 'insufficient_few_share', check: (s) => expect(s.reason).toContain('a trend needs at least 3') },
    { name: 'minPoints 1 is raised to 2: a single point below target stays insufficient data', input: input({ denominator: 10, thresholds: { minPoints: 1 }, observations: series({ '10MSP': 3 }) }), code: 'insufficient_data' },
  ]);

  it('exports the default thresholds', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ stalledBelowRatio: 0.5, onTrackFromRatio: 0.95, minPoints: 2 });
  });
});

describe('history and stalledSince', () => {
  it('0, 2, 2, 2 of 10: needs acceleration in 11MSP, too slow in 12MSP, stalled in 13MSP: flagged since 12MSP', () => {
    const s = classifyIndicator(
      input({ denominator: 10, observations: series({ '10MSP': 0, '11MSP': 2, '12MSP': 2, '13MSP': 2 }) }),
    );
    expect(s.history).toEqual([
      { cycle: '10MSP', code: 'insufficient_data' },
      { cycle: '11MSP', code: 'needs_acceleration' },
      { cycle: '12MSP', code: 'off_track' },
      { cycle: '13MSP', code: 'stalled' },
    ]);
    expect(stalledSince(s.history)).toBe('12MSP');
    expect(s.code).toBe('stalled');
  });

  it('history fills cycles without observations, starts at the first observation of any kind, and stops at the latest', () => {
    const s = classifyIndicator(
      input({
        denominator: 10,
        observations: [
          { cycle: '10MSP', value: null, reporting: 'not_reported' },
          { cycle: '11MSP', value: 2 },
          { cycle: '13MSP', value: 6 },
        ],
      }),
    );
    expect(s.history).toEqual([
      { cycle: '10MSP', code: 'insufficient_data' },
      { cycle: '11MSP', code: 'insufficient_data' },
      { cycle: '12MSP', code: 'insufficient_data' },
      { cycle: '13MSP', code: 'needs_acceleration' }, // 2 → 6 of 10 from 11MSP: R = (0.4 / 2) / (0.8 / 3) = 0.75
    ]);
    expect(stalledSince(s.history)).toBeNull();
  });

  it('the deadline cycle appears in history only when observed', () => {
    const without = classifyIndicator(input({ denominator: 10, observations: series({ '10MSP': 0, '12MSP': 5 }) }));
    expect(without.history.map((h) => h.cycle)).toEqual(['10MSP', '11MSP', '12MSP']);
    const withDeadline = classifyIndicator(
      input({ denominator: 10, observations: series({ '10MSP': 0, '12MSP': 5, '3RC': 10 }) }),
    );
    expect(withDeadline.history.at(-1)).toEqual({ cycle: '3RC', code: 'achieved' });
  });

  it('no observation: empty history', () => {
    expect(classifyIndicator(input({ observations: [] })).history).toEqual([]);
  });

  const sinceCases: { name: string; codes: StatusCode[]; since: string | null }[] = [
    { name: 'empty history → null', codes: [], since: null },
    { name: 'last code not flagged → null', codes: ['stalled', 'on_track'], since: null },
    { name: 'one final stalled → that cycle', codes: ['on_track', 'stalled'], since: '11MSP' },
    { name: 'one final off track → that cycle', codes: ['on_track', 'off_track'], since: '11MSP' },
    { name: 'declining then stalled is one run', codes: ['on_track', 'declining', 'stalled', 'stalled'], since: '11MSP' },
    { name: 'off track then stalled then declining is one run', codes: ['off_track', 'stalled', 'declining'], since: '10MSP' },
    { name: 'needs acceleration breaks the run', codes: ['off_track', 'needs_acceleration', 'off_track'], since: '12MSP' },
    { name: 'a broken run counts only the final part', codes: ['stalled', 'improving', 'stalled', 'declining'], since: '12MSP' },
    { name: 'insufficient data breaks the run', codes: ['stalled', 'insufficient_data', 'stalled'], since: '12MSP' },
  ];
  it.each(sinceCases)('stalledSince: $name', (c) => {
    const history = c.codes.map((code, i) => ({ cycle: CYCLES[i]?.code ?? `X${i}`, code }));
    expect(stalledSince(history)).toBe(c.since);
  });
});

describe('reason sentences', () => {
  it('the worked example of docs/status-rule.md: 0 → 7 of 10 between 10MSP and 13MSP', () => {
    const s = classifyIndicator(input({ denominator: 10, observations: series({ '10MSP': 0, '13MSP': 7 }) }));
    expect(s.code).toBe('needs_acceleration');
    expect(s.inputs.p0).toBe(0);
    expect(s.inputs.pk).toBe(0.7);
    expect(s.inputs.rObs).toBeCloseTo(0.7 / 3, 12);
    expect(s.inputs.rReq).toBe(0.25);
    expect(s.inputs.ratio).toBeCloseTo(0.9333, 4);
    expect(s.rule).toEqual({ step: 6, key: 'pace_between', params: { ratio: 0.9333, stalledBelow: 0.5, onTrackFrom: 0.95 } });
    expect(s.reasonKey).toBe('status.reason.needs_acceleration');
    expect(s.reason).toBe(
      'Needs acceleration: from 0 to 7 of 10 States Parties (0% to 70%) between 10MSP and 13MSP, a pace of 0.93 times the pace needed (23.3 against 25 percentage points a cycle) to reach 100% by the 3RC.',
    );
    expect(s.projection?.text).toBe('At this pace, about 9 of 10 States Parties by the 3RC (needed: 10).');
  });

  it('the stalled example: 9 of 12 in 11MSP, 12MSP and 13MSP, up from 6 in 10MSP', () => {
    const s = classifyIndicator(
      input({ denominator: 12, observations: series({ '10MSP': 6, '11MSP': 9, '12MSP': 9, '13MSP': 9 }) }),
    );
    expect(s.reason).toBe(
      'Stalled: 9 of 12 States Parties (75%) in 13MSP, the same as in 11MSP and 12MSP, up from 6 in 10MSP; 3 still to go by the 3RC.',
    );
    expect(s.history.map((h) => h.code)).toEqual(['insufficient_data', 'on_track', 'on_track', 'stalled']);
    expect(stalledSince(s.history)).toBe('13MSP');
  });

  it('uses the unit input, in the projection too', () => {
    const s = classifyIndicator(input({ unit: 'stockpiles', observations: series({ '10MSP': 1, '13MSP': 3 }) }));
    expect(s.reason).toBe(
      'Improving: from 1 to 3 stockpiles between 10MSP and 13MSP, a net improvement of 2; there is no target because the number of States concerned is not known.',
    );
    expect(s.projection?.text).toBe('At this pace, about 4 stockpiles by the 3RC.');
  });

  const projectionCases: { name: string; input: ClassifierInput; value: number; needed: number | null }[] = [
    { name: 'clipped to N (0 → 9 of 10 by 12MSP projects 18)', input: input({ denominator: 10, observations: series({ '10MSP': 0, '12MSP': 9 }) }), value: 10, needed: 10 },
    { name: 'clipped to 0 (8 → 2 of 10 in one cycle projects −16)', input: input({ denominator: 10, observations: series({ '10MSP': 8, '11MSP': 2 }) }), value: 0, needed: 10 },
    { name: 'needed is target × N rounded up (60% of 7 is 5 States)', input: input({ denominator: 7, targetShare: 0.6, observations: series({ '10MSP': 0, '12MSP': 2 }) }), value: 4, needed: 5 },
  ];
  it.each(projectionCases)('projection $name', ({ input: i, value, needed }) => {
    const s = classifyIndicator(i);
    expectWellFormed(s);
    expect(s.projection).toMatchObject({ value, needed });
  });

  it('no flagged reason contradicts the direction of its own figures', () => {
    const flagged = [
      input({ denominator: 12, observations: series({ '10MSP': 6, '11MSP': 9, '12MSP': 9, '13MSP': 9 }) }),
      input({ denominator: 12, observations: series({ '10MSP': 6, '11MSP': 10, '12MSP': 9, '13MSP': 9 }) }),
      input({ denominator: 112, observations: series({ '11MSP': 63, '13MSP': 67 }) }),
    ].map(classifyIndicator);
    expect(flagged.map((s) => s.code)).toEqual(['stalled', 'stalled', 'off_track']);
    expect(flagged[0]?.reason).toContain('up from 6 in 10MSP');
    expect(flagged[1]?.reason).toContain('after 10 in 11MSP and 9 in 12MSP, up from 6 in 10MSP but with no gain');
    expect(flagged[2]?.reason).toContain('the right direction');
  });

  it('reasonParams hold the template placeholders (and their wording siblings) and re-render to the same sentence', () => {
    const s = classifyIndicator(input({ denominator: 10, observations: series({ '10MSP': 0, '12MSP': 3 }) }));
    const template = REASON_TEMPLATES[s.reasonKey as keyof typeof REASON_TEMPLATES];
    expect(Object.keys(s.reasonParams).sort()).toEqual([...new Set(templateParams(template))].sort());
    expect(formatReason(s.reasonKey, s.reasonParams)).toBe(s.reason);
    const bounded = classifyIndicator(
      input({ denominator: 10, observations: [{ cycle: '10MSP', value: 8 }, { cycle: '13MSP', value: 5, qualifier: 'at_most' }] }),
    );
    const names = new Set(templateParams(REASON_TEMPLATES[bounded.reasonKey as keyof typeof REASON_TEMPLATES]));
    for (const key of Object.keys(bounded.reasonParams)) {
      expect(names.has(key.replace(/(Bound|Lo|Hi|Items|Status)$/, '')), key).toBe(true);
    }
  });

  it('formatReason swaps in another language with the same keys, and returns unknown keys as is', () => {
    const fr = { 'status.reason.improving': 'En progrès : de {n0} à {nk} {unit} entre {baselineCycle} et {latestCycle}.' };
    expect(
      formatReason('status.reason.improving', { n0: 1, nk: 3, unit: 'États parties', baselineCycle: '10MSP', latestCycle: '13MSP' }, fr),
    ).toBe('En progrès : de 1 à 3 États parties entre 10MSP et 13MSP.');
    expect(formatReason('status.reason.nope', {})).toBe('status.reason.nope');
    expect(formatReason('status.reason.improving', {})).toContain('from – to –');
  });

  it('formatReason words bounds, ranges, lists and status labels from the sibling params', () => {
    const t = { x: '[{a}] [{b}] [{c}] [{d}] [{e}] [{f}]' };
    const params = {
      a: 8, aBound: 'at_least', aLo: 8,
      b: 5, bBound: 'at_most', bHi: 5,
      c: 3, cBound: 'between', cLo: 3, cHi: 5,
      d: '0.26', dBound: 'range', dLo: '0.26', dHi: '0.40',
      e: 'x', eItems: '10MSP|11MSP|12MSP',
      f: 'x', fStatus: 'off_track',
    };
    expect(formatReason('x', params, { ...REASON_TEMPLATES, ...t })).toBe(
      '[at least 8] [at most 5] [between 3 and 5] [0.26 to 0.40] [10MSP, 11MSP and 12MSP] [too slow]',
    );
  });

  it('status labels', () => {
    expect(STATUS_LABELS).toEqual({
      declining: 'declining',
      stalled: 'stalled',
      off_track: 'too slow',
      needs_acceleration: 'needs acceleration',
      improving: 'improving',
      on_track: 'on track',
      achieved: 'achieved',
      insufficient_data: 'insufficient data',
    });
  });

  it('every reason template starts with its status and is one sentence', () => {
    for (const [key, template] of Object.entries(REASON_TEMPLATES)) {
      if (!key.startsWith('status.reason.')) continue;
      expect(key).toMatch(/^status\.reason\.[a-z_]+$/);
      expect(template).toMatch(
        /^(Insufficient data|Achieved|Declining|Stalled|Too slow for the \{deadlineCycle\}|Needs acceleration|On track|Improving): /,
      );
      expect(template.endsWith('.')).toBe(true);
      expect(template.slice(0, -1)).not.toMatch(/\.\s/);
    }
  });
});

describe('no NaN or Infinity, whatever the input (seeded property loop)', () => {
  // mulberry32: a small seeded PRNG, so failures reproduce.
  function prng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const QUALS = ['exact', 'exact', 'exact', 'approximate', 'at_least', 'at_most', 'average'] as const;
  const REPORTING = ['reported', 'reported', 'reported', 'reported', 'not_reported', 'not_applicable'] as const;
  const ALL_CYCLES = [...CYCLES.map((c) => c.code), '3RC', '9MSP'];

  function generate(rand: () => number): ClassifierInput {
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
    const indicatorN = rand() < 0.3 ? null : 1 + Math.floor(rand() * 40);
    const count = Math.floor(rand() * 7);
    const observations: ClassifierObservation[] = [];
    for (let i = 0; i < count; i++) {
      const ownN = rand() < 0.2 ? 1 + Math.floor(rand() * 40) : rand() < 0.1 ? 0 : null;
      const n = ownN ?? indicatorN ?? 60;
      const reporting = pick(REPORTING);
      const value =
        reporting !== 'reported' || rand() < 0.05 ? null : rand() < 0.1 ? rand() * n : Math.floor(rand() * (n + 1));
      observations.push({
        cycle: pick(ALL_CYCLES),
        value,
        qualifier: pick(QUALS),
        reporting,
        denominator: ownN,
        spanFrom: rand() < 0.1 ? pick(['10MSP', '11MSP', '9MSP']) : null,
        cycleInferred: rand() < 0.1,
      });
    }
    const targetShare = rand() < 0.25 ? (rand() < 0.2 ? pick([0, 1]) : rand()) : null;
    return input({
      direction: rand() < 0.5 ? 'increase' : 'decrease',
      denominator: indicatorN,
      targetShare,
      observations,
      deadlineCycle: rand() < 0.9 ? DEADLINE : { code: '12MSP', ordinal: 2 },
    });
  }

  it('600 generated inputs give valid, finite statuses with a templated sentence, `possible` holding the code', () => {
    const rand = prng(20260101);
    const seen = new Set<StatusCode>();
    const keys = new Set<string>();
    for (let run = 0; run < 600; run++) {
      const generated = generate(rand);
      const s = classifyIndicator(generated);
      seen.add(s.code);
      keys.add(s.rule.key);
      const where = `run ${run}: ${JSON.stringify(generated)}`;
      expect(STATUS_CODES, where).toContain(s.code);
      expectWellFormed(s, where);
      if (s.rule.key !== 'range') expect(s.possible, where).toContain(s.code);
      if (s.inputs.ratio !== null) {
        expect(s.inputs.rObs, where).not.toBeNull();
        expect(s.inputs.rReq, where).toBeGreaterThan(0);
      }
      if (s.code === 'achieved') expect(s.inputs.target, where).not.toBeNull();
      if (s.code === 'improving') expect(s.inputs.target, where).toBeNull();
      if (s.history.length > 0) expect(s.history.at(-1)?.code, where).toBe(s.code);
    }
    // The generator reaches every status and every step, so the loop exercises every branch.
    expect([...seen].sort()).toEqual([...STATUS_CODES].sort());
    expect(keys.size).toBeGreaterThanOrEqual(12);
  });
});

describe('ClassifyRequestSchema', () => {
  const valid = {
    direction: 'increase',
    denominator: 10,
    target: null,
    deadlineCycle: '3RC',
    observations: [
      { cycle: '10MSP', value: 0 },
      { cycle: '13MSP', value: 7, qualifier: 'exact', reporting: 'reported', spanFrom: null, denominator: null, cycleInferred: true },
    ],
  };

  it('accepts a valid body (with an inferred cycle)', () => {
    expect(ClassifyRequestSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    {
      name: 'value above its own denominator',
      body: { ...valid, observations: [valid.observations[0], { cycle: '13MSP', value: 11, denominator: 10 }] },
      path: ['observations', 1, 'value'],
      message: 'value 11 is above its denominator 10',
    },
    {
      name: 'value above the indicator denominator',
      body: { ...valid, observations: [{ cycle: '10MSP', value: 12 }] },
      path: ['observations', 0, 'value'],
      message: 'value 12 is above its denominator 10',
    },
    {
      name: 'an unknown top-level field',
      body: { ...valid, colour: 'red' },
      path: [],
      message: 'colour',
    },
    {
      name: 'an unknown observation field',
      body: { ...valid, observations: [{ cycle: '10MSP', value: 1, quote: 'x' }] },
      path: ['observations', 0],
      message: 'quote',
    },
    {
      name: 'no observations',
      body: { ...valid, observations: [] },
      path: ['observations'],
      message: 'at least one',
    },
    {
      name: 'a target above 1',
      body: { ...valid, target: 1.5 },
      path: ['target'],
      message: 'between 0 and 1',
    },
    {
      name: 'a negative value',
      body: { ...valid, observations: [{ cycle: '10MSP', value: -1 }] },
      path: ['observations', 0, 'value'],
      message: '0 or more',
    },
    {
      name: 'a value on a not_reported figure',
      body: { ...valid, observations: [{ cycle: '10MSP', value: 0, reporting: 'not_reported' }] },
      path: ['observations', 0, 'value'],
      message: 'only given for a reported figure',
    },
    {
      name: 'a fractional denominator',
      body: { ...valid, denominator: 2.5 },
      path: ['denominator'],
      message: 'whole number',
    },
  ])('rejects $name', ({ body, path, message }) => {
    const result = ClassifyRequestSchema.safeParse(body);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(issue, JSON.stringify(result.error?.issues)).toBeDefined();
    expect(issue?.message).toContain(message);
  });
});
