// A series across its periods: bars (stacked or grouped) and lines, provisional periods drawn hollow and dashed,
// bounds ("at least") marked above their bar, figures under review by the ISU ringed (dashed). Props in, SVG out; the
// shaping is in lib/series-model.ts.
import { Bar, CartesianGrid, Cell, ComposedChart, LabelList, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { SeriesChartView } from '../../lib/series-model.ts';
import { isCountUnit } from '../../lib/series-format.ts';
import { CHART_COLORS as C } from './chart-colors.ts';
import { chartSize } from './chart-size.ts';
import { DOT_SHAPES, LINE_DASHES, dotPath } from './series-marks.ts';

export interface SeriesChartProps {
  view: SeriesChartView;
  title: string;
  labelOf: (measure: string) => string;
  colorOf: (measure: string) => string;
  periodLabel: (period: string) => string;
  tick: (value: number) => string;
  valueText: (value: number) => string;
  /** "Under review by the ISU: …" for a figure under review, else null (added to the tooltip). */
  reviewText?: (period: string, measure: string) => string | null;
  /** Words for a bound, e.g. "at least". */
  boundText: (qualifier: 'at_least' | 'at_most') => string;
  provisionalMark: string;
  height?: number;
  width?: number;
}

/** A dashed ring: the figure is under review by the ISU. */
function ReviewMark({ cx, cy }: { cx: number; cy: number }) {
  return <circle data-testid="under-review-ring" cx={cx} cy={cy} r={8.5} fill="none" stroke={C.review} strokeWidth={2} strokeDasharray="3 2.5" />;
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  value?: unknown;
}

export function SeriesChart({
  view,
  title,
  labelOf,
  colorOf,
  periodLabel,
  tick,
  valueText,
  reviewText = () => null,
  boundText,
  provisionalMark,
  height = 320,
  width,
}: SeriesChartProps) {
  const provisional = new Set(view.provisionalPeriods);
  const data = view.periods.map((period) => {
    const row: Record<string, string | number | null> = {
      index: view.periods.indexOf(period),
      label: provisional.has(period) ? `${periodLabel(period)}${provisionalMark}` : periodLabel(period),
    };
    for (const m of [...view.bars.map((b) => b.measure), ...view.lines]) row[m] = view.cells[period]?.[m]?.value ?? null;
    return row;
  });
  const cell = (index: number, measure: string) => {
    const period = view.periods[index];
    return period === undefined ? undefined : view.cells[period]?.[measure];
  };
  const wide = /^[A-Z]{3}$/.test(view.unit);

  return (
    <ComposedChart
      className="series-chart"
      data={data}
      {...chartSize(width, height, '2.2', 240)}
      margin={{ top: 24, right: 16, bottom: 4, left: 4 }}
      accessibilityLayer={false}
      role="img"
      title={title}
      barCategoryGap="22%"
    >
      <CartesianGrid vertical={false} stroke={C.grid} />
      <XAxis
        dataKey="label"
        stroke={C.axis}
        tick={{ fill: C.axis, fontSize: 12 }}
        interval={0}
        padding={view.bars.length === 0 ? { left: 28, right: 28 } : undefined}
      />
      {/* A count of States, votes or requests has whole ticks only; shares and money keep recharts' own. */}
      <YAxis stroke={C.axis} tick={{ fill: C.axis, fontSize: 12 }} tickFormatter={tick} width={wide ? 84 : 48} allowDecimals={!isCountUnit(view.unit)} />
      <Tooltip
        formatter={(value, name, item) => {
          const index = (item as { payload?: { index?: number } } | undefined)?.payload?.index;
          const period = index === undefined ? undefined : view.periods[index];
          const review = period === undefined ? null : reviewText(period, String(name));
          const shown = typeof value === 'number' ? valueText(value) : String(value);
          return [review ? `${shown} (${review})` : shown, labelOf(String(name))];
        }}
        isAnimationActive={false}
      />
      {view.bars.map((b, barIndex) => {
        const color = colorOf(b.measure);
        return (
          <Bar key={b.measure} dataKey={b.measure} name={b.measure} stackId={b.stack} fill={color} isAnimationActive={false} maxBarSize={56}>
            {view.periods.map((period, i) => {
              const c = cell(i, b.measure);
              return (
                <Cell
                  key={period}
                  fill={color}
                  fillOpacity={c?.provisional ? 0.45 : 1}
                  stroke={c?.provisional ? color : '#ffffff'}
                  strokeWidth={c?.provisional ? 1.5 : 1}
                  strokeDasharray={c?.provisional ? '4 2' : undefined}
                />
              );
            })}
            <LabelList
              dataKey={b.measure}
              content={(props) => {
                const { x, y, width: w, index } = props as { x?: number | string; y?: number | string; width?: number | string; index?: number };
                const c = index === undefined ? undefined : cell(index, b.measure);
                if (c?.underReview && x !== undefined && y !== undefined && w !== undefined && c.qualifier !== 'at_least' && c.qualifier !== 'at_most') {
                  return <ReviewMark key={`review-${barIndex}-${index}`} cx={Number(x) + Number(w) / 2} cy={Number(y) - 10} />;
                }
                if (!c || (c.qualifier !== 'at_least' && c.qualifier !== 'at_most') || x === undefined || y === undefined || w === undefined) return null;
                const cx = Number(x) + Number(w) / 2;
                const top = Number(y);
                const up = c.qualifier === 'at_least';
                return (
                  <g data-testid={up ? 'bound-at-least' : 'bound-at-most'} key={`bound-${barIndex}-${index}`}>
                    <path d={up ? `M${cx - 6},${top - 4}L${cx},${top - 13}L${cx + 6},${top - 4}Z` : `M${cx - 6},${top - 13}L${cx},${top - 4}L${cx + 6},${top - 13}Z`} fill={C.bound} />
                    <text x={cx} y={top - 17} textAnchor="middle" fontSize={12} fill={C.bound}>
                      {boundText(c.qualifier)}
                    </text>
                    {c.underReview ? <ReviewMark cx={cx} cy={top - 31} /> : null}
                  </g>
                );
              }}
            />
          </Bar>
        );
      })}
      {view.lines.map((m, lineIndex) => {
        const color = colorOf(m);
        const shape = DOT_SHAPES[lineIndex % DOT_SHAPES.length] ?? 'circle';
        return (
          <Line
            key={m}
            dataKey={m}
            name={m}
            stroke={color}
            strokeWidth={2.5}
            strokeDasharray={LINE_DASHES[lineIndex % LINE_DASHES.length] || undefined}
            connectNulls
            isAnimationActive={false}
            activeDot={false}
            dot={(props: DotProps) => {
              const { cx, cy, index } = props;
              if (cx === undefined || cy === undefined || index === undefined || props.value === null) return <g key={`dot-${m}-${index ?? 'x'}`} />;
              const c = cell(index, m);
              return (
                <g key={`dot-${m}-${index}`}>
                  {c?.underReview ? <ReviewMark cx={cx} cy={cy} /> : null}
                  <path
                    d={dotPath(shape, cx, cy, 4.5)}
                    fill={c?.provisional ? '#ffffff' : color}
                    stroke={color}
                    strokeWidth={2}
                    strokeDasharray={c?.provisional ? '2 1.5' : undefined}
                  />
                </g>
              );
            }}
          />
        );
      })}
    </ComposedChart>
  );
}
