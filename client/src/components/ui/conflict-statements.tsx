// The statements of one contradiction in the source document, each with its paragraph, what it says and its quote.
import { useTranslation } from 'react-i18next';
import { EnglishText } from './localized-text.tsx';

export interface ConflictStatement {
  paragraph: number;
  says: string;
  quote: string;
}

export function ConflictStatements({ statements }: { statements: readonly ConflictStatement[] }) {
  const { t } = useTranslation();
  return (
    <ul className="conflict__statements">
      {statements.map((s, i) => (
        <li key={`${s.paragraph}-${i}`}>
          <span className="conflict__paragraph">{t('observation.paragraph', { paragraph: s.paragraph })}</span>{' '}
          <EnglishText>{s.says}</EnglishText>
          <blockquote className="quote" lang="en" dir="ltr">
            {s.quote}
          </blockquote>
        </li>
      ))}
    </ul>
  );
}
