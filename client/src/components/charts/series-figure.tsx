// A series chart as a complete figure: caption, chart, legend, and a table of every figure with its paragraph. The chart
// component is passed in (SeriesChartFigure draws it at once, DeferredSeriesChartFigure near the viewport): no recharts here.
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesChartView } from '../../lib/series-model.ts';
import { useFormatters } from '../../lib/format.ts';
import { useMeasureLabel, useSeriesFormatters } from '../../lib/series-format.ts';
import { DataTable, type DataTableColumn } from '../ui/data-table.tsx';
import { EnglishText } from '../ui/localized-text.tsx';
import { ObservationMarks, useMarksText } from '../ui/observation-marks.tsx';
import { SERIES_PALETTE } from './chart-colors.ts';
import { ChartFigure } from './chart-figure.tsx';
import { ChartLegend, underReviewEntry, type LegendEntry } from './chart-legend.tsx';
import type { SeriesChartProps } from './series-chart.tsx';
import { DOT_SHAPES, LINE_DASHES, dotPath } from './series-marks.ts';

export interface SeriesFigureProps {
  view: SeriesChartView;
  title: string;
  height?: number;
  width?: number;
}

export function SeriesFigure({ view, title, height, width, Chart }: SeriesFigureProps & { Chart: ComponentType<SeriesChartProps> }) {
  const { t } = useTranslation();
  const format = useSeriesFormatters();
  const { chartText } = useFormatters();
  const labelOf = useMeasureLabel();
  const marksText = useMarksText();
  const drawn = [...view.bars.map((b) => b.measure), ...view.lines];
  const colorOf = (measure: string) => SERIES_PALETTE[Math.max(drawn.indexOf(measure), 0) % SERIES_PALETTE.length] ?? SERIES_PALETTE[0];
  const columns = [...drawn, ...view.tableOnly];

  const entries: LegendEntry[] = [
    ...view.bars.map((b) => ({
      key: b.measure,
      label: labelOf(b.measure),
      symbol: <rect x="5" y="2" width="16" height="12" rx="2" fill={colorOf(b.measure)} />,
    })),
    ...view.lines.map((m, i) => ({
      key: m,
      label: labelOf(m),
      symbol: (
        <>
          <line x1="1" x2="25" y1="8" y2="8" stroke={colorOf(m)} strokeWidth="2.5" strokeDasharray={LINE_DASHES[i % LINE_DASHES.length] || undefined} />
          <path d={dotPath(DOT_SHAPES[i % DOT_SHAPES.length] ?? 'circle', 13, 8, 4)} fill={colorOf(m)} />
        </>
      ),
    })),
  ];
  if (view.underReview) {
    entries.push(underReviewEntry(t('chart.legend.underReview'), '#5b6675'));
  }
  if (view.provisionalPeriods.length > 0) {
    entries.push({
      key: 'provisional',
      label: t('series.provisionalLegend'),
      symbol: <rect x="5" y="2" width="16" height="12" rx="2" fill="#5b6675" fillOpacity="0.45" stroke="#5b6675" strokeDasharray="4 2" />,
    });
  }

  const caption = t('chart.tableCaption', { title });
  const tableColumns: DataTableColumn<string>[] = [
    {
      id: 'period',
      header: t('series.column.period'),
      primary: true,
      cell: (period) => (
        <>
          {format.period(period)}
          {view.provisionalPeriods.includes(period) ? <span className="tag">{t('series.provisional')}</span> : null}
        </>
      ),
    },
    ...columns.map(
      (m): DataTableColumn<string> => ({
        id: m,
        header: labelOf(m),
        className: 'numeric',
        cellAttributes: (period) => ({ 'data-under-review': view.cells[period]?.[m]?.underReview ? 'true' : undefined }),
        cell: (period) => {
          const c = view.cells[period]?.[m];
          if (!c) return t('observation.none');
          return (
            <>
              {c.qualifier !== 'exact' ? `${t(`qualifier.${c.qualifier}`)} ` : ''}
              {format.value(c.value, view.unit)}
              {c.states && c.states.length > 0 ? (
                <span className="cell-states">
                  <EnglishText>{c.states.join(', ')}</EnglishText>
                </span>
              ) : null}
              <span className="cell-source">{t('observation.paragraph', { paragraph: c.paragraph })}</span>
              <ObservationMarks marks={{ inferred: false, underReview: c.underReview, note: null }} />
            </>
          );
        },
      }),
    ),
  ];
  const table = (
    <DataTable
      caption={caption}
      columns={tableColumns}
      rows={view.periods}
      rowKey={(period) => period}
      rowAttributes={(period) => ({ 'data-period': period })}
    />
  );

  // Where the document names the States behind a figure, say so under the chart, not only in the table.
  const named = view.periods.flatMap((period) =>
    drawn.flatMap((m) => {
      const states = view.cells[period]?.[m]?.states;
      return states && states.length > 0 ? [{ period, measure: m, states }] : [];
    }),
  );
  const legend = (
    <>
      <ChartLegend entries={entries} label={t('chart.legend.label')} />
      {named.length > 0 ? (
        <dl className="series-states">
          {named.map((n) => (
            <div key={`${n.period}-${n.measure}`}>
              <dt>{drawn.length > 1 ? t('series.statesFor', { period: format.period(n.period), measure: labelOf(n.measure) }) : format.period(n.period)}</dt>
              <dd>
                <EnglishText>{n.states.join(', ')}</EnglishText>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </>
  );

  return (
    <ChartFigure
      className="series-figure"
      caption={title}
      chart={
        <Chart
          view={view}
          title={title}
          labelOf={labelOf}
          colorOf={colorOf}
          periodLabel={(period) => chartText(format.period(period))}
          tick={(v) => chartText(format.tick(v, view.unit))}
          valueText={(v) => format.value(v, view.unit)}
          reviewText={(period, measure) => {
            const review = view.cells[period]?.[measure]?.underReview ?? null;
            return review ? marksText({ inferred: false, underReview: review, note: null }) : null;
          }}
          boundText={(q) => chartText(t(`qualifier.${q}`))}
          provisionalMark={t('series.provisionalMark')}
          height={height}
          width={width}
        />
      }
      legend={legend}
      table={table}
    />
  );
}
