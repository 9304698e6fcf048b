import { API_PATHS } from '@ccm/shared/api-paths';
import { useQuery } from '@tanstack/react-query';
import type { Conflict } from '@ccm/shared/schemas/api';
import { currentLanguage } from '../../../i18n/index.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { publicQueryOptions, queryKeys } from '../../../lib/query-keys.ts';

export async function getConflicts(lang: string = currentLanguage()): Promise<Conflict[]> {
  return (await apiClient.get(API_PATHS.conflicts(), (s) => s.ConflictsResponseSchema, { lang })).data;
}

export const conflictsQueryOptions = (lang: string = currentLanguage()) => {
  const queryKey = queryKeys.conflicts(lang);
  return publicQueryOptions(queryKey, API_PATHS.conflicts(), () => getConflicts(lang));
};

/** The conflicts recorded for one indicator: every conflict that lists it among the indicators it concerns. */
export function useIndicatorConflicts(indicatorId: string) {
  return useQuery({
    ...conflictsQueryOptions(useLanguage()),
    select: (conflicts: Conflict[]) => conflicts.filter((c) => c.indicators.includes(indicatorId)),
  });
}
