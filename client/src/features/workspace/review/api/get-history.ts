import { queryOptions, useQuery } from '@tanstack/react-query';
import { ChangesResponseSchema, type Change } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

export interface HistoryFilters {
  indicator?: string;
  cycle?: string;
}

/** Every change, newest first, optionally for one indicator and/or one cycle. */
export async function getHistory(filters: HistoryFilters): Promise<Change[]> {
  const params = new URLSearchParams();
  if (filters.indicator) params.set('indicator', filters.indicator);
  if (filters.cycle) params.set('cycle', filters.cycle);
  const search = params.toString();
  return (await workspaceRequest(`${WORKSPACE_API}/history${search ? `?${search}` : ''}`, ChangesResponseSchema)).data;
}

export const historyQueryOptions = (filters: HistoryFilters) => queryOptions({ queryKey: workspaceKeys.history(filters), queryFn: () => getHistory(filters) });

export function useHistory(filters: HistoryFilters) {
  return useQuery(historyQueryOptions(filters));
}
