// The indicator's chain across plans in words, each end a link: "Continues LAP indicator … (revised): …",
// "Continued as … in … (carried over)", "Discontinued in …: …". Nothing when the crosswalk names the indicator nowhere.
import { useTranslation } from 'react-i18next';
import type { CrosswalkRelation } from '@ccm/shared/schemas/plans';
import type { Indicator } from '@ccm/shared/schemas/api';
import { Link } from '../../../i18n/link.tsx';
import { indicatorPath } from '../../../lib/page-paths.ts';
import { EnglishText, LocalizedText } from '../../../components/ui/localized-text.tsx';
import { withElements } from '../../../components/ui/with-elements.tsx';
import type { useIndicatorLineage } from '../api/get-lineage.ts';
import './indicator-lineage.css';

type Lineage = ReturnType<typeof useIndicatorLineage>;

function IndicatorLink({ id, found }: { id: string; found: Indicator | undefined }) {
  return <Link to={indicatorPath(id)}>{found ? <LocalizedText text={found.title} i18n={found.i18n} field="title" /> : id}</Link>;
}

export function IndicatorLineage({ lineage }: { lineage: Lineage }) {
  const { t } = useTranslation();
  const { predecessor, successors, planName } = lineage;
  if (!predecessor && successors.length === 0) return null;
  const relation = (r: CrosswalkRelation) => t(`lineage.relation.${r}`);
  const note = (text: string | null) => (text ? <EnglishText>{text}</EnglishText> : null);

  return (
    <div className="notice indicator-lineage" role="group" aria-label={t('lineage.label')}>
      {predecessor ? (
        <p data-lineage="predecessor">
          {withElements(t(predecessor.note ? 'lineage.continuesNote' : 'lineage.continues', { plan: predecessor.plan, relation: relation(predecessor.relation) }), {
            indicator: <IndicatorLink id={predecessor.indicator} found={predecessor.found} />,
            note: note(predecessor.note),
          })}
        </p>
      ) : null}
      {successors.map((s, i) =>
        s.indicator !== null ? (
          <p key={`${s.plan}-${s.indicator}`} data-lineage="successor">
            {withElements(t(s.note ? 'lineage.continuedAsNote' : 'lineage.continuedAs', { plan: planName(s.plan), relation: relation(s.relation) }), {
              indicator: <IndicatorLink id={s.indicator} found={s.found} />,
              note: note(s.note),
            })}
          </p>
        ) : (
          <p key={`${s.plan}-discontinued-${i}`} data-lineage="discontinued">
            {withElements(t(s.note ? 'lineage.discontinuedNote' : 'lineage.discontinued', { plan: planName(s.plan) }), { note: note(s.note) })}
          </p>
        ),
      )}
    </div>
  );
}
