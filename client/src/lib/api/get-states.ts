// Every State, named in the language asked for: the fetcher, its query options and its hook. Shared by the States list
// and the indicator page's "Who is counted" (which names the States a figure counts).
import { useQuery } from '@tanstack/react-query';
import { API_PATHS } from '@ccm/shared/api-paths';
import type { State } from '@ccm/shared/schemas/states';
import { currentLanguage } from '../../i18n/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { apiClient } from '../api-client.ts';
import { publicQueryOptions } from '../query-keys.ts';

/** The States' query keys: the list, and one State by code, each ending with the language. */
export const statesKeys = {
  all: () => ['states'] as const,
  list: (lang: string) => ['states', 'list', lang] as const,
  detail: (code: string, lang: string) => ['states', 'detail', code, lang] as const,
} as const;

export const statesApiPath = () => API_PATHS.states();

export async function getStates(lang: string = currentLanguage()): Promise<State[]> {
  return (await apiClient.get(statesApiPath(), async () => (await import('@ccm/shared/schemas/states')).StatesResponseSchema, { lang })).data;
}

export const statesQueryOptions = (lang: string = currentLanguage()) => {
  const queryKey = statesKeys.list(lang);
  return publicQueryOptions(queryKey, statesApiPath(), () => getStates(lang));
};

/** Every State; `enabled: false` holds the request back until a page needs the names. */
export function useStates({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...statesQueryOptions(useLanguage()), enabled });
}
