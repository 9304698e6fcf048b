// The trend-status rule: from an indicator's figures, is it achieved, on track, in need of acceleration, stalled or declining?
// Pure: no I/O, no clock, no randomness. The plain-words version is docs/status-rule.md.
import type { Direction, Qualifier, Reporting, StatusCode } from '../schemas/common.ts';
import type {
  IndicatorStatus,
  ReasonParams,
  RecentStep,
  StatusHistoryEntry,
  StatusInputs,
} from '../schemas/status.ts';

// ---------------------------------------------------------------------------------------------
// Thresholds

/** R below this is stalled (R exactly 0.5 needs acceleration). */
export const STALLED_BELOW_RATIO = 0.5;
/** R at or above this is on track (R exactly 0.95 is on track). */
export const ON_TRACK_FROM_RATIO = 0.95;
/** Usable points needed before a trend is judged (a single point can still be "achieved"). */
export const MIN_POINTS = 2;
/** Comparisons allow this relative slack, so exact boundaries computed in floating point land on the documented side. */
export const TOLERANCE = 1e-9;

export interface Thresholds {
  stalledBelowRatio: number;
  onTrackFromRatio: number;
  minPoints: number;
}

export const DEFAULT_THRESHOLDS = {
  stalledBelowRatio: STALLED_BELOW_RATIO,
  onTrackFromRatio: ON_TRACK_FROM_RATIO,
  minPoints: MIN_POINTS,
} as const satisfies Thresholds;

// ---------------------------------------------------------------------------------------------
// API

export interface ClassifierObservation {
  cycle: string;
  /** Set when the figure covers several cycles (from spanFrom to cycle); such figures never enter the arithmetic. */
  spanFrom?: string | null;
  value: number | null;
  /** Default 'exact'. Only 'exact' and 'approximate' figures enter the arithmetic. */
  qualifier?: Qualifier;
  denominator?: number | null;
  /** Default 'reported'. A figure not reported is ignored, never read as zero. */
  reporting?: Reporting;
}

export interface ClassifierCycle {
  code: string;
  ordinal: number;
}

export interface ClassifierInput {
  direction: Direction;
  /** The indicator's population size N, used for any observation without its own denominator. */
  denominator?: number | null;
  /** Target share p* (0..1). null/absent: 1 when more is better, 0 when fewer is better (only when N is known). */
  targetShare?: number | null;
  observations: ClassifierObservation[];
  /** The cycles with their ordinals (10MSP = 0, 11MSP = 1, …). Observations naming any other cycle are ignored. */
  cycles: ClassifierCycle[];
  /** The action plan's end, e.g. { code: '3RC', ordinal: 4 } for the LAP. */
  deadlineCycle: ClassifierCycle;
  /** Unit used in the reason sentence; default 'States Parties'. */
  unit?: string;
  thresholds?: Partial<Thresholds>;
}

export const DEFAULT_UNIT = 'States Parties';

const REASON_PREFIX = 'status.reason.';

/**
 * One English sentence per (code, variant), keyed by reasonKey, with {param} placeholders filled from reasonParams.
 * A translation supplies a map with the same keys.
 */
