// An indicator figure for pages with many charts (the pillar page): caption, legend and figures table at once, the chart
// itself (and recharts with it) when it nears the viewport.
import { LazyIndicatorChart as IndicatorChart } from './lazy-charts.ts';
import type { IndicatorChartProps } from './indicator-chart.tsx';
import { chartBoxStyle, DeferredChart } from './deferred-chart.tsx';
import { IndicatorFigure, type IndicatorFigureProps } from './indicator-figure.tsx';

function DeferredIndicatorChart(props: IndicatorChartProps) {
  const { height = 320, width, compact = false } = props;
  return (
    <DeferredChart box={chartBoxStyle({ width, height, aspectRatio: compact ? '2.4' : '2.1', minHeight: 220 })}>
      <IndicatorChart {...props} />
    </DeferredChart>
  );
}

export function DeferredIndicatorChartFigure(props: IndicatorFigureProps) {
  return <IndicatorFigure {...props} Chart={DeferredIndicatorChart} />;
}
