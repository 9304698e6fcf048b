import { queryOptions, useQuery } from '@tanstack/react-query';
import { SeriesResponseSchema, type Series } from '@ccm/shared/schemas/api';
import { apiClient } from '../api-client.ts';
import { queryKeys } from '../query-keys.ts';

export async function getSeries(name: string): Promise<Series> {
  return (await apiClient.get(`/api/v1/series/${encodeURIComponent(name)}`, SeriesResponseSchema)).data;
}

export const seriesQueryOptions = (name: string) =>
  queryOptions({ queryKey: queryKeys.series.detail(name), queryFn: () => getSeries(name) });

export function useSeries(name: string) {
  return useQuery(seriesQueryOptions(name));
}
