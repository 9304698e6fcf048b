// "Status would change from X to Y": the published figures plus the entered one, through the dashboard's status rule.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Indicator, Observation } from '@ccm/shared/schemas/api';
import type { StatusCode } from '@ccm/shared/schemas/common';
import { IndicatorStatusSchema, type ClassifyRequest, type ClassifyRequestObservation, type IndicatorStatus } from '@ccm/shared/schemas/status';
import type { ObservationEntry } from '@ccm/shared/schemas/workspace';
import type { ClassifierInput } from '@ccm/shared/domain/classify';
import { ApiError } from '../../../lib/api-client.ts';
import ClassifyWorker from './classify-worker.ts?worker';
import { workspaceRequest } from './workspace-request.ts';
import { workspaceKeys } from './workspace-keys.ts';
import type { WorkspaceCycle } from './get-workspace-cycles.ts';

export interface StatusPreview {
  from: StatusCode;
  to: StatusCode;
  reason: string;
}

const ClassifyResponseSchema = z.object({ data: IndicatorStatusSchema });

function toClassifyObservation(o: Pick<Observation, 'cycle' | 'spanFrom' | 'value' | 'denominator' | 'qualifier' | 'reporting'>): ClassifyRequestObservation {
  return { cycle: o.cycle, spanFrom: o.spanFrom, value: o.value, denominator: o.denominator, qualifier: o.qualifier, reporting: o.reporting };
}

/** The what-if request: every published figure of the indicator, with the entered one in place of its cycle's. */
export function previewRequest(indicator: Indicator, entry: ObservationEntry): ClassifyRequest {
  const others = indicator.observations.filter((o) => !(o.cycle === entry.cycle && o.spanFrom === entry.spanFrom));
  return {
    direction: indicator.direction,
    denominator: indicator.denominator,
    target: indicator.target,
    observations: [...others.map(toClassifyObservation), toClassifyObservation(entry)],
  };
}

/** The shared rule in a worker (see classify-worker.ts for why). */
function classifyInWorker(input: ClassifierInput): Promise<IndicatorStatus> {
  return new Promise((resolve, reject) => {
    const worker = new ClassifyWorker({ name: 'classify' });
    worker.onmessage = (event: MessageEvent<unknown>) => {
      worker.terminate();
      const status = IndicatorStatusSchema.safeParse(event.data);
      if (status.success) resolve(status.data);
      else reject(status.error);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(input);
  });
}

/**
 * The public classifier only knows published cycles, so a figure for an open cycle is classified in the browser by the
 * same shared rule, with the workspace's cycle positions.
 */
async function classifyLocally(request: ClassifyRequest, cycles: WorkspaceCycle[], cycleCode: string): Promise<IndicatorStatus | null> {
  const plan = cycles.find((c) => c.code === cycleCode)?.actionPlan;
  const planCycles = cycles.filter((c) => c.actionPlan === plan);
  const deadline = planCycles.find((c) => c.isDeadline);
  if (!deadline) return null;
  return classifyInWorker({
    direction: request.direction,
    denominator: request.denominator ?? null,
    targetShare: request.target ?? null,
    observations: request.observations,
    cycles: planCycles.filter((c) => !c.isDeadline && c.ordinal < deadline.ordinal).map((c) => ({ code: c.code, ordinal: c.ordinal })),
    deadlineCycle: { code: deadline.code, ordinal: deadline.ordinal },
  });
}

function isUnknownCycle(error: unknown): boolean {
  return error instanceof ApiError && error.status === 400 && /^observations\.\d+\.(cycle|spanFrom)$/.test(error.problem?.parameter ?? '');
}

export async function getStatusPreview(indicator: Indicator, entry: ObservationEntry, cycles: WorkspaceCycle[]): Promise<StatusPreview | null> {
  const request = previewRequest(indicator, entry);
  let status: IndicatorStatus | null;
  try {
    status = (await workspaceRequest('/api/v1/classify', ClassifyResponseSchema, { method: 'POST', json: request })).data;
  } catch (error) {
    if (!isUnknownCycle(error)) throw error;
    status = await classifyLocally(request, cycles, entry.cycle);
  }
  return status ? { from: indicator.status.code, to: status.code, reason: status.reason } : null;
}

export const statusPreviewQueryOptions = (indicator: Indicator, entry: ObservationEntry, cycles: WorkspaceCycle[]) =>
  queryOptions({
    // The published figures are part of the key: after a publication the same entry may preview differently.
    queryKey: workspaceKeys.preview({ indicator: indicator.id, published: indicator.observations, entry }),
    queryFn: () => getStatusPreview(indicator, entry, cycles),
    staleTime: Infinity,
    retry: false,
  });

/** Runs once the indicator, a valid entry and the cycles are known; otherwise idle. */
export function useStatusPreview(indicator: Indicator | undefined, entry: ObservationEntry | null, cycles: WorkspaceCycle[] | undefined) {
  const ready = indicator !== undefined && entry !== null && cycles !== undefined;
  return useQuery({
    ...(ready
      ? statusPreviewQueryOptions(indicator, entry, cycles)
      : queryOptions({ queryKey: workspaceKeys.preview(null), queryFn: () => Promise.resolve<StatusPreview | null>(null) })),
    enabled: ready,
  });
}
