// The trend-status rule: from an indicator's figures, is it achieved, on track, in need of acceleration, too slow,
// stalled or declining? Pure: no I/O, no clock, no randomness. The plain-words version is docs/status-rule.md.
// The rule's jobs live in classify-*.ts (input, numbers, reasons, slots, evaluate, figures, describe, history); this
// file is the entry point and re-exports what callers import.
import type { IndicatorStatus } from '../schemas/status.ts';
import type { ClassifierInput } from './classify-input.ts';
import { buildSlots, modelFor, prepare, type Setup } from './classify-slots.ts';
import { enumerate, possibleCodes } from './classify-evaluate.ts';
import { describeNone, describeRange, describeSettled, type Core } from './classify-describe.ts';
import { buildHistory } from './classify-history.ts';

export {
  CANDIDATE_CAP,
  DEFAULT_THRESHOLDS,
  DEFAULT_UNIT,
  MIN_POINTS,
  ON_TRACK_FROM_RATIO,
  STALLED_BELOW_RATIO,
  TOLERANCE,
  type ClassifierCycle,
  type ClassifierInput,
  type ClassifierObservation,
  type Thresholds,
} from './classify-input.ts';
export { formatReason, REASON_TEMPLATES, renderReason, STATUS_LABELS, templateParams } from './classify-reasons.ts';
export { stalledSince } from './classify-history.ts';

export function classifyIndicator(input: ClassifierInput): IndicatorStatus {
  const setup = prepare(input);
  const current = evaluate(setup, Number.POSITIVE_INFINITY);
  return { ...current, history: buildHistory(setup) };
}

function evaluate(setup: Setup, maxOrdinal: number): Core {
  const slots = buildSlots(setup, maxOrdinal);
  const model = modelFor(setup, slots);
  const inferredCycles = slots.filter((s) => s.inferred).map((s) => s.cycle);
  if (slots.length === 0) return describeNone(setup, model);
  const enumeration = enumerate(setup, model, slots);
  const possible = possibleCodes(enumeration.trials);
  const outcome = { setup, model, slots, enumeration, possible, inferredCycles };
  return possible.length > 1 ? describeRange(outcome) : describeSettled(outcome);
}
