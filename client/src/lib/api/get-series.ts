import { API_PATHS } from '@ccm/shared/api-paths';
import { useQuery } from '@tanstack/react-query';
import type { Series } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { publicQueryOptions, queryKeys } from '../query-keys.ts';

export async function getSeries(name: string, lang: string = currentLanguage()): Promise<Series> {
  return (await apiClient.get(API_PATHS.seriesOne(name), (s) => s.SeriesResponseSchema, { lang })).data;
}

export const seriesQueryOptions = (name: string, lang: string = currentLanguage()) => {
  const queryKey = queryKeys.series.detail(name, lang);
  return publicQueryOptions(queryKey, API_PATHS.seriesOne(name), () => getSeries(name, lang));
};

export function useSeries(name: string) {
  return useQuery(seriesQueryOptions(name, useLanguage()));
}
