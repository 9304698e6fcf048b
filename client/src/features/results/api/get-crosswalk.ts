// The crosswalk into and out of a plan: every old→new relation of its indicators and actions with the plans around it.
import { useQuery } from '@tanstack/react-query';
import { API_PATHS } from '@ccm/shared/api-paths';
import type { CrosswalkEntry } from '@ccm/shared/schemas/plans';
import { currentLanguage } from '../../../i18n/index.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { publicQueryOptions } from '../../../lib/query-keys.ts';
import { usePlan } from '../../../lib/use-plan.ts';

export const crosswalkKeys = {
  all: () => ['crosswalk'] as const,
  plan: (plan: string, lang: string) => ['crosswalk', plan, lang] as const,
} as const;

/** The crosswalk's address, filtered on the plan (as `from` or `to`). */
export const crosswalkApiPath = (plan: string) => `${API_PATHS.crosswalk()}?plan=${encodeURIComponent(plan)}`;

export async function getCrosswalk(plan: string, lang: string = currentLanguage()): Promise<CrosswalkEntry[]> {
  return (await apiClient.get(crosswalkApiPath(plan), async () => (await import('@ccm/shared/schemas/plans')).CrosswalkResponseSchema, { lang })).data;
}

export const crosswalkQueryOptions = (plan: string, lang: string = currentLanguage()) => {
  const queryKey = crosswalkKeys.plan(plan, lang);
  return publicQueryOptions(queryKey, crosswalkApiPath(plan), () => getCrosswalk(plan, lang));
};

/** The relations into and out of the page's plan, in the interface language. */
export function useCrosswalk() {
  return useQuery(crosswalkQueryOptions(usePlan(), useLanguage()));
}
