// The trend-status rule: from an indicator's figures, is it achieved, on track, in need of acceleration, too slow,
// stalled or declining? Pure: no I/O, no clock, no randomness. The plain-words version is docs/status-rule.md.
import { STATUS_CODES, type Direction, type Qualifier, type Reporting, type StatusCode } from '../schemas/common.ts';
import { unitFor } from '../i18n/unit-counts.ts';
import type {
  IndicatorStatus,
  ReasonParams,
  RecentStep,
  StatusHistoryEntry,
  StatusInputs,
  StatusProjection,
  StatusRule,
} from '../schemas/status.ts';

// ---------------------------------------------------------------------------------------------
// Thresholds

/** R below this is too slow (off track); R exactly 0.5 needs acceleration. */
export const STALLED_BELOW_RATIO = 0.5;
/** R at or above this is on track (R exactly 0.95 is on track). */
export const ON_TRACK_FROM_RATIO = 0.95;
/** Usable points needed before a trend is judged (a single point can still be "achieved"). */
export const MIN_POINTS = 2;
/** Comparisons allow this relative slack, so exact boundaries computed in floating point land on the documented side. */
export const TOLERANCE = 1e-9;
/**
 * Most candidate series tried when bounds leave figures open. Only the baseline and the three latest points can change
 * the status, so the product is at most 5⁴ = 625 and the cap is a guard: above it each open figure is tried only at its
 * two ends.
 */
export const CANDIDATE_CAP = 4096;

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
  /**
   * Set when the figure covers several cycles (from spanFrom to cycle). An "at least" or "at most" span bounds every
   * cycle it covers; an exact, approximate or average span (usually a cumulative count) constrains no single cycle.
   */
  spanFrom?: string | null;
  value: number | null;
  /** Default 'exact'. Exact and approximate figures are points; at_least/at_most are bounds; averages are not used. */
  qualifier?: Qualifier;
  denominator?: number | null;
  /** Default 'reported'. A figure not reported is ignored, never read as zero. */
  reporting?: Reporting;
  /** The document gives the figure for an unnamed point of a period and its cycle was inferred; it is used all the same. */
  cycleInferred?: boolean;
}

export interface ClassifierCycle {
  code: string;
  ordinal: number;
}

