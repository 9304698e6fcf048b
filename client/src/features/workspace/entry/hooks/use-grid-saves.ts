// Saving the grid's typed rows: each checked, then sent one at a time with its answer shown in its row (saved, refused
// with its reasons, or in conflict with someone else's change), a summary after Save all, and the workspace fetched again.
import { useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EntryRow as Row, ObservationEntry } from '@ccm/shared/schemas/workspace';
import type { WorkspaceCycle } from '../../api/get-workspace-cycles.ts';
import { saveObservation } from '../api/save-observation.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';
import { draftConflictOf } from '../../api/workspace-request.ts';
import { ApiError } from '../../../../lib/api-client.ts';
import { checkEntry, type EntryValues } from '../../utils/entry-form.ts';
import { fieldErrorOfProblem } from '../../utils/field-errors.ts';
import { ENTRY_FIELD_LABEL, numberErrorOf, type Outcome, type RowStatus } from '../utils/grid-status.ts';

export function useGridSaves({
  rows,
  cycle,
  valuesOf,
  dirtyIds,
  forget,
  setStatuses,
}: {
  rows: readonly Row[];
  cycle: WorkspaceCycle;
  valuesOf: (id: string) => EntryValues;
  /** The typed rows, in the grid's order: what Save all sends. */
  dirtyIds: readonly string[];
  /** Rows saved or given up: no longer typed. */
  forget: (ids: readonly string[]) => void;
  setStatuses: Dispatch<SetStateAction<Record<string, RowStatus>>>;
}) {
  const { t } = useTranslation('workspace');
  const queryClient = useQueryClient();
  // A mutation, so that a 401 (the session ended) takes the workspace to the sign-in page (use-session-expiry.ts).
  const save = useMutation({ mutationFn: saveObservation });
  const cyclePublished = cycle.status === 'published';
  const [summary, setSummary] = useState('');
  const [savingAll, setSavingAll] = useState(false);
  const sessionEnded = useRef(false);

  /** Saves one row (basedOn: the change its figure came from, or the one the author chose to write over). */
  const saveRow = async (row: Row, basedOn?: number | null): Promise<Outcome> => {
    const id = row.indicatorId;
    const values = valuesOf(id);
    const check = checkEntry(values, { row, cycle: cycle.code, cyclePublished });
    const formatErrors = (['value', 'denominator'] as const).flatMap((field) => {
      const error = numberErrorOf(values, field);
      return error ? [{ field, error }] : [];
    });
    const errors = [...formatErrors, ...Object.entries(check.errors).flatMap(([field, error]) => (error && !formatErrors.some((e) => e.field === field) ? [{ field, error }] : []))];
    if (!check.entry || errors.length > 0) {
      setStatuses((previous) => ({ ...previous, [id]: { kind: 'refused', errors, message: null } }));
      return 'refused';
    }
    const entry: ObservationEntry = { ...check.entry, basedOn: basedOn !== undefined ? basedOn : (row.draft?.id ?? row.publishedChangeId ?? null) };
    setStatuses((previous) => ({ ...previous, [id]: { kind: 'saving' } }));
    try {
      await save.mutateAsync(entry);
      setStatuses((previous) => ({ ...previous, [id]: { kind: 'saved' } }));
      return 'saved';
    } catch (error) {
      // The session ended: the sign-in page comes (use-session-expiry.ts); the typed figures are in the browser.
      if (error instanceof ApiError && error.status === 401) sessionEnded.current = true;
      const conflict = draftConflictOf(error);
      if (conflict) {
        setStatuses((previous) => ({ ...previous, [id]: { kind: 'conflict', conflict } }));
        return 'conflict';
      }
      const field = fieldErrorOfProblem(error, Object.keys(ENTRY_FIELD_LABEL));
      const message = error instanceof Error ? error.message : String(error);
      setStatuses((previous) => ({ ...previous, [id]: { kind: 'refused', errors: field ? [field] : [], message: field ? null : message } }));
      return 'refused';
    }
  };

  /** After saves: the grid, the cycle's pending count, review and history are fetched again; saved rows are no longer typed. */
  const settle = async (saved: string[]) => {
    await queryClient.invalidateQueries({ queryKey: workspaceKeys.all() });
    if (saved.length > 0) forget(saved);
  };

  const saveAll = async () => {
    setSavingAll(true);
    setSummary('');
    const outcomes: Record<Outcome, string[]> = { saved: [], refused: [], conflict: [] };
    // One at a time: each answer is shown in its row as it comes.
    for (const id of dirtyIds) {
      if (sessionEnded.current) break;
      const row = rows.find((r) => r.indicatorId === id);
      if (row) outcomes[await saveRow(row)].push(id);
    }
    await settle(outcomes.saved);
    setSavingAll(false);
    setSummary(
      [
        t('entry.grid.summary.saved', { count: outcomes.saved.length }),
        outcomes.refused.length > 0 ? t('entry.grid.summary.refused', { count: outcomes.refused.length }) : null,
        outcomes.conflict.length > 0 ? t('entry.grid.summary.conflict', { count: outcomes.conflict.length }) : null,
      ]
        .filter(Boolean)
        .join(t('common.listSeparator')),
    );
  };

  const saveOne = async (row: Row, basedOn?: number | null) => {
    const outcome = await saveRow(row, basedOn);
    await settle(outcome === 'saved' ? [row.indicatorId] : []);
    return outcome;
  };

  /** Someone else's change kept: the row is no longer typed, and the grid fetched again shows theirs. */
  const keepTheirs = async (id: string) => {
    forget([id]);
    setStatuses(({ [id]: _dropped, ...rest }) => rest);
    await queryClient.invalidateQueries({ queryKey: workspaceKeys.all() });
  };

  return { summary, savingAll, saveAll, saveOne, keepTheirs };
}