export const REASON_TEMPLATES = {
  'status.reason.insufficient_none':
    'Insufficient data: no usable figure has been reported yet, so no trend can be judged.',
  'status.reason.insufficient_one_share':
    'Insufficient data: only one usable figure so far ({nk} of {N} {unit}, {pctK}%, in {latestCycle}), and a trend needs at least {minPoints}.',
  'status.reason.insufficient_one_count':
    'Insufficient data: only one usable figure so far ({nk} {unit} in {latestCycle}), and a trend needs at least {minPoints}.',
  'status.reason.insufficient_few_share':
    'Insufficient data: only {usablePoints} usable figures so far, the latest {nk} of {N} {unit} ({pctK}%) in {latestCycle}, and a trend needs at least {minPoints}.',
  'status.reason.insufficient_few_count':
    'Insufficient data: only {usablePoints} usable figures so far, the latest {nk} {unit} in {latestCycle}, and a trend needs at least {minPoints}.',
  'status.reason.achieved':
    'Achieved: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, which meets the target of {targetPct}% set for the {deadlineCycle}.',
  'status.reason.declining_share':
    'Declining: from {n0} to {nk} of {N} {unit} ({pct0}% to {pctK}%) between {baselineCycle} and {latestCycle}, {lossPts} percentage points away from the target of {targetPct}%.',
  'status.reason.declining_share_changed_population':
    'Declining: from {n0} of {N0} ({pct0}%) in {baselineCycle} to {nk} of {N} {unit} ({pctK}%) in {latestCycle}, {lossPts} percentage points away from the target of {targetPct}%.',
  'status.reason.declining_count':
    'Declining: from {n0} to {nk} {unit} between {baselineCycle} and {latestCycle}, {loss} in the wrong direction.',
  'status.reason.stalled_recent_share':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, after {v1} in {c1} and {v2} in {c2}, with no gain of even one in the last two cycles; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_recent_count':
    'Stalled: {nk} {unit} in {latestCycle}, after {v1} in {c1} and {v2} in {c2}, with no gain of even one in the last two cycles.',
  'status.reason.stalled_pace':
    'Stalled: from {n0} to {nk} of {N} {unit} ({pct0}% to {pctK}%) between {baselineCycle} and {latestCycle}, a pace of {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% by the {deadlineCycle}, below {stalledBelow}.',
  'status.reason.stalled_pace_changed_population':
    'Stalled: from {n0} of {N0} ({pct0}%) in {baselineCycle} to {nk} of {N} {unit} ({pctK}%) in {latestCycle}, a pace of {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% by the {deadlineCycle}, below {stalledBelow}.',
  'status.reason.stalled_slipped':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, below the target of {targetPct}% that was already met in {baselineCycle}; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_past_deadline':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, short of the target of {targetPct}%, with no figure before the {deadlineCycle} to measure a pace from; {remaining} still to go.',
  'status.reason.stalled_no_target':
    'Stalled: from {n0} to {nk} {unit} between {baselineCycle} and {latestCycle}, a net improvement of less than one; there is no target because the number of States concerned is not known.',
  'status.reason.needs_acceleration':
    'Needs acceleration: from {n0} to {nk} of {N} {unit} ({pct0}% to {pctK}%) between {baselineCycle} and {latestCycle}, a pace of {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% by the {deadlineCycle}.',
  'status.reason.needs_acceleration_changed_population':
    'Needs acceleration: from {n0} of {N0} ({pct0}%) in {baselineCycle} to {nk} of {N} {unit} ({pctK}%) in {latestCycle}, a pace of {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% by the {deadlineCycle}.',
  'status.reason.on_track':
    'On track: from {n0} to {nk} of {N} {unit} ({pct0}% to {pctK}%) between {baselineCycle} and {latestCycle}, a pace of {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% by the {deadlineCycle}.',
  'status.reason.on_track_changed_population':
    'On track: from {n0} of {N0} ({pct0}%) in {baselineCycle} to {nk} of {N} {unit} ({pctK}%) in {latestCycle}, a pace of {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% by the {deadlineCycle}.',
  'status.reason.improving':
    'Improving: from {n0} to {nk} {unit} between {baselineCycle} and {latestCycle}, a net improvement of {gain}; there is no target because the number of States concerned is not known.',
} as const satisfies Record<string, string>;

export type ReasonKey = keyof typeof REASON_TEMPLATES;

/**
 * Fills a template's {param} placeholders. Pure. Unknown keys give the key itself; a missing or null param gives '–'.
 * Pass another template map (same keys) to render a translation.
 */
export function formatReason(
  key: string,
  params: ReasonParams,
  templates: Readonly<Record<string, string>> = REASON_TEMPLATES,
): string {
  const template = templates[key];
  if (template === undefined) return key;
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return '–';
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** The first cycle of the final unbroken run of 'stalled' or 'declining' codes, else null. */
export function stalledSince(history: readonly StatusHistoryEntry[]): string | null {
  let since: string | null = null;
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i];
    if (entry === undefined || (entry.code !== 'stalled' && entry.code !== 'declining')) break;
    since = entry.cycle;
  }
  return since;
}

export function classifyIndicator(input: ClassifierInput): IndicatorStatus {
  const thresholds = resolveThresholds(input.thresholds);
  const ordinals = ordinalMap(input);
  const current = evaluate(input, ordinals, thresholds, Number.POSITIVE_INFINITY);
  return { ...current, history: buildHistory(input, ordinals, thresholds) };
}

// ---------------------------------------------------------------------------------------------
// Internals

interface Point {
  cycle: string;
  ordinal: number;
  /** The raw figure (a count). */
  value: number;
  /** Own denominator, else the indicator's, else null. */
  n: number | null;
  exact: boolean;
}

type Core = Omit<IndicatorStatus, 'history'>;