export interface ClassifierInput {
  direction: Direction;
  /** The indicator's population size N, used for any observation without its own denominator. */
  denominator?: number | null;
  /**
   * Target share p* (0..1), used when N is known. null/absent: 1 when more is better, 0 when fewer is better.
   * With N unknown, fewer-is-better indicators have a count target of 0 and more-is-better ones no target.
   */
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

/**
 * The English texts, keyed: one sentence per (code, variant) under status.reason.*, the projection sentences, the note
 * on inferred cycles, and the small phrases formatReason builds parameters from (bounds, lists, status labels).
 * A translation supplies a map with the same keys and the same {placeholders} (shared/src/i18n/reason-templates.ts).
 */
export const REASON_TEMPLATES = {
  // 1 and 3: too little to judge.
  'status.reason.insufficient_none':
    'Insufficient data: no figure for a single cycle has been given yet, so no trend can be judged; figures for two cycles would settle it.',
  'status.reason.insufficient_period':
    'Insufficient data: the document gives figures for the period as a whole, not for each cycle, so no trend can be judged; figures for two cycles would settle it.',
  'status.reason.insufficient_one_share':
    'Insufficient data: only one usable figure so far ({nk} of {N} {unit}, {pctK}%, in {latestCycle}), and a trend needs at least {minPoints}: a figure for another cycle would settle it.',
  'status.reason.insufficient_one_count':
    'Insufficient data: only one usable figure so far ({nk} {unit} in {latestCycle}), and a trend needs at least {minPoints}: a figure for another cycle would settle it.',
  'status.reason.insufficient_few_share':
    'Insufficient data: only {usablePoints} usable figures so far, the latest {nk} of {N} {unit} ({pctK}%) in {latestCycle}, and a trend needs at least {minPoints}: figures for more cycles would settle it.',
  'status.reason.insufficient_few_count':
    'Insufficient data: only {usablePoints} usable figures so far, the latest {nk} {unit} in {latestCycle}, and a trend needs at least {minPoints}: figures for more cycles would settle it.',
  // 8: bounds that leave the status open.
  'status.reason.insufficient_range':
    'Insufficient data: the figures allow anything from {from} to {to}; a figure for {cycles} would settle it.',
  'status.reason.insufficient_range_several':
    'Insufficient data: the figures allow anything from {from} to {to}; figures for {cycles} would settle it.',
  'status.reason.insufficient_either':
    'Insufficient data: the figures allow either {from} or {to}; a figure for {cycles} would settle it.',
  'status.reason.insufficient_either_several':
    'Insufficient data: the figures allow either {from} or {to}; figures for {cycles} would settle it.',
  // 2
  'status.reason.achieved':
    'Achieved: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, which meets the target of {targetPct}% set for the {deadlineCycle}.',
  'status.reason.achieved_count':
    'Achieved: {nk} {unit} in {latestCycle}, which meets the target of none left by the {deadlineCycle}.',
  // 4
  'status.reason.declining_share':
    'Declining: from {n0} to {nk} of {N} {unit} ({pct0}% to {pctK}%) between {baselineCycle} and {latestCycle}, {lossPts} percentage points away from the target of {targetPct}%.',
  'status.reason.declining_share_changed_population':
    'Declining: from {n0} of {N0} ({pct0}%) in {baselineCycle} to {nk} of {N} {unit} ({pctK}%) in {latestCycle}, {lossPts} percentage points away from the target of {targetPct}%.',
  'status.reason.declining_count':
    'Declining: from {n0} to {nk} {unit} between {baselineCycle} and {latestCycle}, {loss} in the wrong direction.',
  // 5: no net movement.
  'status.reason.stalled_recent_share':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, after {v1} in {c1} and {v2} in {c2}, with no gain of even one in the last two cycles; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_recent_up_share':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, after {v1} in {c1} and {v2} in {c2}, up from {n0} in {baselineCycle} but with no gain of even one in the last two cycles; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_recent_down_share':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, after {v1} in {c1} and {v2} in {c2}, down from {n0} in {baselineCycle} and with no gain of even one in the last two cycles; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_recent_same_share':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, the same as in {c1} and {c2}; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_recent_same_up_share':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, the same as in {c1} and {c2}, up from {n0} in {baselineCycle}; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_recent_same_down_share':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, the same as in {c1} and {c2}, down from {n0} in {baselineCycle}; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_recent_count':
    'Stalled: {nk} {unit} in {latestCycle}, after {v1} in {c1} and {v2} in {c2}, with no gain of even one in the last two cycles.',
  'status.reason.stalled_recent_up_count':
    'Stalled: {nk} {unit} in {latestCycle}, after {v1} in {c1} and {v2} in {c2}, up from {n0} in {baselineCycle} but with no gain of even one in the last two cycles.',
  'status.reason.stalled_recent_down_count':
    'Stalled: {nk} {unit} in {latestCycle}, after {v1} in {c1} and {v2} in {c2}, down from {n0} in {baselineCycle} and with no gain of even one in the last two cycles.',
  'status.reason.stalled_recent_same_count':
    'Stalled: {nk} {unit} in {latestCycle}, the same as in {c1} and {c2}.',
  'status.reason.stalled_recent_same_up_count':
    'Stalled: {nk} {unit} in {latestCycle}, the same as in {c1} and {c2}, up from {n0} in {baselineCycle}.',
  'status.reason.stalled_recent_same_down_count':
    'Stalled: {nk} {unit} in {latestCycle}, the same as in {c1} and {c2}, down from {n0} in {baselineCycle}.',
  'status.reason.stalled_past_deadline':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, short of the target of {targetPct}%, with no figure before the {deadlineCycle} to measure a pace from; {remaining} still to go.',
  'status.reason.stalled_past_deadline_count':
    'Stalled: {nk} {unit} in {latestCycle}, short of the target of none left, with no figure before the {deadlineCycle} to measure a pace from.',
  'status.reason.stalled_slipped':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, below the target of {targetPct}% that was already met in {baselineCycle}; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_slipped_count':
    'Stalled: {nk} {unit} in {latestCycle}, short of the target of none left that was already met in {baselineCycle}.',
  'status.reason.stalled_no_gain_share':
    'Stalled: from {n0} to {nk} of {N} {unit} ({pct0}% to {pctK}%) between {baselineCycle} and {latestCycle}, no net gain of even one; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_no_gain_share_changed_population':
    'Stalled: from {n0} of {N0} ({pct0}%) in {baselineCycle} to {nk} of {N} {unit} ({pctK}%) in {latestCycle}, a share that has not grown by even one; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_no_gain_count_target':
    'Stalled: from {n0} to {nk} {unit} between {baselineCycle} and {latestCycle}, no net reduction of even one towards none left by the {deadlineCycle}.',
  'status.reason.stalled_no_target':
    'Stalled: from {n0} to {nk} {unit} between {baselineCycle} and {latestCycle}, a net improvement of less than one; there is no target because the number of States concerned is not known.',
  // 6: the pace ratio R.
  'status.reason.off_track':
    'Too slow for the {deadlineCycle}: from {n0} to {nk} of {N} {unit} ({pct0}% to {pctK}%) between {baselineCycle} and {latestCycle}, the right direction but {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% in time, below {stalledBelow}.',
  'status.reason.off_track_changed_population':
    'Too slow for the {deadlineCycle}: from {n0} of {N0} ({pct0}%) in {baselineCycle} to {nk} of {N} {unit} ({pctK}%) in {latestCycle}, the right direction but {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% in time, below {stalledBelow}.',
  'status.reason.off_track_count_target':
    'Too slow for the {deadlineCycle}: from {n0} to {nk} {unit} between {baselineCycle} and {latestCycle}, the right direction but {ratio} times the pace needed ({rObsCount} against {rReqCount} fewer a cycle) to reach none left in time, below {stalledBelow}.',
  'status.reason.needs_acceleration':
    'Needs acceleration: from {n0} to {nk} of {N} {unit} ({pct0}% to {pctK}%) between {baselineCycle} and {latestCycle}, a pace of {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% by the {deadlineCycle}.',
  'status.reason.needs_acceleration_changed_population':
    'Needs acceleration: from {n0} of {N0} ({pct0}%) in {baselineCycle} to {nk} of {N} {unit} ({pctK}%) in {latestCycle}, a pace of {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% by the {deadlineCycle}.',
  'status.reason.needs_acceleration_count_target':
    'Needs acceleration: from {n0} to {nk} {unit} between {baselineCycle} and {latestCycle}, a pace of {ratio} times the pace needed ({rObsCount} against {rReqCount} fewer a cycle) to reach none left by the {deadlineCycle}.',
  'status.reason.on_track':
    'On track: from {n0} to {nk} of {N} {unit} ({pct0}% to {pctK}%) between {baselineCycle} and {latestCycle}, a pace of {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% by the {deadlineCycle}.',
  'status.reason.on_track_changed_population':
    'On track: from {n0} of {N0} ({pct0}%) in {baselineCycle} to {nk} of {N} {unit} ({pctK}%) in {latestCycle}, a pace of {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% by the {deadlineCycle}.',
  'status.reason.on_track_count_target':
    'On track: from {n0} to {nk} {unit} between {baselineCycle} and {latestCycle}, a pace of {ratio} times the pace needed ({rObsCount} against {rReqCount} fewer a cycle) to reach none left by the {deadlineCycle}.',
  // 7
  'status.reason.improving':
    'Improving: from {n0} to {nk} {unit} between {baselineCycle} and {latestCycle}, a net improvement of {gain}; there is no target because the number of States concerned is not known.',

  // Where the pace so far leads.
  'status.projection.share':
    'At this pace, about {value} of {N} {unit} by the {deadlineCycle} (needed: {needed}).',
  'status.projection.count_target': 'At this pace, about {value} {unit} by the {deadlineCycle} (needed: {needed}).',
  'status.projection.count': 'At this pace, about {value} {unit} by the {deadlineCycle}.',

  // Appended to the reason when inferred points entered the arithmetic.
  'status.note.inferred':
    'The cycles of some figures were inferred ({inferredCycles}): the document gives them for the review period without naming the meeting.',

  // Phrases for a parameter that is a bound or a range ({x} with xBound, xLo, xHi), a list ({x} with xItems) or a
  // status ({x} with xStatus).
  'status.bound.at_least': 'at least {value}',
  'status.bound.at_most': 'at most {value}',
  'status.bound.between': 'between {lo} and {hi}',
  'status.bound.range': '{lo} to {hi}',
  'status.list.pair': '{a} and {b}',
  'status.list.comma': '{a}, {b}',
  'status.label.declining': 'declining',
  'status.label.stalled': 'stalled',
  'status.label.off_track': 'too slow',
  'status.label.needs_acceleration': 'needs acceleration',
  'status.label.improving': 'improving',
  'status.label.on_track': 'on track',
  'status.label.achieved': 'achieved',
  'status.label.insufficient_data': 'insufficient data',
} as const satisfies Record<string, string>;

export type ReasonKey = keyof typeof REASON_TEMPLATES;

/** The status names used inside sentences ("anything from stalled to on track"), in English. */
export const STATUS_LABELS = Object.fromEntries(
  STATUS_CODES.map((code) => [code, REASON_TEMPLATES[`status.label.${code}`]]),
) as Record<StatusCode, string>;

const BOUND_KINDS = ['at_least', 'at_most', 'between', 'range'] as const;

/**
 * Fills a template's {param} placeholders. Pure. Unknown keys give the key itself; a missing or null param gives '–'.
 * Pass another template map (same keys) to render a translation. A placeholder {x} is worded from its siblings when
 * present: xBound ('at_least' | 'at_most' | 'between' | 'range', with xLo and xHi) gives "at least 8"; xItems (codes
 * separated by '|') gives "11MSP and 12MSP"; xStatus (a status code) gives its label; all in the map's language.
 */
export function formatReason(
  key: string,
  params: ReasonParams,
  templates: Readonly<Record<string, string>> = REASON_TEMPLATES,
  lang = 'en',
): string {
  const template = templates[key];
  if (template === undefined) return key;
  return template.replace(/\{(\w+)\}/g, (_match, name: string, offset: number) =>
    name === 'unit' && typeof params.unit === 'string' ? agreeingUnit(params.unit, template.slice(0, offset), params, lang) : renderParam(name, params, templates),
  );
}

/** {unit} agrees with the number placeholder written just before it: "1 State Party", "of 12 States Parties". */
function agreeingUnit(unit: string, before: string, params: ReasonParams, lang: string): string {
  const numbers = [...before.matchAll(/\{(\w+)\}/g)].map((m) => params[m[1] ?? '']).filter((v): v is number => typeof v === 'number');
  const n = numbers.at(-1);
  return n === undefined ? unit : unitFor(unit, n, lang);
}

/** The whole reason: the sentence of reasonKey, then the note on inferred cycles when reasonParams.inferredCycles is set. */
export function renderReason(
  reasonKey: string,
  reasonParams: ReasonParams,
  templates: Readonly<Record<string, string>> = REASON_TEMPLATES,
  lang = 'en',
): string {
  const main = formatReason(reasonKey, reasonParams, templates, lang);
  const inferred = reasonParams.inferredCycles;
  if (inferred === undefined || inferred === null || inferred === '') return main;
  return `${main} ${formatReason('status.note.inferred', reasonParams, templates, lang)}`;
}

/** The {param} names a template uses. */
export function templateParams(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

/** The first cycle of the final unbroken run of flagged codes (declining, stalled, off track), else null. */
export function stalledSince(history: readonly StatusHistoryEntry[]): string | null {
  let since: string | null = null;
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i];
    if (entry === undefined || !FLAGGED.has(entry.code)) break;
    since = entry.cycle;
  }
  return since;
}

