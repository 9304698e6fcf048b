// Describing the outcome: the status with its reason sentence, the projection, the rule step that decided as data,
// and the inputs, for no usable figure, a settled status, or bounds that leave the status open.
import type { StatusCode } from '../schemas/common.ts';
import type { IndicatorStatus, ReasonParams, RecentStep, StatusInputs, StatusProjection, StatusRule } from '../schemas/status.ts';
import { countParam, finiteOrNull, pct, round } from './classify-numbers.ts';
import { cleanParams, formatReason, listParams, pickParams, renderReason, STATUS_LABELS, withInferred } from './classify-reasons.ts';
import type { Model, Setup, Slot } from './classify-slots.ts';
import { judge, shareOf, type Enumeration, type Trial } from './classify-evaluate.ts';
import { baseInputs, baseParams, derivedParams, figuresOf, neededCount, slotParams, type Figures } from './classify-figures.ts';

export type Core = Omit<IndicatorStatus, 'history'>;

/** A series with at least one usable figure, enumerated: what describing its status starts from. */
export interface Outcome {
  setup: Setup;
  model: Model;
  slots: Slot[];
  enumeration: Enumeration;
  /** The statuses the series the bounds allow would get (one: settled). */
  possible: StatusCode[];
  inferredCycles: string[];
}

export function describeNone(setup: Setup, model: Model): Core {
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

export function describeSettled({ setup, model, slots, enumeration, possible, inferredCycles }: Outcome): Core {
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
export function describeRange({ setup, model, slots, enumeration, possible, inferredCycles }: Outcome): Core {
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
