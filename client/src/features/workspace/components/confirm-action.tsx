// A consequential button that asks first, inline: the question, then Confirm and Cancel. Focus follows the question.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmActionProps {
  /** The button that opens the question. */
  label: string;
  /** The question, e.g. "Publish 3 changes to 14MSP?". */
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  disabled?: boolean;
  tone?: 'primary' | 'danger';
}

export function ConfirmAction({ label, question, confirmLabel, onConfirm, busy = false, disabled = false, tone = 'primary' }: ConfirmActionProps) {
  const { t } = useTranslation('workspace');
  const [open, setOpen] = useState(false);
  const questionId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) confirm.current?.focus();
    else if (wasOpen.current) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <button ref={trigger} type="button" className={`button${tone === 'danger' ? ' ws-button--danger' : ''}`} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="ws-confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId} className="ws-confirm__question">
        {question}
      </p>
      <div className="ws-actions">
        <button
          ref={confirm}
          type="button"
          className={`button${tone === 'danger' ? ' ws-button--danger' : ''}`}
          disabled={busy}
          aria-disabled={busy || undefined}
          onClick={() => {
            onConfirm();
            setOpen(false);
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
