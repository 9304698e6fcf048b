// A tiny dependency-free SVG sparkline for the overview's small multiples (no chart library on the first page load).
export interface SparklineProps {
  /** One slot per cycle in order (the deadline slot included), null where there is no exact figure. */
  values: readonly (number | null)[];
  /** The top of the scale: the population size when known, else the largest value. */
  max: number;
  width?: number;
  height?: number;
  /** Draws a dashed line at this value (the target or population). */
  reference?: number | null;
  /** Per slot: the figure's cycle was inferred (a hollow dot), or it is under review by the ISU (a dashed ring). */
  marks?: readonly ({ inferred: boolean; underReview: boolean } | undefined)[];
}

export function Sparkline({ values, max, width = 120, height = 36, reference = null, marks = [] }: SparklineProps) {
  const pad = 4;
  const slots = Math.max(values.length - 1, 1);
  const top = max > 0 ? max : 1;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / slots;
  const y = (v: number) => height - pad - (Math.min(v, top) / top) * (height - 2 * pad);
  const points = values.flatMap((v, i) => (v === null ? [] : [{ i, v }]));
  const path = points.map((p) => `${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
  const last = points.at(-1);
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
      data-points={points.length}
    >
      <line className="sparkline__axis" x1={pad} x2={width - pad} y1={height - pad} y2={height - pad} />
      {reference !== null && reference > 0 ? (
        <line className="sparkline__reference" x1={pad} x2={width - pad} y1={y(reference)} y2={y(reference)} />
      ) : null}
      {points.length > 1 ? <polyline className="sparkline__line" points={path} /> : null}
      {points.map((p) => {
        const mark = marks[p.i];
        const cx = x(p.i);
        const cy = y(p.v);
        return (
          <g key={p.i}>
            {mark?.underReview ? <circle className="sparkline__review" cx={cx} cy={cy} r={5.5} /> : null}
            {mark?.inferred ? (
              // A hollow diamond, as the full chart draws a figure whose cycle was inferred.
              <path className="sparkline__dot sparkline__dot--inferred" d={`M${cx},${cy - 3.5} L${cx + 3.5},${cy} L${cx},${cy + 3.5} L${cx - 3.5},${cy} Z`} />
            ) : (
              <circle className={p === last ? 'sparkline__dot sparkline__dot--last' : 'sparkline__dot'} cx={cx} cy={cy} r={p === last ? 3 : 1.8} />
            )}
          </g>
        );
      })}
    </svg>
  );
}
