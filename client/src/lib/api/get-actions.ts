import { queryOptions, useQuery } from '@tanstack/react-query';
import { ActionsResponseSchema, type Action } from '@ccm/shared/schemas/api';
import { apiClient } from '../api-client.ts';
import { queryKeys } from '../query-keys.ts';
import { toSearch } from './search-params.ts';

export interface ActionListFilters {
  pillar?: string;
}

export async function getActions(filters: ActionListFilters = {}): Promise<Action[]> {
  return (await apiClient.get(`/api/v1/actions${toSearch({ pillar: filters.pillar })}`, ActionsResponseSchema)).data;
}

export const actionsQueryOptions = (filters: ActionListFilters = {}) =>
  queryOptions({ queryKey: queryKeys.actions.list(filters), queryFn: () => getActions(filters) });

export function useActions(filters: ActionListFilters = {}) {
  return useQuery(actionsQueryOptions(filters));
}
