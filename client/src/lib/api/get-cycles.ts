import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Cycle } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { keepWhileLanguageChanges, queryKeys } from '../query-keys.ts';

export async function getCycles(lang: string = currentLanguage()): Promise<Cycle[]> {
  return (await apiClient.get('/api/v1/cycles', (s) => s.CyclesResponseSchema, { lang })).data;
}

export const cyclesQueryOptions = (lang: string = currentLanguage()) => {
  const queryKey = queryKeys.cycles(lang);
  return queryOptions({ queryKey, queryFn: () => getCycles(lang), staleTime: Infinity, placeholderData: keepWhileLanguageChanges(queryKey) });
};

export function useCycles() {
  return useQuery(cyclesQueryOptions(useLanguage()));
}
