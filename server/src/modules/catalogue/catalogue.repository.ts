// Drizzle queries only: reads every public table of the catalogue as rows.
import { asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { readStateRows } from '../states/states.repository.ts';
import { runToEnd } from './steps.ts';

/**
 * Rows read per step from the tables that grow with the data (indicators, observations): at 100 times the bundled data
 * a page of 2,000 observations took 40-110 ms, and the 5,000 indicators at once 70-140 ms, on a busy 2-core machine.
 */
const ROWS_PER_PAGE = 500;

/**
 * Every table of the catalogue in steps: a few tables, or a page of observations, between two yields. The caller
 * that runs the steps across turns of the event loop must check the data version did not move meanwhile.
 */
export function* readCatalogueRowsInSteps(db: Db) {
  const documents = db.select().from(t.documents).all();
  const actionPlans = db.select().from(t.actionPlans).orderBy(asc(t.actionPlans.startYear)).all();
  const cycles = db.select().from(t.cycles).orderBy(asc(t.cycles.actionPlan), asc(t.cycles.ordinal)).all();
  const pillars = db.select().from(t.pillars).orderBy(asc(t.pillars.actionPlan), asc(t.pillars.sortOrder)).all();
  const actions = db.select().from(t.actions).orderBy(asc(t.actions.actionPlan), asc(t.actions.number)).all();
  const actionThemes = db.select().from(t.actionThemes).all();
  yield;
  // By sort order, ties in the order SQLite stores them (rowid), so that the pages add up to the one list.
  const indicators: (typeof t.indicators.$inferSelect)[] = [];
  for (;;) {
    const page = db.select().from(t.indicators).orderBy(asc(t.indicators.sortOrder), asc(sql`rowid`)).limit(ROWS_PER_PAGE).offset(indicators.length).all();
    indicators.push(...page);
    yield;
    if (page.length < ROWS_PER_PAGE) break;
  }
  const observations: (typeof t.observations.$inferSelect)[] = [];
  for (;;) {
    const after = observations.at(-1)?.id ?? 0;
    const page = db.select().from(t.observations).where(gt(t.observations.id, after)).orderBy(asc(t.observations.id)).limit(ROWS_PER_PAGE).all();
    observations.push(...page);
    if (page.length < ROWS_PER_PAGE) break;
    yield;
  }
  yield;
  const conflicts = db.select().from(t.conflicts).orderBy(asc(t.conflicts.id)).all();
  const conflictIndicators = db.select().from(t.conflictIndicators).all();
  const documentComments = db
    .select()
    .from(t.documentComments)
    .orderBy(asc(t.documentComments.paragraph), asc(t.documentComments.id))
    .all();
  const series = db.select().from(t.series).orderBy(asc(t.series.sortOrder)).all();
  const seriesPoints = db.select().from(t.seriesPoints).orderBy(asc(t.seriesPoints.sortOrder)).all();
  yield;
  const publishedChanges = db
    .select()
    .from(t.observationChanges)
    .where(eq(t.observationChanges.state, 'published'))
    .orderBy(desc(t.observationChanges.publishedAt), desc(t.observationChanges.id))
    .all();
  const statusOverrides = db.select().from(t.statusOverrides).orderBy(asc(t.statusOverrides.id)).all();
  const translations = db.select().from(t.translations).all();
  const cyclePlans = db.select().from(t.cyclePlans).all();
  const crosswalk = db.select().from(t.crosswalk).orderBy(asc(t.crosswalk.id)).all();
  yield;
  const stateRows = readStateRows(db);
  yield;
  return {
    documents,
    actionPlans,
    cycles,
    pillars,
    actions,
    actionThemes,
    indicators,
    observations,
    conflicts,
    conflictIndicators,
    documentComments,
    series,
    seriesPoints,
    publishedChanges,
    statusOverrides,
    translations,
    cyclePlans,
    crosswalk,
    ...stateRows,
  };
}

export function readCatalogueRows(db: Db) {
  return runToEnd(readCatalogueRowsInSteps(db));
}

/**
 * The rows the public may see: a plan the ISU is still setting up (published_at null) is left out with everything that
 * belongs to it (cycles, pillars, actions, indicators and their figures and the States these count, shared cycles, crosswalk entries, texts).
 */
export function publicRows(rows: CatalogueRows): CatalogueRows {
  const hidden = new Set(rows.actionPlans.filter((p) => p.publishedAt === null).map((p) => p.code));
  if (hidden.size === 0) return rows;
  const actions = rows.actions.filter((a) => !hidden.has(a.actionPlan));
  const actionIds = new Set(actions.map((a) => a.id));
  const indicators = rows.indicators.filter((i) => actionIds.has(i.actionId));
  const indicatorIds = new Set(indicators.map((i) => i.id));
  const pillars = rows.pillars.filter((p) => !hidden.has(p.actionPlan));
  const pillarIds = new Set(pillars.map((p) => p.id));
  const cycles = rows.cycles.filter((c) => !hidden.has(c.actionPlan));
  const cycleCodes = new Set(cycles.map((c) => c.code));
  const conflicts = rows.conflicts.filter((c) => c.actionId === null || actionIds.has(c.actionId));
  const conflictIds = new Set(conflicts.map((c) => c.id));
  const visiblePlan = (plan: string | null) => plan === null || !hidden.has(plan);
  return {
    ...rows,
    actionPlans: rows.actionPlans.filter((p) => !hidden.has(p.code)),
    cycles,
    pillars,
    actions,
    actionThemes: rows.actionThemes.filter((th) => actionIds.has(th.actionId) && pillarIds.has(th.pillarId)),
    indicators,
    observations: rows.observations.filter((o) => indicatorIds.has(o.indicatorId) && cycleCodes.has(o.cycle)),
    conflicts,
    conflictIndicators: rows.conflictIndicators.filter((l) => conflictIds.has(l.conflictId) && indicatorIds.has(l.indicatorId)),
    publishedChanges: rows.publishedChanges.filter((c) => indicatorIds.has(c.indicatorId) && cycleCodes.has(c.cycle)),
    statusOverrides: rows.statusOverrides.filter((o) => indicatorIds.has(o.indicatorId)),
    translations: rows.translations.filter((tr) => !hidden.has(tr.actionPlan)),
    cyclePlans: rows.cyclePlans.filter((cp) => !hidden.has(cp.actionPlan) && cycleCodes.has(cp.cycle)),
    crosswalk: rows.crosswalk.filter((x) => visiblePlan(x.fromPlan) && visiblePlan(x.toPlan)),
    observationStates: rows.observationStates.filter((o) => indicatorIds.has(o.indicatorId) && cycleCodes.has(o.cycle)),
  };
}

export type CatalogueRows = ReturnType<typeof readCatalogueRows>;
