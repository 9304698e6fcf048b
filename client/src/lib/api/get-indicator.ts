import { useQuery } from '@tanstack/react-query';
import { API_PATHS } from '@ccm/shared/api-paths';
import type { Indicator } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { publicQueryOptions, queryKeys } from '../query-keys.ts';

export async function getIndicator(id: string, lang: string = currentLanguage()): Promise<Indicator> {
  return (await apiClient.get(API_PATHS.indicator(id), (s) => s.IndicatorResponseSchema, { lang })).data;
}

export const indicatorQueryOptions = (id: string, lang: string = currentLanguage()) => {
  const queryKey = queryKeys.indicators.detail(id, lang);
  return publicQueryOptions(queryKey, API_PATHS.indicator(id), () => getIndicator(id, lang));
};

export function useIndicator(id: string) {
  return useQuery(indicatorQueryOptions(id, useLanguage()));
}
