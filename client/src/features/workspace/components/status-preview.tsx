// What the entered figure would do to the indicator's status, said before anything is saved, with the reason in the
// workspace's language.
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import type { StatusPreview as Preview } from '../entry/api/classify-preview.ts';
import { withElements } from './with-elements.tsx';

interface StatusPreviewProps {
  id: string;
  /** Nothing edited yet: nothing to say. */
  idle: boolean;
  /** The entered figure does not pass the checks yet. */
  invalid: boolean;
  pending: boolean;
  failed: boolean;
  preview: Preview | null | undefined;
}

export function StatusPreview({ id, idle, invalid, pending, failed, preview }: StatusPreviewProps) {
  const { t } = useTranslation('workspace');
  let body = null;
  if (idle) body = null;
  else if (invalid) body = <p className="ws-muted">{t('entry.preview.invalid')}</p>;
  else if (failed) body = <p className="ws-muted">{t('entry.preview.failed')}</p>;
  else if (pending || !preview) body = <p className="ws-muted">{t('entry.preview.pending')}</p>;
  else {
    const changes = preview.from !== preview.to;
    body = (
      <>
        <p className={`ws-preview__line${changes ? ' ws-preview__line--change' : ''}`}>
          {changes
            ? withElements(t('entry.preview.change'), {
                from: <StatusBadge code={preview.from} size="sm" deadline={preview.deadline} />,
                to: <StatusBadge code={preview.to} size="sm" deadline={preview.deadline} />,
              })
            : withElements(t('entry.preview.stay'), { status: <StatusBadge code={preview.to} size="sm" deadline={preview.deadline} /> })}
        </p>
        <p className="ws-preview__reason">{preview.reason}</p>
      </>
    );
  }
  return (
    <div id={id} className="ws-preview" aria-live="polite">
      {body}
    </div>
  );
}
