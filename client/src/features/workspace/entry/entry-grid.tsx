// The entry grid: every indicator of the cycle and pillar as a row of cells to type in (or paste a spreadsheet block
// into), moved across with the keyboard, saved all at once with a result per row. What is typed is kept in this browser
// as it is typed and offered back after a reload or a new sign-in; leaving with unsaved figures asks first.
import { useCallback, useMemo, useRef, useState, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { QUALIFIERS, type Qualifier } from '@ccm/shared/domain/vocabulary';
import type { EntryGrid as Grid } from './api/get-entry-grid.ts';
import type { WorkspaceCycle } from '../api/get-workspace-cycles.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { localDraftsKey } from '../hooks/use-local-drafts.ts';
import { useGridEdits } from './hooks/use-grid-edits.ts';
import { useGridKeys } from './hooks/use-grid-keys.ts';
import { useGridSaves } from './hooks/use-grid-saves.ts';
import { useUnsavedWarning } from '../hooks/use-unsaved-warning.ts';
import { CheckboxField, TextField } from '../components/form-field.tsx';
import type { EntryValues } from '../utils/entry-form.ts';
import { GRID_COLUMNS, defaultSourceOf, matchesSearch, withCell, withoutFigure, type GridColumn } from './utils/entry-grid.ts';
import type { RowStatus } from './utils/grid-status.ts';
import { EntryDetailsDialog } from './entry-details-dialog.tsx';
import { EntryGridRow } from './entry-grid-row.tsx';
import { SessionDefaults, useSessionDefaults } from './session-defaults.tsx';
import { UnsavedDialog } from './unsaved-dialog.tsx';
import './entry-grid.css';

// Each typed column's header; its id labels the column's cells (entry-grid-row.tsx).
const COLUMN_LABELS = {
  value: 'entry.field.value',
  qualifier: 'entry.field.qualifier',
  denominator: 'entry.grid.column.denominator',
  source: 'entry.field.source',
  note: 'entry.grid.column.note',
} as const satisfies Record<GridColumn, string>;

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
  const [details, setDetails] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
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

  const { onKeyDown, onPaste, announcement } = useGridKeys({ table, visible, rtl, qualifierLabels, valuesOf, update });
  const { summary, savingAll, saveAll, saveOne, keepTheirs } = useGridSaves({ rows, cycle, valuesOf, dirtyIds, forget, setStatuses });
  const detailsRow = details ? rows.find((row) => row.indicatorId === details) : undefined;

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
              {GRID_COLUMNS.map((column) => (
                <th key={column} scope="col" id={`grid-col-${column}`}>
                  {t(COLUMN_LABELS[column])}
                </th>
              ))}
              <th scope="col">{t('entry.grid.column.status')}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row, index) => {
              const id = row.indicatorId;
              return (
                <EntryGridRow
                  key={id}
                  row={row}
                  index={index}
                  values={edits[id] ?? baselineOf(id)}
                  dirty={dirtyOf(id)}
                  status={statuses[id]}
                  qualifierLabels={qualifierLabels}
                  setCell={(column) => setCell(id, column)}
                  onDetails={() => setDetails(id)}
                  onKeepMine={(theirs) => void saveOne(row, theirs)}
                  onKeepTheirs={() => void keepTheirs(id)}
                  busy={savingAll}
                />
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
