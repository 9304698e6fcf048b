// The briefing's API address and its downloads: the Word document in the reader's language, the figures as CSV.
import { API_PATHS } from '@ccm/shared/api-paths';
import type { Language } from '@ccm/shared/i18n/languages';

/** The briefing's API address. The API has no plan-qualified briefing path yet: briefings are the LAP's. */
export function briefingApiPath(pillar: string): string {
  return API_PATHS.briefing(pillar);
}

export interface BriefingDownloads {
  word: string;
  csv: string;
}

export function briefingDownloads(pillar: string, lang: Language): BriefingDownloads {
  const base = briefingApiPath(pillar);
  return { word: `${base}.docx?lang=${lang}`, csv: `${base}.csv` };
}
