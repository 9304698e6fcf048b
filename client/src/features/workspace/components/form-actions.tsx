// The end of a workspace form: the request's problem (when no field shows it), what was done, and the buttons.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert, SuccessNote } from './problem-alert.tsx';

interface FormActionsProps {
  submitLabel: string;
  pending: boolean;
  problem?: unknown;
  /** Said once the request has worked (a SuccessNote); `focusDone` moves focus to it. */
  done?: ReactNode;
  focusDone?: boolean;
  /** Shown where `done` would be, as it is (a one-time password). */
  notice?: ReactNode;
  danger?: boolean;
  /** Adds a Cancel button. */
  onCancel?: () => void;
  /** More buttons after these. */
  children?: ReactNode;
}

export function FormActions({ submitLabel, pending, problem = null, done, focusDone = false, notice, danger = false, onCancel, children }: FormActionsProps) {
  const { t } = useTranslation('workspace');
  return (
    <>
      <ProblemAlert error={problem} />
      {done ? <SuccessNote focus={focusDone}>{done}</SuccessNote> : null}
      {notice}
      <div className="ws-actions">
        <button type="submit" className={danger ? 'button ws-button--danger' : 'button'} disabled={pending}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
        {children}
      </div>
    </>
  );
}
