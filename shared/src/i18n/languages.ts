// The Convention's working languages, and the few content words the data itself carries (units of count).
export const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export const RTL_LANGUAGES: readonly Language[] = ['ar'];

/** The best supported language for an Accept-Language header, or null. */
export function negotiateLanguage(header: string | undefined): Language | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { base: tag.toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0 };
    })
    .filter((l) => l.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { base } of ranked) {
    const match = LANGUAGES.find((l) => l === base);
    if (match) return match;
  }
  return null;
}

const UNITS: Record<string, Record<Exclude<Language, 'en'>, string>> = {
  'States Parties': { fr: 'États parties', es: 'Estados Partes', ar: 'الدول الأطراف' },
  States: { fr: 'États', es: 'Estados', ar: 'الدول' },
  women: { fr: 'femmes', es: 'mujeres', ar: 'النساء' },
  'extension requests': { fr: 'demandes de prolongation', es: 'solicitudes de prórroga', ar: 'طلبات التمديد' },
};

export function translateUnit(unit: string, lang: Language): string {
  return lang === 'en' ? unit : (UNITS[unit]?.[lang] ?? unit);
}
