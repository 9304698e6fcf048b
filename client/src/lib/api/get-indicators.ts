import { queryOptions, useQuery } from '@tanstack/react-query';
import { IndicatorsResponseSchema, type Indicator, type IndicatorFilters } from '@ccm/shared/schemas/api';
import { apiClient } from '../api-client.ts';
import { queryKeys } from '../query-keys.ts';
import { toSearch } from './search-params.ts';

export async function getIndicators(filters: IndicatorFilters = {}): Promise<Indicator[]> {
  const search = toSearch({ pillar: filters.pillar, action: filters.action, status: filters.status });
  return (await apiClient.get(`/api/v1/indicators${search}`, IndicatorsResponseSchema)).data;
}

export const indicatorsQueryOptions = (filters: IndicatorFilters = {}) =>
  queryOptions({ queryKey: queryKeys.indicators.list(filters), queryFn: () => getIndicators(filters) });

export function useIndicators(filters: IndicatorFilters = {}) {
  return useQuery(indicatorsQueryOptions(filters));
}