export function classifyIndicator(input: ClassifierInput): IndicatorStatus {
  const setup = prepare(input);
  const current = evaluate(setup, Number.POSITIVE_INFINITY);
  return { ...current, history: buildHistory(setup) };
}

// ---------------------------------------------------------------------------------------------
// Internals

const FLAGGED: ReadonlySet<StatusCode> = new Set<StatusCode>(['declining', 'stalled', 'off_track']);

/** One cycle's constraint: a point (lo = hi, from an exact or approximate figure) or an interval from bounds. */
interface Slot {
  cycle: string;
  ordinal: number;
  /** Own denominator, else the indicator's, else null. */
  n: number | null;
  lo: number;
  /** Infinity when only a lower bound is known and N is not. */
  hi: number;
  /** From an exact or approximate single-cycle figure. */
  point: boolean;
  exact: boolean;
  /** Bounded below by an "at least" figure / above by an "at most" figure (intervals only). */
  lower: boolean;
  upper: boolean;
  inferred: boolean;
}

interface Setup {
  input: ClassifierInput;
  d: 1 | -1;
  unit: string;
  thresholds: Thresholds;
  ordinals: Map<string, number>;
  codeByOrdinal: Map<number, string>;
  sortedOrdinals: number[];
  indicatorN: number | null;
  explicitTarget: number | null;
}

/** How the rule works for one evaluation, fixed by the latest point's N and the direction. */
interface Model {
  N: number | null;
  usesShares: boolean;
  epsilon: number;
  /** A share when usesShares; a count (0) when countTarget; null when there is no target. */
  target: number | null;
  countTarget: boolean;
}

type RuleKey =
  | 'no_usable_point'
  | 'target_met'
  | 'too_few_points'
  | 'net_loss'
  | 'recent_test'
  | 'past_deadline'
  | 'slipped'
  | 'net_gain_below_one'
  | 'pace_below_stalled'
  | 'pace_between'
  | 'pace_on_track'
  | 'no_target_gain'
  | 'range';

/** The arithmetic of the exact-point rule on one series. */
interface Calc {
  code: StatusCode;
  step: number;
  key: RuleKey;
  p0: number;
  pk: number;
  net: number;
  rObs: number | null;
  rReq: number | null;
  ratio: number | null;
}

type Core = Omit<IndicatorStatus, 'history'>;

function prepare(input: ClassifierInput): Setup {
  const ordinals = new Map<string, number>();
  for (const cycle of [...input.cycles, input.deadlineCycle]) {
    if (!ordinals.has(cycle.code) && Number.isFinite(cycle.ordinal)) ordinals.set(cycle.code, cycle.ordinal);
  }
  const codeByOrdinal = new Map<number, string>();
  for (const [code, ordinal] of ordinals) if (!codeByOrdinal.has(ordinal)) codeByOrdinal.set(ordinal, code);
  return {
    input,
    d: input.direction === 'decrease' ? -1 : 1,
    unit: input.unit ?? DEFAULT_UNIT,
    thresholds: resolveThresholds(input.thresholds),
    ordinals,
    codeByOrdinal,
    sortedOrdinals: [...codeByOrdinal.keys()].sort((a, b) => a - b),
    indicatorN: positiveOrNull(input.denominator),
    explicitTarget:
      typeof input.targetShare === 'number' && Number.isFinite(input.targetShare) ? input.targetShare : null,
  };
}

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

function plain(value: string | number | null | undefined): string {
  if (value === undefined || value === null) return '–';
  return typeof value === 'number' ? formatNumber(value) : value;
}

function renderParam(name: string, params: ReasonParams, templates: Readonly<Record<string, string>>): string {
  const fallback = REASON_TEMPLATES as Readonly<Record<string, string>>;
  const phrase = (key: string): string | undefined => templates[key] ?? fallback[key];
  const bound = params[`${name}Bound`];
  if (typeof bound === 'string' && (BOUND_KINDS as readonly string[]).includes(bound)) {
    const template = phrase(`status.bound.${bound}`);
    const lo = params[`${name}Lo`];
    const hi = params[`${name}Hi`];
    if (template !== undefined) {
      return template.replace(/\{(\w+)\}/g, (_m, p: string) =>
        plain(p === 'value' ? (bound === 'at_most' ? hi : lo) : p === 'lo' ? lo : p === 'hi' ? hi : null),
      );
    }
  }
  const items = params[`${name}Items`];
  if (typeof items === 'string' && items !== '') return joinList(items.split('|'), phrase);
  const status = params[`${name}Status`];
  if (typeof status === 'string') {
    const label = phrase(`status.label.${status}`);
    if (label !== undefined) return label;
  }
  return plain(params[name]);
}

function joinList(items: string[], phrase: (key: string) => string | undefined): string {
  const pair = phrase('status.list.pair') ?? '{a} and {b}';
  const comma = phrase('status.list.comma') ?? '{a}, {b}';
  const fill = (t: string, a: string, b: string) => t.replace('{a}', a).replace('{b}', b);
  let text = items[0] ?? '';
  for (let i = 1; i < items.length; i++) {
    text = fill(i === items.length - 1 ? pair : comma, text, items[i] ?? '');
  }
  return text;
}

