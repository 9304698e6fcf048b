import { queryOptions, useQuery } from '@tanstack/react-query';
import { ConflictsResponseSchema, type Conflict } from '@ccm/shared/schemas/api';
import { apiClient } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export async function getConflicts(): Promise<Conflict[]> {
  return (await apiClient.get('/api/v1/conflicts', ConflictsResponseSchema)).data;
}

export const conflictsQueryOptions = () => queryOptions({ queryKey: queryKeys.conflicts(), queryFn: getConflicts });

/** The conflicts recorded for one indicator. */
export function useIndicatorConflicts(indicatorId: string) {
  return useQuery({
    ...conflictsQueryOptions(),
    select: (conflicts: Conflict[]) => conflicts.filter((c) => c.indicator === indicatorId),
  });
}
