// An indicator's chart as plain SVG, drawn without recharts: in the prerendered HTML (so the page shows its chart
// before any script runs, and without JavaScript at all) and until the reader starts using the page, when recharts
// draws the same chart to the box's exact size. The same grid, ticks, reference lines and marks (MarkShapes) as the
// recharts chart, at three sizes: for phones, tablets and wide screens (CSS shows the one that fits).
import type { IndicatorChartProps } from './indicator-chart.tsx';
import { useFormatters } from '../../lib/format.ts';
import { useTranslation } from 'react-i18next';
import { CHART_COLORS as C } from './chart-colors.ts';
import { MarkShapes } from './indicator-chart-shapes.tsx';

/** The recharts chart's own props (types only: no recharts here), but for the plans' break label it draws. */
export type StaticIndicatorChartProps = Omit<IndicatorChartProps, 'breakLabel'>;

/** The sizes drawn when the chart fills its box: a phone's (the box's smallest height), a tablet's and a wide screen's. */
const FLUID_SIZES = [
  { variant: 'narrow', width: 340, height: 220 },
  { variant: 'medium', width: 720, height: 320 },
  { variant: 'wide', width: 1120, height: 320 },
] as const;

const FONT_SIZE = 12;
const X_AXIS_HEIGHT = 30;

function ChartSvg({ model, title, unit, width, height, compact, variant }: Required<Omit<StaticIndicatorChartProps, 'width' | 'height'>> & { width: number; height: number; variant?: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const ordinals = model.cycles.map((c) => c.ordinal);
  const first = Math.min(...ordinals) - 0.4;
  const last = Math.max(...ordinals) + 0.4;
  const plot = { left: compact ? 36 : 48, right: width - (compact ? 12 : 24), top: 18, bottom: height - 4 - X_AXIS_HEIGHT };
  const x = (ordinal: number) => plot.left + ((ordinal - first) / (last - first || 1)) * (plot.right - plot.left);
  const y = (value: number) => plot.bottom - (value / (model.yMax || 1)) * (plot.bottom - plot.top);
  const line = (previous: boolean) =>
    model.points
      .filter((p) => Boolean(p.previous) === previous)
      .sort((a, b) => a.ordinal - b.ordinal)
      .map((p) => `${x(p.ordinal)},${y(p.value)}`)
      .join(' ');
  const horizontal = (value: number, stroke: string, dash: string, strokeWidth = 1) => (
    <line x1={model.chain ? x(model.chain.breakAt) : plot.left} x2={plot.right} y1={y(value)} y2={y(value)} stroke={stroke} strokeDasharray={dash} strokeWidth={strokeWidth} />
  );
  return (
    <svg
      className={`indicator-chart indicator-chart--static${variant ? ` indicator-chart--${variant}` : ''}`}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={title}
      data-testid="static-chart"
    >
      <title>{title}</title>
      {model.yTicks.map((v) => (
        <g key={`y-${v}`}>
          <line x1={plot.left} x2={plot.right} y1={y(v)} y2={y(v)} stroke={C.grid} />
          <text x={plot.left - 8} y={y(v)} dy="0.355em" textAnchor="end" fontSize={FONT_SIZE} fill={C.axis}>
            {format.chartText(format.number(v))}
          </text>
        </g>
      ))}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={C.axis} />
      <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke={C.axis} />
      {model.cycles.map((c) => (
        <text key={`x-${c.code}`} x={x(c.ordinal)} y={plot.bottom + 8} dy="0.71em" textAnchor="middle" fontSize={FONT_SIZE} fill={C.axis}>
          {c.code}
        </text>
      ))}
      {model.chain ? <line x1={x(model.chain.breakAt)} x2={x(model.chain.breakAt)} y1={plot.top} y2={plot.bottom} stroke={C.planBreak} strokeWidth={1.5} /> : null}
      {model.deadline ? (
        <g>
          <line x1={x(model.deadline.ordinal)} x2={x(model.deadline.ordinal)} y1={plot.top} y2={plot.bottom} stroke={C.deadline} strokeDasharray="4 4" />
          <text x={x(model.deadline.ordinal) + 8} y={plot.top - 5} textAnchor="end" fontSize={FONT_SIZE} fill={C.axis}>
            {format.chartText(t('chart.deadline'))}
          </text>
        </g>
      ) : null}
      {model.population !== null ? horizontal(model.population, C.population, '8 4') : null}
      {model.targetValue !== null ? horizontal(model.targetValue, C.target, '2 3', 2) : null}
      <polyline points={line(true)} fill="none" stroke={C.previous} strokeWidth={2.5} />
      <polyline points={line(false)} fill="none" stroke={C.series} strokeWidth={2.5} />
      <MarkShapes model={model} unit={unit} x={x} y={y} />
    </svg>
  );
}

export function StaticIndicatorChart({ width, height = 320, compact = false, ...chart }: StaticIndicatorChartProps) {
  if (width !== undefined) return <ChartSvg {...chart} compact={compact} width={width} height={height} />;
  return (
    <>
      {FLUID_SIZES.map((size) => (
        <ChartSvg key={size.variant} {...chart} compact={compact} variant={size.variant} width={size.width} height={Math.min(size.height, height)} />
      ))}
    </>
  );
}
