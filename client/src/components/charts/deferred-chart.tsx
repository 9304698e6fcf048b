// A chart drawn only once its place nears the viewport (or the page is printed): the chart's code (recharts) and the
// work of drawing it are spent only on charts a reader scrolls to. Until then an empty box of the chart's size holds
// its place, so nothing moves when it is drawn. For charts that usually start below the fold.
import { Suspense, type CSSProperties, type ReactNode } from 'react';
import { useChartsWanted } from '../../lib/use-charts-wanted.ts';
import { useHydrated } from '../../lib/use-hydrated.ts';
import { useNearViewport } from '../../lib/use-near-viewport.ts';
import './chart-box.css';

/**
 * The size of a recharts chart: `width` fixes both sides; without it the chart fills its container at `aspectRatio`,
 * between `minHeight` and `height` (the rules the charts themselves pass to recharts).
 */
export function chartBoxStyle({ width, height, aspectRatio, minHeight }: { width?: number; height: number; aspectRatio: string; minHeight: number }): CSSProperties {
  return width === undefined
    ? { inlineSize: '100%', aspectRatio, maxBlockSize: height, minBlockSize: minHeight }
    : { inlineSize: width, blockSize: height };
}

export function DeferredChart({ box, children }: { box: CSSProperties; children: ReactNode }) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  if (!near) return <div ref={ref} className="chart-placeholder" style={box} />;
  return <Suspense fallback={<div className="chart-placeholder" style={box} />}>{children}</Suspense>;
}

/**
 * A chart drawn at once in the browser. In prerendered HTML (and while the browser hydrates it) its box holds the place:
 * the chart measures its container, which only the browser can; the figure's caption, legend and table carry its figures.
 * With a `drawing` (the chart as static SVG), the box shows that drawing instead, and recharts draws the chart only once
 * the reader starts using the page (useChartsWanted): the first view costs no chart code at all.
 */
export function HydratedChart({ box, children, drawing }: { box: CSSProperties; children: ReactNode; drawing?: ReactNode }) {
  const hydrated = useHydrated();
  const wanted = useChartsWanted();
  const placeholder = (
    <div className="chart-placeholder" style={box}>
      {drawing}
    </div>
  );
  if (!hydrated || (drawing !== undefined && !wanted)) return placeholder;
  return <Suspense fallback={placeholder}>{children}</Suspense>;
}
