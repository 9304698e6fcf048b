// The figures behind an indicator chart, as a table: the text alternative every chart carries.
import { useTranslation } from 'react-i18next';
import type { Indicator, Observation } from '@ccm/shared/schemas/api';
import { cycleLabel } from '../../lib/cycles.ts';
import { useObservationText } from '../../lib/observation-text.ts';
import { ObservationMarks, observationMarks } from '../ui/observation-marks.tsx';
import { DataTable, type DataTableColumn } from '../ui/data-table.tsx';

/** `caption` names the table when there are several (an indicator's own and its predecessor's, each under its plan). */
export function IndicatorDataTable({ indicator, caption: named }: { indicator: Indicator; caption?: string }) {
  const { t } = useTranslation();
  const text = useObservationText(indicator);
  const caption = named ?? t('chart.tableCaption', { title: indicator.title });
  const columns: DataTableColumn<Observation>[] = [
    { id: 'cycle', header: t('observation.column.cycle'), primary: true, cell: (o) => cycleLabel(o) },
    {
      id: 'figure',
      header: t('observation.column.figure'),
      cell: (o) => (
        <>
          {text.phrase(o)}
          <ObservationMarks marks={observationMarks(o)} />
        </>
      ),
    },
    { id: 'ofPopulation', header: t('observation.column.ofPopulation'), cell: (o) => text.ofPopulation(o) ?? t('observation.none') },
    { id: 'share', header: t('observation.column.share'), className: 'numeric', cell: (o) => text.share(o) ?? t('observation.none') },
    { id: 'source', header: t('observation.column.source'), cell: (o) => t('observation.paragraph', { paragraph: o.source.paragraph }) },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={indicator.observations}
      rowKey={(o, i) => `${o.spanFrom ?? ''}-${o.cycle}-${o.source.paragraph}-${i}`}
      rowAttributes={(o) => ({
        'data-cycle': cycleLabel(o),
        'data-inferred': o.cycleInferred ? 'true' : undefined,
        'data-under-review': o.underReview ? 'true' : undefined,
      })}
    />
  );
}
