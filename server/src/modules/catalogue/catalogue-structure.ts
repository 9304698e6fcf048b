// The catalogue's frame, built from its rows before any figure: the published cycles and each plan's own frame of them,
// the plans, actions, conflicts, the crosswalk (with each indicator's lineage), pillars and series.
import type { Action, ActionPlan, Conflict, Cycle, Indicator, Pillar, Series } from '@ccm/shared/schemas/api';
import type { UnderReview } from '@ccm/shared/schemas/common';
import type { CrosswalkEntry, Lineage } from '@ccm/shared/schemas/plans';
import type { CatalogueRows } from './catalogue.repository.ts';
import { stateNameResolver } from '../states/state-names.ts';

export const ENGLISH = { lang: 'en', fallback: [] };

export function underReviewOf(row: { underReviewNote: string | null; underReviewParagraph: number | null }): UnderReview {
  return row.underReviewNote === null ? null : { note: row.underReviewNote, paragraph: row.underReviewParagraph };
}

function uniq<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** The public's cycles, each plan's frame of them, and the plans. */
export function buildPlans(rows: CatalogueRows): { cycles: Cycle[]; planCycles: Map<string, Cycle[]>; actionPlans: ActionPlan[]; currentPlan: ActionPlan | null } {
  // The public sees published cycles only; ordinals are positions among them, so an open cycle changes no arithmetic.
  const publishedCycles = rows.cycles.filter((c) => c.status === 'published');
  const cycles: Cycle[] = publishedCycles.map((c) => ({
    code: c.code,
    actionPlan: c.actionPlan,
    ordinal: publishedCycles.filter((other) => other.actionPlan === c.actionPlan && other.ordinal < c.ordinal).length,
    year: c.year,
    meeting: c.meeting,
    startDate: c.startDate,
    endDate: c.endDate,
    isDeadline: c.isDeadline,
    status: c.status,
    publishedAt: c.publishedAt,
  }));
  // A plan's cycles in its own frame: the cycles of other plans the ISU said also count for it (a transition year), then
  // its own, by year; ordinals are positions in that list, so the status rule of each plan counts its own cycles.
  const planCycles = new Map<string, Cycle[]>();
  for (const p of rows.actionPlans) {
    const shared = new Set(rows.cyclePlans.filter((cp) => cp.actionPlan === p.code).map((cp) => cp.cycle));
    const own = cycles.filter((c) => c.actionPlan === p.code);
    const borrowed = cycles.filter((c) => c.actionPlan !== p.code && shared.has(c.code) && !c.isDeadline);
    const ordered = [...borrowed.sort((a, b) => a.year - b.year || a.ordinal - b.ordinal), ...own];
    planCycles.set(p.code, ordered.map((c, ordinal) => ({ ...c, ordinal })));
  }
  const latestPublished = rows.actionPlans.at(-1);
  const actionPlans: ActionPlan[] = rows.actionPlans.map((p) => ({
    code: p.code,
    title: p.title,
    adoptedAt: p.adoptedAt,
    startYear: p.startYear,
    endYear: p.endYear,
    deadlineCycle: p.deadlineCycle,
    paragraphs: p.paragraphs,
    cycles: (planCycles.get(p.code) ?? []).map((c) => c.code),
    previousPlan: p.previousPlan,
    publishedAt: p.publishedAt,
    current: p === latestPublished,
    ended: rows.actionPlans.some((later) => later.startYear > p.startYear),
    i18n: { lang: 'en', fallback: [] },
  }));
  return { cycles, planCycles, actionPlans, currentPlan: actionPlans.find((p) => p.current) ?? null };
}

export function buildActions(rows: CatalogueRows): Action[] {
  const pillarById = new Map(rows.pillars.map((p) => [p.id, p]));
  const indicatorsByAction = new Map<number, string[]>();
  for (const i of rows.indicators) {
    const list = indicatorsByAction.get(i.actionId);
    if (list) list.push(i.id);
    else indicatorsByAction.set(i.actionId, [i.id]);
  }
  const themesByAction = new Map<number, (typeof rows.actionThemes)[number][]>();
  for (const th of rows.actionThemes) themesByAction.set(th.actionId, [...(themesByAction.get(th.actionId) ?? []), th]);
  return rows.actions.map((a) => ({
    i18n: ENGLISH,
    number: a.number,
    actionPlan: a.actionPlan,
    pillar: pillarById.get(a.pillarId)?.slug ?? 'unknown',
    secondaryPillars: (themesByAction.get(a.id) ?? []).map((th) => pillarById.get(th.pillarId)?.slug).filter((s): s is string => s !== undefined),
    title: a.title,
    summary: a.summary,
    paragraphs: a.paragraphs,
    document: rows.documents[0]?.shortTitle ?? '',
    indicators: indicatorsByAction.get(a.id) ?? [],
  }));
}

