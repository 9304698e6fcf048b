import { API_PATHS } from '@ccm/shared/api-paths';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Series } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { keepWhileLanguageChanges, queryKeys } from '../query-keys.ts';

export async function getSeries(name: string, lang: string = currentLanguage()): Promise<Series> {
  return (await apiClient.get(API_PATHS.seriesOne(name), (s) => s.SeriesResponseSchema, { lang })).data;
}

export const seriesQueryOptions = (name: string, lang: string = currentLanguage()) => {
  const queryKey = queryKeys.series.detail(name, lang);
  return queryOptions({ queryKey, meta: { publicUrl: API_PATHS.seriesOne(name) }, queryFn: () => getSeries(name, lang), placeholderData: keepWhileLanguageChanges(queryKey) });
};

export function useSeries(name: string) {
  return useQuery(seriesQueryOptions(name, useLanguage()));
}
