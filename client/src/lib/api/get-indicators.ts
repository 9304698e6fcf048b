import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Indicator, IndicatorFilters } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { keepWhileLanguageChanges, queryKeys } from '../query-keys.ts';
import { toSearch } from './search-params.ts';

export async function getIndicators(filters: IndicatorFilters = {}, lang: string = currentLanguage()): Promise<Indicator[]> {
  const search = toSearch({ pillar: filters.pillar, action: filters.action, status: filters.status });
  return (await apiClient.get(`/api/v1/indicators${search}`, (s) => s.IndicatorsResponseSchema, { lang })).data;
}

export const indicatorsQueryOptions = (filters: IndicatorFilters = {}, lang: string = currentLanguage()) => {
  const queryKey = queryKeys.indicators.list(filters, lang);
  return queryOptions({ queryKey, queryFn: () => getIndicators(filters, lang), placeholderData: keepWhileLanguageChanges(queryKey) });
};

export function useIndicators(filters: IndicatorFilters = {}) {
  return useQuery(indicatorsQueryOptions(filters, useLanguage()));
}
