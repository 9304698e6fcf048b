// A series chart as a complete figure (caption, chart, legend, figures table). SeriesChartFigure draws the chart once
// the page is hydrated, DeferredSeriesChartFigure (a chart that starts below the fold: the overview's ISU chart) once
// it nears the viewport; either way its code (recharts) loads then, not with the page (see indicator-chart-figure.tsx).
import { LazySeriesChart as SeriesChart } from './lazy-charts.ts';
import type { SeriesChartProps } from './series-chart.tsx';
import { chartBoxStyle, DeferredChart, HydratedChart } from './deferred-chart.tsx';
import { SeriesFigure, type SeriesFigureProps } from './series-figure.tsx';

const seriesBox = ({ height = 320, width }: SeriesChartProps) => chartBoxStyle({ width, height, aspectRatio: '2.2', minHeight: 240 });

function HydratedSeriesChart(props: SeriesChartProps) {
  return (
    <HydratedChart box={seriesBox(props)}>
      <SeriesChart {...props} />
    </HydratedChart>
  );
}

function DeferredSeriesChart(props: SeriesChartProps) {
  return (
    <DeferredChart box={seriesBox(props)}>
      <SeriesChart {...props} />
    </DeferredChart>
  );
}

export function SeriesChartFigure(props: SeriesFigureProps) {
  return <SeriesFigure {...props} Chart={HydratedSeriesChart} />;
}

export function DeferredSeriesChartFigure(props: SeriesFigureProps) {
  return <SeriesFigure {...props} Chart={DeferredSeriesChart} />;
}