/** English list for a param's own value (formatReason re-joins from xItems in each language). */
function listParams(name: string, items: string[]): ReasonParams {
  return { [name]: joinList(items, (key) => (REASON_TEMPLATES as Record<string, string>)[key]), [`${name}Items`]: items.join('|') };
}

/**
 * One slot per constrained cycle up to maxOrdinal, in ordinal order. Exact and approximate single-cycle figures are
 * points (an exact one beats an approximate one, otherwise the later one listed wins); at_least / at_most figures bound
 * their cycle, or every cycle of their span, and several bounds on one cycle intersect. A point beats any bound for its
 * cycle (a contradiction is recorded elsewhere as data); bounds that contradict each other leave their cycle silent.
 */
function buildSlots(setup: Setup, maxOrdinal: number): Slot[] {
  const { input, ordinals, indicatorN } = setup;
  const points = new Map<number, Slot>();
  const bounds = new Map<number, Slot>();
  const ownN = new Map<number, number>();
  for (const o of input.observations) {
    const ordinal = ordinals.get(o.cycle);
    if (ordinal === undefined || ordinal > maxOrdinal) continue;
    if ((o.reporting ?? 'reported') !== 'reported') continue;
    if (o.value === null || !Number.isFinite(o.value) || o.value < 0) continue;
    const own = positiveOrNull(o.denominator);
    const n = own ?? indicatorN;
    if (n !== null && !Number.isFinite(o.value / n)) continue;
    const qualifier = o.qualifier ?? 'exact';
    const inferred = o.cycleInferred === true;
    const isSpan = o.spanFrom !== undefined && o.spanFrom !== null;
    if (!isSpan && (qualifier === 'exact' || qualifier === 'approximate')) {
      const exact = qualifier === 'exact';
      const previous = points.get(ordinal);
      if (previous === undefined || exact || !previous.exact) {
        points.set(ordinal, {
          cycle: o.cycle,
          ordinal,
          n,
          lo: o.value,
          hi: o.value,
          point: true,
          exact,
          lower: false,
          upper: false,
          inferred,
        });
      }
      continue;
    }
    // A count over a period is at least the count in any one of its cycles (whether it counts States that did something
    // at some point, or a level that held throughout): an exact span is an upper bound on every cycle it covers.
    const lower = qualifier === 'at_least';
    const upper = qualifier === 'at_most' || (isSpan && qualifier === 'exact');
    if (!lower && !upper) continue;
    let from = ordinal;
    let to = ordinal;
    if (isSpan) {
      const start = ordinals.get(o.spanFrom ?? '');
      if (start === undefined) continue;
      from = Math.min(start, ordinal);
      to = Math.max(start, ordinal);
    }
    for (const covered of setup.sortedOrdinals) {
      if (covered < from || covered > to || covered > maxOrdinal) continue;
      const slot = bounds.get(covered) ?? {
        cycle: isSpan ? (setup.codeByOrdinal.get(covered) ?? o.cycle) : o.cycle,
        ordinal: covered,
        n: null,
        lo: 0,
        hi: Number.POSITIVE_INFINITY,
        point: false,
        exact: false,
        lower: false,
        upper: false,
        inferred: false,
      };
      if (lower) {
        slot.lo = Math.max(slot.lo, o.value);
        slot.lower = true;
      } else {
        slot.hi = Math.min(slot.hi, o.value);
        slot.upper = true;
      }
      if (own !== null) ownN.set(covered, own);
      if (inferred) slot.inferred = true;
      bounds.set(covered, slot);
    }
  }
  const slots: Slot[] = [...points.values()];
  for (const [ordinal, slot] of bounds) {
    if (points.has(ordinal)) continue;
    const n = ownN.get(ordinal) ?? indicatorN;
    // Integer series only: a bound of 7.5 States means at least 8.
    const lo = Math.ceil(slot.lo - 1e-9) + 0;
    const capped = n !== null ? Math.min(slot.hi, n) : slot.hi;
    const hi = Number.isFinite(capped) ? Math.floor(capped + 1e-9) + 0 : Number.POSITIVE_INFINITY;
    if (lo > hi) continue;
    // "At most 0" (none during the period) is worded as 0; other bounds keep the document's words even when they meet N.
    slots.push(hi === 0 ? { ...slot, n, lo, hi, lower: false, upper: false } : { ...slot, n, lo, hi });
  }
  slots.sort((a, b) => a.ordinal - b.ordinal);
  // A bound with no N of its own, when only the latest point knows N, is a share of that N too: cap it there.
  const latestN = slots[slots.length - 1]?.n ?? null;
  if (latestN !== null) {
    for (const slot of slots) {
      if (!slot.point && slot.n === null) slot.hi = Math.max(slot.lo, Math.min(slot.hi, Math.floor(latestN + 1e-9)));
    }
  }
  return slots;
}

function modelFor(setup: Setup, slots: Slot[]): Model {
  const last = slots[slots.length - 1];
  // "N known" is decided by the latest usable point (its own denominator, else the indicator's).
  const N = last !== undefined ? last.n : setup.indicatorN;
  const usesShares = N !== null;
  const countTarget = !usesShares && setup.d < 0;
  return {
    N,
    usesShares,
    epsilon: usesShares ? 1 / N : 1,
    target: usesShares ? (setup.explicitTarget ?? (setup.d > 0 ? 1 : 0)) : countTarget ? 0 : null,
    countTarget,
  };
}

/** The figure the sentence uses for a slot: the point, else the bound (lo for at least, hi for at most). */
function representative(slot: Slot): number {
  return slot.point || slot.lower ? slot.lo : slot.hi;
}

const OPEN_SAMPLES = [0, 1, 2, 10, 1000];

/** Values tried for a slot: its ends, their neighbours and the midpoint (lo + 0, 1, 2, 10, 1000 when unbounded). */
function candidates(slot: Slot, twoEnds: boolean): number[] {
  const { lo, hi } = slot;
  if (lo === hi) return [lo];
  if (!Number.isFinite(hi)) return twoEnds ? [lo, lo + 1000] : OPEN_SAMPLES.map((k) => lo + k);
  if (twoEnds) return [lo, hi];
  const values = [lo, lo + 1, Math.floor((lo + hi) / 2), hi - 1, hi].filter((v) => v >= lo && v <= hi);
  return [...new Set(values)].sort((a, b) => a - b);
}

function shareOf(model: Model, slot: Slot, value: number): number {
  return model.usesShares ? value / (slot.n ?? model.N ?? 1) : value;
}

