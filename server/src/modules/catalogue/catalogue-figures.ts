// The published figures of the catalogue, from its rows: each indicator's observations (revisions, counted States,
// names withheld by the publication level), the figures withdrawn since, and the status overrides in force.
import type { Cycle, Indicator, Observation } from '@ccm/shared/schemas/api';
import { STATUS_CODES } from '@ccm/shared/schemas/common';
import type { CatalogueRows } from './catalogue.repository.ts';
import { countedOf, englishNameOf, figureKey, groupCountedRows, withheldCountedOf, withheldIndicators } from '../states/states.service.ts';
import { underReviewOf } from './catalogue-structure.ts';

/** Observations turned into figures between two yields of the steps below. */
const OBSERVATIONS_PER_STEP = 250;

export interface Figures {
  observationsByIndicator: Map<string, Observation[]>;
  /** missing_only's whole counted lists (to say who is missing), by figureKey: never published. */
  fullCounted: Map<string, Observation['counted']>;
  /** The counted States' rows of the indicators that publish them, by figureKey. */
  countedRows: ReturnType<typeof groupCountedRows>;
  nameOfState: (code: string) => string;
}

/** Each indicator's observations on the public cycles, in the order of the rows; yields every few hundred. */
export function* buildFiguresInSteps(rows: CatalogueRows, cycles: Cycle[], titleOfDocument: (id: string) => string): Generator<unknown, Figures, undefined> {
  const visibleCycle = new Set(cycles.map((c) => c.code));
  const revisionsByKey = new Map<string, Observation['revisions']>();
  for (const change of rows.publishedChanges) {
    if (!change.before || !change.publishedAt) continue;
    const key = `${change.indicatorId}|${change.cycle}|${change.spanFrom ?? ''}`;
    revisionsByKey.set(key, [
      ...(revisionsByKey.get(key) ?? []),
      { revisedAt: change.publishedAt, previousValue: change.before.value, previousReporting: change.before.reporting, reason: change.reason },
    ]);
  }
  yield;
  // Names withheld by the ISU's publication level never leave the build: the rows behind them are dropped here,
  // before the observations, the States' mentions or any export is built; only the count is kept (withheldCountedOf).
  const withheld = withheldIndicators(rows.indicators);
  const countedRows = groupCountedRows(rows.observationStates.filter((r) => !withheld.has(r.indicatorId)));
  const withheldRows = groupCountedRows(rows.observationStates.filter((r) => withheld.has(r.indicatorId)));
  const stateName = new Map(rows.states.map((st) => [st.code, englishNameOf(st)]));
  const nameOfState = (code: string) => stateName.get(code) ?? code;
  const observationsByIndicator = new Map<string, Observation[]>();
  // missing_only needs the whole counted list to say who is missing; it stays here and is never published.
  const missingOnly = new Set(rows.indicators.filter((i) => i.publicationLevel === 'missing_only').map((i) => i.id));
  const fullCounted = new Map<string, Observation['counted']>();
  let observationCount = 0;
  yield;
  for (const o of rows.observations) {
    if (++observationCount % OBSERVATIONS_PER_STEP === 0) yield;
    if (!visibleCycle.has(o.cycle)) continue;
    const list = observationsByIndicator.get(o.indicatorId) ?? [];
    const document = o.sourceRef ?? (o.documentId === null ? '' : titleOfDocument(o.documentId));
    list.push({
      cycle: o.cycle,
      spanFrom: o.spanFrom,
      value: o.value,
      qualifier: o.qualifier,
      denominator: o.denominator,
      reporting: o.reporting,
      source: { document, paragraph: o.paragraph },
      quote: o.quote,
      note: o.note,
      cycleInferred: o.cycleInferred,
      underReview: underReviewOf(o),
      revisions: revisionsByKey.get(`${o.indicatorId}|${o.cycle}|${o.spanFrom ?? ''}`) ?? [],
      population: null,
      counted: withheld.has(o.indicatorId)
        ? withheldCountedOf({ value: o.value, document }, withheldRows.get(figureKey(o.indicatorId, o.cycle, o.spanFrom)) ?? [], titleOfDocument)
        : countedOf({ value: o.value, qualifier: o.qualifier, document }, countedRows.get(figureKey(o.indicatorId, o.cycle, o.spanFrom)) ?? [], nameOfState, titleOfDocument),
    });
    observationsByIndicator.set(o.indicatorId, list);
    if (missingOnly.has(o.indicatorId)) {
      const key = figureKey(o.indicatorId, o.cycle, o.spanFrom);
      fullCounted.set(key, countedOf({ value: o.value, qualifier: o.qualifier, document: '' }, withheldRows.get(key) ?? [], nameOfState, titleOfDocument));
    }
  }
  return { observationsByIndicator, fullCounted, countedRows, nameOfState };
}

