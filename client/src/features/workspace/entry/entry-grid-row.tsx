// One row of the entry grid: the indicator, its previous and published figures, the five cells to type in, the row's
// status and Details; under it, when there is one, the message of a refused or conflicting save (its cells point to it).
import { useTranslation } from 'react-i18next';
import { QUALIFIERS, type Qualifier } from '@ccm/shared/domain/vocabulary';
import type { EntryRow as Row } from '@ccm/shared/schemas/workspace';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { useFieldErrorText } from '../hooks/use-field-error-text.ts';
import { RecordText } from '../components/change-cells.tsx';
import { DraftConflictNotice } from '../components/draft-conflict.tsx';
import type { EntryValues } from '../utils/entry-form.ts';
import type { FieldError } from '../utils/field-errors.ts';
import type { GridColumn } from './utils/entry-grid.ts';
import { ENTRY_FIELD_LABEL, numberErrorOf, type RowStatus } from './utils/grid-status.ts';

/** The columns of a row: indicator, previous, published, the five cells, status. */
const COLUMN_COUNT = 9;

export interface EntryGridRowProps {
  row: Row;
  /** The row's place among the rows in view (its cells' data-grid-row, for the keyboard). */
  index: number;
  values: EntryValues;
  dirty: boolean;
  status: RowStatus | undefined;
  qualifierLabels: Record<Qualifier, string>;
  /** A cell typed in: its new text. */
  setCell: (column: GridColumn) => (text: string) => void;
  onDetails: () => void;
  /** The conflict resolved by saving this row over their change (its id). */
  onKeepMine: (theirs: number) => void;
  onKeepTheirs: () => void;
  /** Saving all: the conflict's choices wait. */
  busy: boolean;
}

export function EntryGridRow({ row, index, values, dirty, status, qualifierLabels, setCell, onDetails, onKeepMine, onKeepTheirs, busy }: EntryGridRowProps) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const errorText = useFieldErrorText();
  const id = row.indicatorId;
  const headerId = `grid-${id}-row`;
  const nameId = `grid-${id}-name`;
  const messageId = `grid-${id}-message`;
  // A refused or conflicting row shows its message in its status cell; its cells point to it.
  const statusId = `grid-${id}-status`;
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
    'aria-describedby': hasMessage ? messageId : status ? statusId : undefined,
    'aria-invalid': cellError(column) ? true : undefined,
  });

  return (
    <>
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
            onChange={(e) => setCell('value')(e.target.value)}
          />
        </td>
        <td>
          <select {...cellProps('qualifier')} className="ws-grid__input" value={values.qualifier} onChange={(e) => setCell('qualifier')(e.target.value)}>
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
            onChange={(e) => setCell('denominator')(e.target.value)}
          />
        </td>
        <td>
          <input {...cellProps('source')} className="ws-grid__input ws-grid__input--text" type="text" autoComplete="off" value={values.source} onChange={(e) => setCell('source')(e.target.value)} />
        </td>
        <td>
          <input {...cellProps('note')} className="ws-grid__input ws-grid__input--text" type="text" autoComplete="off" value={values.note} onChange={(e) => setCell('note')(e.target.value)} />
        </td>
        <td id={statusId} className="ws-grid__status">
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
            onClick={onDetails}
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
                <DraftConflictNotice conflict={status.conflict} onKeepMine={() => onKeepMine(status.conflict.theirs.changeId)} onKeepTheirs={onKeepTheirs} busy={busy} />
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
    </>
  );
}
