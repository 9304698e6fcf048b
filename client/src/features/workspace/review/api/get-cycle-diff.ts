import { queryOptions, useQuery } from '@tanstack/react-query';
import { ChangesResponseSchema, type Change } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

/** The drafts of a cycle, each with the published record it would replace. */
export async function getCycleDiff(cycle: string): Promise<Change[]> {
  return (await workspaceRequest(`${WORKSPACE_API}/cycles/${encodeURIComponent(cycle)}/diff`, ChangesResponseSchema)).data;
}

export const cycleDiffQueryOptions = (cycle: string) => queryOptions({ queryKey: workspaceKeys.diff(cycle), queryFn: () => getCycleDiff(cycle) });

export function useCycleDiff(cycle: string | null) {
  return useQuery({ ...cycleDiffQueryOptions(cycle ?? ''), enabled: cycle !== null });
}
