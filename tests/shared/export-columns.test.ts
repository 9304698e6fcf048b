import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '../../shared/src/schemas/api.ts';
import { LANGUAGES } from '../../shared/src/i18n/languages.ts';
import { exportColumnOfHeader, exportHeaders, exportWords } from '../../shared/src/i18n/export-columns.ts';

describe('export headers', () => {
  it('English keeps the documented column names', () => {
    expect(exportHeaders(EXPORT_COLUMNS, 'en')).toEqual(EXPORT_COLUMNS);
  });

  it.each(['fr', 'es', 'ar'] as const)('%s names every column, each with a name of its own', (lang) => {
    const headers = exportHeaders(EXPORT_COLUMNS, lang);
    expect(headers).toHaveLength(EXPORT_COLUMNS.length);
    expect(headers.every((h) => h.trim() !== '')).toBe(true);
    expect(new Set(headers).size).toBe(headers.length);
  });

  it('a header in any language reads back as its column, whatever its case and spaces', () => {
    for (const lang of LANGUAGES) {
      const headers = exportHeaders(EXPORT_COLUMNS, lang);
      expect(headers.map(exportColumnOfHeader), lang).toEqual(EXPORT_COLUMNS);
    }
    expect(exportColumnOfHeader('  VALEUR ')).toBe('value');
    expect(exportColumnOfHeader('reason')).toBe('reason');
  });

  it('no two columns share a name across the languages (an import could not tell them apart)', () => {
    const owner = new Map<string, string>();
    for (const lang of LANGUAGES) {
      exportHeaders(EXPORT_COLUMNS, lang).forEach((header, index) => {
        const key = header.toLowerCase();
        const column = EXPORT_COLUMNS[index] ?? '';
        expect(owner.get(key) ?? column, `${lang}: "${header}"`).toBe(column);
        owner.set(key, column);
      });
    }
  });
});

describe('export words', () => {
  it.each([
    ['en', 'Stalled', 'at least', 'not reported'],
    ['fr', 'Au point mort', 'au moins', 'non communiqué'],
    ['es', 'Estancado', 'al menos', 'no comunicado'],
    ['ar', 'متعثر', 'على الأقل', 'لم يُبلَّغ عنه'],
  ] as const)('%s: status, qualifier and reporting in words', (lang, stalled, atLeast, notReported) => {
    const words = exportWords(lang);
    expect(words.status('stalled', '3RC')).toBe(stalled);
    expect(words.qualifier('at_least')).toBe(atLeast);
    expect(words.reporting('not_reported')).toBe(notReported);
  });

  it('"too slow" names the plan’s deadline', () => {
    expect(exportWords('en').status('off_track', '3RC')).toBe('Too slow for the 3RC');
  });
});
