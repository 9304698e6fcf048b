// The figures behind an indicator chart, as a table: the text alternative every chart carries.
import { useTranslation } from 'react-i18next';
import type { Indicator } from '@ccm/shared/schemas/api';
import { cycleLabel } from '../../lib/cycles.ts';
import { useObservationText } from '../../lib/observation-text.ts';
import { ObservationMarks, observationMarks } from '../ui/observation-marks.tsx';
import { TableScroll } from '../ui/table-scroll.tsx';

/** `caption` names the table when there are several (an indicator's own and its predecessor's, each under its plan). */
export function IndicatorDataTable({ indicator, caption: named }: { indicator: Indicator; caption?: string }) {
  const { t } = useTranslation();
  const text = useObservationText(indicator);
  const caption = named ?? t('chart.tableCaption', { title: indicator.title });
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('observation.column.cycle')}</th>
            <th scope="col">{t('observation.column.figure')}</th>
            <th scope="col">{t('observation.column.ofPopulation')}</th>
            <th scope="col">{t('observation.column.share')}</th>
            <th scope="col">{t('observation.column.source')}</th>
          </tr>
        </thead>
        <tbody>
          {indicator.observations.map((o, i) => (
            <tr
              key={`${o.spanFrom ?? ''}-${o.cycle}-${o.source.paragraph}-${i}`}
              data-cycle={cycleLabel(o)}
              data-inferred={o.cycleInferred ? 'true' : undefined}
              data-under-review={o.underReview ? 'true' : undefined}
            >
              <th scope="row">{cycleLabel(o)}</th>
              <td>
                {text.phrase(o)}
                <ObservationMarks marks={observationMarks(o)} />
              </td>
              <td>{text.ofPopulation(o) ?? t('observation.none')}</td>
              <td className="numeric">{text.share(o) ?? t('observation.none')}</td>
              <td>{t('observation.paragraph', { paragraph: o.source.paragraph })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
