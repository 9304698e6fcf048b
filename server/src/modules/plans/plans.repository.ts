// Drizzle queries for setting plans up: plans and their structure, shared cycles, the crosswalk.
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { eqOrNull } from '../../db/where.ts';

export type PlanRow = typeof t.actionPlans.$inferSelect;
export type CycleRow = typeof t.cycles.$inferSelect;
export type CrosswalkRow = typeof t.crosswalk.$inferSelect;

export function allPlans(db: Db): PlanRow[] {
  return db.select().from(t.actionPlans).orderBy(asc(t.actionPlans.startYear), asc(t.actionPlans.code)).all();
}

/** A plan by its code without regard to case ("nap" → NAP). */
export function findPlan(db: Db, code: string): PlanRow | undefined {
  return db.select().from(t.actionPlans).where(sql`lower(${t.actionPlans.code}) = lower(${code})`).get();
}

export function insertPlan(db: Db, values: typeof t.actionPlans.$inferInsert) {
  db.insert(t.actionPlans).values(values).run();
}

export function setPlanPublished(db: Db, code: string, at: string) {
  db.update(t.actionPlans).set({ publishedAt: at }).where(eq(t.actionPlans.code, code)).run();
}

export function pillarsOf(db: Db, plan: string) {
  return db.select().from(t.pillars).where(eq(t.pillars.actionPlan, plan)).orderBy(asc(t.pillars.sortOrder), asc(t.pillars.id)).all();
}

export function actionsOf(db: Db, plan: string) {
  return db
    .select({ action: t.actions, pillarSlug: t.pillars.slug })
    .from(t.actions)
    .innerJoin(t.pillars, eq(t.pillars.id, t.actions.pillarId))
    .where(eq(t.actions.actionPlan, plan))
    .orderBy(asc(t.actions.number))
    .all();
}

export function indicatorsOf(db: Db, plan: string) {
  return db
    .select({ indicator: t.indicators, actionNumber: t.actions.number })
    .from(t.indicators)
    .innerJoin(t.actions, eq(t.actions.id, t.indicators.actionId))
    .where(eq(t.actions.actionPlan, plan))
    .orderBy(asc(t.actions.number), asc(t.indicators.sortOrder))
    .all();
}

/** Every indicator id with its plan (ids are unique across plans). */
export function indicatorPlans(db: Db): Map<string, string> {
  const rows = db
    .select({ id: t.indicators.id, plan: t.actions.actionPlan })
    .from(t.indicators)
    .innerJoin(t.actions, eq(t.actions.id, t.indicators.actionId))
    .all();
  return new Map(rows.map((r) => [r.id, r.plan]));
}

export function findIndicator(db: Db, id: string) {
  return db
    .select({ indicator: t.indicators, plan: t.actions.actionPlan })
    .from(t.indicators)
    .innerJoin(t.actions, eq(t.actions.id, t.indicators.actionId))
    .where(eq(t.indicators.id, id))
    .get();
}

export function findAction(db: Db, plan: string, number: number) {
  return db.select().from(t.actions).where(and(eq(t.actions.actionPlan, plan), eq(t.actions.number, number))).get();
}

export function findPillar(db: Db, plan: string, slug: string) {
  return db.select().from(t.pillars).where(and(eq(t.pillars.actionPlan, plan), eq(t.pillars.slug, slug))).get();
}

export function insertPillar(db: Db, values: typeof t.pillars.$inferInsert) {
  return db.insert(t.pillars).values(values).returning().get();
}

export function insertAction(db: Db, values: typeof t.actions.$inferInsert) {
  return db.insert(t.actions).values(values).returning().get();
}

export function insertIndicator(db: Db, values: typeof t.indicators.$inferInsert) {
  db.insert(t.indicators).values(values).run();
}

/** The next sort order after the plan's pillars, or after its indicators. */
export function nextPillarOrder(db: Db, plan: string): number {
  return (db.select({ n: sql<number | null>`max(${t.pillars.sortOrder})` }).from(t.pillars).where(eq(t.pillars.actionPlan, plan)).get()?.n ?? -1) + 1;
}

export function nextIndicatorOrder(db: Db, plan: string): number {
  const max = db
    .select({ n: sql<number | null>`max(${t.indicators.sortOrder})` })
    .from(t.indicators)
    .innerJoin(t.actions, eq(t.actions.id, t.indicators.actionId))
    .where(eq(t.actions.actionPlan, plan))
    .get()?.n;
  return (max ?? -1) + 1;
}

// --- Cycles ---------------------------------------------------------------------------------

export function allCycleCodes(db: Db): string[] {
  return db.select({ code: t.cycles.code }).from(t.cycles).all().map((c) => c.code);
}

/** A cycle by its code, exactly or else without regard to case. */
export function findCycle(db: Db, code: string): CycleRow | undefined {
  return (
    db.select().from(t.cycles).where(eq(t.cycles.code, code)).get() ??
    db.select().from(t.cycles).where(sql`lower(${t.cycles.code}) = lower(${code})`).get()
  );
}

export function cyclesOf(db: Db, plan: string): CycleRow[] {
  return db.select().from(t.cycles).where(eq(t.cycles.actionPlan, plan)).orderBy(asc(t.cycles.ordinal)).all();
}

