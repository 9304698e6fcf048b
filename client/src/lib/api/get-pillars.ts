import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Pillar } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { keepWhileLanguageChanges, queryKeys } from '../query-keys.ts';

export async function getPillars(lang: string = currentLanguage()): Promise<Pillar[]> {
  return (await apiClient.get('/api/v1/pillars', (s) => s.PillarsResponseSchema, { lang })).data;
}

export const pillarsQueryOptions = (lang: string = currentLanguage()) => {
  const queryKey = queryKeys.pillars(lang);
  return queryOptions({ queryKey, queryFn: () => getPillars(lang), placeholderData: keepWhileLanguageChanges(queryKey) });
};

export function usePillars() {
  return useQuery(pillarsQueryOptions(useLanguage()));
}
