// Where the source document contradicts itself about this indicator: each statement with its paragraph and quote.
// A conflict that spans many indicators (footnote 4 against every 13MSP figure) shows its lead statement and the ones
// from this indicator's paragraphs; the statements about other indicators are one click away.
import { useTranslation } from 'react-i18next';
import type { Conflict } from '@ccm/shared/schemas/api';
import { ConflictStatements } from '../../../components/ui/conflict-statements.tsx';
import { EnglishText } from '../../../components/ui/localized-text.tsx';

/** Conflicts with more statements than this are shortened to the ones that concern the page's indicator. */
const SHORTEN_ABOVE = 4;

export function ConflictList({ conflicts, paragraphs }: { conflicts: readonly Conflict[]; paragraphs?: readonly number[] }) {
  const { t } = useTranslation();
  return (
    <ul className="conflict-list">
      {conflicts.map((c) => {
        const shorten = paragraphs !== undefined && c.statements.length > SHORTEN_ABOVE;
        const own = shorten ? c.statements.filter((s, i) => i === 0 || paragraphs.includes(s.paragraph)) : c.statements;
        const others = shorten ? c.statements.filter((s, i) => i !== 0 && !paragraphs.includes(s.paragraph)) : [];
        return (
          <li key={c.id} id={`conflict-${c.id}`} className="conflict" tabIndex={-1}>
            <p className="conflict__description">
              <EnglishText badge>{c.description}</EnglishText>
            </p>
            <ConflictStatements statements={own} />
            {others.length > 0 && (
              <details className="conflict__others">
                <summary>{t('conflicts.others', { count: others.length })}</summary>
                <ConflictStatements statements={others} />
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