/** The exact-point rule (steps 2 to 7 of docs/status-rule.md) on one series: one value per slot. */
function judge(setup: Setup, model: Model, slots: Slot[], values: number[]): Calc {
  const { d, thresholds } = setup;
  const iT = setup.input.deadlineCycle.ordinal;
  const k = slots.length;
  const first = slots[0] as Slot;
  const last = slots[k - 1] as Slot;
  const p0 = shareOf(model, first, values[0] ?? 0);
  const pk = shareOf(model, last, values[k - 1] ?? 0);
  const i0 = first.ordinal;
  const ik = last.ordinal;
  const eps = model.epsilon;
  const target = model.target;
  const net = d * (pk - p0);
  const rObs = k >= 2 && ik > i0 ? finiteOrNull(net / (ik - i0)) : null;
  const rReq = target !== null && iT > i0 ? finiteOrNull((d * (target - p0)) / (iT - i0)) : null;
  const ratio = rObs !== null && rReq !== null && !atMost(rReq, 0) ? finiteOrNull(rObs / rReq) : null;
  const calc = (code: StatusCode, step: number, key: RuleKey): Calc => ({ code, step, key, p0, pk, net, rObs, rReq, ratio });

  if (target !== null && atLeast(d * (pk - target), 0)) return calc('achieved', 2, 'target_met');
  if (k < thresholds.minPoints) return calc('insufficient_data', 3, 'too_few_points');
  if (atMost(net, -eps)) return calc('declining', 4, 'net_loss');
  if (recentTestHolds(setup, model, slots, values)) return calc('stalled', 5, 'recent_test');
  if (target !== null && rReq === null) return calc('stalled', 5, 'past_deadline');
  if (target !== null && ratio === null) return calc('stalled', 5, 'slipped');
  if (!atLeast(net, eps)) return calc('stalled', 5, 'net_gain_below_one');
  if (ratio !== null) {
    if (!atLeast(ratio, thresholds.stalledBelowRatio)) return calc('off_track', 6, 'pace_below_stalled');
    if (!atLeast(ratio, thresholds.onTrackFromRatio)) return calc('needs_acceleration', 6, 'pace_between');
    return calc('on_track', 6, 'pace_on_track');
  }
  return calc('improving', 7, 'no_target_gain');
}

/** Test (b): the three latest points are on consecutive ordinals, and neither of the last two steps gains one State. */
function recentTestHolds(setup: Setup, model: Model, slots: Slot[], values: number[]): boolean {
  const k = slots.length;
  const a = slots[k - 3];
  const b = slots[k - 2];
  const c = slots[k - 1];
  if (a === undefined || b === undefined || c === undefined) return false;
  if (b.ordinal !== a.ordinal + 1 || c.ordinal !== b.ordinal + 1) return false;
  const [pa, pb, pc] = [
    shareOf(model, a, values[k - 3] ?? 0),
    shareOf(model, b, values[k - 2] ?? 0),
    shareOf(model, c, values[k - 1] ?? 0),
  ];
  return !atLeast(setup.d * (pc - pb), model.epsilon) && !atLeast(setup.d * (pb - pa), model.epsilon);
}

/** One candidate series: its values and what the rule made of it. */
interface Trial {
  values: number[];
  calc: Calc;
}

interface Enumeration {
  /** The series at the bounds, used for the sentence. */
  rep: Trial;
  trials: Trial[];
  /** Indices of the slots that varied. */
  open: number[];
  capped: boolean;
}

/** Every series the bounds allow, sampled: only the baseline and the three latest slots can change the status. */
function enumerate(setup: Setup, model: Model, slots: Slot[]): Enumeration {
  const k = slots.length;
  const repValues = slots.map(representative);
  const rep: Trial = { values: repValues, calc: judge(setup, model, slots, repValues) };
  const relevant = [...new Set([0, k - 3, k - 2, k - 1])].filter((i) => i >= 0 && i < k).sort((a, b) => a - b);
  const open = relevant.filter((i) => {
    const slot = slots[i] as Slot;
    return slot.lo !== slot.hi;
  });
  // Fast path: every figure that matters is a single value.
  if (open.length === 0) return { rep, trials: [rep], open, capped: false };
  let lists = open.map((i) => candidates(slots[i] as Slot, false));
  let capped = false;
  if (lists.reduce((product, list) => product * list.length, 1) > CANDIDATE_CAP) {
    lists = open.map((i) => candidates(slots[i] as Slot, true));
    capped = true;
  }
  const trials: Trial[] = [];
  const digits = open.map(() => 0);
  for (;;) {
    const values = [...repValues];
    open.forEach((slotIndex, j) => {
      values[slotIndex] = (lists[j] as number[])[digits[j] ?? 0] ?? 0;
    });
    trials.push({ values, calc: judge(setup, model, slots, values) });
    let j = 0;
    while (j < digits.length) {
      digits[j] = (digits[j] ?? 0) + 1;
      if ((digits[j] ?? 0) < (lists[j] as number[]).length) break;
      digits[j] = 0;
      j++;
    }
    if (j === digits.length) break;
  }
  return { rep, trials, open, capped };
}

function possibleCodes(trials: Trial[]): StatusCode[] {
  const seen = new Set(trials.map((t) => t.calc.code));
  return STATUS_CODES.filter((code) => seen.has(code));
}

function evaluateCode(setup: Setup, maxOrdinal: number): StatusCode {
  const slots = buildSlots(setup, maxOrdinal);
  if (slots.length === 0) return 'insufficient_data';
  const model = modelFor(setup, slots);
  const { trials } = enumerate(setup, model, slots);
  const possible = possibleCodes(trials);
  return possible.length === 1 ? (possible[0] as StatusCode) : 'insufficient_data';
}

function evaluate(setup: Setup, maxOrdinal: number): Core {
  const slots = buildSlots(setup, maxOrdinal);
  const model = modelFor(setup, slots);
  const inferredCycles = slots.filter((s) => s.inferred).map((s) => s.cycle);
  if (slots.length === 0) return describeNone(setup, model);
  const enumeration = enumerate(setup, model, slots);
  const possible = possibleCodes(enumeration.trials);
  if (possible.length > 1) return describeRange(setup, model, slots, enumeration, possible, inferredCycles);
  return describeSettled(setup, model, slots, enumeration, possible, inferredCycles);
}

// ---------------------------------------------------------------------------------------------
// Sentences and figures

function baseParams(setup: Setup, model: Model, usablePoints: number): ReasonParams {
  return {
    unit: setup.unit,
    deadlineCycle: setup.input.deadlineCycle.code,
    minPoints: setup.thresholds.minPoints,
    usablePoints,
    stalledBelow: setup.thresholds.stalledBelowRatio.toFixed(2),
    onTrackFrom: setup.thresholds.onTrackFromRatio.toFixed(2),
    targetPct: model.usesShares && model.target !== null ? pct(model.target) : null,
  };
}

function baseInputs(setup: Setup, model: Model, usablePoints: number): StatusInputs {
  return {
    baselineCycle: null,
    p0: null,
    latestCycle: null,
    pk: null,
    n0: null,
    nk: null,
    denominator: model.N,
    target: model.target,
    deadlineCycle: setup.input.deadlineCycle.code,
    rObs: null,
    rReq: null,
    ratio: null,
    recentSteps: [],
    epsilon: model.epsilon,
    usesShares: model.usesShares,
    usablePoints,
  };
}

/** Hand back the params the template uses (with their wording siblings), so a translation knows what it can rely on. */
function pickParams(key: string, all: ReasonParams): ReasonParams {
  const template: string = (REASON_TEMPLATES as Record<string, string>)[key] ?? '';
  const picked: ReasonParams = {};
  for (const name of templateParams(template)) {
    picked[name] = all[name] ?? null;
    for (const suffix of ['Bound', 'Lo', 'Hi', 'Items', 'Status']) {
      const sibling = all[`${name}${suffix}`];
      if (sibling !== undefined) picked[`${name}${suffix}`] = sibling;
    }
  }
  return picked;
}

