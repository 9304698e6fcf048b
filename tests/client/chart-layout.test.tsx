// The pure layout of charts: whole-number axes for counts, and reference labels that never meet a line or each other.
import { describe, expect, it } from 'vitest';
import { niceScale } from '../../client/src/lib/indicator-chart-model.ts';
import { boxesIntersect, placeReferenceLabels, segmentIntersectsBox, type Box, type ReferenceLabelRequest } from '../../client/src/lib/chart-labels.ts';

describe('niceScale: an axis of counts', () => {
  it.each([
    [0, [0, 1]],
    [5, [0, 1, 2, 3, 4, 5, 6]],
    [9, [0, 2, 4, 6, 8, 10]],
    [10, [0, 2, 4, 6, 8, 10, 12]],
    [12, [0, 3, 6, 9, 12, 15]],
    [41, [0, 10, 20, 30, 40, 50]],
    [112, [0, 25, 50, 75, 100, 125]],
    [4.5, [0, 1, 2, 3, 4, 5]],
  ])('largest value %d gives the ticks %j', (max, ticks) => {
    expect(niceScale(max).ticks).toEqual(ticks);
  });

  it('every tick is a whole number, with room above the largest value, for any largest value up to 100 000', () => {
    for (let max = 0; max <= 100_000; max += max < 200 ? 1 : 997) {
      const { yMax, ticks } = niceScale(max);
      expect(ticks.every(Number.isInteger), `max ${max}: ${ticks.join(' ')}`).toBe(true);
      expect(ticks.length, `max ${max}`).toBeLessThanOrEqual(7);
      expect(yMax, `max ${max}`).toBeGreaterThanOrEqual(max * 1.1 - 1e-9);
      expect(ticks.at(-1)).toBe(yMax);
    }
  });
});

describe('geometry', () => {
  const box: Box = { x: 10, y: 10, width: 20, height: 10 };
  it.each([
    ['through the middle', { x1: 0, y1: 15, x2: 40, y2: 15 }, true],
    ['along the top edge (touching)', { x1: 0, y1: 10, x2: 40, y2: 10 }, false],
    ['a diagonal across a corner', { x1: 5, y1: 18, x2: 15, y2: 8 }, true],
    ['a diagonal passing beside it', { x1: 0, y1: 0, x2: 40, y2: 5 }, false],
    ['a vertical line through it', { x1: 20, y1: 0, x2: 20, y2: 100 }, true],
    ['a vertical line at its right edge', { x1: 30, y1: 0, x2: 30, y2: 100 }, false],
  ])('a segment %s: %s', (_name, segment, expected) => {
    expect(segmentIntersectsBox(segment, box)).toBe(expected);
  });

  it('boxes that only touch do not intersect', () => {
    expect(boxesIntersect(box, { x: 30, y: 10, width: 5, height: 5 })).toBe(false);
    expect(boxesIntersect(box, { x: 29, y: 19, width: 5, height: 5 })).toBe(true);
  });
});

describe('placeReferenceLabels', () => {
  // A 360 px phone's plot: 290 × 170, the deadline line near its right edge.
  const plot: Box = { x: 48, y: 18, width: 290, height: 170 };
  const deadline = 310;
  const label = (key: string, y: number, width = 110): ReferenceLabelRequest => ({ key, y, from: plot.x, to: plot.x + plot.width, width, height: 20 });
  const lineOf = (l: ReferenceLabelRequest) => ({ x1: l.from, y1: l.y, x2: l.to, y2: l.y });

  it('puts the population label at the start of its line, above it, clear of the deadline', () => {
    const [placed] = placeReferenceLabels({ plot, labels: [label('population', 50)], verticals: [deadline] });
    expect(placed?.anchor).toBe('start');
    expect(placed?.box).toEqual({ x: 52, y: 26, width: 110, height: 20 });
  });

  it('goes below its line when there is no room above it inside the plot', () => {
    const [placed] = placeReferenceLabels({ plot, labels: [label('population', 30)], verticals: [deadline] });
    expect(placed?.box.y).toBe(34);
  });

  it('moves away from a figure drawn where it would go', () => {
    const point: Box = { x: 60, y: 30, width: 20, height: 20 };
    const [placed] = placeReferenceLabels({ plot, labels: [label('population', 50)], verticals: [deadline], marks: [point] });
    expect(placed && boxesIntersect(placed.box, point)).toBe(false);
  });

  it('ends before the deadline line when placed at the end of its line', () => {
    const marks: Box[] = [{ x: 48, y: 20, width: 140, height: 60 }];
    const [placed] = placeReferenceLabels({ plot, labels: [label('population', 50)], verticals: [deadline], marks });
    expect(placed?.anchor).toBe('end');
    expect((placed?.box.x ?? 0) + (placed?.box.width ?? 0)).toBeLessThanOrEqual(deadline - 4);
  });

  it.each([2, 6, 12, 20, 24, 30, 45, 80])('population and target lines %d px apart: the labels meet neither line nor each other', (apart) => {
    const labels = [label('population', 60), label('target', 60 + apart, 70)];
    const placed = placeReferenceLabels({ plot, labels, verticals: [deadline] });
    expect(placed.map((p) => p.key)).toEqual(['population', 'target']);
    const [a, b] = placed;
    if (!a || !b) throw new Error('both labels are placed');
    expect(boxesIntersect(a.box, b.box)).toBe(false);
    for (const p of placed) {
      for (const l of labels) expect(segmentIntersectsBox(lineOf(l), p.box), `${p.key} over the ${l.key} line`).toBe(false);
      expect(segmentIntersectsBox({ x1: deadline, y1: plot.y, x2: deadline, y2: plot.y + plot.height }, p.box)).toBe(false);
    }
  });

  it('leaves out a label with no room anywhere beside its line (its value is in the legend)', () => {
    const tiny: Box = { x: 0, y: 0, width: 60, height: 30 };
    expect(placeReferenceLabels({ plot: tiny, labels: [{ key: 'population', y: 15, from: 0, to: 60, width: 110, height: 20 }] })).toEqual([]);
  });
});
