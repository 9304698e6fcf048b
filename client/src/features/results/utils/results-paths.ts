// The address of a plan's results as CSV (the pages' own addresses are in lib/page-paths.ts).
import { API_PATHS } from '@ccm/shared/api-paths';
import type { Language } from '@ccm/shared/i18n/languages';

/** The results as CSV, its column headers and status words in the reader's language. */
export function planResultsCsvHref(code: string, lang: Language): string {
  return `${API_PATHS.planResultsCsv(code)}?lang=${lang}`;
}