function resolveThresholds(overrides: Partial<Thresholds> | undefined): Thresholds {
  const pick = (value: number | undefined, fallback: number): number =>
    value !== undefined && Number.isFinite(value) ? value : fallback;
  return {
    stalledBelowRatio: pick(overrides?.stalledBelowRatio, DEFAULT_THRESHOLDS.stalledBelowRatio),
    onTrackFromRatio: pick(overrides?.onTrackFromRatio, DEFAULT_THRESHOLDS.onTrackFromRatio),
    // The arithmetic needs a baseline and a latest point: fewer than 2 is raised to 2.
    minPoints: Math.max(2, Math.ceil(pick(overrides?.minPoints, DEFAULT_THRESHOLDS.minPoints))),
  };
}

/** Code → ordinal for the supplied cycles and the deadline (first mention of a code wins; bad ordinals are dropped). */
function ordinalMap(input: ClassifierInput): Map<string, number> {
  const map = new Map<string, number>();
  for (const cycle of [...input.cycles, input.deadlineCycle]) {
    if (!map.has(cycle.code) && Number.isFinite(cycle.ordinal)) map.set(cycle.code, cycle.ordinal);
  }
  return map;
}

/** A usable population size: finite, above zero, and with a finite 1/N. */
function positiveOrNull(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 && Number.isFinite(1 / n) ? n : null;
}

function finiteOrNull(n: number | null): number | null {
  // `+ 0` turns -0 into 0, so a pace of "minus nothing" reads and serialises as 0.
  return n !== null && Number.isFinite(n) ? n + 0 : null;
}

function slack(a: number, b: number): number {
  return TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}
/** a ≥ b, allowing for floating-point noise. */
function atLeast(a: number, b: number): boolean {
  return a >= b - slack(a, b);
}
/** a ≤ b, allowing for floating-point noise. */
function atMost(a: number, b: number): boolean {
  return a <= b + slack(a, b);
}

/** The usable points up to maxOrdinal, one per cycle, in ordinal order. */
function usablePoints(input: ClassifierInput, ordinals: Map<string, number>, maxOrdinal: number): Point[] {
  const indicatorN = positiveOrNull(input.denominator);
  const byOrdinal = new Map<number, Point>();
  for (const o of input.observations) {
    const ordinal = ordinals.get(o.cycle);
    if (ordinal === undefined || ordinal > maxOrdinal) continue;
    if ((o.reporting ?? 'reported') !== 'reported') continue;
    if (o.spanFrom !== undefined && o.spanFrom !== null) continue;
    const qualifier = o.qualifier ?? 'exact';
    if (qualifier !== 'exact' && qualifier !== 'approximate') continue;
    if (o.value === null || !Number.isFinite(o.value) || o.value < 0) continue;
    const point: Point = {
      cycle: o.cycle,
      ordinal,
      value: o.value,
      n: positiveOrNull(o.denominator) ?? indicatorN,
      exact: qualifier === 'exact',
    };
    if (point.n !== null && !Number.isFinite(point.value / point.n)) continue;
    // Two usable figures for one cycle: an exact one beats an approximate one, otherwise the later one in the list wins.
    const previous = byOrdinal.get(ordinal);
    if (previous === undefined || point.exact || !previous.exact) byOrdinal.set(ordinal, point);
  }
  return [...byOrdinal.values()].sort((a, b) => a.ordinal - b.ordinal);
}

const round = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** Counts as integers (a non-integer figure keeps up to two decimals rather than being misstated). */
function countParam(x: number): number {
  return Math.abs(x - Math.round(x)) < 1e-6 ? round(x, 0) : round(x, 2);
}

function pct(share: number): number {
  return round(share * 100, 0);
}

function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '–';
  return String(Object.is(x, -0) ? 0 : x);
}

