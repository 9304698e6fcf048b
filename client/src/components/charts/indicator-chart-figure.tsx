// An indicator's chart as a complete figure (caption, chart, legend, figures table). The prerendered page shows the
// chart as static SVG (static-indicator-chart.tsx); recharts (about 110 kB gzipped) draws it once the reader starts
// using the page, not with the page.
import { LazyIndicatorChart as IndicatorChart } from './lazy-charts.ts';
import type { IndicatorChartProps } from './indicator-chart.tsx';
import { chartBoxStyle, HydratedChart } from './deferred-chart.tsx';
import { IndicatorFigure, type IndicatorFigureProps } from './indicator-figure.tsx';
import { StaticIndicatorChart } from './static-indicator-chart.tsx';

function HydratedIndicatorChart(props: IndicatorChartProps) {
  const { height = 320, width, compact = false } = props;
  return (
    <HydratedChart
      box={chartBoxStyle({ width, height, aspectRatio: compact ? '2.4' : '2.1', minHeight: 220 })}
      drawing={<StaticIndicatorChart model={props.model} title={props.title} unit={props.unit} height={height} width={width} compact={compact} />}
    >
      <IndicatorChart {...props} />
    </HydratedChart>
  );
}

export function IndicatorChartFigure(props: IndicatorFigureProps) {
  return <IndicatorFigure {...props} Chart={HydratedIndicatorChart} />;
}
