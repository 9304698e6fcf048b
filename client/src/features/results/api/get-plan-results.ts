// A plan's results: the fetcher, its query options (one entry per plan and language) and its hook.
import { useQuery } from '@tanstack/react-query';
import { API_PATHS } from '@ccm/shared/api-paths';
import type { PlanResults } from '@ccm/shared/schemas/plans';
import { currentLanguage } from '../../../i18n/index.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { publicQueryOptions } from '../../../lib/query-keys.ts';
import { usePlan } from '../../../lib/use-plan.ts';

/** The results' query keys: the plan's URL segment, then the language (the server words the figures in it). */
export const planResultsKeys = {
  all: () => ['plan-results'] as const,
  detail: (plan: string, lang: string) => ['plan-results', plan, lang] as const,
} as const;

export const planResultsApiPath = (plan: string) => API_PATHS.planResults(plan);

export async function getPlanResults(plan: string, lang: string = currentLanguage()): Promise<PlanResults> {
  return (await apiClient.get(planResultsApiPath(plan), async () => (await import('@ccm/shared/schemas/plans')).PlanResultsResponseSchema, { lang })).data;
}

export const planResultsQueryOptions = (plan: string, lang: string = currentLanguage()) => {
  const queryKey = planResultsKeys.detail(plan, lang);
  return publicQueryOptions(queryKey, planResultsApiPath(plan), () => getPlanResults(plan, lang));
};

/** The results of the page's plan, in the interface language (returned with it, for the CSV link). */
export function usePlanResults() {
  const plan = usePlan();
  const lang = useLanguage();
  return { plan, lang, ...useQuery(planResultsQueryOptions(plan, lang)) };
}
