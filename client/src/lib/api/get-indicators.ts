import { useQuery } from '@tanstack/react-query';
import { API_PATHS } from '@ccm/shared/api-paths';
import type { Indicator, IndicatorFilters } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { publicQueryOptions, queryKeys } from '../query-keys.ts';
import { usePlan } from '../use-plan.ts';
import { toSearch } from './search-params.ts';

export const indicatorsApiPath = (plan: string, filters: IndicatorFilters = {}) =>
  `${API_PATHS.planIndicators(plan)}${toSearch({ pillar: filters.pillar, action: filters.action, status: filters.status })}`;

export async function getIndicators(plan: string, filters: IndicatorFilters = {}, lang: string = currentLanguage()): Promise<Indicator[]> {
  return (await apiClient.get(indicatorsApiPath(plan, filters), (s) => s.IndicatorsResponseSchema, { lang })).data;
}

export const indicatorsQueryOptions = (plan: string, filters: IndicatorFilters = {}, lang: string = currentLanguage()) => {
  const queryKey = queryKeys.indicators.list(plan, filters, lang);
  return publicQueryOptions(queryKey, indicatorsApiPath(plan, filters), () => getIndicators(plan, filters, lang));
};

/** The indicators of the page's plan. */
export function useIndicators(filters: IndicatorFilters = {}) {
  return useQuery(indicatorsQueryOptions(usePlan(), filters, useLanguage()));
}
