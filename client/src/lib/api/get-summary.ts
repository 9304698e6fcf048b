import { useQuery } from '@tanstack/react-query';
import { API_PATHS } from '@ccm/shared/api-paths';
import type { Summary } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { publicQueryOptions, queryKeys } from '../query-keys.ts';
import { usePlan } from '../use-plan.ts';

export const summaryApiPath = (plan: string) => API_PATHS.planSummary(plan);

export async function getSummary(plan: string, lang: string = currentLanguage()): Promise<Summary> {
  return (await apiClient.get(summaryApiPath(plan), (s) => s.SummaryResponseSchema, { lang })).data;
}

export const summaryQueryOptions = (plan: string, lang: string = currentLanguage()) => {
  const queryKey = queryKeys.summary(plan, lang);
  return publicQueryOptions(queryKey, summaryApiPath(plan), () => getSummary(plan, lang));
};

/** The summary of the page's plan. `enabled: false` holds the request back (the footer asks only once it is near the viewport), not a cached answer. */
export function useSummary({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...summaryQueryOptions(usePlan(), useLanguage()), enabled });
}
