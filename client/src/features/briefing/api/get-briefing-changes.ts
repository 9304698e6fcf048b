// "What changed since the briefing of <date>": the pillar's figures published or withdrawn on or after that date.
import { useQuery } from '@tanstack/react-query';
import type { Language } from '@ccm/shared/i18n/languages';
import type { BriefingComparison } from '@ccm/shared/schemas/briefing';
import { apiClient } from '../../../lib/api-client.ts';
import { briefingApiPath } from '../utils/briefing-links.ts';

export async function getBriefingChanges(plan: string, pillar: string, lang: Language, since: string): Promise<BriefingComparison> {
  const path = `${briefingApiPath(plan, pillar)}/changes?since=${encodeURIComponent(since)}&lang=${lang}`;
  return (await apiClient.get(path, async () => (await import('@ccm/shared/schemas/briefing')).BriefingComparisonResponseSchema)).data;
}

/** The comparison once a date is chosen (null: none asked for yet). */
export function useBriefingChanges(plan: string, pillar: string, lang: Language, since: string | null) {
  return useQuery({
    queryKey: ['briefings', 'changes', plan, pillar, lang, since],
    queryFn: () => getBriefingChanges(plan, pillar, lang, since ?? ''),
    enabled: since !== null,
  });
}