function withInferred(params: ReasonParams, inferredCycles: string[]): ReasonParams {
  return inferredCycles.length === 0 ? params : { ...params, ...listParams('inferredCycles', inferredCycles) };
}

function cleanParams(params: ReasonParams): ReasonParams {
  const out: ReasonParams = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'number' ? (finiteOrNull(v) ?? null) : v;
  return out;
}

function describeNone(setup: Setup, model: Model): Core {
  // Figures for the period as a whole (averages, cumulative counts) are shown but settle no cycle.
  const periodOnly = setup.input.observations.some(
    (o) => o.spanFrom !== undefined && o.spanFrom !== null && (o.reporting ?? 'reported') === 'reported' && o.value !== null,
  );
  const reasonKey = periodOnly ? 'status.reason.insufficient_period' : 'status.reason.insufficient_none';
  const reasonParams = pickParams(reasonKey, baseParams(setup, model, 0));
  return {
    code: 'insufficient_data',
    reason: renderReason(reasonKey, reasonParams),
    reasonKey,
    reasonParams,
    rule: { step: 1, key: 'no_usable_point', params: { usablePoints: 0 } },
    projection: null,
    possible: ['insufficient_data'],
    inferredCycles: [],
    inputs: baseInputs(setup, model, 0),
  };
}

/** The numbers a sentence can quote, for one series. */
interface Figures {
  n0: number;
  nk: number;
  v1: number | null;
  v2: number | null;
  pct0: number | null;
  pctK: number | null;
  ratio: number | null;
  rObsPts: number | null;
  rReqPts: number | null;
  rObsCount: number | null;
  rReqCount: number | null;
  gain: number;
  loss: number;
  lossPts: number | null;
  remaining: number | null;
  projection: number | null;
}

/** The numbers computed from several figures, which bounds turn into ranges. */
type DerivedField =
  | 'ratio'
  | 'rObsPts'
  | 'rReqPts'
  | 'rObsCount'
  | 'rReqCount'
  | 'gain'
  | 'loss'
  | 'lossPts'
  | 'remaining'
  | 'projection';

function figuresOf(setup: Setup, model: Model, slots: Slot[], trial: Trial): Figures {
  const { d } = setup;
  const { values, calc } = trial;
  const k = slots.length;
  const first = slots[0] as Slot;
  const last = slots[k - 1] as Slot;
  const n0 = values[0] ?? 0;
  const nk = values[k - 1] ?? 0;
  const N = model.N;
  const iT = setup.input.deadlineCycle.ordinal;
  const target = model.target;
  let remaining: number | null = null;
  if (target !== null && N !== null) {
    remaining = Math.max(0, Math.ceil(d * (target * N - nk) - slack(target * N, nk))) + 0;
  }
  let projection: number | null = null;
  if (calc.rObs !== null && last.ordinal < iT && last.ordinal > first.ordinal) {
    const slope = (calc.pk - calc.p0) / (last.ordinal - first.ordinal);
    const projected = (calc.pk + slope * (iT - last.ordinal)) * (model.usesShares ? (N ?? 1) : 1);
    const clipped = Math.max(0, Math.min(N ?? Number.POSITIVE_INFINITY, Math.round(projected)));
    projection = finiteOrNull(clipped);
  }
  return {
    n0,
    nk,
    v1: k >= 3 ? (values[k - 3] ?? null) : null,
    v2: k >= 2 ? (values[k - 2] ?? null) : null,
    pct0: model.usesShares ? pct(calc.p0) : null,
    pctK: model.usesShares ? pct(calc.pk) : null,
    ratio: calc.ratio !== null ? round(calc.ratio, 2) : null,
    rObsPts: calc.rObs !== null && model.usesShares ? round(calc.rObs * 100, 1) : null,
    rReqPts: calc.rReq !== null && model.usesShares ? round(calc.rReq * 100, 1) : null,
    rObsCount: calc.rObs !== null && model.countTarget ? round(calc.rObs, 1) : null,
    rReqCount: calc.rReq !== null && model.countTarget ? round(calc.rReq, 1) : null,
    gain: countParam(d * (nk - n0)),
    loss: countParam(-d * (nk - n0)),
    lossPts: model.usesShares ? round(-calc.net * 100, 1) : null,
    remaining,
    projection,
  };
}

/** A figure param worded from its slot: the number for a point, "at least lo" / "at most hi" / "between" for bounds. */
function slotParams(name: string, slot: Slot | undefined, value: number | null, scale: (v: number) => number): ReasonParams {
  if (value === null || slot === undefined) return { [name]: null };
  const out: ReasonParams = { [name]: scale(value) };
  if (slot.point) return out;
  if (slot.lower && slot.upper && slot.lo < slot.hi) {
    return { ...out, [`${name}Bound`]: 'between', [`${name}Lo`]: scale(slot.lo), [`${name}Hi`]: scale(slot.hi) };
  }
  if (slot.lower) return { ...out, [`${name}Bound`]: 'at_least', [`${name}Lo`]: scale(slot.lo) };
  return { ...out, [`${name}Bound`]: 'at_most', [`${name}Hi`]: scale(slot.hi) };
}

/**
 * A derived param (a pace, a gain, the projection) over every series the bounds allow: the number when they agree, else
 * "lo to hi", or "at least" / "at most" when an unbounded figure (at least v, N unknown) leaves one side open.
 */
function derivedParams(
  name: string,
  field: DerivedField,
  all: Figures[],
  rep: Figures,
  big: Figures | null,
  format: (v: number) => number | string,
): ReasonParams {
  const value = rep[field];
  if (value === null) return { [name]: null };
  const seen = all.map((f) => f[field]).filter((v): v is number => v !== null);
  const lo = Math.min(value, ...seen);
  const hi = Math.max(value, ...seen);
  const out: ReasonParams = { [name]: format(value) };
  if (format(lo) === format(hi)) return out;
  const bigValue = big?.[field] ?? null;
  if (bigValue !== null && bigValue > value) return { ...out, [`${name}Bound`]: 'at_least', [`${name}Lo`]: format(lo) };
  if (bigValue !== null && bigValue < value) return { ...out, [`${name}Bound`]: 'at_most', [`${name}Hi`]: format(hi) };
  return { ...out, [`${name}Bound`]: 'range', [`${name}Lo`]: format(lo), [`${name}Hi`]: format(hi) };
}

