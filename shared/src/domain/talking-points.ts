// Talking points for the meeting: for each flagged or changed indicator, one or two sentences a Coordinator can say,
// built from the data: what moved and by how much (the cycles compared named), what is still needed by the deadline
// (worded with the latest figure's qualifier: after "at least 8" of a target of 10, "at most 2" are still to go, never
// "2"), and which figure is under review by the ISU. A conflict in the source adds one point of its own. Every sentence
// names its indicator or its own figures: no sentence a Coordinator would repeat from one point to the next.
import type { Conflict } from '../schemas/api.ts';
import type { BriefingFigure, BriefingIndicator, BriefingTalkingPoint } from '../schemas/briefing.ts';
import { isFlagged } from '../schemas/common.ts';
import { fill, type BriefingTemplates } from './briefing-wording.ts';
import { unitFor } from './figure-words.ts';

export interface TalkingPointContext {
  t: BriefingTemplates;
  fmt: (n: number) => string;
  lang: string;
  deadline: string;
}

/** The figure of a single cycle a change compared: an exact or approximate one where the cycle has several, else the last. */
function figureOf(b: BriefingIndicator, cycle: string): BriefingFigure | null {
  const candidates = b.figures.filter((f) => f.cycle === cycle && f.spanFrom === null && f.value !== null);
  return candidates.filter((f) => f.qualifier === 'exact' || f.qualifier === 'approximate').at(-1) ?? candidates.at(-1) ?? null;
}

/** A count still to go, worded with the qualifier the latest figure carries (a lower bound leaves at most so many). */
function remainingWords(n: number, qualifier: BriefingFigure['qualifier'], unit: string, { t, fmt, lang }: TalkingPointContext): string {
  const key = qualifier === 'at_least' ? 'talk.count.at_most' : qualifier === 'at_most' ? 'talk.count.at_least' : qualifier === 'exact' ? 'talk.count.exact' : 'talk.count.about';
  return fill(t[key], { n: fmt(n), unit: unitFor(unit, n, lang) });
}

/** The under-review clause for the figures a sentence names: " (the 13MSP figure is under review by the ISU)". */
function reviewClause(figures: (BriefingFigure | null)[], t: BriefingTemplates): string {
  const reviewed = figures.find((f) => f?.markers.some((m) => m.kind === 'under_review'));
  return reviewed ? fill(t['talk.review'], { cycle: reviewed.cycle }) : '';
}

/** What moved (or where the indicator stands), in one sentence; null when the indicator neither moved nor is flagged. */
function movementSentence(b: BriefingIndicator, ctx: TalkingPointContext): string | null {
  const { t } = ctx;
  const title = b.indicator.title;
  const change = b.sincePrevious;
  if (change && change.deltaCount !== null) {
    const from = figureOf(b, change.fromCycle);
    const to = figureOf(b, change.toCycle);
    const review = reviewClause([from, to], t);
    if (from && to && change.deltaCount !== 0) {
      const delta = remainingWords(Math.abs(change.deltaCount), 'exact', b.indicator.unit, ctx);
      return fill(t[change.deltaCount > 0 ? 'talk.rose' : 'talk.fell'], { title, delta, from: from.words, to: to.words, review });
    }
    if (to) {
      if (!isFlagged(b.effectiveStatus)) return null;
      return fill(t['talk.same'], { title, fromCycle: change.fromCycle, toCycle: change.toCycle, figure: to.words, review });
    }
  }
  const latest = b.latestFigure;
  // A bound or a period figure after an earlier one is a change too, said as the document states it ("at least 8 …").
  if (!isFlagged(b.effectiveStatus) && !(change && change.deltaCount === null)) return null;
  if (!latest) return fill(t['talk.noFigure'], { title });
  return fill(t['talk.stands'], { title, figure: latest.words, review: reviewClause([latest], t) });
}

/** What the deadline needs: the target, what is still to go from the latest figure, and where the pace leads. */
function needSentence(b: BriefingIndicator, ctx: TalkingPointContext): string | null {
  const { t, fmt, deadline } = ctx;
  const code = b.effectiveStatus;
  if (code === 'achieved' || code === 'on_track' || code === 'improving' || code === 'insufficient_data') return null;
  const { projection, inputs } = b.indicator.status;
  const latest = b.latestFigure;
  const latestCount = latest && latest.value !== null && latest.spanFrom === null && latest.qualifier !== 'average' ? { n: latest.value, qualifier: latest.qualifier } : null;
  if (projection && projection.needed !== null) {
    const left = latestCount ? Math.ceil(projection.needed - latestCount.n) : null;
    const params = { needed: fmt(projection.needed), deadline, value: fmt(projection.value) };
    return left !== null && left > 0 && latestCount
      ? fill(t['talk.need'], { ...params, more: remainingWords(left, latestCount.qualifier, b.indicator.unit, ctx) })
      : fill(t['talk.needPace'], params);
  }
  // No projection (an override, or no target): what the population still leaves, where its size is known.
  const N = inputs.denominator;
  if (N !== null && latestCount && latestCount.n < N) {
    return fill(t['talk.toGo'], { deadline, more: remainingWords(Math.ceil(N - latestCount.n), latestCount.qualifier, b.indicator.unit, ctx) });
  }
  return null;
}

/** The talking points of a briefing: indicators in the briefing's order (flagged first), then the source's conflicts. */
export function talkingPoints(indicators: BriefingIndicator[], conflicts: Conflict[], ctx: TalkingPointContext): BriefingTalkingPoint[] {
  const points: BriefingTalkingPoint[] = [];
  for (const b of indicators) {
    const movement = movementSentence(b, ctx);
    if (movement === null) continue;
    const need = needSentence(b, ctx);
    points.push({ indicatorId: b.indicator.id, conflictId: null, text: need ? `${movement} ${need}` : movement });
  }
  for (const conflict of conflicts) {
    points.push({ indicatorId: null, conflictId: conflict.id, text: fill(ctx.t['question.conflict'], { description: conflict.description }) });
  }
  return points;
}
