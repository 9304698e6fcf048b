import { queryOptions, useQuery } from '@tanstack/react-query';
import { SummaryResponseSchema, type Summary } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { keepWhileLanguageChanges, queryKeys } from '../query-keys.ts';

export async function getSummary(lang: string = currentLanguage()): Promise<Summary> {
  return (await apiClient.get('/api/v1/summary', SummaryResponseSchema, { lang })).data;
}

export const summaryQueryOptions = (lang: string = currentLanguage()) => {
  const queryKey = queryKeys.summary(lang);
  return queryOptions({ queryKey, queryFn: () => getSummary(lang), placeholderData: keepWhileLanguageChanges(queryKey) });
};

export function useSummary() {
  return useQuery(summaryQueryOptions(useLanguage()));
}
