// Plan set-up (admin): the plans, one plan's structure, its pieces added one at a time, the plan file import, shared
// cycles, the crosswalk and publication, all through the workspace's one request helper.
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { WORKSPACE_PLAN_PATHS } from '@ccm/shared/api-paths';
import { z } from 'zod';
import {
  CrosswalkResponseSchema,
  PlanImportResponseSchema,
  WorkspacePlanDetailResponseSchema,
  WorkspacePlansResponseSchema,
  type ActionInput,
  type CrosswalkCreateInput,
  type CrosswalkEntry,
  type IndicatorInput,
  type PillarInput,
  type PlanHeaderInput,
  type PlanImportReport,
  type WorkspacePlan,
  type WorkspacePlanDetail,
} from '@ccm/shared/schemas/plans';
import { listedProblemsOf, workspaceCommand, workspaceRequest } from './workspace-request.ts';
import { workspaceKeys } from './workspace-keys.ts';

/** Under ['workspace'], so signing out drops them with the rest of the workspace. */
export const planKeys = {
  all: () => [...workspaceKeys.all(), 'plans'] as const,
  list: () => [...planKeys.all(), 'list'] as const,
  detail: (code: string) => [...planKeys.all(), 'detail', code.toUpperCase()] as const,
  crosswalk: (code: string) => [...planKeys.all(), 'crosswalk', code.toUpperCase()] as const,
} as const;

// --- Writes ----------------------------------------------------------------------------------------------------------

/** A refused plan write: a 422 names what is wrong where, the section, row and field of each problem. */
export const planProblemsOf = listedProblemsOf;

// --- Reads -----------------------------------------------------------------------------------------------------------

export async function getPlans(): Promise<WorkspacePlan[]> {
  return (await workspaceRequest(WORKSPACE_PLAN_PATHS.plans(), WorkspacePlansResponseSchema)).data;
}

export const plansQueryOptions = () => queryOptions({ queryKey: planKeys.list(), queryFn: getPlans });

export function usePlans(enabled = true) {
  return useQuery({ ...plansQueryOptions(), enabled });
}

export async function getPlan(code: string): Promise<WorkspacePlanDetail> {
  return (await workspaceRequest(WORKSPACE_PLAN_PATHS.plan(code), WorkspacePlanDetailResponseSchema)).data;
}

export const planQueryOptions = (code: string) => queryOptions({ queryKey: planKeys.detail(code), queryFn: () => getPlan(code) });

/** One plan's structure; `null` asks for nothing (a plan with no previous plan). */
export function usePlan(code: string | null) {
  return useQuery({ ...planQueryOptions(code ?? ''), enabled: code !== null });
}

/** The crosswalk entries into a plan, published or not: GET on the collection the entries are posted to, ?plan=. */
export async function getPlanCrosswalk(code: string): Promise<CrosswalkEntry[]> {
  const path = `${WORKSPACE_PLAN_PATHS.crosswalk()}?plan=${encodeURIComponent(code)}`;
  return (await workspaceRequest(path, CrosswalkResponseSchema)).data;
}

export function usePlanCrosswalk(code: string, enabled = true) {
  return useQuery({ queryKey: planKeys.crosswalk(code), queryFn: () => getPlanCrosswalk(code), enabled });
}

// --- Mutations -------------------------------------------------------------------------------------------------------

/** A plan's structure changed: the plan list (its counts) and the plan itself. */
const invalidatePlan = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: planKeys.all() });

/** Plans and the workspace's cycle list (a new plan brings its deadline cycle; shared cycles change what counts where). */
const invalidatePlansAndCycles = (queryClient: QueryClient) =>
  Promise.all([queryClient.invalidateQueries({ queryKey: planKeys.all() }), queryClient.invalidateQueries({ queryKey: workspaceKeys.cycles() })]);

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanHeaderInput) => workspaceRequest(WORKSPACE_PLAN_PATHS.plans(), z.unknown(), { method: 'POST', json: input }),
    onSuccess: () => invalidatePlansAndCycles(queryClient),
  });
}

export function useAddPillar(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PillarInput) => workspaceRequest(WORKSPACE_PLAN_PATHS.pillars(code), z.unknown(), { method: 'POST', json: input }),
    onSuccess: () => invalidatePlan(queryClient),
  });
}

export function useAddAction(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ActionInput) => workspaceRequest(WORKSPACE_PLAN_PATHS.actions(code), z.unknown(), { method: 'POST', json: input }),
    onSuccess: () => invalidatePlan(queryClient),
  });
}

export function useAddIndicator(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IndicatorInput) => workspaceRequest(WORKSPACE_PLAN_PATHS.indicators(code), z.unknown(), { method: 'POST', json: input }),
    onSuccess: () => invalidatePlan(queryClient),
  });
}

export interface SharedCycleChange {
  cycle: string;
  shared: boolean;
}

/** Counts a cycle of the previous plan for this plan too (PUT), or stops counting it (DELETE). */
export function useSetSharedCycle(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ cycle, shared }: SharedCycleChange) =>
      shared ? workspaceRequest(WORKSPACE_PLAN_PATHS.sharedCycle(code, cycle), z.unknown(), { method: 'PUT', json: { plan: code } }) : workspaceCommand(WORKSPACE_PLAN_PATHS.sharedCycle(code, cycle), { method: 'DELETE' }),
    onSuccess: () => invalidatePlansAndCycles(queryClient),
  });
}

export function useAddCrosswalkEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CrosswalkCreateInput) => workspaceRequest(WORKSPACE_PLAN_PATHS.crosswalk(), z.unknown(), { method: 'POST', json: input }),
    onSuccess: () => invalidatePlan(queryClient),
  });
}

export function useDeleteCrosswalkEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => workspaceCommand(WORKSPACE_PLAN_PATHS.crosswalkEntry(id), { method: 'DELETE' }),
    onSuccess: () => invalidatePlan(queryClient),
  });
}

export function usePublishPlan(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => workspaceRequest(WORKSPACE_PLAN_PATHS.publish(code), z.unknown(), { method: 'POST' }),
    // The public pages change (the current plan, its cycles and structure): every query, public and workspace.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export interface PlanImportInput {
  format: 'json' | 'csv';
  content: string;
  dryRun: boolean;
}

/** Dry run: what the file would create, or every problem in it (a ListedProblemsError). Otherwise: the whole plan, or nothing. */
export async function importPlan({ format, content, dryRun }: PlanImportInput): Promise<PlanImportReport> {
  const path = `${WORKSPACE_PLAN_PATHS.importPlan()}?dryRun=${String(dryRun)}`;
  return (await workspaceRequest(path, PlanImportResponseSchema, { method: 'POST', json: { format, content } })).data;
}

export function useImportPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importPlan,
    onSuccess: async (report) => {
      if (!report.dryRun) await invalidatePlansAndCycles(queryClient);
    },
  });
}
