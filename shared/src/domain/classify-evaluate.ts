// The rule's evaluation: the exact-point rule (steps 2 to 7 of docs/status-rule.md) judged on each candidate series
// the bounds allow, and the statuses those series give.
import { STATUS_CODES, type StatusCode } from '../schemas/common.ts';
import { CANDIDATE_CAP } from './classify-input.ts';
import { atLeast, atMost, finiteOrNull } from './classify-numbers.ts';
import { buildSlots, modelFor, representative, type Model, type Setup, type Slot } from './classify-slots.ts';

export type RuleKey =
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
export interface Calc {
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

export function shareOf(model: Model, slot: Slot, value: number): number {
  return model.usesShares ? value / (slot.n ?? model.N ?? 1) : value;
}

/** The exact-point rule (steps 2 to 7 of docs/status-rule.md) on one series: one value per slot. */
export function judge(setup: Setup, model: Model, slots: Slot[], values: number[]): Calc {
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
export interface Trial {
  values: number[];
  calc: Calc;
}

export interface Enumeration {
  /** The series at the bounds, used for the sentence. */
  rep: Trial;
  trials: Trial[];
  /** Indices of the slots that varied. */
  open: number[];
  capped: boolean;
}

/** Every series the bounds allow, sampled: only the baseline and the three latest slots can change the status. */
export function enumerate(setup: Setup, model: Model, slots: Slot[]): Enumeration {
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

export function possibleCodes(trials: Trial[]): StatusCode[] {
  const seen = new Set(trials.map((t) => t.calc.code));
  return STATUS_CODES.filter((code) => seen.has(code));
}

export function evaluateCode(setup: Setup, maxOrdinal: number): StatusCode {
  const slots = buildSlots(setup, maxOrdinal);
  if (slots.length === 0) return 'insufficient_data';
  const model = modelFor(setup, slots);
  const { trials } = enumerate(setup, model, slots);
  const possible = possibleCodes(trials);
  return possible.length === 1 ? (possible[0] as StatusCode) : 'insufficient_data';
}
