// An indicator's figures across the plan's cycles, the deadline cycle as the horizon. Exact figures are points on the
// line; a bound ("at least", "at most") is a caret, a period average a band, a figure for a span a bracket. A point whose
// cycle was inferred is a diamond; a figure under review by the ISU has a dashed ring. Each mark's <title> says it all.
// Props in, SVG out: the shaping is in lib/indicator-chart-model.ts. Colours are SVG attributes so the SVG exports as is.
// An indicator that continues one of the previous plan's draws that one's figures first, in grey on a tinted band, then
// a solid break line naming the change of plan, then its own.
import { CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { IndicatorChartModel } from '../../lib/indicator-chart-model.ts';
import { useFormatters } from '../../lib/format.ts';
import { CHART_COLORS as C } from './chart-colors.ts';
import { chartSize } from './chart-size.ts';

import { CHAIN_ROW, ChainMarks, ReferenceLabels } from './indicator-chart-labels.tsx';
import { diamondPath, Markers } from './indicator-chart-marks.tsx';

export { diamondPath };

export interface IndicatorChartProps {
  model: IndicatorChartModel;
  /** The accessible name of the SVG (the figure's caption usually). */
  title: string;
  unit: string;
  height?: number;
  /** A fixed width (tests, exports); without it the chart fills its container. */
  width?: number;
  compact?: boolean;
  /** With a chain across plans: the break line's label ("Lausanne Action Plan → …: revised"), and a short one with the plans' codes. */
  breakLabel?: { full: string; short: string };
}

export function IndicatorChart({ model, title, unit, height = 320, width, compact = false, breakLabel }: IndicatorChartProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const ordinals = model.cycles.map((c) => c.ordinal);
  const first = Math.min(...ordinals);
  const last = Math.max(...ordinals);
  const codeByOrdinal = new Map(model.cycles.map((c) => [c.ordinal, c.code]));
  const chain = model.chain && breakLabel ? model.chain : null;
  // Two lines when chained: the previous plan's figures and this plan's are never joined across the break.
  const data = model.cycles.map((c) => ({
    ordinal: c.ordinal,
    value: model.points.find((p) => p.ordinal === c.ordinal && !p.previous)?.value ?? null,
    previous: model.points.find((p) => p.ordinal === c.ordinal && p.previous)?.value ?? null,
  }));
  // 12 px at the least, compact or not: the smallest chart text a phone keeps legible.
  const fontSize = 12;
  // Lines that belong to this plan only (its population and target) start at the break when chained.
  const ownSegment = (y: number) => (chain ? { segment: [{ x: chain.breakAt, y }, { x: last + 0.4, y }] as const } : { y });

  return (
    <ComposedChart
      className="indicator-chart"
      data={data}
      {...chartSize(width, height, compact ? '2.4' : '2.1', 220)}
      margin={{ top: chain ? 18 + CHAIN_ROW : 18, right: compact ? 12 : 24, bottom: 4, left: 0 }}
      accessibilityLayer={false}
      role="img"
      title={title}
    >
      <CartesianGrid vertical={false} stroke={C.grid} />
      <XAxis
        dataKey="ordinal"
        type="number"
        domain={[first - 0.4, last + 0.4]}
        ticks={ordinals}
        tickFormatter={(value: number) => codeByOrdinal.get(value) ?? ''}
        stroke={C.axis}
        tick={{ fill: C.axis, fontSize }}
        interval={chain ? 'preserveStartEnd' : 0}
        allowDecimals={false}
      />
      <YAxis
        domain={[0, model.yMax]}
        allowDataOverflow
        ticks={model.yTicks}
        interval={0}
        stroke={C.axis}
        tick={{ fill: C.axis, fontSize }}
        tickFormatter={(value: number) => format.chartText(format.number(value))}
        allowDecimals={false}
        width={compact ? 36 : 48}
      />
      {model.deadline ? (
        <ReferenceLine
          x={model.deadline.ordinal}
          stroke={C.deadline}
          strokeDasharray="4 4"
          // Above the plot, ending just past the line (the deadline is the last cycle): it never runs off the chart's right edge.
          label={{ value: format.chartText(t('chart.deadline')), position: 'top', textAnchor: 'end', dx: 8, fill: C.axis, fontSize }}
        />
      ) : null}
      {model.population !== null ? (
        <ReferenceLine
          {...ownSegment(model.population)}
          stroke={C.population}
          strokeDasharray="8 4"
        />
      ) : null}
      {model.targetValue !== null ? (
        <ReferenceLine
          {...ownSegment(model.targetValue)}
          stroke={C.target}
          strokeDasharray="2 3"
          strokeWidth={2}
        />
      ) : null}
      {chain && breakLabel ? <ChainMarks model={model} label={breakLabel} fontSize={fontSize} /> : null}
      {chain ? (
        <Line
          dataKey="previous"
          type="linear"
          stroke={C.previous}
          strokeWidth={2.5}
          connectNulls
          dot={false}
          activeDot={false}
          isAnimationActive={false}
        />
      ) : null}
      <Line
        dataKey="value"
        type="linear"
        stroke={C.series}
        strokeWidth={2.5}
        connectNulls
        dot={false}
        activeDot={false}
        isAnimationActive={false}
      />
      <ReferenceLabels model={model} fontSize={fontSize} />
      <Markers model={model} unit={unit} />
    </ComposedChart>
  );
}
