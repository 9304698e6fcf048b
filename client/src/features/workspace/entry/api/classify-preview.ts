// "Status would change from X to Y": the published figures plus the entered one, through the dashboard's status rule,
// with the reason in the workspace's language. The input is built by the shared classifierInputFor, as the server builds
// the published statuses: the preview and the public page cannot disagree about which figures count.
import { API_PATHS } from '@ccm/shared/api-paths';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Indicator } from '@ccm/shared/schemas/api';
import type { StatusCode } from '@ccm/shared/domain/vocabulary';
import { IndicatorStatusSchema, type ClassifyRequest, type IndicatorStatus } from '@ccm/shared/schemas/status';
import type { ObservationEntry } from '@ccm/shared/schemas/workspace';
import type { Language } from '@ccm/shared/i18n/languages';
import { ApiError, withLanguageParam } from '../../../../lib/api-client.ts';
import type { ClassifyJob } from './classify-job.ts';
import ClassifyWorker from './classify-worker.ts?worker';
import { workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';
import type { WorkspaceCycle } from '../../api/get-workspace-cycles.ts';

export interface StatusPreview {
  from: StatusCode;
  to: StatusCode;
  reason: string;
  /** The plan's deadline cycle, which "Too slow for the 3RC" names. */
  deadline: string;
}

const ClassifyResponseSchema = z.object({ data: IndicatorStatusSchema });

type FigureFields = 'cycle' | 'spanFrom' | 'value' | 'denominator' | 'qualifier' | 'reporting' | 'cycleInferred';
type Figure = Pick<ObservationEntry, FigureFields>;

const figureOf = (o: Figure): Figure => ({
  cycle: o.cycle,
  spanFrom: o.spanFrom,
  value: o.value,
  denominator: o.denominator,
  qualifier: o.qualifier,
  reporting: o.reporting,
  cycleInferred: o.cycleInferred,
});

/** Every published figure of the indicator, with the entered one in place of its cycle's. */
export function previewFigures(indicator: Indicator, entry: ObservationEntry): Figure[] {
  const others = indicator.observations.filter((o) => !(o.cycle === entry.cycle && o.spanFrom === entry.spanFrom));
  return [...others.map(figureOf), figureOf(entry)];
}

/** The indicator as classifierInputFor reads it (as the server reads its stored row). */
function indicatorInput(indicator: Indicator, figures: Figure[]): ClassifyJob['indicator'] {
  return {
    direction: indicator.direction,
    populationSize: indicator.population.size ?? indicator.denominator,
    targetShare: indicator.target,
    unit: indicator.unit,
    observations: figures,
  };
}

/** The what-if request for the server: the same figures, the same population and target. */
export function previewRequest(indicator: Indicator, entry: ObservationEntry): ClassifyRequest {
  const figures = previewFigures(indicator, entry);
  const input = indicatorInput(indicator, figures);
  return { direction: input.direction, denominator: input.populationSize ?? null, target: input.targetShare ?? null, observations: figures };
}

/** The shared rule in a worker (see classify-worker.ts for why); on the main thread where there is no worker. */
async function classifyOffThread(job: ClassifyJob): Promise<IndicatorStatus | null> {
  if (typeof Worker === 'undefined') {
    const { classifyWithReason } = await import('./classify-job.ts');
    return classifyWithReason(job);
  }
  return new Promise((resolve, reject) => {
    const worker = new ClassifyWorker({ name: 'classify' });
    worker.onmessage = (event: MessageEvent<unknown>) => {
      worker.terminate();
      if (event.data === null) return resolve(null);
      const status = IndicatorStatusSchema.safeParse(event.data);
      if (status.success) resolve(status.data);
      else reject(status.error);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(job);
  });
}

/**
 * The public classifier only knows published cycles, so a figure for an open cycle is classified in the browser by the
 * same shared rule and the same input building, with the workspace's cycle positions.
 */
async function classifyLocally(indicator: Indicator, entry: ObservationEntry, cycles: WorkspaceCycle[], lang: Language): Promise<IndicatorStatus | null> {
  // The indicator's own plan; a figure on another plan's cycle (one shared as the baseline) comes before its cycles.
  const plan = indicator.actionPlan;
  const own = cycles.filter((c) => c.actionPlan === plan);
  const borrowed = cycles.filter((c) => c.actionPlan !== plan && c.code === entry.cycle);
  const planCycles = [...borrowed, ...own].map((c, ordinal) => ({ code: c.code, actionPlan: plan, ordinal, isDeadline: c.isDeadline && c.actionPlan === plan }));
  const deadline = planCycles.find((c) => c.isDeadline);
  if (!deadline) return null;
  return classifyOffThread({
    indicator: indicatorInput(indicator, previewFigures(indicator, entry)),
    cycles: planCycles,
    plan: { code: plan, deadlineCycle: deadline.code },
    lang,
  });
}

function isUnknownCycle(error: unknown): boolean {
  return error instanceof ApiError && error.status === 400 && /^observations\.\d+\.(cycle|spanFrom)$/.test(error.problem?.parameter ?? '');
}

export async function getStatusPreview(indicator: Indicator, entry: ObservationEntry, cycles: WorkspaceCycle[], lang: Language): Promise<StatusPreview | null> {
  let status: IndicatorStatus | null;
  try {
    // The server runs the rule with its configured thresholds, and words the reason in the language asked for.
    const path = withLanguageParam(API_PATHS.classify(), lang);
    status = (await workspaceRequest(path, ClassifyResponseSchema, { method: 'POST', json: previewRequest(indicator, entry) })).data;
  } catch (error) {
    if (!isUnknownCycle(error)) throw error;
    status = await classifyLocally(indicator, entry, cycles, lang);
  }
  return status ? { from: indicator.status.code, to: status.code, reason: status.reason, deadline: status.inputs.deadlineCycle } : null;
}

export const statusPreviewQueryOptions = (indicator: Indicator, entry: ObservationEntry, cycles: WorkspaceCycle[], lang: Language) =>
  queryOptions({
    // The published figures are part of the key: after a publication the same entry may preview differently.
    queryKey: workspaceKeys.preview({ indicator: indicator.id, published: indicator.observations, entry, lang }),
    queryFn: () => getStatusPreview(indicator, entry, cycles, lang),
    staleTime: Infinity,
    retry: false,
  });

/** Runs once the indicator, a valid entry and the cycles are known; otherwise idle. */
export function useStatusPreview(indicator: Indicator | undefined, entry: ObservationEntry | null, cycles: WorkspaceCycle[] | undefined, lang: Language) {
  const ready = indicator !== undefined && entry !== null && cycles !== undefined;
  return useQuery({
    ...(ready
      ? statusPreviewQueryOptions(indicator, entry, cycles, lang)
      : queryOptions({ queryKey: workspaceKeys.preview(null), queryFn: () => Promise.resolve<StatusPreview | null>(null) })),
    enabled: ready,
  });
}
