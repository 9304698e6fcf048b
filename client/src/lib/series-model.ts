// Shapes a series into charts (rows per period, one column per measure) and the single facts that are not charted.
import type { Qualifier, UnderReview } from '@ccm/shared/schemas/common';
import type { Series, SeriesPoint } from '@ccm/shared/schemas/api';
import { SERIES_LAYOUTS, type SeriesChartLayout } from './series-layouts.ts';

export interface SeriesCell {
  value: number | null;
  qualifier: Qualifier;
  provisional: boolean;
  states: string[] | null;
  paragraph: number;
  /** The drafters marked the figure's paragraph for checking: shown, marked "under review by the ISU". */
  underReview: UnderReview;
}

export interface SeriesChartView {
  id: string;
  /** Whether the chart id has a known title (else the title is built from the unit). */
  known: boolean;
  unit: string;
  periods: string[];
  bars: { measure: string; stack?: string }[];
  lines: string[];
  tableOnly: string[];
  /** cells[period][measure] */
  cells: Record<string, Record<string, SeriesCell | undefined> | undefined>;
  provisionalPeriods: string[];
  /** Whether any figure of the chart is under review by the ISU (for the legend). */
  underReview: boolean;
}

export interface SeriesView {
  charts: SeriesChartView[];
  /** Points not drawn in any chart: totals, single facts, figures for a whole period. */
  facts: SeriesPoint[];
}

function chartFromLayout(series: Series, layout: SeriesChartLayout, known: boolean): SeriesChartView | null {
  const bars = layout.bars ?? [];
  const lines = layout.lines ?? [];
  const tableOnly = layout.tableOnly ?? [];
  const measures = new Set([...bars.map((b) => b.measure), ...lines, ...tableOnly]);
  const points = series.points.filter((p) => measures.has(p.measure));
  if (points.length === 0) return null;
  const periods = series.periods.filter((period) => points.some((p) => p.period === period));
  const cells: SeriesChartView['cells'] = {};
  for (const p of points) {
    const row = (cells[p.period] ??= {});
    row[p.measure] = {
      value: p.value,
      qualifier: p.qualifier,
      provisional: p.provisional,
      states: p.states,
      paragraph: p.source.paragraph,
      underReview: p.underReview,
    };
  }
  const provisionalPeriods = periods.filter((period) => points.some((p) => p.period === period && p.provisional));
  return {
    id: layout.id,
    known,
    unit: points[0]?.unit ?? '',
    periods,
    bars: bars.filter((b) => points.some((p) => p.measure === b.measure)),
    lines: lines.filter((m) => points.some((p) => p.measure === m)),
    tableOnly: tableOnly.filter((m) => points.some((p) => p.measure === m)),
    cells,
    provisionalPeriods,
    underReview: points.some((p) => p.underReview !== null),
  };
}

/** The generic layout: per unit, a line chart of every measure given for at least two periods. */
function genericLayouts(series: Series): SeriesChartLayout[] {
  const periodsByMeasure = new Map<string, Set<string>>();
  const unitByMeasure = new Map<string, string>();
  for (const p of series.points) {
    periodsByMeasure.set(p.measure, (periodsByMeasure.get(p.measure) ?? new Set()).add(p.period));
    unitByMeasure.set(p.measure, p.unit);
  }
  const byUnit = new Map<string, string[]>();
  for (const [measure, periods] of periodsByMeasure) {
    if (periods.size < 2) continue;
    const unit = unitByMeasure.get(measure) ?? '';
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), measure]);
  }
  return [...byUnit.entries()].map(([unit, lines]) => ({ id: `${series.name}-${unit}`, lines }));
}

export function buildSeriesView(series: Series): SeriesView {
  const known = SERIES_LAYOUTS[series.name];
  const layouts = known ?? genericLayouts(series);
  const charts = layouts.map((l) => chartFromLayout(series, l, known !== undefined)).filter((c): c is SeriesChartView => c !== null);
  const charted = new Set(charts.flatMap((c) => [...c.bars.map((b) => b.measure), ...c.lines, ...c.tableOnly]));
  const facts = series.points.filter((p) => !charted.has(p.measure));
  return { charts, facts };
}
