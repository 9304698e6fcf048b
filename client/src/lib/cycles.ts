// Cycle helpers: the plan's cycles in order, and the label of a figure that covers one cycle or a span.
import type { Cycle, Observation } from '@ccm/shared/schemas/api';

export interface ChartCycle {
  code: string;
  ordinal: number;
  isDeadline: boolean;
}

/** The cycles of the plan the observations belong to, in ordinal order (the deadline cycle last). */
export function planCycles(cycles: readonly Cycle[], observations: readonly Pick<Observation, 'cycle'>[] = []): ChartCycle[] {
  const byCode = new Map(cycles.map((c) => [c.code, c]));
  const plan = observations.map((o) => byCode.get(o.cycle)?.actionPlan).find((p) => p !== undefined) ?? cycles.at(-1)?.actionPlan;
  return cycles
    .filter((c) => c.actionPlan === plan)
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((c) => ({ code: c.code, ordinal: c.ordinal, isDeadline: c.isDeadline }));
}

/** "10MSP" for a single cycle, "10MSP–13MSP" for a span (an en dash, as the document writes it). */
export function cycleLabel(observation: Pick<Observation, 'cycle' | 'spanFrom'>): string {
  return observation.spanFrom ? `${observation.spanFrom}\u2013${observation.cycle}` : observation.cycle;
}
