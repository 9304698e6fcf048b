import { useQuery } from '@tanstack/react-query';
import { API_PATHS } from '@ccm/shared/api-paths';
import type { Action } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { publicQueryOptions, queryKeys } from '../query-keys.ts';
import { usePlan } from '../use-plan.ts';

export const actionApiPath = (plan: string, number: number) => API_PATHS.planAction(plan, number);

export async function getAction(plan: string, number: number, lang: string = currentLanguage()): Promise<Action> {
  return (await apiClient.get(actionApiPath(plan, number), (s) => s.ActionResponseSchema, { lang })).data;
}

export const actionQueryOptions = (plan: string, number: number, lang: string = currentLanguage()) => {
  const queryKey = queryKeys.actions.detail(plan, number, lang);
  return publicQueryOptions(queryKey, actionApiPath(plan, number), () => getAction(plan, number, lang));
};

/** One action of the page's plan, by its number in that plan. */
export function useAction(number: number) {
  return useQuery(actionQueryOptions(usePlan(), number, useLanguage()));
}