function describeSettled(
  setup: Setup,
  model: Model,
  slots: Slot[],
  enumeration: Enumeration,
  possible: StatusCode[],
  inferredCycles: string[],
): Core {
  const { rep } = enumeration;
  const calc = rep.calc;
  const k = slots.length;
  const first = slots[0] as Slot;
  const last = slots[k - 1] as Slot;
  const prev1 = slots[k - 2];
  const prev2 = slots[k - 3];
  const N = model.N;
  const N0 = first.n ?? N;
  const populationChanged = model.usesShares && N0 !== N;
  const mode = model.usesShares ? 'share' : 'count';
  const changed = populationChanged ? '_changed_population' : '';

  const figures = figuresOf(setup, model, slots, rep);
  const bounded = enumeration.open.length > 0 || [first, last, prev1, prev2].some((s) => s !== undefined && !s.point);
  const allFigures = bounded ? enumeration.trials.map((t) => figuresOf(setup, model, slots, t)) : [figures];
  // With an unbounded figure, which way does each derived number run? Try the open ends far out.
  let big: Figures | null = null;
  if (enumeration.open.some((i) => !Number.isFinite((slots[i] as Slot).hi))) {
    const values = [...rep.values];
    for (const i of enumeration.open) {
      const slot = slots[i] as Slot;
      if (!Number.isFinite(slot.hi)) values[i] = slot.lo + 1000;
    }
    big = figuresOf(setup, model, slots, { values, calc: judge(setup, model, slots, values) });
  }

  const asCount = (v: number) => countParam(v);
  const shareScale = (slot: Slot | undefined) => (v: number) => pct(v / (slot?.n ?? N ?? 1));
  const num = (v: number) => v;
  const all: ReasonParams = {
    ...baseParams(setup, model, k),
    baselineCycle: first.cycle,
    latestCycle: last.cycle,
    N0: model.usesShares ? N0 : null,
    N,
    c1: prev2?.cycle ?? null,
    c2: prev1?.cycle ?? null,
    ...slotParams('n0', first, figures.n0, asCount),
    ...slotParams('nk', last, figures.nk, asCount),
    ...slotParams('v1', prev2, figures.v1, asCount),
    ...slotParams('v2', prev1, figures.v2, asCount),
    ...(model.usesShares ? slotParams('pct0', first, figures.n0, shareScale(first)) : { pct0: null }),
    ...(model.usesShares ? slotParams('pctK', last, figures.nk, shareScale(last)) : { pctK: null }),
    ...derivedParams('ratio', 'ratio', allFigures, figures, big, (v) => v.toFixed(2)),
    ...derivedParams('rObsPts', 'rObsPts', allFigures, figures, big, num),
    ...derivedParams('rReqPts', 'rReqPts', allFigures, figures, big, num),
    ...derivedParams('rObsCount', 'rObsCount', allFigures, figures, big, num),
    ...derivedParams('rReqCount', 'rReqCount', allFigures, figures, big, num),
    ...derivedParams('gain', 'gain', allFigures, figures, big, num),
    ...derivedParams('loss', 'loss', allFigures, figures, big, num),
    ...derivedParams('lossPts', 'lossPts', allFigures, figures, big, num),
    ...derivedParams('remaining', 'remaining', allFigures, figures, big, num),
  };

  const variant = reasonVariant(model, slots, enumeration, mode, changed);
  const reasonKey = `status.reason.${variant}`;
  const reasonParams = withInferred(cleanParams(pickParams(reasonKey, all)), inferredCycles);

  // The projection: judged statuses with a pace whose latest figure is before the deadline.
  let projection: StatusProjection | null = null;
  if (calc.code !== 'achieved' && calc.code !== 'insufficient_data' && figures.projection !== null) {
    const key = model.usesShares ? 'status.projection.share' : model.countTarget ? 'status.projection.count_target' : 'status.projection.count';
    const needed = neededCount(setup, model);
    const params = cleanParams(
      pickParams(key, {
        ...derivedParams('value', 'projection', allFigures, figures, big, num),
        N,
        unit: setup.unit,
        deadlineCycle: setup.input.deadlineCycle.code,
        needed,
      }),
    );
    projection = {
      deadlineCycle: setup.input.deadlineCycle.code,
      value: figures.projection,
      of: model.usesShares ? N : null,
      needed,
      key,
      params,
      text: formatReason(key, params),
    };
  }

  const recentSteps: RecentStep[] = [];
  for (let j = Math.max(1, k - 2); j < k; j++) {
    const a = slots[j - 1] as Slot;
    const b = slots[j] as Slot;
    const change = shareOf(model, b, rep.values[j] ?? 0) - shareOf(model, a, rep.values[j - 1] ?? 0);
    recentSteps.push({ from: a.cycle, to: b.cycle, change: finiteOrNull(change) ?? 0 });
  }

  const inputs: StatusInputs = {
    ...baseInputs(setup, model, k),
    baselineCycle: first.cycle,
    p0: finiteOrNull(calc.p0),
    latestCycle: last.cycle,
    pk: finiteOrNull(calc.pk),
    n0: finiteOrNull(figures.n0),
    nk: finiteOrNull(figures.nk),
    rObs: calc.rObs,
    rReq: calc.rReq,
    ratio: calc.ratio,
    recentSteps,
  };

  return {
    code: calc.code,
    reason: renderReason(reasonKey, reasonParams),
    reasonKey,
    reasonParams,
    rule: ruleFor(setup, model, slots, rep, enumeration),
    projection,
    possible,
    inferredCycles,
    inputs,
  };
}

/** target × N rounded to a whole State on the safe side (or the count target 0); null without a target. */
function neededCount(setup: Setup, model: Model): number | null {
  if (model.target === null) return null;
  if (!model.usesShares || model.N === null) return model.countTarget ? 0 : null;
  const exact = model.target * model.N;
  const s = slack(exact, 0);
  return (setup.d > 0 ? Math.ceil(exact - s) : Math.floor(exact + s)) + 0;
}

/** Which sentence: the rule's step, the working mode (shares or counts), a changed population, recent movement. */
function reasonVariant(
  model: Model,
  slots: Slot[],
  enumeration: Enumeration,
  mode: 'share' | 'count',
  changed: string,
): string {
  const calc = enumeration.rep.calc;
  const k = slots.length;
  switch (calc.key) {
    case 'target_met':
      return model.usesShares ? 'achieved' : 'achieved_count';
    case 'too_few_points':
      return `insufficient_${k === 1 ? 'one' : 'few'}_${mode}`;
    case 'net_loss':
      return model.usesShares ? `declining_share${changed}` : 'declining_count';
    case 'recent_test':
      return `stalled_recent${recentSame(slots, enumeration) ? '_same' : ''}${recentMovement(slots, enumeration)}_${mode}`;
    case 'past_deadline':
      return model.usesShares ? 'stalled_past_deadline' : 'stalled_past_deadline_count';
    case 'slipped':
      return model.usesShares ? 'stalled_slipped' : 'stalled_slipped_count';
    case 'net_gain_below_one':
      return model.usesShares ? `stalled_no_gain_share${changed}` : model.countTarget ? 'stalled_no_gain_count_target' : 'stalled_no_target';
    case 'pace_below_stalled':
      return model.usesShares ? `off_track${changed}` : 'off_track_count_target';
    case 'pace_between':
      return model.usesShares ? `needs_acceleration${changed}` : 'needs_acceleration_count_target';
    case 'pace_on_track':
      return model.usesShares ? `on_track${changed}` : 'on_track_count_target';
    case 'no_target_gain':
      return 'improving';
    default:
      return 'insufficient_none';
  }
}

