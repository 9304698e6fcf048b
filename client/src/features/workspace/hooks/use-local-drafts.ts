// Typed figures kept in this browser (localStorage), per user, plan and cycle, as they are typed: a reload, a closed tab
// or an ended session loses nothing, and the entry grid offers them back. Only the typed cells are kept: the fields of a
// row that differ from what the server holds, never the server's own data.
import { useCallback } from 'react';
import type { EntryValues } from '../utils/entry-form.ts';

const PREFIX = 'ccm.entry-drafts.v1';

export type TypedCells = Partial<EntryValues>;
export interface StoredDrafts {
  /** When a cell was last typed (ISO 8601). */
  savedAt: string;
  rows: Record<string, TypedCells>;
}

export const localDraftsKey = (email: string, plan: string, cycle: string) => `${PREFIX}:${email.toLowerCase()}:${plan}:${cycle}`;

/** The fields of `values` that differ from `baseline` (null: none). */
export function typedCellsOf(values: EntryValues, baseline: EntryValues): TypedCells | null {
  const cells: TypedCells = {};
  for (const field of Object.keys(values) as (keyof EntryValues)[]) {
    const a = values[field];
    const b = baseline[field];
    const same = Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;
    if (!same) Object.assign(cells, { [field]: a });
  }
  return Object.keys(cells).length > 0 ? cells : null;
}

/** The typed cells put back over what the server holds now. */
export const withTypedCells = (baseline: EntryValues, cells: TypedCells): EntryValues => ({ ...baseline, ...cells });

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readLocalDrafts(key: string): StoredDrafts | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredDrafts>;
    if (typeof parsed.savedAt !== 'string' || typeof parsed.rows !== 'object' || parsed.rows === null) return null;
    return { savedAt: parsed.savedAt, rows: parsed.rows };
  } catch {
    return null;
  }
}

/** Writes (or, with null, forgets) the typed cells of some rows; the others stay as they were. */
export function writeLocalDrafts(key: string, changes: Record<string, TypedCells | null>, now = new Date()): void {
  const store = storage();
  if (!store) return;
  const current = readLocalDrafts(key) ?? { savedAt: now.toISOString(), rows: {} };
  const rows = { ...current.rows };
  let typed = false;
  for (const [id, cells] of Object.entries(changes)) {
    if (cells) {
      rows[id] = cells;
      typed = true;
    } else delete rows[id];
  }
  try {
    if (Object.keys(rows).length === 0) store.removeItem(key);
    else store.setItem(key, JSON.stringify({ savedAt: typed ? now.toISOString() : current.savedAt, rows }));
  } catch {
    // A full or blocked storage: the figures are still on the page.
  }
}

/** The typed figures of one user, plan and cycle: read, written as typed, forgotten when saved or discarded. */
export function useLocalDrafts(key: string) {
  const read = useCallback(() => readLocalDrafts(key), [key]);
  const write = useCallback((changes: Record<string, TypedCells | null>) => writeLocalDrafts(key, changes), [key]);
  const forget = useCallback((ids: readonly string[]) => writeLocalDrafts(key, Object.fromEntries(ids.map((id) => [id, null]))), [key]);
  return { read, write, forget };
}
