// An indicator's chart as a complete figure (caption, chart, legend, figures table), with the chart component passed in:
// IndicatorChartFigure draws it at once, DeferredIndicatorChartFigure once it nears the viewport. No recharts here.
import { useMemo, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '@ccm/shared/schemas/api';
import type { ChartCycle } from '../../lib/cycles.ts';
import { buildIndicatorChartModel } from '../../lib/indicator-chart-model.ts';
import type { IndicatorChartProps } from './indicator-chart.tsx';
import { ChartFigure } from './chart-figure.tsx';
import { IndicatorDataTable } from './indicator-data-table.tsx';
import { IndicatorLegend } from './indicator-legend.tsx';

export interface IndicatorFigureProps {
  indicator: Indicator;
  cycles: ChartCycle[];
  caption: ReactNode;
  captionHidden?: boolean;
  height?: number;
  compact?: boolean;
  width?: number;
}

export function IndicatorFigure({
  indicator,
  cycles,
  caption,
  captionHidden = false,
  height,
  compact = false,
  width,
  Chart,
}: IndicatorFigureProps & { Chart: ComponentType<IndicatorChartProps> }) {
  const { t } = useTranslation();
  const model = useMemo(() => buildIndicatorChartModel(indicator, cycles), [indicator, cycles]);
  if (indicator.observations.length === 0) return <p className="empty-state">{t('chart.noFigures')}</p>;
  return (
    <ChartFigure
      className="indicator-figure"
      caption={caption}
      captionHidden={captionHidden}
      chart={<Chart model={model} title={indicator.title} unit={indicator.unit} height={height} compact={compact} width={width} />}
      legend={<IndicatorLegend model={model} />}
      table={<IndicatorDataTable indicator={indicator} />}
    />
  );
}
