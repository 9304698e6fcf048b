import { API_PATHS } from '@ccm/shared/api-paths';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SeriesSummary } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { keepWhileLanguageChanges, queryKeys } from '../query-keys.ts';

export async function getSeriesList(lang: string = currentLanguage()): Promise<SeriesSummary[]> {
  return (await apiClient.get(API_PATHS.series(), (s) => s.SeriesListResponseSchema, { lang })).data;
}

export const seriesListQueryOptions = (lang: string = currentLanguage()) => {
  const queryKey = queryKeys.series.list(lang);
  return queryOptions({ queryKey, meta: { publicUrl: API_PATHS.series() }, queryFn: () => getSeriesList(lang), placeholderData: keepWhileLanguageChanges(queryKey) });
};

export function useSeriesList() {
  return useQuery(seriesListQueryOptions(useLanguage()));
}
