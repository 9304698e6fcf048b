// A small, dependency-free SVG line chart of one indicator for documents (the SPA draws its own with recharts).
// The same marks as the web chart: exact figures are dots on the line, bounds are triangles (▲ at least, ▼ at most),
// averages and period figures are dashed bars over their cycles, an inferred cycle is a hollow mark, a figure under
// review by the ISU has a ring. Counts get whole-number ticks. The target line is the status rule's target (for "fewer
// is better", usually none left); the population is a separate, grey line, never drawn as if it were the target.
// chartKey lists the marks a chart uses, so the document prints a key (legend) under it in its own language.
import type { Indicator, Observation } from '@ccm/shared/schemas/api';

const W = 640;
const H = 260;
const PAD = { top: 20, right: 24, bottom: 40, left: 48 };
const FONT = 'font-family="DejaVu Sans, Liberation Sans, sans-serif"';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export type ChartKeyEntry =
  | { kind: 'exact' | 'approximate' | 'at_least' | 'at_most' | 'span' | 'inferred' | 'underReview' }
  | { kind: 'target'; value: number }
  | { kind: 'population'; value: number }
  | { kind: 'deadline' };

const drawn = (o: Observation) => o.value !== null && o.reporting === 'reported';

/** The count the target needs at the deadline (target share × population), when the indicator has both. */
export function targetCount(indicator: Indicator): number | null {
  const N = indicator.denominator ?? indicator.population.size;
  return indicator.target !== null && N !== null ? Math.round(indicator.target * N * 100) / 100 : null;
}

/** Whole-number ticks from 0 covering `top`: steps of 1, 2, 5, 10, 20, 50… so a scale of 10 reads 0, 2, 4, 6, 8, 10. */
export function integerTicks(top: number, most = 6): number[] {
  const max = Math.max(1, Math.ceil(top));
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const found = [1, 2, 5].map((m) => m * magnitude).find((s) => Math.ceil(max / s) <= most - 1);
    if (found !== undefined) {
      step = found;
      break;
    }
  }
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(v);
  return ticks;
}

/** The marks a chart of this indicator shows, in the order the key lists them. */
export function chartKey(indicator: Indicator): ChartKeyEntry[] {
  const figures = indicator.observations.filter(drawn);
  const has = (test: (o: Observation) => boolean) => figures.some(test);
  const entries: ChartKeyEntry[] = [];
  if (has((o) => o.spanFrom === null && o.qualifier === 'exact')) entries.push({ kind: 'exact' });
  if (has((o) => o.spanFrom === null && o.qualifier === 'approximate')) entries.push({ kind: 'approximate' });
  if (has((o) => o.qualifier === 'at_least')) entries.push({ kind: 'at_least' });
  if (has((o) => o.qualifier === 'at_most')) entries.push({ kind: 'at_most' });
  if (has((o) => o.spanFrom !== null || o.qualifier === 'average')) entries.push({ kind: 'span' });
  if (has((o) => o.cycleInferred)) entries.push({ kind: 'inferred' });
  if (has((o) => o.underReview !== null)) entries.push({ kind: 'underReview' });
  const target = targetCount(indicator);
  if (target !== null) entries.push({ kind: 'target', value: target });
  const N = indicator.denominator ?? indicator.population.size;
  if (N !== null && indicator.direction !== 'decrease' && N !== target) entries.push({ kind: 'population', value: N });
  entries.push({ kind: 'deadline' });
  return entries;
}

export function indicatorChartSvg(indicator: Indicator, cycles: string[], deadline: string): string {
  const axis = [...cycles.filter((c) => c !== deadline), deadline];
  const x = (code: string) => PAD.left + (axis.indexOf(code) / Math.max(1, axis.length - 1)) * (W - PAD.left - PAD.right);
  const key = chartKey(indicator);
  const target = key.find((k) => k.kind === 'target');
  const population = key.find((k) => k.kind === 'population');
  const values = indicator.observations.filter(drawn).map((o) => o.value ?? 0);
  // "Fewer is better" is scaled to its figures, not to a population it should never approach.
  const ticks = integerTicks(Math.max(1, ...values, target && target.kind === 'target' ? target.value : 0, population && population.kind === 'population' ? population.value : 0));
  const top = ticks.at(-1) ?? 1;
  const y = (v: number) => H - PAD.bottom - (v / top) * (H - PAD.top - PAD.bottom);
  const parts: string[] = [];
  parts.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  for (const v of ticks) {
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v)}" y2="${y(v)}" stroke="#e1e5ea"/>`);
    parts.push(`<text x="${PAD.left - 8}" y="${y(v) + 4}" font-size="12" text-anchor="end" fill="#333" ${FONT}>${v}</text>`);
  }
  for (const code of axis) {
    parts.push(`<text x="${x(code)}" y="${H - PAD.bottom + 20}" font-size="12" text-anchor="middle" fill="${code === deadline ? '#666' : '#222'}" ${FONT}>${esc(code)}</text>`);
  }
  parts.push(`<line x1="${x(deadline)}" x2="${x(deadline)}" y1="${PAD.top}" y2="${H - PAD.bottom}" stroke="#888" stroke-dasharray="2 4"/>`);
  if (population && population.kind === 'population') {
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(population.value)}" y2="${y(population.value)}" stroke="#8a8f98" stroke-dasharray="2 3" stroke-width="1.2"/>`);
  }
  if (target && target.kind === 'target') {
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(target.value)}" y2="${y(target.value)}" stroke="#1b7f3b" stroke-dasharray="8 4" stroke-width="2"/>`);
  }
  const line = indicator.observations.filter((o) => o.spanFrom === null && drawn(o) && (o.qualifier === 'exact' || o.qualifier === 'approximate'));
  if (line.length > 1) {
    parts.push(`<polyline fill="none" stroke="#0b4f8a" stroke-width="2.5" points="${line.map((o) => `${x(o.cycle)},${y(o.value ?? 0)}`).join(' ')}"/>`);
  }
  for (const o of indicator.observations) {
    if (!drawn(o) || o.value === null) continue;
    const cx = x(o.cycle);
    const cy = y(o.value);
    // An inferred cycle is drawn hollow: white inside, the mark's colour as its outline.
    const fill = (colour: string) => (o.cycleInferred ? `fill="#ffffff" stroke="${colour}" stroke-width="2"` : `fill="${colour}"`);
    if (o.spanFrom !== null || o.qualifier === 'average') {
      const x0 = o.spanFrom ? x(o.spanFrom) : cx - 12;
      parts.push(`<line x1="${x0}" x2="${cx}" y1="${cy}" y2="${cy}" stroke="#7a4b00" stroke-width="3" stroke-dasharray="8 4"/>`);
    }
    if (o.qualifier === 'at_least') parts.push(`<path d="M${cx - 7},${cy + 6} L${cx + 7},${cy + 6} L${cx},${cy - 7} Z" ${fill('#7a4b00')}/>`);
    else if (o.qualifier === 'at_most') parts.push(`<path d="M${cx - 7},${cy - 6} L${cx + 7},${cy - 6} L${cx},${cy + 7} Z" ${fill('#7a4b00')}/>`);
    else if (o.spanFrom === null && o.qualifier !== 'average') parts.push(`<circle cx="${cx}" cy="${cy}" r="5" ${fill('#0b4f8a')}/>`);
    if (o.underReview !== null) parts.push(`<circle cx="${cx}" cy="${cy}" r="10" fill="none" stroke="#b3261e" stroke-width="1.6"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(indicator.title)}">${parts.join('')}</svg>`;
}
