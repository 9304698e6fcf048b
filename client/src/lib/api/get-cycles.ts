import { useQuery } from '@tanstack/react-query';
import { API_PATHS } from '@ccm/shared/api-paths';
import type { Cycle } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { publicQueryOptions, queryKeys } from '../query-keys.ts';
import { usePlan } from '../use-plan.ts';

export const cyclesApiPath = (plan: string) => API_PATHS.planCycles(plan);

export async function getCycles(plan: string, lang: string = currentLanguage()): Promise<Cycle[]> {
  return (await apiClient.get(cyclesApiPath(plan), (s) => s.CyclesResponseSchema, { lang })).data;
}

export const cyclesQueryOptions = (plan: string, lang: string = currentLanguage()) => {
  const queryKey = queryKeys.cycles(plan, lang);
  return publicQueryOptions(queryKey, cyclesApiPath(plan), () => getCycles(plan, lang), { staleTime: Infinity });
};

/** The cycles of the page's plan. */
export function useCycles() {
  return useQuery(cyclesQueryOptions(usePlan(), useLanguage()));
}
