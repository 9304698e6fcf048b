// An indicator's chart as a complete figure (caption, chart, legend, figures table). Pulls in recharts: lazy routes only.
import { IndicatorChart } from './indicator-chart.tsx';
import { IndicatorFigure, type IndicatorFigureProps } from './indicator-figure.tsx';

export function IndicatorChartFigure(props: IndicatorFigureProps) {
  return <IndicatorFigure {...props} Chart={IndicatorChart} />;
}
