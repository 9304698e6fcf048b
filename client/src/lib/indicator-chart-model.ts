// Shapes an indicator's observations into what its chart draws: exact points on the line, and every qualified
// figure (a bound, an average, a span) as a marker of its own kind, never as a point on the line.
import type { Indicator, Observation } from '@ccm/shared/schemas/api';
import type { Qualifier, UnderReview } from '@ccm/shared/schemas/common';
import type { CrosswalkRelation } from '@ccm/shared/schemas/plans';
import type { ChartCycle } from './cycles.ts';

/** How the document states a figure, beyond its value: its cycle inferred, or the figure under review by the ISU. */
export interface ChartMarks {
  /** The document gives the figure for an unnamed point of a period; its cycle was inferred (the note says how). */
  inferred: boolean;
  underReview: UnderReview;
  note: string | null;
  /** The mark is a figure of the indicator's predecessor in the previous plan (drawn before the break line). */
  previous?: true;
}

export interface ChartPoint extends ChartMarks {
  cycle: string;
  ordinal: number;
  value: number;
  approximate: boolean;
  denominator: number | null;
  paragraph: number | null;
}

export interface ChartBound extends ChartMarks {
  cycle: string;
  ordinal: number;
  value: number;
  kind: 'at_least' | 'at_most';
  paragraph: number | null;
}

export interface ChartRange extends ChartMarks {
  from: string;
  to: string;
  fromOrdinal: number;
  toOrdinal: number;
  value: number;
  /** 'average': a period average (band); 'span': one figure for the whole period (bracket). */
  kind: 'average' | 'span';
  qualifier: Qualifier;
  paragraph: number | null;
}

export interface ChartGap extends ChartMarks {
  cycle: string;
  ordinal: number;
  reporting: 'not_reported' | 'not_applicable';
}

export interface IndicatorChartModel {
  cycles: ChartCycle[];
  deadline: ChartCycle | null;
  points: ChartPoint[];
  bounds: ChartBound[];
  ranges: ChartRange[];
  gaps: ChartGap[];
  /** The size of the population the figures count from (N), when known. */
  population: number | null;
  /** The target expressed as a count (target share × N), when both are known and it differs from N. */
  targetValue: number | null;
  /** The straight path from the latest usable point to the target at the deadline, when the target is not yet met. */
  required: { fromOrdinal: number; fromValue: number; toOrdinal: number; toValue: number } | null;
  yMax: number;
  yTicks: number[];
  /** Set when the chart continues the predecessor's figures from the previous plan: where the break between them is. */
  chain?: ChartChain | null;
}

/** The two plans on one chart: the previous plan's cycles first, then a break line, then the indicator's own. */
export interface ChartChain {
  previousPlan: string;
  plan: string;
  relation: CrosswalkRelation;
  /** The x position of the break line, halfway between the previous plan's last cycle and this plan's first. */
  breakAt: number;
  /** The x range of each plan's cycles (ordinals on the chart's one axis). */
  previousRange: { from: number; to: number };
  ownRange: { from: number; to: number };
}

/** The predecessor's figures and its plan's cycles, for drawing them before the indicator's own. */
export interface ChartPredecessor {
  indicator: Pick<Indicator, 'observations' | 'denominator' | 'target' | 'status' | 'direction'>;
  cycles: readonly ChartCycle[];
  plan: string;
  relation: CrosswalkRelation;
}

export const marksOf = (o: Pick<Observation, 'cycleInferred' | 'underReview' | 'note'>): ChartMarks => ({
  inferred: o.cycleInferred,
  underReview: o.underReview,
  note: o.note,
});

/** Whether any mark the chart draws is inferred or under review (for the legend). */
export function chartMarks(model: Pick<IndicatorChartModel, 'points' | 'bounds' | 'ranges' | 'gaps'>): { inferred: boolean; underReview: boolean } {
  const all: ChartMarks[] = [...model.points, ...model.bounds, ...model.ranges, ...model.gaps];
  return { inferred: model.points.some((p) => p.inferred), underReview: all.some((m) => m.underReview !== null) };
}

/** Whole, round steps for an axis of counts: 1, 2, 3, 5, then 10, 20, 25, 50 and so on by tens. */
function countSteps(): number[] {
  const steps = [1, 2, 3, 5];
  for (let p = 10; p <= 1e12; p *= 10) steps.push(p, 2 * p, 2.5 * p, 5 * p);
  return steps;
}
const COUNT_STEPS = countSteps();

/**
 * The smallest round step giving at most six intervals up to the largest value (with a little headroom), and the
 * ticks. Indicators count States (or requests, cases…): every step is a whole number, so no tick reads "2.5 States".
 */
export function niceScale(max: number): { yMax: number; ticks: number[] } {
  const top = Math.max(max * 1.1, 1);
  const step = COUNT_STEPS.find((s) => top / s <= 6) ?? 10 ** Math.ceil(Math.log10(top));
  const yMax = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= yMax + step / 2; v += step) ticks.push(Math.round(v * 1000) / 1000);
  return { yMax, ticks };
}

