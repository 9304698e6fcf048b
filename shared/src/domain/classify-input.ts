// The classifier's input and its fixed numbers: the thresholds of the pace ratio R, the slack of comparisons, the cap
// on candidate series, and the shape of an indicator's figures as the rule reads them.
import type { Direction, Qualifier, Reporting } from '../schemas/common.ts';

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