/** A figure the ISU published and then withdrew has no observation left: its latest published change says so. */
export function withdrawnFigures(rows: CatalogueRows, cycles: Cycle[]): Map<string, Indicator['withdrawn']> {
  const visibleCycle = new Set(cycles.map((c) => c.code));
  const observed = new Set(rows.observations.map((o) => figureKey(o.indicatorId, o.cycle, o.spanFrom)));
  const withdrawnBy = new Map<string, Indicator['withdrawn']>();
  const latestChange = new Set<string>();
  for (const change of rows.publishedChanges) {
    const key = figureKey(change.indicatorId, change.cycle, change.spanFrom);
    if (latestChange.has(key)) continue; // newest first: only the latest published change of a figure counts
    latestChange.add(key);
    if (change.after !== null || observed.has(key) || !change.publishedAt || !visibleCycle.has(change.cycle)) continue;
    withdrawnBy.set(change.indicatorId, [
      ...(withdrawnBy.get(change.indicatorId) ?? []),
      { cycle: change.cycle, spanFrom: change.spanFrom, previousValue: change.before?.value ?? null, withdrawnAt: change.publishedAt, reason: change.reason },
    ]);
  }
  return withdrawnBy;
}

interface OverrideRowLike {
  id: number;
  indicatorId: string;
  code: string | null;
  state: string;
  publicationId: number | null;
}

/**
 * Each indicator's latest published override row, the one in force unless its code is null (a withdrawal). "Latest"
 * is by publication (rows from before publications existed come first, by id), then by id: drafts, superseded and
 * discarded rows are never public.
 */
export function overridesInForce<T extends OverrideRowLike>(rows: readonly T[]): Map<string, T> {
  const published = rows.filter((o) => o.state === 'published').sort((a, b) => (a.publicationId ?? 0) - (b.publicationId ?? 0) || a.id - b.id);
  return new Map(published.map((o) => [o.indicatorId, o]));
}

/** The override in force on an indicator, as the public sees it (null when none, or withdrawn). */
export function overrideResolver(rows: CatalogueRows): (indicatorId: string) => Indicator['override'] {
  const latestOverride = overridesInForce(rows.statusOverrides);
  return (indicatorId) => {
    const o = latestOverride.get(indicatorId);
    const code = STATUS_CODES.find((c) => c === o?.code);
    return o && code ? { code, justification: o.justification, createdAt: o.createdAt, publishedAt: o.publishedAt } : null;
  };
}

/**
 * "Data last changed": the latest publication of a figure or a status the public sees; null while the data is as
 * bundled (loading or updating the bundled data is not a change anyone published).
 */
export function lastPublishedAt(rows: { publishedChanges: { publishedAt: string | null }[]; statusOverrides: { publishedAt: string | null }[] }): string | null {
  let latest: string | null = null;
  for (const { publishedAt } of [...rows.publishedChanges, ...rows.statusOverrides]) if (publishedAt !== null && (latest === null || publishedAt > latest)) latest = publishedAt;
  return latest;
}
