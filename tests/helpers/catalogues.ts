// Reading i18n catalogues in tests: every text by its dotted key, and the {{placeholders}} a text uses.
export type Catalogue = { [key: string]: string | Catalogue };

/** Every text of a nested catalogue, by its dotted key ("overview.title"). */
export function flattenCatalogue(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flattenCatalogue(value, path)) out.set(k, v);
  }
  return out;
}

/** The {{placeholders}} of a text with their formats, e.g. {{number,integer}}, sorted. */
export const placeholdersOf = (text: string): string[] => [...text.matchAll(/\{\{[^}]*\}\}/g)].map((m) => m[0].replace(/\s+/g, '')).sort();
