// A series chart as a complete figure (caption, chart, legend, figures table). Pulls in recharts: lazy routes only.
import { SeriesChart } from './series-chart.tsx';
import { SeriesFigure, type SeriesFigureProps } from './series-figure.tsx';

export function SeriesChartFigure(props: SeriesFigureProps) {
  return <SeriesFigure {...props} Chart={SeriesChart} />;
}
