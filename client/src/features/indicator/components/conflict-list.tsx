// Where the source document contradicts itself about this indicator: each statement with its paragraph and quote.
import { useTranslation } from 'react-i18next';
import type { Conflict } from '@ccm/shared/schemas/api';
import { EnglishText } from '../../../components/ui/localized-text.tsx';

export function ConflictList({ conflicts }: { conflicts: readonly Conflict[] }) {
  const { t } = useTranslation();
  return (
    <ul className="conflict-list">
      {conflicts.map((c) => (
        <li key={c.id} id={`conflict-${c.id}`} className="conflict" tabIndex={-1}>
          <p className="conflict__description">
            <EnglishText badge>{c.description}</EnglishText>
          </p>
          <ul className="conflict__statements">
            {c.statements.map((s, i) => (
              <li key={`${s.paragraph}-${i}`}>
                <span className="conflict__paragraph">{t('observation.paragraph', { paragraph: s.paragraph })}</span>{' '}
                <EnglishText>{s.says}</EnglishText>
                <blockquote className="quote" lang="en" dir="ltr">
                  {s.quote}
                </blockquote>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
