// The Coordinator's choice of indicators for a briefing: which go in and in what order. Pure, shared by the page (the
// printed briefing) and the server (the Word file and the CSV, given `indicators=<ids in order>`).
import type { Briefing } from '../schemas/briefing.ts';

/** Every indicator id of the briefing in its own order: flagged first, then the others. */
export const briefingIndicatorIds = (briefing: Briefing): string[] => [...briefing.flagged, ...briefing.others].map((b) => b.indicator.id);

/** The ids a choice names that the briefing does not have (an empty list when every id is the briefing's). */
export function unknownIndicatorIds(briefing: Briefing, ids: readonly string[]): string[] {
  const known = new Set(briefingIndicatorIds(briefing));
  return ids.filter((id) => !known.has(id));
}

/** Parses `a,b,c` (spaces and empty items ignored, repeats kept once, in first place). */
export function parseIndicatorList(value: string): string[] {
  return [...new Set(value.split(',').map((s) => s.trim()).filter((s) => s.length > 0))];
}

/**
 * The briefing with only the chosen indicators, in the chosen order within each section (flagged, others), and their
 * talking points in that order; conflicts, actions without figures and the summary stay those of the whole pillar.
 */
export function chooseIndicators(briefing: Briefing, ids: readonly string[]): Briefing {
  const rank = new Map(ids.map((id, i) => [id, i]));
  const pick = <T extends { indicator: { id: string } }>(items: T[]) =>
    items.filter((b) => rank.has(b.indicator.id)).sort((a, b) => (rank.get(a.indicator.id) ?? 0) - (rank.get(b.indicator.id) ?? 0));
  const flagged = pick(briefing.flagged);
  const others = pick(briefing.others);
  const order = new Map([...flagged, ...others].map((b, i) => [b.indicator.id, i]));
  const indicatorPoints = briefing.talkingPoints
    .filter((p) => p.indicatorId !== null && order.has(p.indicatorId))
    .sort((a, b) => (order.get(a.indicatorId ?? '') ?? 0) - (order.get(b.indicatorId ?? '') ?? 0));
  const conflictPoints = briefing.talkingPoints.filter((p) => p.indicatorId === null);
  return { ...briefing, flagged, others, talkingPoints: [...indicatorPoints, ...conflictPoints] };
}
