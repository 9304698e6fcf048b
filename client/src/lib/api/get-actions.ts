import { useQuery } from '@tanstack/react-query';
import { API_PATHS } from '@ccm/shared/api-paths';
import type { Action } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { publicQueryOptions, queryKeys } from '../query-keys.ts';
import { usePlan } from '../use-plan.ts';
import { toSearch } from './search-params.ts';

export interface ActionListFilters {
  pillar?: string;
}

export const actionsApiPath = (plan: string, filters: ActionListFilters = {}) => `${API_PATHS.planActions(plan)}${toSearch({ pillar: filters.pillar })}`;

export async function getActions(plan: string, filters: ActionListFilters = {}, lang: string = currentLanguage()): Promise<Action[]> {
  return (await apiClient.get(actionsApiPath(plan, filters), (s) => s.ActionsResponseSchema, { lang })).data;
}

export const actionsQueryOptions = (plan: string, filters: ActionListFilters = {}, lang: string = currentLanguage()) => {
  const queryKey = queryKeys.actions.list(plan, filters, lang);
  return publicQueryOptions(queryKey, actionsApiPath(plan, filters), () => getActions(plan, filters, lang));
};

/** The actions of the page's plan. `enabled: false` holds the request back (the footer asks only once it is near the viewport). */
export function useActions(filters: ActionListFilters = {}, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...actionsQueryOptions(usePlan(), filters, useLanguage()), enabled });
}
