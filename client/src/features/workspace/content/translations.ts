// What there is to translate in a language: each translatable field of the pillars, actions or indicators, its English
// source text, its published translation (or none: the public pages then fall back to English) and any pending draft.
import { CONTENT_LANGUAGES, TRANSLATABLE_FIELDS } from '@ccm/shared/schemas/workspace';
import type { ContentChange } from './api/get-content-changes.ts';
import type { ContentText, TranslatableEntity, TranslatableField } from './api/get-content-texts.ts';

export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export const TRANSLATABLE_ENTITIES = ['pillar', 'action', 'indicator'] as const satisfies readonly TranslatableEntity[];

export function isContentLanguage(value: unknown): value is ContentLanguage {
  return typeof value === 'string' && (CONTENT_LANGUAGES as readonly string[]).includes(value);
}

export function isTranslatableEntity(value: unknown): value is TranslatableEntity {
  return typeof value === 'string' && (TRANSLATABLE_ENTITIES as readonly string[]).includes(value);
}

export function fieldsOf(entity: TranslatableEntity): readonly TranslatableField[] {
  return TRANSLATABLE_FIELDS[entity];
}

export interface TranslationRow {
  entity: TranslatableEntity;
  key: string;
  field: TranslatableField;
  /** The English text. */
  source: string;
  /** The published translation; null when there is none (the public pages show the English text, marked). */
  translation: string | null;
  /** The draft translation waiting to be published, if any. */
  draft: ContentChange | null;
}

export interface TranslationItem {
  entity: TranslatableEntity;
  key: string;
  rows: TranslationRow[];
}

/** A field's identity, for React keys, element ids and which form is open. */
export const rowId = (row: Pick<TranslationRow, 'entity' | 'key' | 'field'>) => `${row.entity}-${row.key}-${row.field}`;

/**
 * One item per pillar, action or indicator, in the English list's order. `changes` are the content changes (newest
 * first); a draft counts when it is for this language and field.
 */
export function translationItems(
  entity: TranslatableEntity,
  lang: ContentLanguage,
  english: readonly ContentText[],
  translated: readonly ContentText[],
  changes: readonly ContentChange[],
): TranslationItem[] {
  const byKey = new Map(translated.map((item) => [item.key, item]));
  const drafts = new Map<string, ContentChange>();
  for (const change of changes) {
    if (change.state !== 'draft' || change.lang !== lang || change.entity !== entity) continue;
    const id = `${change.entity}-${change.key}-${change.field}`;
    if (!drafts.has(id)) drafts.set(id, change);
  }
  return english.map((source) => {
    const target = byKey.get(source.key);
    const rows = fieldsOf(entity).map((field): TranslationRow => {
      const text = target?.texts[field];
      const missing = !target || text === undefined || target.fallback.includes(field);
      return {
        entity,
        key: source.key,
        field,
        source: source.texts[field] ?? '',
        translation: missing ? null : text,
        draft: drafts.get(`${entity}-${source.key}-${field}`) ?? null,
      };
    });
    return { entity, key: source.key, rows };
  });
}

/** Only the fields without a published translation (items left with none are dropped). */
export function onlyMissing(items: readonly TranslationItem[]): TranslationItem[] {
  return items.map((item) => ({ ...item, rows: item.rows.filter((row) => row.translation === null) })).filter((item) => item.rows.length > 0);
}

export function translationProgress(items: readonly TranslationItem[]) {
  const rows = items.flatMap((item) => item.rows);
  const translated = rows.filter((row) => row.translation !== null).length;
  return { total: rows.length, translated, missing: rows.length - translated, drafts: rows.filter((row) => row.draft !== null).length };
}
