import { queryOptions, useQuery } from '@tanstack/react-query';
import { PillarsResponseSchema, type Pillar } from '@ccm/shared/schemas/api';
import { apiClient } from '../api-client.ts';
import { queryKeys } from '../query-keys.ts';

export async function getPillars(): Promise<Pillar[]> {
  return (await apiClient.get('/api/v1/pillars', PillarsResponseSchema)).data;
}

export const pillarsQueryOptions = () => queryOptions({ queryKey: queryKeys.pillars(), queryFn: getPillars });

export function usePillars() {
  return useQuery(pillarsQueryOptions());
}
