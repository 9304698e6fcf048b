// An indicator's chart as a complete figure (caption, chart, legend, figures table), the chart drawn once the page is
// hydrated. The chart's code (recharts, about 110 kB gzipped) loads then, not with the page: the caption, legend and
// figures table carry its figures meanwhile, and its box holds its place.
import { LazyIndicatorChart as IndicatorChart } from './lazy-charts.ts';
import type { IndicatorChartProps } from './indicator-chart.tsx';
import { chartBoxStyle, HydratedChart } from './deferred-chart.tsx';
import { IndicatorFigure, type IndicatorFigureProps } from './indicator-figure.tsx';

function HydratedIndicatorChart(props: IndicatorChartProps) {
  const { height = 320, width, compact = false } = props;
  return (
    <HydratedChart box={chartBoxStyle({ width, height, aspectRatio: compact ? '2.4' : '2.1', minHeight: 220 })}>
      <IndicatorChart {...props} />
    </HydratedChart>
  );
}

export function IndicatorChartFigure(props: IndicatorFigureProps) {
  return <IndicatorFigure {...props} Chart={HydratedIndicatorChart} />;
}
