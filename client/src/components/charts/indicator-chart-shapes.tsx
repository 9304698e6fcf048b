// The marks of an indicator's figures on its chart (lines, points, carets for bounds, bands for averages, brackets for
// spans, diamonds for inferred cycles, rings for figures under review), each with a <title> that says it all. Drawn
// on any scale: recharts' (indicator-chart-marks.tsx) or the static chart's (static-indicator-chart.tsx), so the
// chart a reader sees first and the one recharts draws carry the same marks.
import { useTranslation } from 'react-i18next';
import type { ChartMarks, IndicatorChartModel } from '../../lib/indicator-chart-model.ts';
import { useFormatters } from '../../lib/format.ts';
import { useMarksText } from '../ui/observation-marks.tsx';
import { CHART_COLORS as C } from './chart-colors.ts';

export const RANGE_OVERHANG = 0.28;
/** A white outline behind a label, so it stays legible where it crosses a line. */
export const HALO = { stroke: '#ffffff', strokeWidth: 4, paintOrder: 'stroke' } as const;

/** A dashed ring around a figure under review by the ISU. */
export function ReviewRing({ cx, cy, r = 9.5 }: { cx: number; cy: number; r?: number }) {
  return <circle data-testid="under-review-ring" cx={cx} cy={cy} r={r} fill="none" stroke={C.review} strokeWidth={2} strokeDasharray="3 2.5" />;
}

/** A diamond: the point of a figure whose cycle was inferred. */
export const diamondPath = (cx: number, cy: number, r: number) => `M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`;

/** A chart's scale: an x ordinal or a y value to its position in the SVG. */
export type Scale = (value: number) => number;

export function MarkShapes({ model, unit, x, y }: { model: IndicatorChartModel; unit: string; x: Scale; y: Scale }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const marksText = useMarksText();
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