export function buildIndicatorChartModel(
  indicator: Pick<Indicator, 'observations' | 'denominator' | 'target' | 'status' | 'direction'>,
  cycles: readonly ChartCycle[],
): IndicatorChartModel {
  const ordinal = new Map(cycles.map((c) => [c.code, c.ordinal]));
  const byOrdinal = new Map<number, ChartPoint>();
  const bounds: ChartBound[] = [];
  const ranges: ChartRange[] = [];
  const gaps: ChartGap[] = [];

  for (const o of indicator.observations) {
    const at = ordinal.get(o.cycle);
    if (at === undefined) continue;
    if (o.reporting !== 'reported') {
      if (o.spanFrom === null) gaps.push({ cycle: o.cycle, ordinal: at, reporting: o.reporting, ...marksOf(o) });
      continue;
    }
    if (o.value === null) continue;
    const paragraph = o.source.paragraph;
    const from = o.spanFrom === null ? undefined : ordinal.get(o.spanFrom);
    if (o.spanFrom !== null || o.qualifier === 'average') {
      ranges.push({
        from: o.spanFrom ?? o.cycle,
        to: o.cycle,
        fromOrdinal: from ?? at,
        toOrdinal: at,
        value: o.value,
        kind: o.qualifier === 'average' ? 'average' : 'span',
        qualifier: o.qualifier,
        paragraph,
        ...marksOf(o),
      });
    } else if (o.qualifier === 'at_least' || o.qualifier === 'at_most') {
      bounds.push({ cycle: o.cycle, ordinal: at, value: o.value, kind: o.qualifier, paragraph, ...marksOf(o) });
    } else {
      addPoint(byOrdinal, o, at);
    }
  }

  const points = [...byOrdinal.values()].sort((a, b) => a.ordinal - b.ordinal);
  const population = indicator.denominator;
  const target = indicator.target;
  const targetCount = population !== null && target !== null ? target * population : null;
  const targetValue = targetCount !== null && targetCount !== population && targetCount > 0 ? targetCount : null;
  const deadline = cycles.find((c) => c.isDeadline) ?? null;

  let required: IndicatorChartModel['required'] = null;
  const latest = points.at(-1);
  const code = indicator.status.code;
  if (deadline && latest && targetCount !== null && code !== 'achieved' && code !== 'insufficient_data' && latest.ordinal < deadline.ordinal) {
    required = { fromOrdinal: latest.ordinal, fromValue: latest.value, toOrdinal: deadline.ordinal, toValue: targetCount };
  }

  const values = [
    ...points.map((p) => p.value),
    ...bounds.map((b) => b.value),
    ...ranges.map((r) => r.value),
    population ?? 0,
    targetCount ?? 0,
  ];
  const scale = niceScale(Math.max(...values));
  return {
    cycles: [...cycles],
    deadline,
    points,
    bounds,
    ranges,
    gaps,
    population,
    targetValue,
    required,
    yMax: scale.yMax,
    yTicks: scale.ticks,
  };
}

const previousMark = <T extends ChartMarks>(mark: T): T => ({ ...mark, previous: true });

/**
 * An indicator's chart preceded by its predecessor's figures (the chain across plans): one axis of cycles, the previous
 * plan's first (any cycle both plans share counts as this plan's), then this plan's. Target, population, deadline and
 * the pace needed are this indicator's only; the predecessor contributes its figures.
 */
export function buildChainedChartModel(
  indicator: Pick<Indicator, 'observations' | 'denominator' | 'target' | 'status' | 'direction' | 'actionPlan'>,
  cycles: readonly ChartCycle[],
  predecessor: ChartPredecessor,
): IndicatorChartModel {
  const own = new Set(cycles.map((c) => c.code));
  const previousCycles = [...predecessor.cycles]
    .filter((c) => !own.has(c.code))
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((c, i) => ({ code: c.code, ordinal: i, isDeadline: false }));
  const offset = previousCycles.length;
  const ownCycles = [...cycles].sort((a, b) => a.ordinal - b.ordinal).map((c, i) => ({ ...c, ordinal: offset + i }));
  if (offset === 0) return buildIndicatorChartModel(indicator, ownCycles);

  const current = buildIndicatorChartModel(indicator, ownCycles);
  const before = buildIndicatorChartModel({ ...predecessor.indicator, denominator: null, target: null }, previousCycles);
  const points = [...before.points.map(previousMark), ...current.points];
  const bounds = [...before.bounds.map(previousMark), ...current.bounds];
  const ranges = [...before.ranges.map(previousMark), ...current.ranges];
  const gaps = [...before.gaps.map(previousMark), ...current.gaps];
  const values = [
    ...points.map((p) => p.value),
    ...bounds.map((b) => b.value),
    ...ranges.map((r) => r.value),
    current.population ?? 0,
    current.targetValue ?? 0,
    current.required?.toValue ?? 0,
  ];
  const scale = niceScale(Math.max(...values));
  return {
    ...current,
    cycles: [...previousCycles, ...ownCycles],
    points,
    bounds,
    ranges,
    gaps,
    yMax: scale.yMax,
    yTicks: scale.ticks,
    chain: {
      previousPlan: predecessor.plan,
      plan: indicator.actionPlan,
      relation: predecessor.relation,
      breakAt: offset - 0.5,
      previousRange: { from: 0, to: offset - 1 },
      ownRange: { from: offset, to: offset + ownCycles.length - 1 },
    },
  };
}

/** One point per cycle: an exact figure beats an approximate one, otherwise the later one wins (as the status rule does). */
function addPoint(byOrdinal: Map<number, ChartPoint>, o: Observation, at: number) {
  if (o.value === null) return;
  const point: ChartPoint = {
    cycle: o.cycle,
    ordinal: at,
    value: o.value,
    approximate: o.qualifier === 'approximate',
    denominator: o.denominator,
    paragraph: o.source.paragraph,
    ...marksOf(o),
  };
  const previous = byOrdinal.get(at);
  if (previous === undefined || !point.approximate || previous.approximate) byOrdinal.set(at, point);
}
