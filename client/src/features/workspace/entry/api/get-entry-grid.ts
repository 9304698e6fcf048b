import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { EntryGridResponseSchema } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

export type EntryGrid = z.infer<typeof EntryGridResponseSchema>['data'];

export async function getEntryGrid(cycle: string, pillar: string): Promise<EntryGrid> {
  const search = new URLSearchParams({ pillar }).toString();
  return (await workspaceRequest(`${WORKSPACE_API}/cycles/${encodeURIComponent(cycle)}/entries?${search}`, EntryGridResponseSchema)).data;
}

export const entryGridQueryOptions = (cycle: string, pillar: string) =>
  queryOptions({ queryKey: workspaceKeys.entries(cycle, pillar), queryFn: () => getEntryGrid(cycle, pillar) });

export function useEntryGrid(cycle: string | null, pillar: string | null) {
  return useQuery({ ...entryGridQueryOptions(cycle ?? '', pillar ?? ''), enabled: cycle !== null && pillar !== null });
}
