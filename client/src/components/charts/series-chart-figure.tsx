// A series chart as a complete figure (caption, chart, legend, figures table), the chart drawn once the page is
// hydrated; its code (recharts) loads then, not with the page (see indicator-chart-figure.tsx).
import { LazySeriesChart as SeriesChart } from './lazy-charts.ts';
import type { SeriesChartProps } from './series-chart.tsx';
import { chartBoxStyle, HydratedChart } from './deferred-chart.tsx';
import { SeriesFigure, type SeriesFigureProps } from './series-figure.tsx';

function HydratedSeriesChart(props: SeriesChartProps) {
  const { height = 320, width } = props;
  return (
    <HydratedChart box={chartBoxStyle({ width, height, aspectRatio: '2.2', minHeight: 240 })}>
      <SeriesChart {...props} />
    </HydratedChart>
  );
}

export function SeriesChartFigure(props: SeriesFigureProps) {
  return <SeriesFigure {...props} Chart={HydratedSeriesChart} />;
}
