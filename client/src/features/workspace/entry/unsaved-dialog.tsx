// Asked before leaving the grid with unsaved figures: stay, leave keeping them in this browser (offered back on return),
// or leave and discard them. A modal dialog: focus goes to "Stay", Escape stays.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Blocker } from 'react-router';

export function UnsavedDialog({ blocker, count, onDiscard }: { blocker: Blocker; count: number; onDiscard: () => void }) {
  const { t } = useTranslation('workspace');
  const dialog = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  const blocked = blocker.state === 'blocked';

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (blocked && !element.open) {
      element.showModal();
      stay.current?.focus();
    } else if (!blocked && element.open) element.close();
  }, [blocked]);

  return (
    <dialog
      ref={dialog}
      className="ws-dialog"
      aria-labelledby="unsaved-title"
      aria-describedby="unsaved-body"
      onCancel={(event) => {
        event.preventDefault();
        blocker.reset?.();
      }}
    >
      {blocked ? (
        <>
          <h2 id="unsaved-title" className="ws-dialog__title">
            {t('entry.unsaved.title', { count })}
          </h2>
          <p id="unsaved-body">{t('entry.unsaved.body')}</p>
          <div className="ws-actions">
            <button ref={stay} type="button" className="button" onClick={() => blocker.reset?.()}>
              {t('entry.unsaved.stay')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => blocker.proceed?.()}>
              {t('entry.unsaved.keep')}
            </button>
            <button
              type="button"
              className="button ws-button--danger"
              onClick={() => {
                onDiscard();
                blocker.proceed?.();
              }}
            >
              {t('entry.unsaved.discard')}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
