// The numbers a status sentence quotes, worded as params: each figure from its slot (a point or a bound), each derived
// number (a pace, a gain, the projection) over every series the bounds allow, and the params and inputs all share.
import type { ReasonParams, StatusInputs } from '../schemas/status.ts';
import { countParam, finiteOrNull, pct, round, slack } from './classify-numbers.ts';
import type { Model, Setup, Slot } from './classify-slots.ts';
import type { Trial } from './classify-evaluate.ts';

export function baseParams(setup: Setup, model: Model, usablePoints: number): ReasonParams {
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

export function baseInputs(setup: Setup, model: Model, usablePoints: number): StatusInputs {
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

/** The numbers a sentence can quote, for one series. */
export interface Figures {
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

export function figuresOf(setup: Setup, model: Model, slots: Slot[], trial: Trial): Figures {
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
export function slotParams(name: string, slot: Slot | undefined, value: number | null, scale: (v: number) => number): ReasonParams {
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
export function derivedParams(
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

/** target × N rounded to a whole State on the safe side (or the count target 0); null without a target. */
export function neededCount(setup: Setup, model: Model): number | null {
  if (model.target === null) return null;
  if (!model.usesShares || model.N === null) return model.countTarget ? 0 : null;
  const exact = model.target * model.N;
  const s = slack(exact, 0);
  return (setup.d > 0 ? Math.ceil(exact - s) : Math.floor(exact + s)) + 0;
}
