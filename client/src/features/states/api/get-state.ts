// One State with every published figure and series point naming it: the fetcher, its query options and its hook.
import { useQuery } from '@tanstack/react-query';
import { API_PATHS } from '@ccm/shared/api-paths';
import type { StateDetail } from '@ccm/shared/schemas/states';
import { currentLanguage } from '../../../i18n/index.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { statesKeys } from '../../../lib/api/get-states.ts';
import { publicQueryOptions } from '../../../lib/query-keys.ts';

export const stateApiPath = (code: string) => API_PATHS.state(code);

export async function getState(code: string, lang: string = currentLanguage()): Promise<StateDetail> {
  return (await apiClient.get(stateApiPath(code), async () => (await import('@ccm/shared/schemas/states')).StateResponseSchema, { lang })).data;
}

export const stateQueryOptions = (code: string, lang: string = currentLanguage()) => {
  const queryKey = statesKeys.detail(code.toUpperCase(), lang);
  return publicQueryOptions(queryKey, stateApiPath(code), () => getState(code, lang));
};

export function useStateDetail(code: string) {
  return useQuery(stateQueryOptions(code, useLanguage()));
}
