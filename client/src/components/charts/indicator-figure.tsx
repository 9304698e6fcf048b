// An indicator's chart as a complete figure (caption, chart, legend, figures table), with the chart component passed in:
// IndicatorChartFigure draws it at once, DeferredIndicatorChartFigure once it nears the viewport. No recharts here.
import { useMemo, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '@ccm/shared/schemas/api';
import type { CrosswalkRelation } from '@ccm/shared/schemas/plans';
import type { ChartCycle } from '../../lib/cycles.ts';
import { buildChainedChartModel, buildIndicatorChartModel } from '../../lib/indicator-chart-model.ts';
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
  /** The indicator continues one of the previous plan's: draw that one's figures first, then a break line. */
  chain?: FigureChain | null;
}

/** The predecessor (in the previous plan) whose figures come first on the chart and in the table. */
export interface FigureChain {
  previous: Indicator;
  previousCycles: ChartCycle[];
  previousPlan: { code: string; name: string };
  plan: { code: string; name: string };
  relation: CrosswalkRelation;
}

export function IndicatorFigure({
  indicator,
  cycles,
  caption,
  captionHidden = false,
  height,
  compact = false,
  width,
  chain = null,
  Chart,
}: IndicatorFigureProps & { Chart: ComponentType<IndicatorChartProps> }) {
  const { t } = useTranslation();
  const model = useMemo(
    () =>
      chain
        ? buildChainedChartModel(indicator, cycles, { indicator: chain.previous, cycles: chain.previousCycles, plan: chain.previousPlan.code, relation: chain.relation })
        : buildIndicatorChartModel(indicator, cycles),
    [indicator, cycles, chain],
  );
  if (indicator.observations.length === 0 && !chain) return <p className="empty-state">{t('chart.noFigures')}</p>;
  if (!chain) {
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
  const relation = t(`lineage.relation.${chain.relation}`);
  const from = chain.previousPlan.name;
  const to = chain.plan.name;
  const breakLabel = {
    full: t('lineage.chart.break', { from, to, relation }),
    short: t('lineage.chart.break', { from: chain.previousPlan.code, to: chain.plan.code, relation }),
  };
  return (
    <ChartFigure
      className="indicator-figure indicator-figure--chain"
      caption={caption}
      captionHidden={captionHidden}
      chart={
        <Chart
          model={model}
          title={t('lineage.chart.title', { title: indicator.title, break: breakLabel.full })}
          unit={indicator.unit}
          height={height}
          compact={compact}
          width={width}
          breakLabel={breakLabel}
        />
      }
      legend={<IndicatorLegend model={model} />}
      table={
        <>
          <IndicatorDataTable indicator={chain.previous} caption={t('lineage.tableCaption', { plan: chain.previousPlan.code, title: chain.previous.title })} />
          <IndicatorDataTable indicator={indicator} caption={t('lineage.tableCaption', { plan: chain.plan.code, title: indicator.title })} />
        </>
      }
    />
  );
}
