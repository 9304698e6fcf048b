// A series figure for a chart that starts below the fold (the overview's ISU chart): caption, legend and figures table
// at once, the chart itself (and recharts with it) when it nears the viewport.
import { LazySeriesChart as SeriesChart } from './lazy-charts.ts';
import type { SeriesChartProps } from './series-chart.tsx';
import { chartBoxStyle, DeferredChart } from './deferred-chart.tsx';
import { SeriesFigure, type SeriesFigureProps } from './series-figure.tsx';

function DeferredSeriesChart(props: SeriesChartProps) {
  const { height = 320, width } = props;
  return (
    <DeferredChart box={chartBoxStyle({ width, height, aspectRatio: '2.2', minHeight: 240 })}>
      <SeriesChart {...props} />
    </DeferredChart>
  );
}

export function DeferredSeriesChartFigure(props: SeriesFigureProps) {
  return <SeriesFigure {...props} Chart={DeferredSeriesChart} />;
}
