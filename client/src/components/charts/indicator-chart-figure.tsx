// An indicator's chart as a complete figure (caption, chart, legend, figures table). IndicatorChartFigure (a page's
// one chart) is in the prerendered page as static SVG (static-indicator-chart.tsx), and recharts (about 110 kB
// gzipped) draws it once the reader starts using the page. DeferredIndicatorChartFigure (pages with many charts: the
// pillar page) draws the chart, and loads recharts, when it nears the viewport; an empty box holds its place until then.
import { LazyIndicatorChart as IndicatorChart } from './lazy-charts.ts';
import type { IndicatorChartProps } from './indicator-chart.tsx';
import { chartBoxStyle, DeferredChart, HydratedChart } from './deferred-chart.tsx';
import { IndicatorFigure, type IndicatorFigureProps } from './indicator-figure.tsx';
import { StaticIndicatorChart } from './static-indicator-chart.tsx';

const indicatorBox = ({ height = 320, width, compact = false }: IndicatorChartProps) =>
  chartBoxStyle({ width, height, aspectRatio: compact ? '2.4' : '2.1', minHeight: 220 });

function HydratedIndicatorChart(props: IndicatorChartProps) {
  const { model, title, unit, height = 320, width, compact = false } = props;
  return (
    <HydratedChart box={indicatorBox(props)} drawing={<StaticIndicatorChart model={model} title={title} unit={unit} height={height} width={width} compact={compact} />}>
      <IndicatorChart {...props} />
    </HydratedChart>
  );
}

function DeferredIndicatorChart(props: IndicatorChartProps) {
  return (
    <DeferredChart box={indicatorBox(props)}>
      <IndicatorChart {...props} />
    </DeferredChart>
  );
}

export function IndicatorChartFigure(props: IndicatorFigureProps) {
  return <IndicatorFigure {...props} Chart={HydratedIndicatorChart} />;
}

export function DeferredIndicatorChartFigure(props: IndicatorFigureProps) {
  return <IndicatorFigure {...props} Chart={DeferredIndicatorChart} />;
}
