import { useQuery } from '@tanstack/react-query';
import type { Language } from '@ccm/shared/i18n/languages';
import type { Briefing } from '@ccm/shared/schemas/briefing';
import { useLanguage } from '../../../i18n/use-language.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { publicQueryOptions } from '../../../lib/query-keys.ts';
import { briefingApiPath } from '../utils/briefing-links.ts';
import { usePlan } from '../../../lib/use-plan.ts';

/** The briefing's query keys: one per plan, pillar and language (the server writes the sentences in that language). */
export const briefingKeys = {
  all: () => ['briefings'] as const,
  detail: (plan: string, pillar: string, lang: Language) => ['briefings', 'detail', plan, pillar, lang] as const,
} as const;

export async function getBriefing(plan: string, pillar: string, lang: Language): Promise<Briefing> {
  return (await apiClient.get(`${briefingApiPath(plan, pillar)}?lang=${lang}`, async () => (await import('@ccm/shared/schemas/briefing')).BriefingResponseSchema)).data;
}

export const briefingQueryOptions = (plan: string, pillar: string, lang: Language) => {
  const queryKey = briefingKeys.detail(plan, pillar, lang);
  return publicQueryOptions(queryKey, briefingApiPath(plan, pillar), () => getBriefing(plan, pillar, lang));
};

/** The briefing for a pillar of the page's plan, in the interface language. */
export function useBriefing(pillar: string) {
  const lang = useLanguage();
  const plan = usePlan();
  return { lang, plan, ...useQuery(briefingQueryOptions(plan, pillar, lang)) };
}