function evaluate(
  input: ClassifierInput,
  ordinals: Map<string, number>,
  thresholds: Thresholds,
  maxOrdinal: number,
): Core {
  const d = input.direction === 'decrease' ? -1 : 1;
  const unit = input.unit ?? DEFAULT_UNIT;
  const deadline = input.deadlineCycle;
  const iT = deadline.ordinal;
  const points = usablePoints(input, ordinals, maxOrdinal);
  const first = points[0];
  const last = points[points.length - 1];

  // "N known" is decided by the latest usable point (its own denominator, else the indicator's).
  const N = last !== undefined ? last.n : positiveOrNull(input.denominator);
  const usesShares = N !== null;
  const epsilon = usesShares ? 1 / N : 1;
  const explicitTarget =
    typeof input.targetShare === 'number' && Number.isFinite(input.targetShare) ? input.targetShare : null;
  const target = usesShares ? (explicitTarget ?? (d > 0 ? 1 : 0)) : null;
  // A point's share uses its own N; a point with no N at all borrows the latest point's N.
  const share = (pt: Point): number => (usesShares ? pt.value / (pt.n ?? N ?? 1) : pt.value);

  const baseParams: ReasonParams = {
    unit,
    deadlineCycle: deadline.code,
    minPoints: thresholds.minPoints,
    usablePoints: points.length,
    stalledBelow: thresholds.stalledBelowRatio.toFixed(2),
    onTrackFrom: thresholds.onTrackFromRatio.toFixed(2),
    targetPct: target !== null ? pct(target) : null,
  };

  const baseInputs: StatusInputs = {
    baselineCycle: null,
    p0: null,
    latestCycle: null,
    pk: null,
    n0: null,
    nk: null,
    denominator: N,
    target,
    deadlineCycle: deadline.code,
    rObs: null,
    rReq: null,
    ratio: null,
    recentSteps: [],
    epsilon,
    usesShares,
    usablePoints: points.length,
    rule: '',
  };

  // 1. No usable point.
  if (first === undefined || last === undefined) {
    return finish('insufficient_data', 'insufficient_none', baseParams, {
      ...baseInputs,
      rule: '1: no usable point',
    });
  }

  const p0 = share(first);
  const pk = share(last);
  const i0 = first.ordinal;
  const ik = last.ordinal;
  const N0 = first.n ?? N;
  const sharesSuffix = usesShares ? 'share' : 'count';
  const populationChanged = usesShares && N0 !== N;

  // Figures that can be computed whatever rule matches (shown for transparency).
  const rObs = points.length >= 2 && ik > i0 ? finiteOrNull((d * (pk - p0)) / (ik - i0)) : null;
  const rReq = target !== null && iT > i0 ? finiteOrNull((d * (target - p0)) / (iT - i0)) : null;
  const ratio = rObs !== null && rReq !== null && !atMost(rReq, 0) ? finiteOrNull(rObs / rReq) : null;

  const tail = points.slice(-3);
  const recentSteps: RecentStep[] = [];
  for (let j = 1; j < tail.length; j++) {
    const a = tail[j - 1];
    const b = tail[j];
    if (a !== undefined && b !== undefined) {
      recentSteps.push({ from: a.cycle, to: b.cycle, change: finiteOrNull(share(b) - share(a)) ?? 0 });
    }
  }

  const remaining =
    target !== null && N !== null
      ? Math.max(0, Math.ceil(d * (target * N - last.value) - slack(target * N, last.value)))
      : null;
  const prev1 = points[points.length - 2];
  const prev2 = points[points.length - 3];

  const params: ReasonParams = {
    ...baseParams,
    baselineCycle: first.cycle,
    latestCycle: last.cycle,
    n0: countParam(first.value),
    nk: countParam(last.value),
    N0: usesShares ? N0 : null,
    N,
    pct0: usesShares ? pct(p0) : null,
    pctK: usesShares ? pct(pk) : null,
    ratio: ratio !== null ? ratio.toFixed(2) : null,
    rObsPts: rObs !== null && usesShares ? round(rObs * 100, 1) : null,
    rReqPts: rReq !== null && usesShares ? round(rReq * 100, 1) : null,
    remaining,
    gain: countParam(d * (last.value - first.value)),
    loss: countParam(-d * (last.value - first.value)),
    lossPts: round(-d * (pk - p0) * 100, 1),
    c1: prev2?.cycle ?? null,
    v1: prev2 !== undefined ? countParam(prev2.value) : null,
    c2: prev1?.cycle ?? null,
    v2: prev1 !== undefined ? countParam(prev1.value) : null,
  };

  const inputs: StatusInputs = {
    ...baseInputs,
    baselineCycle: first.cycle,
    p0: finiteOrNull(p0),
    latestCycle: last.cycle,
    pk: finiteOrNull(pk),
    n0: first.value,
    nk: last.value,
    rObs,
    rReq,
    ratio,
    recentSteps,
  };

  // 2. Target met by the latest point (one point is enough).
  if (target !== null && atLeast(d * (pk - target), 0)) {
    return finish('achieved', 'achieved', params, { ...inputs, rule: '2: target met' });
  }

  // 3. Too few points for a trend.
  if (points.length < thresholds.minPoints) {
    const variant = points.length === 1 ? 'one' : 'few';
    return finish('insufficient_data', `insufficient_${variant}_${sharesSuffix}`, params, {
      ...inputs,
      rule: `3: fewer than ${thresholds.minPoints} usable points`,
    });
  }

  const net = d * (pk - p0);
  const changedSuffix = populationChanged ? '_changed_population' : '';

  // 4. Lost at least one State since the baseline.
  if (atMost(net, -epsilon)) {
    const key = usesShares ? `declining_share${changedSuffix}` : 'declining_count';
    return finish('declining', key, params, { ...inputs, rule: '4: net loss of at least one' });
  }

  // 5. Stalled.
  if (recentTestHolds(points, share, d, epsilon)) {
    return finish('stalled', `stalled_recent_${sharesSuffix}`, params, { ...inputs, rule: '5: recent test (b)' });
  }
  if (target !== null) {
    if (rReq === null) {
      // The deadline is not after the baseline: no required pace exists.
      return finish('stalled', 'stalled_past_deadline', params, {
        ...inputs,
        rule: '5: target not met, no required pace (baseline not before the deadline)',
      });
    }
    if (ratio === null) {
      // r_req ≤ 0 while not achieved: the baseline already met the target and the latest point has slipped below it.
      return finish('stalled', 'stalled_slipped', params, {
        ...inputs,
        rule: '5: target met at baseline, no longer met (required pace not positive)',
      });
    }
    if (!atLeast(ratio, thresholds.stalledBelowRatio)) {
      return finish('stalled', `stalled_pace${changedSuffix}`, params, {
        ...inputs,
        rule: `5: R below ${thresholds.stalledBelowRatio}`,
      });
    }
    // 6. Some pace, not enough.
    if (!atLeast(ratio, thresholds.onTrackFromRatio)) {
      return finish('needs_acceleration', `needs_acceleration${changedSuffix}`, params, {
        ...inputs,
        rule: `6: R from ${thresholds.stalledBelowRatio} to below ${thresholds.onTrackFromRatio}`,
      });
    }
    // 7. Enough pace.
    return finish('on_track', `on_track${changedSuffix}`, params, {
      ...inputs,
      rule: `7: R at least ${thresholds.onTrackFromRatio}`,
    });
  }

  // No target (N unknown): counts only.
  if (!atLeast(net, epsilon)) {
    return finish('stalled', 'stalled_no_target', params, {
      ...inputs,
      rule: '5: no target and net gain below one',
    });
  }
  // 8.
  return finish('improving', 'improving', params, { ...inputs, rule: '8: no target, net gain of at least one' });
}

