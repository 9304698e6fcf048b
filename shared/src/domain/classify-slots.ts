// Reading the input for one evaluation: the setup (cycles, direction, thresholds), one slot per constrained cycle (a
// point or an interval from bounds), and the model (shares or counts, the target) fixed by the latest point.
import { DEFAULT_THRESHOLDS, DEFAULT_UNIT, type ClassifierInput, type Thresholds } from './classify-input.ts';

/** One cycle's constraint: a point (lo = hi, from an exact or approximate figure) or an interval from bounds. */
export interface Slot {
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

export interface Setup {
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
export interface Model {
  N: number | null;
  usesShares: boolean;
  epsilon: number;
  /** A share when usesShares; a count (0) when countTarget; null when there is no target. */
  target: number | null;
  countTarget: boolean;
}

export function prepare(input: ClassifierInput): Setup {
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

/**
 * One slot per constrained cycle up to maxOrdinal, in ordinal order. Exact and approximate single-cycle figures are
 * points (an exact one beats an approximate one, otherwise the later one listed wins); at_least / at_most figures bound
 * their cycle, or every cycle of their span, and several bounds on one cycle intersect. A point beats any bound for its
 * cycle (a contradiction is recorded elsewhere as data); bounds that contradict each other leave their cycle silent.
 */
export function buildSlots(setup: Setup, maxOrdinal: number): Slot[] {
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

export function modelFor(setup: Setup, slots: Slot[]): Model {
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
export function representative(slot: Slot): number {
  return slot.point || slot.lower ? slot.lo : slot.hi;
}
