import { useQuery } from '@tanstack/react-query';
import { API_PATHS } from '@ccm/shared/api-paths';
import type { Pillar } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { publicQueryOptions, queryKeys } from '../query-keys.ts';
import { usePlan } from '../use-plan.ts';

export const pillarsApiPath = (plan: string) => API_PATHS.planPillars(plan);

export async function getPillars(plan: string, lang: string = currentLanguage()): Promise<Pillar[]> {
  return (await apiClient.get(pillarsApiPath(plan), (s) => s.PillarsResponseSchema, { lang })).data;
}

export const pillarsQueryOptions = (plan: string, lang: string = currentLanguage()) => {
  const queryKey = queryKeys.pillars(plan, lang);
  return publicQueryOptions(queryKey, pillarsApiPath(plan), () => getPillars(plan, lang));
};

/** The pillars of the page's plan. */
export function usePillars() {
  return useQuery(pillarsQueryOptions(usePlan(), useLanguage()));
}
