// The entry grid: every indicator of the cycle and pillar as a row of cells to type in (or paste a spreadsheet block
// into), moved across with the keyboard, saved all at once with a result per row. What is typed is kept in this browser
// as it is typed and offered back after a reload or a new sign-in; leaving with unsaved figures asks first.
import { Fragment, useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { QUALIFIERS, type Qualifier } from '@ccm/shared/domain/vocabulary';
import type { DraftConflict, EntryRow as Row, ObservationEntry } from '@ccm/shared/schemas/workspace';
import type { EntryGrid as Grid } from './api/get-entry-grid.ts';
import type { WorkspaceCycle } from '../api/get-workspace-cycles.ts';
import { saveObservation } from './api/save-observation.ts';
import { workspaceKeys } from '../api/workspace-keys.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { useFieldErrorText } from '../hooks/use-field-error-text.ts';
import { localDraftsKey } from '../hooks/use-local-drafts.ts';
import { useGridEdits } from './hooks/use-grid-edits.ts';
import { useUnsavedWarning } from '../hooks/use-unsaved-warning.ts';
import { RecordText } from '../components/change-cells.tsx';
import { CheckboxField, TextField } from '../components/form-field.tsx';
import { DraftConflictNotice } from '../components/draft-conflict.tsx';
import { checkEntry, type EntryValues } from '../utils/entry-form.ts';
import { fieldErrorOfProblem, type FieldError } from '../utils/field-errors.ts';
import { draftConflictOf } from '../api/workspace-request.ts';
import { ApiError } from '../../../lib/api-client.ts';
import {
  defaultSourceOf,
  isBlock,
  matchesSearch,
  moveOf,
  parseClipboard,
  parseSpreadsheetNumber,
  placeBlock,
  withCell,
  withoutFigure,
  type GridColumn,
} from './utils/entry-grid.ts';
import { EntryDetailsDialog } from './entry-details-dialog.tsx';
import { SessionDefaults, useSessionDefaults } from './session-defaults.tsx';
import { UnsavedDialog } from './unsaved-dialog.tsx';
import './entry-grid.css';

type RowStatus =
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'refused'; errors: { field: string; error: FieldError }[]; message: string | null }
  | { kind: 'conflict'; conflict: DraftConflict };
type Outcome = 'saved' | 'refused' | 'conflict';

/** The columns of a row: indicator, previous, published, the five cells, status. */
const COLUMN_COUNT = 9;

const ENTRY_FIELD_LABEL: Record<string, string> = {
  value: 'entry.field.value',
  qualifier: 'entry.field.qualifier',
  denominator: 'entry.field.denominator',
  source: 'entry.field.source',
  note: 'entry.grid.column.note',
  reporting: 'entry.field.reporting',
  paragraph: 'entry.field.paragraph',
  reason: 'entry.field.reason',
  underReview: 'entry.field.underReviewNote',
  underReviewParagraph: 'entry.field.underReviewParagraph',
  states: 'entry.states.legend',
  statesComplete: 'entry.states.complete',
};

/** The number format problems the grid shows in a cell as soon as it is typed or pasted (the rest once saved). */
function numberErrorOf(values: EntryValues, field: 'value' | 'denominator'): FieldError | null {
  const parsed = parseSpreadsheetNumber(values[field]);
  if (parsed.ok) return null;
  return { key: parsed.reason === 'ambiguous' ? `validation.entry.${field}.ambiguous` : `validation.entry.${field}.invalid_type`, values: { typed: values[field].trim() } };
}

export interface EntryGridProps {
  grid: Grid;
  cycle: WorkspaceCycle;
  cycles: WorkspaceCycle[] | undefined;
  email: string;
  /** The pillar's name, for the table's caption. */
  pillarName: string;
}

