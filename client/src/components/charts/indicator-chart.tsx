// An indicator's figures across the plan's cycles, the deadline cycle as the horizon. Exact figures are points on the
// line; a bound ("at least", "at most") is a caret, a period average a band, a figure for a span a bracket. A point whose
// cycle was inferred is a diamond; a figure under review by the ISU has a dashed ring. Each mark's <title> says it all.
// Props in, SVG out: the shaping is in lib/indicator-chart-model.ts. Colours are SVG attributes so the SVG exports as is.
// An indicator that continues one of the previous plan's draws that one's figures first, in grey on a tinted band, then
// a solid break line naming the change of plan, then its own.
import { CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { ChartMarks, IndicatorChartModel } from '../../lib/indicator-chart-model.ts';
import { useFormatters } from '../../lib/format.ts';
import { useMarksText } from '../ui/observation-marks.tsx';
import { labelHeight, labelWidth, placeReferenceLabels, type Box, type ReferenceLabelRequest, type Segment } from '../../lib/chart-labels.ts';
import { CHART_COLORS as C } from './chart-colors.ts';

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

const RANGE_OVERHANG = 0.28;
/** A white outline behind a label, so it stays legible where it crosses a line. */
const HALO = { stroke: '#ffffff', strokeWidth: 4, paintOrder: 'stroke' } as const;

/** A dashed ring around a figure under review by the ISU. */
function ReviewRing({ cx, cy, r = 9.5 }: { cx: number; cy: number; r?: number }) {
  return <circle data-testid="under-review-ring" cx={cx} cy={cy} r={r} fill="none" stroke={C.review} strokeWidth={2} strokeDasharray="3 2.5" />;
}

/** A diamond: the point of a figure whose cycle was inferred. */
export const diamondPath = (cx: number, cy: number, r: number) => `M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`;

function Markers({ model, unit }: { model: IndicatorChartModel; unit: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const marksText = useMarksText();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  /** The tooltip: the figure, then how the document states it ("Cycle inferred: …", "Under review by the ISU: …"). */
  const titled = (text: string, marks: ChartMarks) => {
    const extra = marksText(marks);
    return extra ? `${text}${t('marks.separator')}${extra}` : text;
  };
  const dataMarks = (marks: ChartMarks) => ({
    'data-inferred': marks.inferred ? 'true' : undefined,
    'data-under-review': marks.underReview ? 'true' : undefined,
    'data-previous-plan': marks.previous ? 'true' : undefined,
  });
  const x = (ordinal: number) => xScale(ordinal) ?? 0;
  const y = (value: number) => yScale(value) ?? 0;
  const base = y(0);

  return (
    <g className="indicator-chart__markers">
      {model.required ? (
        <line
          data-testid="required-path"
          x1={x(model.required.fromOrdinal)}
          y1={y(model.required.fromValue)}
          x2={x(model.required.toOrdinal)}
          y2={y(model.required.toValue)}
          stroke={C.required}
          strokeWidth={1.5}
          strokeDasharray="2 4"
          strokeLinecap="round"
        >
          <title>{t('chart.legend.required')}</title>
        </line>
      ) : null}

      {model.ranges.map((r) => {
        const x1 = x(r.fromOrdinal - RANGE_OVERHANG);
        const x2 = x(r.toOrdinal + RANGE_OVERHANG);
        const yv = y(r.value);
        const label = t(r.kind === 'average' ? 'chart.marker.average' : 'chart.marker.span', {
          amount: format.count(r.value, unit),
          from: r.from,
          to: r.to,
          qualifier: t(`qualifier.${r.qualifier}`),
        });
        const ring = r.underReview ? <ReviewRing cx={(x1 + x2) / 2} cy={yv} /> : null;
        if (r.kind === 'average') {
          return (
            <g key={`range-${r.from}-${r.to}-${r.paragraph}`} data-testid="average-band" data-qualifier={r.qualifier} data-from={r.from} data-to={r.to} data-value={r.value} {...dataMarks(r)}>
              <title>{titled(label, r)}</title>
              <rect x={x1} y={yv - 6} width={Math.max(x2 - x1, 4)} height={12} fill={C.average} fillOpacity={0.16} />
              <line x1={x1} x2={x2} y1={yv} y2={yv} stroke={C.average} strokeWidth={2.5} strokeDasharray="7 4" />
              {ring}
            </g>
          );
        }
        return (
          <g key={`range-${r.from}-${r.to}-${r.paragraph}`} data-testid="span-period" data-qualifier={r.qualifier} data-from={r.from} data-to={r.to} data-value={r.value} {...dataMarks(r)}>
            <title>{titled(label, r)}</title>
            <path
              d={`M${x1},${yv + 8} V${yv} H${x2} V${yv + 8}`}
              fill="none"
              stroke={C.span}
              strokeWidth={2.5}
              strokeLinejoin="round"
            />
            {r.qualifier === 'at_least' || r.qualifier === 'at_most' ? (
              <path
                data-bound={r.qualifier}
                d={
                  r.qualifier === 'at_least'
                    ? `M${(x1 + x2) / 2 - 7},${yv - 4} L${(x1 + x2) / 2},${yv - 14} L${(x1 + x2) / 2 + 7},${yv - 4} Z`
                    : `M${(x1 + x2) / 2 - 7},${yv + 4} L${(x1 + x2) / 2},${yv + 14} L${(x1 + x2) / 2 + 7},${yv + 4} Z`
                }
                fill={C.bound}
              />
            ) : null}
            {ring}
          </g>
        );
      })}

      {model.bounds.map((b) => {
        const cx = x(b.ordinal);
        const cy = y(b.value);
        const up = b.kind === 'at_least';
        // A bar at the bound and a caret on the side the true figure lies.
        const caret = up ? `M${cx - 7},${cy - 5} L${cx},${cy - 15} L${cx + 7},${cy - 5} Z` : `M${cx - 7},${cy + 5} L${cx},${cy + 15} L${cx + 7},${cy + 5} Z`;
        return (
          <g key={`bound-${b.cycle}-${b.paragraph}`} data-testid={up ? 'bound-at-least' : 'bound-at-most'} data-qualifier={b.kind} data-cycle={b.cycle} data-value={b.value} {...dataMarks(b)}>
            <title>{titled(t(`chart.marker.${b.kind}`, { amount: format.count(b.value, unit), cycle: b.cycle }), b)}</title>
            <line x1={cx - 9} x2={cx + 9} y1={cy} y2={cy} stroke={C.bound} strokeWidth={3} strokeLinecap="round" />
            <path d={caret} fill={C.bound} />
            {b.underReview ? <ReviewRing cx={cx} cy={cy} r={12} /> : null}
          </g>
        );
      })}

      {model.points.map((p) => {
        const cx = x(p.ordinal);
        const cy = y(p.value);
        const title = titled(t(p.approximate ? 'chart.marker.approximate' : 'chart.marker.point', { amount: format.count(p.value, unit), cycle: p.cycle }), p);
        // Hollow: approximate, or (a diamond) the cycle is inferred; the tooltip and the table say which, or both.
        const colour = p.previous ? C.previous : C.series;
        const paint = { fill: p.approximate || p.inferred ? '#ffffff' : colour, stroke: colour, strokeWidth: 2 };
        const common = { 'data-testid': p.approximate ? 'point-approximate' : 'point', 'data-cycle': p.cycle, 'data-value': p.value, ...dataMarks(p) };
        const shape = p.inferred ? (
          <path {...common} d={diamondPath(cx, cy, 6.5)} {...paint}>
            <title>{title}</title>
          </path>
        ) : (
          <circle {...common} cx={cx} cy={cy} r={5} {...paint}>
            <title>{title}</title>
          </circle>
        );
        return (
          <g key={`point-${p.cycle}`}>
            {p.underReview ? <ReviewRing cx={cx} cy={cy} /> : null}
            {shape}
          </g>
        );
      })}

      {model.gaps.map((g) => (
        <g key={`gap-${g.cycle}`} data-testid="gap" data-cycle={g.cycle} {...dataMarks(g)}>
          <title>{titled(t(`chart.marker.${g.reporting}`, { cycle: g.cycle }), g)}</title>
          <path
            d={`M${x(g.ordinal) - 4},${base - 10} l8,8 m0,-8 l-8,8`}
            stroke={C.gap}
            strokeWidth={2}
            strokeLinecap="round"
          />
        </g>
      ))}
    </g>
  );
}

/** A rough width of a label in this font (no measuring in the browser's layout), to choose a label that fits. */
const textWidth = labelWidth;

/**
 * The population's and the target's labels, each beside its own line where it meets no other label and no line (the
 * deadline's included) and, where there is room, no figure: lib/chart-labels.ts chooses the places.
 */
function ReferenceLabels({ model, fontSize }: { model: IndicatorChartModel; fontSize: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const x = (ordinal: number) => xScale(ordinal) ?? 0;
  const y = (value: number) => yScale(value) ?? 0;
  const right = plot.x + plot.width;
  // This plan's lines start at the break when the chart spans two plans.
  const from = model.chain ? x(model.chain.breakAt) : plot.x;
  const texts = new Map<string, { text: string; fill: string }>();
  const labels: ReferenceLabelRequest[] = [];
  const request = (key: string, value: number | null, text: string, fill: string) => {
    if (value === null) return;
    const shown = format.chartText(text);
    texts.set(key, { text: shown, fill });
    labels.push({ key, y: y(value), from, to: right, width: textWidth(shown, fontSize), height: labelHeight(fontSize) });
  };
  if (model.population !== null) request('population', model.population, t('chart.populationLine', { value: format.number(model.population) }), C.axis);
  if (model.targetValue !== null) request('target', model.targetValue, t('chart.targetLine', { value: format.number(model.targetValue) }), C.target);
  if (labels.length === 0) return null;

  const verticals = [...(model.deadline ? [x(model.deadline.ordinal)] : []), ...(model.chain ? [x(model.chain.breakAt)] : [])];
  const around = (cx: number, cy: number, r: number): Box => ({ x: cx - r, y: cy - r, width: 2 * r, height: 2 * r });
  const marks: Box[] = [
    ...model.points.map((p) => around(x(p.ordinal), y(p.value), 10)),
    ...model.bounds.map((b) => around(x(b.ordinal), y(b.value), 15)),
    ...model.ranges.map((r) => ({ x: x(r.fromOrdinal - RANGE_OVERHANG), y: y(r.value) - 14, width: x(r.toOrdinal + RANGE_OVERHANG) - x(r.fromOrdinal - RANGE_OVERHANG), height: 28 })),
    ...model.gaps.map((g) => around(x(g.ordinal), y(0) - 6, 6)),
  ];
  // The series lines: this plan's points joined in order, and the previous plan's apart.
  const lines = [model.points.filter((p) => !p.previous), model.points.filter((p) => p.previous)];
  const segments: Segment[] = lines.flatMap((points) =>
    points.slice(1).map((p, i) => {
      const before = points[i] ?? p;
      return { x1: x(before.ordinal), y1: y(before.value), x2: x(p.ordinal), y2: y(p.value) };
    }),
  );
  if (model.required) {
    const r = model.required;
    segments.push({ x1: x(r.fromOrdinal), y1: y(r.fromValue), x2: x(r.toOrdinal), y2: y(r.toValue) });
  }
  const placed = placeReferenceLabels({ plot, labels, verticals, marks, segments });
  return (
    <g className="indicator-chart__reference-labels">
      {placed.map((p) => {
        const label = texts.get(p.key);
        return label ? (
          <text
            key={p.key}
            data-testid="reference-label"
            data-reference={p.key}
            x={p.x}
            y={p.y}
            textAnchor={p.anchor}
            dominantBaseline="central"
            fill={label.fill}
            fontSize={fontSize}
            {...HALO}
          >
            {label.text}
          </text>
        ) : null;
      })}
    </g>
  );
}

/**
 * The previous plan's band (tinted, its code above the plot), and the break line, labelled above the plot with both
 * plans and the relation: in full where it fits beside the line, else with the plans' codes ("LAP → NAP: revised").
 */
function ChainMarks({ model, label, fontSize }: { model: IndicatorChartModel; label: NonNullable<IndicatorChartProps['breakLabel']>; fontSize: number }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const chain = model.chain;
  if (!xScale || !yScale || !chain) return null;
  const x = (ordinal: number) => xScale(ordinal) ?? 0;
  const top = yScale(model.yMax) ?? 0;
  const bottom = yScale(0) ?? 0;
  const start = x(chain.previousRange.from - 0.4);
  const at = x(chain.breakAt);
  // A row of its own above the deadline's label, so the two never meet.
  const row = top - CHAIN_ROW;
  const right = plot ? plot.x + plot.width : at;
  const left = plot ? plot.x : 0;
  const text = textWidth(label.full, fontSize) <= right - (at + 6) ? label.full : label.short;
  const width = textWidth(text, fontSize);
  // Beside the line where it fits; else centred over it (kept inside the plot's width), the line starting below it.
  const beside = width <= right - (at + 6);
  const centre = Math.min(Math.max(at, left + width / 2), right + 8 - width / 2);
  return (
    <g className="indicator-chart__chain" data-testid="plan-chain">
      <rect data-testid="previous-plan-band" x={start} y={top} width={Math.max(at - start, 0)} height={Math.max(bottom - top, 0)} fill={C.previousBand} />
      <text data-testid="previous-plan-label" x={start + 4} y={row} fill={C.previous} fontSize={fontSize} fontWeight={700}>
        {chain.previousPlan}
      </text>
      <g data-testid="plan-break" data-relation={chain.relation}>
        <title>{label.full}</title>
        <line x1={at} x2={at} y1={beside ? row - fontSize : row + 5} y2={bottom} stroke={C.planBreak} strokeWidth={2} />
        <text
          data-testid="plan-break-label"
          x={beside ? at + 6 : centre}
          y={row}
          textAnchor={beside ? 'start' : 'middle'}
          fill={C.planBreak}
          fontSize={fontSize}
          fontWeight={700}
        >
          {text}
        </text>
      </g>
    </g>
  );
}

/** The height of the row above the plot that names the plans when the chart spans two. */
const CHAIN_ROW = 24;

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
      width={width}
      height={height}
      responsive={width === undefined}
      style={width === undefined ? { width: '100%', height: 'auto', aspectRatio: compact ? '2.4' : '2.1', maxHeight: height, minHeight: 220 } : undefined}
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
