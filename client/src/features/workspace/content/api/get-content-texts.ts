import { queryOptions, useQuery } from '@tanstack/react-query';
import { ActionsResponseSchema, IndicatorsResponseSchema, PillarsResponseSchema } from '@ccm/shared/schemas/api';
import { API_PATHS } from '@ccm/shared/api-paths';
import type { Language } from '@ccm/shared/i18n/languages';
import type { TRANSLATABLE_FIELDS } from '@ccm/shared/schemas/workspace';
import { CURRENT_PLAN } from '../../../../lib/page-paths.ts';
import { workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

export type TranslatableEntity = keyof typeof TRANSLATABLE_FIELDS;
export type TranslatableField = (typeof TRANSLATABLE_FIELDS)[TranslatableEntity][number];

/** The translatable texts of one pillar, action or indicator as the public API serves them in a language. */
export interface ContentText {
  /** The pillar's slug, the action's number, or the indicator's id (the `key` of a translation). */
  key: string;
  texts: Partial<Record<TranslatableField, string>>;
  /** The fields sent in English for want of a published translation (the public `i18n.fallback`). */
  fallback: readonly string[];
}

/**
 * The public texts of every pillar, action or indicator of the current plan in a language. Asked with cache: 'no-store' (through the
 * workspace's fetch), so a translation published a moment ago shows at once rather than the browser's minute-old copy.
 */
export async function getContentTexts(entity: TranslatableEntity, lang: Language): Promise<ContentText[]> {
  const query = `?lang=${encodeURIComponent(lang)}`;
  if (entity === 'pillar') {
    const pillars = (await workspaceRequest(`${API_PATHS.planPillars(CURRENT_PLAN)}${query}`, PillarsResponseSchema)).data;
    return [...pillars].sort((a, b) => a.order - b.order).map((p) => ({ key: p.slug, texts: { name: p.name }, fallback: p.i18n.fallback }));
  }
  if (entity === 'action') {
    const actions = (await workspaceRequest(`${API_PATHS.planActions(CURRENT_PLAN)}${query}`, ActionsResponseSchema)).data;
    return [...actions]
      .sort((a, b) => a.number - b.number)
      .map((a) => ({ key: String(a.number), texts: { title: a.title, summary: a.summary }, fallback: a.i18n.fallback }));
  }
  const indicators = (await workspaceRequest(`${API_PATHS.planIndicators(CURRENT_PLAN)}${query}`, IndicatorsResponseSchema)).data;
  return indicators.map((i) => ({ key: i.id, texts: { title: i.title }, fallback: i.i18n.fallback }));
}

export const contentTextsQueryOptions = (entity: TranslatableEntity, lang: Language) =>
  queryOptions({ queryKey: workspaceKeys.contentTexts(entity, lang), queryFn: () => getContentTexts(entity, lang) });

export function useContentTexts(entity: TranslatableEntity, lang: Language) {
  return useQuery(contentTextsQueryOptions(entity, lang));
}
