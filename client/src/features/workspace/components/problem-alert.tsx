// A failed request, said plainly: the session ended, the role is missing, too many attempts, or the server's own words
// (in English: the catalogue frames them in the reader's language).
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';

export function useProblemText() {
  const { t } = useTranslation('workspace');
  return (error: unknown): string => {
    if (!(error instanceof ApiError)) return t('problem.network');
    const detail = error.problem?.detail;
    switch (error.status) {
      case 401:
        return t('problem.unauthorized');
      case 403:
        return detail ? t('problem.forbiddenDetail', { detail }) : t('problem.forbidden');
      case 429:
        return t('problem.tooMany');
      default:
        if (error.status >= 500) return t('problem.server');
        return detail ? t('problem.detail', { detail }) : t('problem.generic', { status: error.status });
    }
  };
}

export function ProblemAlert({ error, title, children }: { error: unknown; title?: string; children?: ReactNode }) {
  const text = useProblemText();
  if (!error) return null;
  return (
    <div className="ws-alert ws-alert--error" role="alert">
      {title ? <p className="ws-alert__title">{title}</p> : null}
      <p>{text(error)}</p>
      {children}
    </div>
  );
}

/** A polite, persistent message that something worked; `focus` moves focus to it (when the control that was used is gone). */
export function SuccessNote({ children, focus = false }: { children: ReactNode; focus?: boolean }) {
  const note = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) note.current?.focus();
  }, [focus]);
  return (
    <div ref={note} className="ws-alert ws-alert--success" role="status" tabIndex={focus ? -1 : undefined}>
      {children}
    </div>
  );
}
