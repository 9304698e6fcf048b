// The legend entries an indicator chart needs: only the kinds of marks it actually draws; the population and the target
// with their values (the chart labels their lines where there is room).
import { useTranslation } from 'react-i18next';
import { chartMarks, type IndicatorChartModel } from '../../lib/indicator-chart-model.ts';
import { useFormatters } from '../../lib/format.ts';
import { CHART_COLORS as C } from './chart-colors.ts';
import { ChartLegend, underReviewEntry, type LegendEntry } from './chart-legend.tsx';

const BOUND_SYMBOLS = [
  { key: 'at_least', label: 'chart.legend.atLeast', barY: '13', arrow: 'M7,10 L13,2 L19,10 Z' },
  { key: 'at_most', label: 'chart.legend.atMost', barY: '3', arrow: 'M7,6 L13,14 L19,6 Z' },
] as const;

export function IndicatorLegend({ model }: { model: IndicatorChartModel }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const entries: LegendEntry[] = [];
  if (model.chain) {
    entries.push({
      key: 'previous_plan',
      label: t('lineage.chart.legendPrevious', { plan: model.chain.previousPlan }),
      symbol: (
        <>
          <rect x="0" y="0" width="26" height="16" fill={C.previousBand} />
          <line x1="1" x2="25" y1="8" y2="8" stroke={C.previous} strokeWidth="2.5" />
          <circle cx="13" cy="8" r="4.5" fill={C.previous} />
        </>
      ),
    });
    entries.push({
      key: 'plan_break',
      label: t('lineage.chart.legendBreak'),
      symbol: <line x1="13" x2="13" y1="0" y2="16" stroke={C.planBreak} strokeWidth="2" />,
    });
  }
  if (model.points.some((p) => !p.approximate && !p.previous)) {
    entries.push({
      key: 'point',
      label: t('chart.legend.point'),
      symbol: (
        <>
          <line x1="1" x2="25" y1="8" y2="8" stroke={C.series} strokeWidth="2.5" />
          <circle cx="13" cy="8" r="4.5" fill={C.series} />
        </>
      ),
    });
  }
  if (model.points.some((p) => p.approximate)) {
    entries.push({ key: 'approximate', label: t('chart.legend.approximate'), symbol: <circle cx="13" cy="8" r="4.5" fill="#fff" stroke={C.series} strokeWidth="2" /> });
  }
  // A bound: a bar at the figure and an arrowhead pointing the way the true value may lie.
  for (const bound of BOUND_SYMBOLS) {
    if (!model.bounds.some((b) => b.kind === bound.key) && !model.ranges.some((r) => r.kind === 'span' && r.qualifier === bound.key)) continue;
    entries.push({
      key: bound.key,
      label: t(bound.label),
      symbol: (
        <>
          <line x1="5" x2="21" y1={bound.barY} y2={bound.barY} stroke={C.bound} strokeWidth="3" strokeLinecap="round" />
          <path d={bound.arrow} fill={C.bound} />
        </>
      ),
    });
  }
  if (model.ranges.some((r) => r.kind === 'average')) {
    entries.push({
      key: 'average',
      label: t('chart.legend.average'),
      symbol: (
        <>
          <rect x="1" y="3" width="24" height="10" fill={C.average} fillOpacity="0.16" />
          <line x1="1" x2="25" y1="8" y2="8" stroke={C.average} strokeWidth="2.5" strokeDasharray="7 4" />
        </>
      ),
    });
  }
  if (model.ranges.some((r) => r.kind === 'span')) {
    entries.push({
      key: 'span',
      label: t('chart.legend.span'),
      symbol: <path d="M2,13 V5 H24 V13" fill="none" stroke={C.span} strokeWidth="2.5" />,
    });
  }
  if (model.population !== null) {
    entries.push({
      key: 'population',
      label: t('chart.legend.populationValue', { value: format.number(model.population) }),
      symbol: <line x1="1" x2="25" y1="8" y2="8" stroke={C.population} strokeWidth="1.5" strokeDasharray="8 4" />,
    });
  }
  if (model.targetValue !== null) {
    entries.push({
      key: 'target',
      label: t('chart.legend.targetValue', { value: format.number(model.targetValue) }),
      symbol: <line x1="1" x2="25" y1="8" y2="8" stroke={C.target} strokeWidth="2" strokeDasharray="2 3" />,
    });
  }
  if (model.required) {
    entries.push({
      key: 'required',
      label: t('chart.legend.required'),
      symbol: <line x1="2" x2="24" y1="12" y2="4" stroke={C.required} strokeWidth="1.5" strokeDasharray="2 4" strokeLinecap="round" />,
    });
  }
  const marks = chartMarks(model);
  if (marks.inferred) {
    entries.push({
      key: 'inferred',
      label: t('chart.legend.inferred'),
      symbol: <path d="M13,2 L19,8 L13,14 L7,8 Z" fill="#fff" stroke={C.series} strokeWidth="2" />,
    });
  }
  if (marks.underReview) {
    entries.push(underReviewEntry(t('chart.legend.underReview'), C.series));
  }
  if (model.gaps.length > 0) {
    entries.push({
      key: 'gap',
      label: t('chart.legend.gap'),
      symbol: <path d="M9,4 l8,8 m0,-8 l-8,8" stroke={C.gap} strokeWidth="2" strokeLinecap="round" />,
    });
  }
  return <ChartLegend entries={entries} label={t('chart.legend.label')} />;
}
