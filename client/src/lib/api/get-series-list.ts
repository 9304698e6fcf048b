import { queryOptions, useQuery } from '@tanstack/react-query';
import { SeriesListResponseSchema, type SeriesSummary } from '@ccm/shared/schemas/api';
import { apiClient } from '../api-client.ts';
import { queryKeys } from '../query-keys.ts';

export async function getSeriesList(): Promise<SeriesSummary[]> {
  return (await apiClient.get('/api/v1/series', SeriesListResponseSchema)).data;
}

export const seriesListQueryOptions = () => queryOptions({ queryKey: queryKeys.series.list(), queryFn: getSeriesList });

export function useSeriesList() {
  return useQuery(seriesListQueryOptions());
}