/** Test (b): the three latest usable points are on consecutive ordinals, and neither of the last two steps gains one State. */
function recentTestHolds(points: Point[], share: (pt: Point) => number, d: number, epsilon: number): boolean {
  const c = points[points.length - 1];
  const b = points[points.length - 2];
  const a = points[points.length - 3];
  if (a === undefined || b === undefined || c === undefined) return false;
  if (b.ordinal !== a.ordinal + 1 || c.ordinal !== b.ordinal + 1) return false;
  return !atLeast(d * (share(c) - share(b)), epsilon) && !atLeast(d * (share(b) - share(a)), epsilon);
}

/** The {param} names a template uses. */
export function templateParams(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

function finish(code: StatusCode, variant: string, params: ReasonParams, inputs: StatusInputs): Core {
  const reasonKey = `${REASON_PREFIX}${variant}`;
  // Hand back exactly the params the template uses, so a translation knows what it can rely on.
  const template: string = (REASON_TEMPLATES as Record<string, string>)[reasonKey] ?? '';
  const reasonParams: ReasonParams = {};
  for (const name of templateParams(template)) reasonParams[name] = params[name] ?? null;
  return { code, reason: formatReason(reasonKey, reasonParams), reasonKey, reasonParams, inputs };
}

/**
 * The code each cycle would have had, using only the observations up to and including it, from the first cycle with any
 * observation to the latest observed cycle (the deadline cycle appears only when an observation falls on or after it).
 */
function buildHistory(
  input: ClassifierInput,
  ordinals: Map<string, number>,
  thresholds: Thresholds,
): StatusHistoryEntry[] {
  const observed: number[] = [];
  for (const o of input.observations) {
    const ordinal = ordinals.get(o.cycle);
    if (ordinal !== undefined) observed.push(ordinal);
  }
  if (observed.length === 0) return [];
  const from = Math.min(...observed);
  const to = Math.max(...observed);
  return [...ordinals.entries()]
    .filter(([, ordinal]) => ordinal >= from && ordinal <= to)
    .sort((a, b) => a[1] - b[1])
    .map(([cycle, ordinal]) => ({ cycle, code: evaluate(input, ordinals, thresholds, ordinal).code }));
}
