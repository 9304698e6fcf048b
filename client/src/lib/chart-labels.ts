// Where a chart's reference labels go ("All concerned: 12", "Target: 9"): beside their own line, never over another
// label or any reference line (the deadline's included), inside the plot, and clear of the figures where there is room.
// Pure geometry: the chart measures its plot and passes boxes and segments in screen coordinates (y grows downwards).

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A horizontal reference line and the size of its label. */
export interface ReferenceLabelRequest {
  key: string;
  /** The line's height on screen, and the x range it spans. */
  y: number;
  from: number;
  to: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  key: string;
  box: Box;
  anchor: 'start' | 'end';
  /** Where the text goes: its anchor point, vertically centred (dominant-baseline: central). */
  x: number;
  y: number;
}

export interface ReferenceLabelInput {
  plot: Box;
  labels: readonly ReferenceLabelRequest[];
  /** Vertical lines across the plot (the deadline, a change of plan): a label never crosses one. */
  verticals?: readonly number[];
  /** What the figures draw (points, markers, the series line): avoided where possible, never at a label's cost. */
  marks?: readonly Box[];
  segments?: readonly Segment[];
  /** The space between a label and its line, and between a label and the plot's edge. */
  gap?: number;
}

/** A rough width of a label in a chart font (no measuring in the browser's layout); generous for Latin and Arabic alike. */
export function labelWidth(text: string, fontSize: number): number {
  return text.replace(/[\u2066-\u2069\u200e\u200f]/g, '').length * fontSize * 0.62;
}

/** The height a label takes, ascenders and descenders of either script included. */
export const labelHeight = (fontSize: number): number => Math.ceil(fontSize * 1.6);

/** Whether two boxes overlap (touching is not overlapping). */
export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether a segment passes through a box's inside (Liang–Barsky clipping). */
export function segmentIntersectsBox(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, s.x1 - b.x],
    [dx, b.x + b.width - s.x1],
    [-dy, s.y1 - b.y],
    [dy, b.y + b.height - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 >= t1) return false;
  }
  return true;
}

const inside = (b: Box, plot: Box) => b.x >= plot.x && b.y >= plot.y && b.x + b.width <= plot.x + plot.width && b.y + b.height <= plot.y + plot.height;

/**
 * A place for each label, in order (the first chooses first): at the start of its line, above it, else below it, else
 * at the end of its line (before any vertical line) above then below. A place must lie inside the plot and cross no
 * reference line and no label placed before; of those, the first clear of the figures wins, else the one crossing the
 * fewest. A label with no such place is left out (its value is in the legend too).
 */
export function placeReferenceLabels({ plot, labels, verticals = [], marks = [], segments = [], gap = 4 }: ReferenceLabelInput): PlacedLabel[] {
  const lines: Segment[] = [
    ...labels.map((l) => ({ x1: l.from, y1: l.y, x2: l.to, y2: l.y })),
    ...verticals.map((x) => ({ x1: x, y1: plot.y, x2: x, y2: plot.y + plot.height })),
  ];
  const placed: PlacedLabel[] = [];
  for (const label of labels) {
    // The end of the line, or the first vertical line after its start, whichever comes first.
    const stop = Math.min(label.to, plot.x + plot.width, ...verticals.filter((x) => x > label.from + gap));
    const above = label.y - gap - label.height;
    const below = label.y + gap;
    const candidates: { box: Box; anchor: 'start' | 'end' }[] = [
      { box: { x: label.from + gap, y: above, width: label.width, height: label.height }, anchor: 'start' },
      { box: { x: label.from + gap, y: below, width: label.width, height: label.height }, anchor: 'start' },
      { box: { x: stop - gap - label.width, y: above, width: label.width, height: label.height }, anchor: 'end' },
      { box: { x: stop - gap - label.width, y: below, width: label.width, height: label.height }, anchor: 'end' },
    ];
    const allowed = candidates.filter(
      ({ box }) => inside(box, plot) && !lines.some((l) => segmentIntersectsBox(l, box)) && !placed.some((p) => boxesIntersect(p.box, box)),
    );
    const crossings = (box: Box) => marks.filter((m) => boxesIntersect(m, box)).length + segments.filter((s) => segmentIntersectsBox(s, box)).length;
    const best = allowed.reduce<{ box: Box; anchor: 'start' | 'end'; n: number } | null>((chosen, c) => {
      const n = crossings(c.box);
      return chosen === null || n < chosen.n ? { ...c, n } : chosen;
    }, null);
    if (!best) continue;
    placed.push({
      key: label.key,
      box: best.box,
      anchor: best.anchor,
      x: best.anchor === 'start' ? best.box.x : best.box.x + best.box.width,
      y: best.box.y + best.box.height / 2,
    });
  }
  return placed;
}
