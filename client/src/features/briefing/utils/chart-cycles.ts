// The chart's horizon for a briefing: the plan's cycles in order, the deadline last (no extra request for /cycles).
import type { ActionPlan } from '@ccm/shared/schemas/api';
import type { ChartCycle } from '../../../lib/cycles.ts';

export function chartCyclesOf(plan: Pick<ActionPlan, 'cycles' | 'deadlineCycle'>): ChartCycle[] {
  return plan.cycles.map((code, ordinal) => ({ code, ordinal, isDeadline: code === plan.deadlineCycle }));
}
