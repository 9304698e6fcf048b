// A row's details, in a dialog over the grid: every field of the entry form (reporting, paragraph, who is counted, the
// two flags, the reason for a correction), the status preview, and Save. The grid holds the values, so what is typed
// here shows in its cells and the other way round.
import { useEffect, useRef, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryRow as Row } from '@ccm/shared/schemas/workspace';
import type { WorkspaceCycle } from '../api/get-workspace-cycles.ts';
import type { EntryValues } from '../utils/entry-form.ts';
import { EntryRow } from './entry-row.tsx';

interface EntryDetailsDialogProps {
  row: Row;
  cycle: string;
  cyclePublished: boolean;
  cycles: WorkspaceCycle[] | undefined;
  values: EntryValues;
  onValuesChange: (action: SetStateAction<EntryValues>) => void;
  /** The row's latest save: a refusal or a conflict is answered in the row's status, under the dialog. */
  status: 'saving' | 'saved' | 'refused' | 'conflict' | null;
  onSave: () => Promise<'saved' | 'refused' | 'conflict'>;
  onClose: () => void;
}

export function EntryDetailsDialog({ row, cycle, cyclePublished, cycles, values, onValuesChange, status, onSave, onClose }: EntryDetailsDialogProps) {
  const { t } = useTranslation('workspace');
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const element = dialog.current;
    opener.current = document.activeElement;
    element?.showModal();
    return () => {
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="ws-dialog ws-dialog--wide"
      aria-labelledby={`entry-${row.indicatorId}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="ws-dialog__bar">
        <button type="button" className="button button--secondary ws-button--small" onClick={onClose}>
          {t('entry.grid.closeDetails')}
        </button>
      </div>
      <EntryRow as="div" row={row} cycle={cycle} cyclePublished={cyclePublished} cycles={cycles} values={values} onValuesChange={onValuesChange} onSave={onSave} />
      {status === 'refused' || status === 'conflict' ? (
        <p className="ws-alert ws-alert--warning" role="alert">
          {t(status === 'conflict' ? 'entry.grid.detailsConflict' : 'entry.grid.detailsRefused')}
        </p>
      ) : null}
    </dialog>
  );
}
