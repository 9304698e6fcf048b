// An indicator's chart as a complete figure (caption, chart, legend, figures table). Pulls in recharts: lazy routes only.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '@ccm/shared/schemas/api';
import type { ChartCycle } from '../../lib/cycles.ts';
import { buildIndicatorChartModel } from '../../lib/indicator-chart-model.ts';
import { ChartFigure } from './chart-figure.tsx';
import { IndicatorChart } from './indicator-chart.tsx';
import { IndicatorDataTable } from './indicator-data-table.tsx';
import { IndicatorLegend } from './indicator-legend.tsx';

export function IndicatorChartFigure({
  indicator,
  cycles,
  caption,
  captionHidden = false,
  height,
  compact = false,
  width,
}: {
  indicator: Indicator;
  cycles: ChartCycle[];
  caption: ReactNode;
  captionHidden?: boolean;
  height?: number;
  compact?: boolean;
  width?: number;
}) {
  const { t } = useTranslation();
  const model = useMemo(() => buildIndicatorChartModel(indicator, cycles), [indicator, cycles]);
  if (indicator.observations.length === 0) return <p className="empty-state">{t('chart.noFigures')}</p>;
  return (
    <ChartFigure
      className="indicator-figure"
      caption={caption}
      captionHidden={captionHidden}
      chart={<IndicatorChart model={model} title={indicator.title} unit={indicator.unit} height={height} compact={compact} width={width} />}
      legend={<IndicatorLegend model={model} />}
      table={<IndicatorDataTable indicator={indicator} />}
    />
  );
}