/** "the same as in c1 and c2": only when the three latest figures are points with one value. */
function recentSame(slots: Slot[], enumeration: Enumeration): boolean {
  const k = slots.length;
  const tail = slots.slice(-3);
  if (tail.some((s) => !s.point)) return false;
  const values = enumeration.rep.values.slice(k - 3);
  return values.every((v) => Math.abs(v - (values[0] ?? 0)) < 1e-9);
}

/** "up from n0" / "down from n0" when the baseline comes before the three latest figures and every reading agrees. */
function recentMovement(slots: Slot[], enumeration: Enumeration): '' | '_up' | '_down' {
  const k = slots.length;
  if (k <= 3) return '';
  const signs = new Set(
    enumeration.trials.map((t) => {
      const change = (t.values[k - 1] ?? 0) - (t.values[0] ?? 0);
      return Math.abs(change) < 1e-9 ? 0 : Math.sign(change);
    }),
  );
  if (signs.size !== 1) return '';
  const sign = [...signs][0];
  return sign === 1 ? '_up' : sign === -1 ? '_down' : '';
}

/** The step that decided, as data: its number, key and the figures it compared. */
function ruleFor(setup: Setup, model: Model, slots: Slot[], rep: Trial, enumeration: Enumeration): StatusRule {
  const { calc, values } = rep;
  const k = slots.length;
  const inStates = (share: number) => round(model.usesShares ? share * (model.N ?? 1) : share, 2);
  const t = setup.thresholds;
  let params: ReasonParams;
  switch (calc.key) {
    case 'target_met':
      params = { latest: countParam(values[k - 1] ?? 0), needed: neededCount(setup, model), N: model.N };
      break;
    case 'too_few_points':
      params = { usablePoints: k, minPoints: t.minPoints };
      break;
    case 'net_loss':
    case 'net_gain_below_one':
    case 'no_target_gain':
      params = { netGain: inStates(calc.net), threshold: calc.key === 'net_loss' ? -1 : 1 };
      break;
    case 'recent_test': {
      const s = (j: number) => shareOf(model, slots[j] as Slot, values[j] ?? 0);
      params = {
        gainLast: inStates(setup.d * (s(k - 1) - s(k - 2))),
        gainBefore: inStates(setup.d * (s(k - 2) - s(k - 3))),
        threshold: 1,
      };
      break;
    }
    case 'past_deadline':
      params = { baselineCycle: slots[0]?.cycle ?? null, deadlineCycle: setup.input.deadlineCycle.code };
      break;
    case 'slipped':
      params = { rReq: calc.rReq !== null ? round(calc.rReq, 4) : null, target: model.target };
      break;
    default:
      params = {
        ratio: calc.ratio !== null ? round(calc.ratio, 4) : null,
        stalledBelow: t.stalledBelowRatio,
        onTrackFrom: t.onTrackFromRatio,
      };
  }
  if (enumeration.trials.length > 1) params = { ...params, series: enumeration.trials.length, capped: enumeration.capped ? 1 : 0 };
  return { step: calc.step, key: calc.key, params: cleanParams(params) };
}

/**
 * Step 8: the series the bounds allow do not agree. Name the cycle whose figure alone would settle the status (the widest
 * such interval), else every cycle whose figure changes the status.
 */
function describeRange(
  setup: Setup,
  model: Model,
  slots: Slot[],
  enumeration: Enumeration,
  possible: StatusCode[],
  inferredCycles: string[],
): Core {
  const { trials, open } = enumeration;
  const settlers: number[] = [];
  const matters: number[] = [];
  for (const i of open) {
    const byValue = new Map<number, Set<StatusCode>>();
    const byOthers = new Map<string, Set<StatusCode>>();
    for (const trial of trials) {
      const v = trial.values[i] ?? 0;
      const others = open.filter((j) => j !== i).map((j) => trial.values[j]).join(',');
      (byValue.get(v) ?? byValue.set(v, new Set()).get(v))?.add(trial.calc.code);
      (byOthers.get(others) ?? byOthers.set(others, new Set()).get(others))?.add(trial.calc.code);
    }
    if ([...byValue.values()].every((codes) => codes.size === 1)) settlers.push(i);
    if ([...byOthers.values()].some((codes) => codes.size > 1)) matters.push(i);
  }
  const width = (i: number) => {
    const s = slots[i] as Slot;
    return s.hi - s.lo;
  };
  // Widest first; among equals the latest.
  const best = [...settlers].sort((a, b) => width(b) - width(a) || b - a)[0];
  const named = best !== undefined ? [best] : matters.length > 0 ? matters : open;
  const cycles = named.map((i) => (slots[i] as Slot).cycle);
  const from = possible[0] as StatusCode;
  const to = possible[possible.length - 1] as StatusCode;
  const variant = `${possible.length === 2 ? 'either' : 'range'}${cycles.length > 1 ? '_several' : ''}`;
  const reasonKey = `status.reason.insufficient_${variant}`;
  const reasonParams = withInferred(
    {
      from: STATUS_LABELS[from],
      fromStatus: from,
      to: STATUS_LABELS[to],
      toStatus: to,
      ...listParams('cycles', cycles),
    },
    inferredCycles,
  );
  const rep = enumeration.rep;
  const k = slots.length;
  const first = slots[0] as Slot;
  const last = slots[k - 1] as Slot;
  return {
    code: 'insufficient_data',
    reason: renderReason(reasonKey, reasonParams),
    reasonKey,
    reasonParams,
    rule: {
      step: 8,
      key: 'range',
      params: { possible: possible.join(','), cycles: cycles.join(','), series: trials.length, capped: enumeration.capped ? 1 : 0 },
    },
    projection: null,
    possible,
    inferredCycles,
    inputs: {
      // The reading at the bounds; no pace is given, because the figures do not fix one.
      ...baseInputs(setup, model, k),
      baselineCycle: first.cycle,
      p0: finiteOrNull(rep.calc.p0),
      latestCycle: last.cycle,
      pk: finiteOrNull(rep.calc.pk),
      n0: finiteOrNull(rep.values[0] ?? null),
      nk: finiteOrNull(rep.values[k - 1] ?? null),
    },
  };
}

/**
 * The code each cycle would have had, using only the observations up to and including it, from the first cycle with any
 * observation to the latest observed cycle (the deadline cycle appears only when an observation falls on or after it).
 */
function buildHistory(setup: Setup): StatusHistoryEntry[] {
  const observed: number[] = [];
  for (const o of setup.input.observations) {
    const ordinal = setup.ordinals.get(o.cycle);
    if (ordinal !== undefined) observed.push(ordinal);
  }
  if (observed.length === 0) return [];
  const from = Math.min(...observed);
  const to = Math.max(...observed);
  return [...setup.ordinals.entries()]
    .filter(([, ordinal]) => ordinal >= from && ordinal <= to)
    .sort((a, b) => a[1] - b[1])
    .map(([cycle, ordinal]) => ({ cycle, code: evaluateCode(setup, ordinal) }));
}
