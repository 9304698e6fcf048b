import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Summary } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { keepWhileLanguageChanges, queryKeys } from '../query-keys.ts';

export async function getSummary(lang: string = currentLanguage()): Promise<Summary> {
  return (await apiClient.get('/api/v1/summary', (s) => s.SummaryResponseSchema, { lang })).data;
}

export const summaryQueryOptions = (lang: string = currentLanguage()) => {
  const queryKey = queryKeys.summary(lang);
  return queryOptions({ queryKey, queryFn: () => getSummary(lang), placeholderData: keepWhileLanguageChanges(queryKey) });
};

/** `enabled: false` holds the request back (the footer asks only once it is near the viewport), not a cached answer. */
export function useSummary({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...summaryQueryOptions(useLanguage()), enabled });
}
