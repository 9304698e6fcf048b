// The figures of a series that are not drawn: totals, single facts and figures for a whole period, each with its paragraph.
import { useTranslation } from 'react-i18next';
import type { SeriesPoint } from '@ccm/shared/schemas/api';
import { useMeasureLabel, useSeriesFormatters } from '../../../lib/series-format.ts';
import { EnglishText } from '../../../components/ui/localized-text.tsx';
import { ObservationMarks } from '../../../components/ui/observation-marks.tsx';

export function SeriesFacts({ facts }: { facts: SeriesPoint[] }) {
  const { t } = useTranslation();
  const format = useSeriesFormatters();
  const labelOf = useMeasureLabel();
  return (
    <ul className="fact-grid">
      {facts.map((p, i) => (
        <li key={`${p.measure}-${p.period}-${i}`} className="fact" data-measure={p.measure}>
          <p className="fact__label">{labelOf(p.measure)}</p>
          <p className="fact__value">
            {p.qualifier !== 'exact' ? <span className="fact__qualifier">{t(`qualifier.${p.qualifier}`)} </span> : null}
            {format.value(p.value, p.unit)}
          </p>
          <p className="fact__meta">
            {format.period(p.period)}
            {p.provisional ? ` · ${t('series.provisional')}` : ''}
            {' · '}
            {t('observation.paragraph', { paragraph: p.source.paragraph })}
          </p>
          {p.underReview ? (
            <ObservationMarks marks={{ inferred: false, underReview: p.underReview, note: null }} />
          ) : null}
          {p.states && p.states.length > 0 ? (
            <p className="fact__states">
              <EnglishText>{p.states.join(', ')}</EnglishText>
            </p>
          ) : null}
          {p.note ? (
            <p className="fact__note">
              <EnglishText>{p.note}</EnglishText>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
