// The labels an indicator's chart places by its reference lines (population, target) and, for a chain across plans,
// the row that names the plans and the break between them.
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { IndicatorChartModel } from '../../lib/indicator-chart-model.ts';
import { useFormatters } from '../../lib/format.ts';
import { labelHeight, labelWidth, placeReferenceLabels, type Box, type ReferenceLabelRequest, type Segment } from '../../lib/chart-labels.ts';
import { CHART_COLORS as C } from './chart-colors.ts';
import type { IndicatorChartProps } from './indicator-chart.tsx';
import { HALO, RANGE_OVERHANG } from './indicator-chart-marks.tsx';

/** The height of the row above the plot that names the plans when the chart spans two. */
export const CHAIN_ROW = 24;

/** A rough width of a label in this font (no measuring in the browser's layout), to choose a label that fits. */
const textWidth = labelWidth;

/**
 * The population's and the target's labels, each beside its own line where it meets no other label and no line (the
 * deadline's included) and, where there is room, no figure: lib/chart-labels.ts chooses the places.
 */
export function ReferenceLabels({ model, fontSize }: { model: IndicatorChartModel; fontSize: number }) {
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
export function ChainMarks({ model, label, fontSize }: { model: IndicatorChartModel; label: NonNullable<IndicatorChartProps['breakLabel']>; fontSize: number }) {
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
