import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Action } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { keepWhileLanguageChanges, queryKeys } from '../query-keys.ts';
import { toSearch } from './search-params.ts';

export interface ActionListFilters {
  pillar?: string;
}

export async function getActions(filters: ActionListFilters = {}, lang: string = currentLanguage()): Promise<Action[]> {
  return (await apiClient.get(`/api/v1/actions${toSearch({ pillar: filters.pillar })}`, (s) => s.ActionsResponseSchema, { lang })).data;
}

export const actionsQueryOptions = (filters: ActionListFilters = {}, lang: string = currentLanguage()) => {
  const queryKey = queryKeys.actions.list(filters, lang);
  return queryOptions({ queryKey, queryFn: () => getActions(filters, lang), placeholderData: keepWhileLanguageChanges(queryKey) });
};

/** `enabled: false` holds the request back (the footer asks only once it is near the viewport). */
export function useActions(filters: ActionListFilters = {}, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...actionsQueryOptions(filters, useLanguage()), enabled });
}
