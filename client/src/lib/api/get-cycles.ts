import { queryOptions, useQuery } from '@tanstack/react-query';
import { CyclesResponseSchema, type Cycle } from '@ccm/shared/schemas/api';
import { apiClient } from '../api-client.ts';
import { queryKeys } from '../query-keys.ts';

export async function getCycles(): Promise<Cycle[]> {
  return (await apiClient.get('/api/v1/cycles', CyclesResponseSchema)).data;
}

export const cyclesQueryOptions = () => queryOptions({ queryKey: queryKeys.cycles(), queryFn: getCycles, staleTime: Infinity });

export function useCycles() {
  return useQuery(cyclesQueryOptions());
}
