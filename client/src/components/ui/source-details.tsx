// A source behind a disclosure: its paragraph as the summary, the document and the words (in English, left to right) inside.
import { useTranslation } from 'react-i18next';
import type { StateMention } from '@ccm/shared/schemas/states';

export function SourceDetails({ source, showDocument = true }: { source: StateMention['source']; showDocument?: boolean }) {
  const { t } = useTranslation();
  if (source.paragraph === null && source.quote === null) return showDocument ? <span className="muted">{source.document || t('states.noSource')}</span> : null;
  return (
    <details className="quote-toggle">
      <summary>{source.paragraph !== null ? t('observation.paragraph', { paragraph: source.paragraph }) : t('states.quote')}</summary>
      {showDocument && source.document ? (
        <p className="muted" lang="en">
          {source.document}
        </p>
      ) : null}
      {source.quote ? (
        <blockquote className="quote" lang="en" dir="ltr">
          {source.quote}
        </blockquote>
      ) : null}
    </details>
  );
}
