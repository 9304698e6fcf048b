import { API_PATHS } from '@ccm/shared/api-paths';
import { useQuery } from '@tanstack/react-query';
import type { SeriesSummary } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { publicQueryOptions, queryKeys } from '../query-keys.ts';

export async function getSeriesList(lang: string = currentLanguage()): Promise<SeriesSummary[]> {
  return (await apiClient.get(API_PATHS.series(), (s) => s.SeriesListResponseSchema, { lang })).data;
}

export const seriesListQueryOptions = (lang: string = currentLanguage()) => {
  const queryKey = queryKeys.series.list(lang);
  return publicQueryOptions(queryKey, API_PATHS.series(), () => getSeriesList(lang));
};

export function useSeriesList() {
  return useQuery(seriesListQueryOptions(useLanguage()));
}
