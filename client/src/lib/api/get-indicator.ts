import { queryOptions, useQuery } from '@tanstack/react-query';
import { IndicatorResponseSchema, type Indicator } from '@ccm/shared/schemas/api';
import { apiClient } from '../api-client.ts';
import { queryKeys } from '../query-keys.ts';

export async function getIndicator(id: string): Promise<Indicator> {
  return (await apiClient.get(`/api/v1/indicators/${encodeURIComponent(id)}`, IndicatorResponseSchema)).data;
}

export const indicatorQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.indicators.detail(id), queryFn: () => getIndicator(id) });

export function useIndicator(id: string) {
  return useQuery(indicatorQueryOptions(id));
}
