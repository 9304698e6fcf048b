import { queryOptions, useQuery } from '@tanstack/react-query';
import { SummaryResponseSchema, type Summary } from '@ccm/shared/schemas/api';
import { apiClient } from '../api-client.ts';
import { queryKeys } from '../query-keys.ts';

export async function getSummary(): Promise<Summary> {
  return (await apiClient.get('/api/v1/summary', SummaryResponseSchema)).data;
}

export const summaryQueryOptions = () => queryOptions({ queryKey: queryKeys.summary(), queryFn: getSummary });

export function useSummary() {
  return useQuery(summaryQueryOptions());
}
