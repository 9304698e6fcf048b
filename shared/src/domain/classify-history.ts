// The status history: the code each cycle would have had with the observations up to it, and since when it is flagged.
import type { StatusCode } from '../schemas/common.ts';
import type { StatusHistoryEntry } from '../schemas/status.ts';
import type { Setup } from './classify-slots.ts';
import { evaluateCode } from './classify-evaluate.ts';

const FLAGGED: ReadonlySet<StatusCode> = new Set<StatusCode>(['declining', 'stalled', 'off_track']);

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

/**
 * The code each cycle would have had, using only the observations up to and including it, from the first cycle with any
 * observation to the latest observed cycle (the deadline cycle appears only when an observation falls on or after it).
 */
export function buildHistory(setup: Setup): StatusHistoryEntry[] {
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
