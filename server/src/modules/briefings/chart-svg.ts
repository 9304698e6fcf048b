// A small, dependency-free SVG line chart of one indicator for documents (the SPA draws its own with recharts).
// Exact figures are dots on the line; bounds are triangles; averages and spans are dashed bars over their cycles.
import type { Indicator } from '@ccm/shared/schemas/api';

const W = 640;
const H = 260;
const PAD = { top: 20, right: 24, bottom: 40, left: 48 };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function indicatorChartSvg(indicator: Indicator, cycles: string[], deadline: string): string {
  const axis = [...cycles.filter((c) => c !== deadline), deadline];
  const x = (code: string) => PAD.left + (axis.indexOf(code) / Math.max(1, axis.length - 1)) * (W - PAD.left - PAD.right);
  const values = indicator.observations.map((o) => o.value ?? 0);
  const top = Math.max(1, indicator.denominator ?? 0, ...values);
  const y = (v: number) => H - PAD.bottom - (v / top) * (H - PAD.top - PAD.bottom);
  const parts: string[] = [];
  parts.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  for (let i = 0; i <= 4; i += 1) {
    const v = (top / 4) * i;
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v)}" y2="${y(v)}" stroke="#e1e5ea"/>`);
    parts.push(`<text x="${PAD.left - 8}" y="${y(v) + 4}" font-size="12" text-anchor="end" fill="#333" font-family="DejaVu Sans, Liberation Sans, sans-serif">${Math.round(v)}</text>`);
  }
  for (const code of axis) {
    parts.push(`<text x="${x(code)}" y="${H - PAD.bottom + 20}" font-size="12" text-anchor="middle" fill="${code === deadline ? '#666' : '#222'}" font-family="DejaVu Sans, Liberation Sans, sans-serif">${esc(code)}</text>`);
  }
  parts.push(`<line x1="${x(deadline)}" x2="${x(deadline)}" y1="${PAD.top}" y2="${H - PAD.bottom}" stroke="#888" stroke-dasharray="4 4"/>`);
  if (indicator.denominator !== null) {
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(indicator.denominator)}" y2="${y(indicator.denominator)}" stroke="#1b7f3b" stroke-dasharray="6 3" stroke-width="1.5"/>`);
  }
  const exact = indicator.observations.filter((o) => o.spanFrom === null && o.value !== null && o.reporting === 'reported' && (o.qualifier === 'exact' || o.qualifier === 'approximate'));
  if (exact.length > 1) {
    parts.push(`<polyline fill="none" stroke="#0b4f8a" stroke-width="2.5" points="${exact.map((o) => `${x(o.cycle)},${y(o.value ?? 0)}`).join(' ')}"/>`);
  }
  for (const o of indicator.observations) {
    if (o.value === null || o.reporting !== 'reported') continue;
    const cx = x(o.cycle);
    const cy = y(o.value);
    if (o.spanFrom !== null || o.qualifier === 'average') {
      const x0 = o.spanFrom ? x(o.spanFrom) : cx - 12;
      parts.push(`<line x1="${x0}" x2="${cx}" y1="${cy}" y2="${cy}" stroke="#7a4b00" stroke-width="3" stroke-dasharray="8 4"/>`);
    }
    if (o.qualifier === 'at_least') parts.push(`<path d="M${cx - 7},${cy + 6} L${cx + 7},${cy + 6} L${cx},${cy - 7} Z" fill="#7a4b00"/>`);
    else if (o.qualifier === 'at_most') parts.push(`<path d="M${cx - 7},${cy - 6} L${cx + 7},${cy - 6} L${cx},${cy + 7} Z" fill="#7a4b00"/>`);
    else if (o.spanFrom === null && o.qualifier !== 'average') parts.push(`<circle cx="${cx}" cy="${cy}" r="5" fill="#0b4f8a"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(indicator.title)}">${parts.join('')}</svg>`;
}
