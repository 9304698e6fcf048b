// The marks of an indicator's figures (indicator-chart-shapes.tsx) on recharts' scales, inside its chart.
import { useXAxisScale, useYAxisScale } from 'recharts';
import type { IndicatorChartModel } from '../../lib/indicator-chart-model.ts';
import { MarkShapes } from './indicator-chart-shapes.tsx';

export { diamondPath, HALO, RANGE_OVERHANG, ReviewRing } from './indicator-chart-shapes.tsx';

export function Markers({ model, unit }: { model: IndicatorChartModel; unit: string }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  return <MarkShapes model={model} unit={unit} x={(ordinal) => xScale(ordinal) ?? 0} y={(value) => yScale(value) ?? 0} />;
}
