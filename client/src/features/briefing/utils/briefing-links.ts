// The briefing's API address within its plan, and its downloads: the Word document and the figures as CSV, both in the
// reader's language.
import { API_PATHS } from '@ccm/shared/api-paths';
import type { Language } from '@ccm/shared/i18n/languages';

/** The briefing's API address: a pillar of a plan (slugs repeat across plans). */
export function briefingApiPath(plan: string, pillar: string): string {
  return API_PATHS.planBriefing(plan, pillar);
}

export interface BriefingDownloads {
  word: string;
  csv: string;
}

/** The downloads in the reader's language; with a choice of indicators, those ids in order (`indicators=a,b,c`). */
export function briefingDownloads(plan: string, pillar: string, lang: Language, indicators?: string[]): BriefingDownloads {
  const base = briefingApiPath(plan, pillar);
  const query = indicators ? `lang=${lang}&indicators=${indicators.map(encodeURIComponent).join(',')}` : `lang=${lang}`;
  return { word: `${base}.docx?${query}`, csv: `${base}.csv?${query}` };
}