/** The cycles of other plans that also count for this one. */
export function sharedCyclesOf(db: Db, plan: string): CycleRow[] {
  return db
    .select({ cycle: t.cycles })
    .from(t.cyclePlans)
    .innerJoin(t.cycles, eq(t.cycles.code, t.cyclePlans.cycle))
    .where(eq(t.cyclePlans.actionPlan, plan))
    .orderBy(asc(t.cycles.year), asc(t.cycles.ordinal))
    .all()
    .map((r) => r.cycle);
}

export function insertCycle(db: Db, values: typeof t.cycles.$inferInsert) {
  db.insert(t.cycles).values(values).run();
}

export function isShared(db: Db, cycle: string, plan: string): boolean {
  return db.select().from(t.cyclePlans).where(and(eq(t.cyclePlans.cycle, cycle), eq(t.cyclePlans.actionPlan, plan))).get() !== undefined;
}

export function insertSharedCycle(db: Db, cycle: string, plan: string) {
  db.insert(t.cyclePlans).values({ cycle, actionPlan: plan }).onConflictDoNothing().run();
}

export function deleteSharedCycle(db: Db, cycle: string, plan: string) {
  db.delete(t.cyclePlans).where(and(eq(t.cyclePlans.cycle, cycle), eq(t.cyclePlans.actionPlan, plan))).run();
}

/** How many published figures and change-log rows of the plan's indicators name the cycle (as cycle or span start). */
export function figuresOnCycle(db: Db, plan: string, cycle: string): { observations: number; changes: number } {
  const ids = [...indicatorPlans(db)].filter(([, p]) => p === plan).map(([id]) => id);
  if (ids.length === 0) return { observations: 0, changes: 0 };
  const count = (table: typeof t.observations | typeof t.observationChanges) =>
    db
      .select({ n: sql<number>`count(*)` })
      .from(table)
      .where(and(inArray(table.indicatorId, ids), or(eq(table.cycle, cycle), eq(table.spanFrom, cycle))))
      .get()?.n ?? 0;
  return { observations: count(t.observations), changes: count(t.observationChanges) };
}

// --- Crosswalk ------------------------------------------------------------------------------

/** An entry's two ends, each a plan and a key; null where the end is open. */
const CROSSWALK_ENDS = ['fromPlan', 'fromKey', 'toPlan', 'toKey'] as const;

export function findCrosswalkDuplicate(
  db: Db,
  entry: { entity: CrosswalkRow['entity']; fromPlan: string | null; fromKey: string | null; toPlan: string | null; toKey: string | null },
) {
  return db
    .select()
    .from(t.crosswalk)
    .where(and(eq(t.crosswalk.entity, entry.entity), ...CROSSWALK_ENDS.map((end) => eqOrNull(t.crosswalk[end], entry[end]))))
    .get();
}

export function insertCrosswalk(db: Db, values: typeof t.crosswalk.$inferInsert): CrosswalkRow {
  return db.insert(t.crosswalk).values(values).returning().get();
}

/** The crosswalk entries into a plan (to_plan: a discontinued entry names the new plan too), oldest first. */
export function crosswalkOf(db: Db, plan: string): CrosswalkRow[] {
  return db.select().from(t.crosswalk).where(eq(t.crosswalk.toPlan, plan)).orderBy(asc(t.crosswalk.id)).all();
}

export function findCrosswalk(db: Db, id: number): CrosswalkRow | undefined {
  return db.select().from(t.crosswalk).where(eq(t.crosswalk.id, id)).get();
}

export function deleteCrosswalk(db: Db, id: number) {
  db.delete(t.crosswalk).where(eq(t.crosswalk.id, id)).run();
}

/** Crosswalk entries per new plan (to_plan). */
export function crosswalkCounts(db: Db): Map<string, number> {
  const rows = db
    .select({ plan: t.crosswalk.toPlan, n: sql<number>`count(*)` })
    .from(t.crosswalk)
    .groupBy(t.crosswalk.toPlan)
    .all();
  return new Map(rows.flatMap((r) => (r.plan === null ? [] : [[r.plan, r.n] as const])));
}

/** Per plan: how many pillars, actions, indicators and cycles (its own and those shared with it) it has. */
export function structureCounts(db: Db): Map<string, { pillars: number; actions: number; indicators: number; cycles: number }> {
  const counts = new Map<string, { pillars: number; actions: number; indicators: number; cycles: number }>();
  const bump = (rows: { plan: string; n: number }[], key: 'pillars' | 'actions' | 'indicators' | 'cycles') => {
    for (const { plan, n } of rows) {
      const entry = counts.get(plan) ?? { pillars: 0, actions: 0, indicators: 0, cycles: 0 };
      entry[key] += n;
      counts.set(plan, entry);
    }
  };
  const n = sql<number>`count(*)`;
  bump(db.select({ plan: t.pillars.actionPlan, n }).from(t.pillars).groupBy(t.pillars.actionPlan).all(), 'pillars');
  bump(db.select({ plan: t.actions.actionPlan, n }).from(t.actions).groupBy(t.actions.actionPlan).all(), 'actions');
  bump(
    db.select({ plan: t.actions.actionPlan, n }).from(t.indicators).innerJoin(t.actions, eq(t.actions.id, t.indicators.actionId)).groupBy(t.actions.actionPlan).all(),
    'indicators',
  );
  bump(db.select({ plan: t.cycles.actionPlan, n }).from(t.cycles).groupBy(t.cycles.actionPlan).all(), 'cycles');
  bump(db.select({ plan: t.cyclePlans.actionPlan, n }).from(t.cyclePlans).groupBy(t.cyclePlans.actionPlan).all(), 'cycles');
  return counts;
}