export function EntryGrid({ grid, cycle, cycles, email, pillarName }: EntryGridProps) {
  const { t, i18n } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const errorText = useFieldErrorText();
  const queryClient = useQueryClient();
  // A mutation, so that a 401 (the session ended) takes the workspace to the sign-in page (use-session-expiry.ts).
  const save = useMutation({ mutationFn: saveObservation });
  const rtl = i18n.dir(i18n.language) === 'rtl';
  const cyclePublished = cycle.status === 'published';
  const [defaults, setDefaults] = useSessionDefaults();
  const defaultSource = defaultSourceOf(defaults);

  const rows = grid.rows;
  const [statuses, setStatuses] = useState<Record<string, RowStatus>>({});
  // A typed row's status (saved, refused…) no longer applies once it is typed again.
  const clearStatuses = useCallback((ids: readonly string[]) => {
    setStatuses((previous) => {
      const copy = { ...previous };
      for (const id of ids) if (copy[id]?.kind !== 'saving') delete copy[id];
      return copy;
    });
  }, []);
  const { edits, baselineOf, valuesOf, dirtyOf, dirtyIds, offer, update, forget, restore, discardOffer, discardStored } = useGridEdits({
    rows,
    draftsKey: localDraftsKey(email, cycle.actionPlan, cycle.code),
    defaultSource,
    onTyped: clearStatuses,
  });
  const [onlyEmpty, setOnlyEmpty] = useState(false);
  const [query, setQuery] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [summary, setSummary] = useState('');
  const [savingAll, setSavingAll] = useState(false);
  const [details, setDetails] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const sessionEnded = useRef(false);
  const blocker = useUnsavedWarning(dirtyIds.length > 0);

  // The filters: rows without a figure, a number or words of the title. Rows being worked on stay in view.
  const visible = rows.filter(
    (row) => (!onlyEmpty || withoutFigure(row) || dirtyOf(row.indicatorId) || (statuses[row.indicatorId] !== undefined && statuses[row.indicatorId]?.kind !== 'saved')) && matchesSearch(row, query),
  );

  const qualifierLabels = useMemo(() => Object.fromEntries(QUALIFIERS.map((q) => [q, t(`qualifierOption.${q}`)])) as Record<Qualifier, string>, [t]);

  const setCell = (id: string, column: GridColumn) => (text: string) => {
    const next = withCell(valuesOf(id), column, text, qualifierLabels);
    if (next) update({ [id]: next });
  };

  const focusCell = (row: number, column: GridColumn) => {
    const target = table.current?.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-grid-row="${row}"][data-grid-col="${column}"]`);
    if (!target) return;
    target.focus();
    if (target instanceof HTMLInputElement) target.select();
  };

  const cellOf = (element: EventTarget) => {
    if (!(element instanceof HTMLElement)) return null;
    const row = element.dataset.gridRow;
    const column = element.dataset.gridCol as GridColumn | undefined;
    return row !== undefined && column !== undefined ? { row: Number(row), column, element } : null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const cell = cellOf(event.target);
    if (!cell || event.ctrlKey || event.metaKey) return;
    const { element } = cell;
    const input = element instanceof HTMLInputElement ? element : null;
    const move = moveOf(
      {
        key: event.key,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        isSelect: element instanceof HTMLSelectElement,
        caret: input ? { start: input.selectionStart, end: input.selectionEnd, length: input.value.length } : null,
        rtl,
      },
      cell.row,
      cell.column,
      visible.length,
    );
    if (event.key === 'Enter') event.preventDefault();
    if (!move) return;
    event.preventDefault();
    focusCell(move.row, move.column);
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    const cell = cellOf(event.target);
    const text = event.clipboardData.getData('text/plain');
    if (!cell || !isBlock(text)) return;
    event.preventDefault();
    const { cells, left } = placeBlock(parseClipboard(text), cell.row, cell.column, visible.length);
    const changes: Record<string, EntryValues> = {};
    let pasted = 0;
    let refused = left;
    for (const { row, column, text: value } of cells) {
      const id = visible[row]?.indicatorId;
      if (!id) continue;
      const next = withCell(changes[id] ?? valuesOf(id), column, value, qualifierLabels);
      if (next) {
        changes[id] = next;
        pasted += 1;
      } else refused += 1;
    }
    update(changes);
    const count = Object.keys(changes).length;
    setAnnouncement(
      [t('entry.grid.pasted', { count: pasted, rows: t('entry.grid.rows', { count }) }), refused > 0 ? t('entry.grid.pasteLeft', { count: refused }) : null].filter(Boolean).join(' '),
    );
  };

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

  const keepTheirs = async (id: string) => {
    forget([id]);
    setStatuses(({ [id]: _dropped, ...rest }) => rest);
    await queryClient.invalidateQueries({ queryKey: workspaceKeys.all() });
  };

  // A refused or conflicting row shows its message in its status cell; its cells point to it.
  const statusId = (id: string) => `grid-${id}-status`;
  const detailsRow = details ? rows.find((row) => row.indicatorId === details) : undefined;

  useEffect(() => {
    if (announcement === '') return;
    const timer = window.setTimeout(() => setAnnouncement(''), 8000);
    return () => window.clearTimeout(timer);
  }, [announcement]);

  return (
    <>
      {offer ? (
        <div className="ws-alert ws-alert--info ws-grid__offer" role="region" aria-label={t('entry.grid.offerLabel')}>
          <p>{t('entry.grid.offer', { count: offer.ids.length, time: format.moment(offer.savedAt) })}</p>
          <div className="ws-actions">
            <button type="button" className="button" onClick={restore}>
              {t('entry.grid.restore')}
            </button>
            <button type="button" className="button button--secondary" onClick={discardOffer}>
              {t('entry.grid.discardOffer')}
            </button>
          </div>
        </div>
      ) : null}

      <SessionDefaults defaults={defaults} onChange={setDefaults} />

      <div className="ws-toolbar ws-grid__filters" role="search" aria-label={t('entry.grid.filterLabel')}>
        <TextField id="grid-search" label={t('entry.grid.search')} value={query} onChange={setQuery} hint={t('entry.grid.searchHint')} autoComplete="off" />
        <CheckboxField id="grid-only-empty" label={t('entry.grid.onlyEmpty')} checked={onlyEmpty} onChange={setOnlyEmpty} />
        <p className="ws-grid__count" role="status">
          {t('entry.grid.count', { shown: visible.length, count: rows.length })}
        </p>
      </div>

      <p className="ws-field__hint ws-grid__keys" id="grid-keys">
        {t('entry.grid.keys')}
      </p>

      <div className="ws-grid__scroll" role="region" aria-labelledby="entry-grid-caption" tabIndex={0}>
        <table ref={table} className="ws-grid" onKeyDown={onKeyDown} onPaste={onPaste} aria-describedby="grid-keys">
          <caption id="entry-grid-caption">{t('entry.grid.caption', { pillar: pillarName, cycle: cycle.code })}</caption>
          <thead>
            <tr>
              <th scope="col" id="grid-col-indicator" className="ws-grid__col-indicator">
                {t('common.indicator')}
              </th>
              <th scope="col">{t('entry.grid.column.previous')}</th>
              <th scope="col">{t('entry.published', { cycle: cycle.code })}</th>
              <th scope="col" id="grid-col-value">
                {t('entry.field.value')}
              </th>
              <th scope="col" id="grid-col-qualifier">
                {t('entry.field.qualifier')}
              </th>
              <th scope="col" id="grid-col-denominator">
                {t('entry.grid.column.denominator')}
              </th>
              <th scope="col" id="grid-col-source">
                {t('entry.field.source')}
              </th>
              <th scope="col" id="grid-col-note">
                {t('entry.grid.column.note')}
              </th>
              <th scope="col">{t('entry.grid.column.status')}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row, index) => {
              const id = row.indicatorId;
              const values = edits[id] ?? baselineOf(id);
              const dirty = dirtyOf(id);
              const status = statuses[id];
              const headerId = `grid-${id}-row`;
              const nameId = `grid-${id}-name`;
              const messageId = `grid-${id}-message`;
              const refused = status?.kind === 'refused' ? status : null;
              const cellError = (field: string) =>
                refused?.errors.some((e) => e.field === field) || (dirty && (field === 'value' || field === 'denominator') && numberErrorOf(values, field) !== null);
              const liveErrors = dirty && !refused ? (['value', 'denominator'] as const).flatMap((f) => (numberErrorOf(values, f) ? [{ field: f, error: numberErrorOf(values, f) as FieldError }] : [])) : [];
              const shownErrors = refused ? refused.errors : liveErrors;
              const hasMessage = status?.kind === 'conflict' || refused !== null || shownErrors.length > 0;
              const derived = values.statesComplete && values.reporting === 'reported';
              const valueLocked = values.reporting !== 'reported' || derived;
              const cellProps = (column: GridColumn) => ({
                id: `grid-${id}-${column}`,
                'data-grid-row': index,
                'data-grid-col': column,
                'aria-labelledby': `grid-col-${column} ${nameId}`,
                'aria-describedby': hasMessage ? messageId : status ? statusId(id) : undefined,
                'aria-invalid': cellError(column) ? true : undefined,
              });
              return (
                <Fragment key={id}>
                <tr className={`ws-grid__row${dirty ? ' ws-grid__row--dirty' : ''}${hasMessage ? ' ws-grid__row--message' : ''}`}>
                  <th scope="row" id={headerId} className="ws-grid__indicator">
                    <span id={nameId}>
                      <span className="ws-grid__number">{id.split('-')[0]?.toUpperCase()}</span> <span className="ws-grid__title">{row.title}</span>
                    </span>
                    <span className="ws-cell-sub">{t('entry.grid.actionOf', { action: row.action })}</span>
                  </th>
                  <td className="ws-grid__figure">
                    {row.previous ? (
                      <>
                        {row.previous.value === null ? t('record.none') : format.number(row.previous.value)}
                        <span className="ws-cell-sub">{row.previous.cycle}</span>
                      </>
                    ) : (
                      t('record.dash')
                    )}
                  </td>
                  <td className="ws-grid__figure">
                    <RecordText record={row.published} />
                    {row.draft ? (
                      <span className="ws-cell-sub">
                        {t('entry.grid.draftOf', { author: row.draft.author })}: <RecordText record={row.draft.after} />
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <input
                      {...cellProps('value')}
                      className="ws-grid__input ws-grid__input--number"
                      type="text"
                      inputMode="decimal"
                      autoComplete="off"
                      value={derived ? String(values.states.length) : values.value}
                      readOnly={valueLocked}
                      aria-readonly={valueLocked || undefined}
                      onChange={(e) => setCell(id, 'value')(e.target.value)}
                    />
                  </td>
                  <td>
                    <select {...cellProps('qualifier')} className="ws-grid__input" value={values.qualifier} onChange={(e) => setCell(id, 'qualifier')(e.target.value)}>
                      {QUALIFIERS.map((q) => (
                        <option key={q} value={q}>
                          {qualifierLabels[q]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      {...cellProps('denominator')}
                      className="ws-grid__input ws-grid__input--number"
                      type="text"
                      inputMode="numeric"
                      autoComplete="off"
                      value={values.denominator}
                      onChange={(e) => setCell(id, 'denominator')(e.target.value)}
                    />
                  </td>
                  <td>
                    <input {...cellProps('source')} className="ws-grid__input ws-grid__input--text" type="text" autoComplete="off" value={values.source} onChange={(e) => setCell(id, 'source')(e.target.value)} />
                  </td>
                  <td>
                    <input {...cellProps('note')} className="ws-grid__input ws-grid__input--text" type="text" autoComplete="off" value={values.note} onChange={(e) => setCell(id, 'note')(e.target.value)} />
                  </td>
                  <td id={statusId(id)} className="ws-grid__status">
                    {status?.kind === 'saving' ? <span>{t('entry.saving')}</span> : null}
                    {status?.kind === 'saved' && !dirty ? <span className="ws-grid__saved">{t('entry.saved')}</span> : null}
                    {status?.kind === 'conflict' ? <span className="ws-grid__unsaved">{t('entry.grid.conflict')}</span> : null}
                    {refused ? <span className="ws-grid__refused">{t('entry.grid.refusedShort')}</span> : null}
                    {!status && dirty ? <span className="ws-grid__unsaved">{t('entry.grid.unsaved')}</span> : null}
                    {!status && !dirty && row.draft ? <span className="ws-cell-sub">{t('entry.grid.hasDraft')}</span> : null}
                    <button
                      type="button"
                      className="button button--secondary ws-button--small ws-grid__details"
                      aria-labelledby={`grid-${id}-details ${nameId}`}
                      id={`grid-${id}-details`}
                      onClick={() => setDetails(id)}
                    >
                      {t('entry.grid.details')}
                    </button>
                  </td>
                </tr>
                {hasMessage ? (
                  <tr className="ws-grid__message-row">
                    <td colSpan={COLUMN_COUNT}>
                      <div id={messageId} className="ws-grid__message">
                        {status?.kind === 'conflict' ? (
                          <DraftConflictNotice conflict={status.conflict} onKeepMine={() => void saveOne(row, status.conflict.theirs.changeId)} onKeepTheirs={() => void keepTheirs(id)} busy={savingAll} />
                        ) : (
                          <div className="ws-grid__refused">
                            {refused ? <strong>{t('entry.grid.refused')}</strong> : null}{' '}
                            <ul>
                              {shownErrors.map(({ field, error }) => (
                                <li key={field}>
                                  {t(ENTRY_FIELD_LABEL[field] ?? 'entry.grid.column.status')}: {errorText(error)}
                                </li>
                              ))}
                              {refused?.message ? <li>{refused.message}</li> : null}
                            </ul>
                          </div>
                        )}
                      </div>
                    </td>
                  </tr>
                ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {visible.length === 0 ? <p className="ws-field__hint">{t('entry.grid.noMatch')}</p> : null}

      <div className="ws-actions ws-grid__save">
        <button type="button" className="button" onClick={() => void saveAll()} disabled={savingAll || dirtyIds.length === 0}>
          {savingAll ? t('entry.saving') : dirtyIds.length === 0 ? t('entry.grid.saveNone') : t('entry.grid.saveAll', { count: dirtyIds.length })}
        </button>
        <p className="ws-grid__summary" role="status">
          {summary}
        </p>
      </div>
      <p className="ws-grid__pasted" role="status">
        {announcement}
      </p>

      {detailsRow ? (
        <EntryDetailsDialog
          row={detailsRow}
          cycle={cycle.code}
          cyclePublished={cyclePublished}
          cycles={cycles}
          values={edits[detailsRow.indicatorId] ?? baselineOf(detailsRow.indicatorId)}
          onValuesChange={(action: SetStateAction<EntryValues>) => {
            const current = valuesOf(detailsRow.indicatorId);
            update({ [detailsRow.indicatorId]: typeof action === 'function' ? action(current) : action });
          }}
          status={statuses[detailsRow.indicatorId]?.kind ?? null}
          onSave={() => saveOne(detailsRow)}
          onClose={() => setDetails(null)}
        />
      ) : null}
      <UnsavedDialog blocker={blocker} count={dirtyIds.length} onDiscard={() => discardStored(dirtyIds)} />
    </>
  );
}
