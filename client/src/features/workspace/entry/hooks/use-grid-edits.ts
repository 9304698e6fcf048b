// What the grid's author has typed: the rows' values beside what the server has, kept in this browser as they are
// typed (only the cells that differ), and what was typed here before (a reload, another tab, an ended session) offered
// back rather than put in unasked. The first figure typed in a row takes the session's source.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { EntryRow as Row } from '@ccm/shared/schemas/workspace';
import { typedCellsOf, useLocalDrafts, withTypedCells, type TypedCells } from '../../hooks/use-local-drafts.ts';
import { initialValues, isDirty, type EntryValues } from '../../utils/entry-form.ts';

interface Offer {
  savedAt: string;
  ids: string[];
  rows: Record<string, TypedCells>;
}

export function useGridEdits({
  rows,
  draftsKey,
  defaultSource,
  onTyped,
}: {
  rows: readonly Row[];
  draftsKey: string;
  /** The session's source ("" when none is set). */
  defaultSource: string;
  /** The rows just typed in (their earlier save result no longer applies). */
  onTyped: (ids: readonly string[]) => void;
}) {
  const drafts = useLocalDrafts(draftsKey);
  const baselines = useMemo(() => new Map(rows.map((row) => [row.indicatorId, initialValues(row)])), [rows]);
  const baselineOf = useCallback((id: string) => baselines.get(id) ?? initialValues(rows.find((r) => r.indicatorId === id) as Row), [baselines, rows]);
  const [edits, setEdits] = useState<Record<string, EntryValues>>({});
  // The latest edits for handlers that run between renders (a paste after typing, a save after an await).
  const editsRef = useRef<Record<string, EntryValues>>({});

  const valuesOf = useCallback((id: string) => editsRef.current[id] ?? baselineOf(id), [baselineOf]);
  const dirtyOf = (id: string) => {
    const values = edits[id];
    return values !== undefined && isDirty(values, baselineOf(id));
  };
  const dirtyIds = rows.filter((row) => dirtyOf(row.indicatorId)).map((row) => row.indicatorId);

  const [offer, setOffer] = useState<Offer | null>(() => {
    const stored = drafts.read();
    if (!stored) return null;
    const ids = rows.filter((row) => {
      const cells = stored.rows[row.indicatorId];
      return cells !== undefined && isDirty(withTypedCells(baselineOf(row.indicatorId), cells), baselineOf(row.indicatorId));
    });
    return ids.length > 0 ? { savedAt: stored.savedAt, ids: ids.map((row) => row.indicatorId), rows: stored.rows } : null;
  });

  /** Rows' new values: kept on the page and, as typed, in the browser. */
  const update = useCallback(
    (changes: Record<string, EntryValues>) => {
      const next = { ...editsRef.current };
      const stored: Record<string, ReturnType<typeof typedCellsOf>> = {};
      for (const [id, values] of Object.entries(changes)) {
        const baseline = baselineOf(id);
        const before = next[id] ?? baseline;
        let after = values;
        if (defaultSource && before.source.trim() === '' && after.source.trim() === '' && !isDirty(before, baseline) && isDirty(after, baseline)) {
          after = { ...after, source: defaultSource };
        }
        next[id] = after;
        stored[id] = isDirty(after, baseline) ? typedCellsOf(after, baseline) : null;
      }
      editsRef.current = next;
      setEdits(next);
      drafts.write(stored);
      onTyped(Object.keys(changes));
    },
    [baselineOf, defaultSource, drafts, onTyped],
  );

  /** Rows saved or given up: no longer typed, here or in the browser. */
  const forget = useCallback(
    (ids: readonly string[]) => {
      const next = { ...editsRef.current };
      for (const id of ids) delete next[id];
      editsRef.current = next;
      setEdits(next);
      drafts.forget(ids);
    },
    [drafts],
  );

  const restore = () => {
    if (!offer) return;
    const changes: Record<string, EntryValues> = {};
    for (const id of offer.ids) {
      const cells = offer.rows[id];
      if (cells && edits[id] === undefined) changes[id] = withTypedCells(baselineOf(id), cells);
    }
    update(changes);
    setOffer(null);
  };
  const discardOffer = () => {
    if (offer) drafts.forget(offer.ids.filter((id) => edits[id] === undefined));
    setOffer(null);
  };

  /** Leaving with unsaved rows and discarding them: what the browser kept of them goes too. */
  const discardStored = (ids: readonly string[]) => drafts.forget(ids);

  return { edits, baselineOf, valuesOf, dirtyOf, dirtyIds, offer, update, forget, restore, discardOffer, discardStored };
}
