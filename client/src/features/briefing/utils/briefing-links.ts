// The briefing's API address and its downloads: the Word document in the reader's language, the figures as CSV.
import type { Language } from '@ccm/shared/i18n/languages';

export function briefingPath(pillar: string): string {
  return `/api/v1/briefings/${encodeURIComponent(pillar)}`;
}

export interface BriefingDownloads {
  word: string;
  csv: string;
}

export function briefingDownloads(pillar: string, lang: Language): BriefingDownloads {
  const base = briefingPath(pillar);
  return { word: `${base}.docx?lang=${lang}`, csv: `${base}.csv` };
}
