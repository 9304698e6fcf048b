import { useQuery } from '@tanstack/react-query';
import { API_PATHS } from '@ccm/shared/api-paths';
import type { ActionPlan } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { publicQueryOptions, queryKeys } from '../query-keys.ts';

export async function getActionPlans(lang: string = currentLanguage()): Promise<ActionPlan[]> {
  return (await apiClient.get(API_PATHS.actionPlans(), (s) => s.ActionPlansResponseSchema, { lang })).data;
}

export const actionPlansQueryOptions = (lang: string = currentLanguage()) => {
  const queryKey = queryKeys.actionPlans(lang);
  return publicQueryOptions(queryKey, API_PATHS.actionPlans(), () => getActionPlans(lang), { staleTime: Infinity });
};

/** Every published action plan (the plan routes check their :plan against it). */
export function useActionPlans() {
  return useQuery(actionPlansQueryOptions(useLanguage()));
}
