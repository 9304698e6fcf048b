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

export function briefingDownloads(plan: string, pillar: string, lang: Language): BriefingDownloads {
  const base = briefingApiPath(plan, pillar);
  return { word: `${base}.docx?lang=${lang}`, csv: `${base}.csv?lang=${lang}` };
}