/** The conflicts the ISU recorded, their indicators in catalogue order. */
export function buildConflicts(rows: CatalogueRows): Conflict[] {
  const actionById = new Map(rows.actions.map((a) => [a.id, a]));
  const conflictIndicators = new Map<string, string[]>();
  for (const link of rows.conflictIndicators) {
    conflictIndicators.set(link.conflictId, [...(conflictIndicators.get(link.conflictId) ?? []), link.indicatorId]);
  }
  const indicatorOrder = new Map(rows.indicators.map((i, index) => [i.id, index]));
  return rows.conflicts.map((c) => ({
    id: c.id,
    indicators: (conflictIndicators.get(c.id) ?? []).sort((a, b) => (indicatorOrder.get(a) ?? 0) - (indicatorOrder.get(b) ?? 0)),
    action: c.actionId === null ? null : (actionById.get(c.actionId)?.number ?? null),
    series: c.seriesName,
    description: c.description,
    statements: c.statements,
  }));
}

/** Every old→new relation between the public plans, with the titles on both sides. */
export function buildCrosswalk(rows: CatalogueRows): CrosswalkEntry[] {
  const actionByPlanAndNumber = new Map(rows.actions.map((a) => [`${a.actionPlan}|${a.number}`, a]));
  const indicatorRow = new Map(rows.indicators.map((i) => [i.id, i]));
  const titleOf = (entity: 'indicator' | 'action', plan: string | null, key: string | null): string | null => {
    if (key === null) return null;
    if (entity === 'indicator') return indicatorRow.get(key)?.title ?? null;
    return actionByPlanAndNumber.get(`${plan ?? ''}|${key}`)?.title ?? null;
  };
  return rows.crosswalk.map((x) => ({
    id: x.id,
    entity: x.entity,
    fromPlan: x.fromPlan,
    from: x.fromKey,
    fromTitle: titleOf(x.entity, x.fromPlan, x.fromKey),
    toPlan: x.toPlan,
    to: x.toKey,
    toTitle: titleOf(x.entity, x.toPlan, x.toKey),
    relation: x.relation,
    note: x.note,
  }));
}

/** An indicator's predecessor (the first link to it) and successors in the crosswalk. */
export function lineageResolver(crosswalk: CrosswalkEntry[]): (id: string) => Lineage {
  const indicatorLinks = crosswalk.filter((x) => x.entity === 'indicator');
  return (id) => {
    const back = indicatorLinks.find((x) => x.to === id && x.from !== null && x.fromPlan !== null);
    return {
      predecessor: back ? { indicator: back.from ?? '', plan: back.fromPlan ?? '', relation: back.relation, note: back.note } : null,
      successors: indicatorLinks
        .filter((x) => x.from === id && x.toPlan !== null)
        .map((x) => ({ indicator: x.to, plan: x.toPlan ?? '', relation: x.relation, note: x.note })),
    };
  };
}

/** Each plan's pillars with their counts of actions and indicators. */
export function buildPillars(rows: CatalogueRows, actions: Action[], indicators: Indicator[], planOfIndicator: Map<string, string>): Pillar[] {
  const count = (key: string, counts: Map<string, number>) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const actionCounts = new Map<string, number>();
  for (const a of actions) count(`${a.actionPlan}|${a.pillar}`, actionCounts);
  const indicatorCounts = new Map<string, number>();
  for (const i of indicators) count(`${planOfIndicator.get(i.id) ?? ''}|${i.pillar}`, indicatorCounts);
  return rows.pillars.map((p) => ({
    slug: p.slug,
    actionPlan: p.actionPlan,
    name: p.name,
    actionFrom: p.actionFrom,
    actionTo: p.actionTo,
    order: p.sortOrder,
    paragraphs: p.paragraphs,
    i18n: ENGLISH,
    actionCount: actionCounts.get(`${p.actionPlan}|${p.slug}`) ?? 0,
    indicatorCount: indicatorCounts.get(`${p.actionPlan}|${p.slug}`) ?? 0,
  }));
}

export function buildSeries(rows: CatalogueRows, conflicts: Conflict[], titleOfDocument: (id: string) => string): Series[] {
  // Series points name States in the document's English words; their codes come from the same resolver the States use.
  const codeOfName = stateNameResolver(rows.states);
  return rows.series.map((s) => {
    const points = rows.seriesPoints
      .filter((p) => p.seriesName === s.name)
      .map((p) => ({
        period: p.period,
        measure: p.measure,
        value: p.value,
        unit: p.unit,
        qualifier: p.qualifier,
        provisional: p.provisional,
        states: p.states,
        stateCodes: p.states === null ? null : [...new Set(p.states.flatMap((name) => codeOfName(name) ?? []))],
        source: { document: titleOfDocument(p.documentId), paragraph: p.paragraph },
        quote: p.quote,
        note: p.note,
        underReview: underReviewOf(p),
      }));
    return {
      name: s.name,
      title: s.title,
      description: s.description,
      periods: uniq(points.map((p) => p.period)),
      measures: uniq(points.map((p) => p.measure)),
      points,
      conflicts: conflicts.filter((c) => c.series === s.name),
    };
  });
}

/** Plan titles in other languages, by "plan|lang". */
export function planTitlesOf(rows: CatalogueRows): Map<string, string> {
  return new Map(
    rows.actionPlans.flatMap((p) =>
      (
        [
          ['fr', p.titleFr],
          ['es', p.titleEs],
          ['ar', p.titleAr],
        ] as const
      ).flatMap(([lang, title]) => (title === null ? [] : [[`${p.code}|${lang}`, title] as const])),
    ),
  );
}
