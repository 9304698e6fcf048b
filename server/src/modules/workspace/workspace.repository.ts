// Drizzle queries of the workspace: observations by key, the change log, cycles, overrides and content.
import { and, asc, desc, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { eqOrNull, figureIs } from '../../db/where.ts';

export interface ObservationKey {
  indicatorId: string;
  cycle: string;
  spanFrom: string | null;
}


export function findObservation(db: Db, key: ObservationKey) {
  return db
    .select()
    .from(t.observations)
    .where(figureIs(t.observations, key))
    .get();
}

export function observationsOfIndicator(db: Db, indicatorId: string) {
  return db.select().from(t.observations).where(eq(t.observations.indicatorId, indicatorId)).all();
}

export function insertObservation(db: Db, values: typeof t.observations.$inferInsert) {
  db.insert(t.observations).values(values).run();
}

export function updateObservation(db: Db, id: number, values: Partial<typeof t.observations.$inferInsert>) {
  db.update(t.observations).set(values).where(eq(t.observations.id, id)).run();
}

export function deleteObservation(db: Db, id: number) {
  db.delete(t.observations).where(eq(t.observations.id, id)).run();
}

/** The changes of one figure (indicator, cycle, span) in one state. */
const changesOf = (db: Db, key: ObservationKey, state: 'draft' | 'published') =>
  db
    .select()
    .from(t.observationChanges)
    .where(and(figureIs(t.observationChanges, key), eq(t.observationChanges.state, state)));

export function findDraft(db: Db, key: ObservationKey) {
  return changesOf(db, key, 'draft').get();
}

/** The published change a figure's public record came from (the latest published; null: never changed in the workspace). */
export function latestPublishedChange(db: Db, key: ObservationKey) {
  return changesOf(db, key, 'published').orderBy(desc(t.observationChanges.publishedAt), desc(t.observationChanges.id)).get();
}

export function draftsOfIndicator(db: Db, indicatorId: string) {
  return db
    .select()
    .from(t.observationChanges)
    .where(and(eq(t.observationChanges.indicatorId, indicatorId), eq(t.observationChanges.state, 'draft')))
    .all();
}

export function draftsOfCycle(db: Db, cycle: string) {
  return db
    .select()
    .from(t.observationChanges)
    .where(and(eq(t.observationChanges.cycle, cycle), eq(t.observationChanges.state, 'draft')))
    .orderBy(asc(t.observationChanges.id))
    .all();
}

export function countDraftsByCycle(db: Db): Map<string, number> {
  const rows = db
    .select({ cycle: t.observationChanges.cycle, n: sql<number>`count(*)` })
    .from(t.observationChanges)
    .where(eq(t.observationChanges.state, 'draft'))
    .groupBy(t.observationChanges.cycle)
    .all();
  return new Map(rows.map((r) => [r.cycle, r.n]));
}

export function insertChange(db: Db, values: typeof t.observationChanges.$inferInsert) {
  return db.insert(t.observationChanges).values(values).returning().get();
}

export function setChangeState(db: Db, id: number, state: 'superseded' | 'published' | 'discarded', published?: { at: string; by: number }) {
  db.update(t.observationChanges)
    .set({ state, ...(published ? { publishedAt: published.at, publishedById: published.by } : {}) })
    .where(eq(t.observationChanges.id, id))
    .run();
}

export function findChange(db: Db, id: number) {
  return db.select().from(t.observationChanges).where(eq(t.observationChanges.id, id)).get();
}

export function listChanges(db: Db, filter: { indicatorId?: string | undefined; cycle?: string | undefined; limit: number }) {
  const conditions = [
    filter.indicatorId ? eq(t.observationChanges.indicatorId, filter.indicatorId) : undefined,
    filter.cycle ? eq(t.observationChanges.cycle, filter.cycle) : undefined,
  ].filter((c) => c !== undefined);
  return db
    .select()
    .from(t.observationChanges)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(t.observationChanges.id))
    .limit(filter.limit)
    .all();
}

export function userEmails(db: Db): Map<number, string> {
  return new Map(db.select({ id: t.users.id, email: t.users.email }).from(t.users).all().map((u) => [u.id, u.email]));
}

export function allCycles(db: Db) {
  return db.select().from(t.cycles).orderBy(asc(t.cycles.actionPlan), asc(t.cycles.ordinal)).all();
}

export function findCycle(db: Db, code: string) {
  return db.select().from(t.cycles).where(eq(t.cycles.code, code)).get();
}

/** A cycle whose code is the same without regard to case ("14msp" and "14MSP"). */
export function findCycleIgnoringCase(db: Db, code: string) {
  return db.select().from(t.cycles).where(sql`lower(${t.cycles.code}) = lower(${code})`).get();
}

export function updateCycle(db: Db, code: string, values: Partial<Pick<typeof t.cycles.$inferInsert, 'year' | 'meeting' | 'startDate' | 'endDate'>>) {
  db.update(t.cycles).set(values).where(eq(t.cycles.code, code)).run();
}

export function deleteCycle(db: Db, code: string) {
  db.delete(t.cycles).where(eq(t.cycles.code, code)).run();
}

/** How many published figures and change-log rows (of any state) name a cycle, as its cycle or the start of a span. */
export function cycleReferences(db: Db, code: string): { observations: number; changes: number; drafts: number } {
  const count = (table: typeof t.observations | typeof t.observationChanges, extra?: ReturnType<typeof eq>) =>
    db
      .select({ n: sql<number>`count(*)` })
      .from(table)
      .where(and(or(eq(table.cycle, code), eq(table.spanFrom, code)), extra))
      .get()?.n ?? 0;
  return {
    observations: count(t.observations),
    changes: count(t.observationChanges),
    drafts: count(t.observationChanges, eq(t.observationChanges.state, 'draft')),
  };
}

export function insertCycle(db: Db, values: typeof t.cycles.$inferInsert) {
  db.insert(t.cycles).values(values).run();
}

export function setCycleOrdinal(db: Db, code: string, ordinal: number) {
  db.update(t.cycles).set({ ordinal }).where(eq(t.cycles.code, code)).run();
}

export function publishCycleRow(db: Db, code: string, at: string) {
  db.update(t.cycles).set({ status: 'published', publishedAt: at }).where(eq(t.cycles.code, code)).run();
}

/** The plans a cycle also counts for besides its own (a shared transition cycle). */
export function plansSharingCycle(db: Db, cycle: string): string[] {
  return db.select({ plan: t.cyclePlans.actionPlan }).from(t.cyclePlans).where(eq(t.cyclePlans.cycle, cycle)).all().map((r) => r.plan);
}

export function findActionPlan(db: Db, code: string) {
  return db.select().from(t.actionPlans).where(eq(t.actionPlans.code, code)).get();
}

/** A plan by its code without regard to case ("lap" → LAP). */
export function findActionPlanIgnoringCase(db: Db, code: string) {
  return db.select().from(t.actionPlans).where(sql`lower(${t.actionPlans.code}) = lower(${code})`).get();
}

/** The current plan: the latest by start year (as the public catalogue has it). */
export function currentActionPlan(db: Db) {
  return db.select().from(t.actionPlans).orderBy(desc(t.actionPlans.startYear), desc(t.actionPlans.code)).get();
}

/** The plan an indicator belongs to (through its action). */
export function planOfIndicator(db: Db, id: string): string | undefined {
  return db
    .select({ actionPlan: t.actions.actionPlan })
    .from(t.indicators)
    .innerJoin(t.actions, eq(t.actions.id, t.indicators.actionId))
    .where(eq(t.indicators.id, id))
    .get()?.actionPlan;
}

export function findIndicator(db: Db, id: string) {
  return db.select().from(t.indicators).where(eq(t.indicators.id, id)).get();
}

export function indicatorsWithActions(db: Db) {
  return db
    .select({ indicator: t.indicators, action: t.actions, pillarSlug: t.pillars.slug })
    .from(t.indicators)
    .innerJoin(t.actions, eq(t.actions.id, t.indicators.actionId))
    .innerJoin(t.pillars, eq(t.pillars.id, t.actions.pillarId))
    .orderBy(asc(t.actions.number), asc(t.indicators.sortOrder))
    .all();
}

export function documentTitles(db: Db): Map<string, string> {
  return new Map(db.select().from(t.documents).all().map((d) => [d.id, d.shortTitle]));
}

export function insertOverride(db: Db, values: typeof t.statusOverrides.$inferInsert) {
  return db.insert(t.statusOverrides).values(values).returning().get();
}

export function findAction(db: Db, actionPlan: string, number: number) {
  return db.select().from(t.actions).where(and(eq(t.actions.actionPlan, actionPlan), eq(t.actions.number, number))).get();
}

export interface ContentKey {
  actionPlan: string;
  entity: 'action' | 'indicator' | 'pillar';
  key: string;
  field: string;
}

/** The rows of a table about one text in one language (null: the plan's own language). */
const textIs = (table: typeof t.contentChanges | typeof t.translations, content: ContentKey, lang: string | null) =>
  and(
    eq(table.actionPlan, content.actionPlan),
    eq(table.entity, content.entity),
    eq(table.key, content.key),
    eq(table.field, content.field),
    eqOrNull(table.lang, lang),
  );

export function findContentDraft(db: Db, content: ContentKey, lang: string | null = null) {
  return db.select().from(t.contentChanges).where(and(textIs(t.contentChanges, content, lang), eq(t.contentChanges.state, 'draft'))).get();
}

export function findTranslation(db: Db, content: ContentKey, lang: string) {
  return db.select().from(t.translations).where(textIs(t.translations, content, lang)).get();
}

export function upsertTranslation(db: Db, values: typeof t.translations.$inferInsert) {
  db.insert(t.translations)
    .values(values)
    .onConflictDoUpdate({ target: [t.translations.actionPlan, t.translations.entity, t.translations.key, t.translations.field, t.translations.lang], set: { text: values.text, updatedAt: values.updatedAt } })
    .run();
}

export function findPillarBySlug(db: Db, actionPlan: string, slug: string) {
  return db.select().from(t.pillars).where(and(eq(t.pillars.actionPlan, actionPlan), eq(t.pillars.slug, slug))).get();
}

export function insertContentChange(db: Db, values: typeof t.contentChanges.$inferInsert) {
  return db.insert(t.contentChanges).values(values).returning().get();
}

export function setContentChangeState(db: Db, id: number, state: 'superseded' | 'published', published?: { at: string; by: number }) {
  db.update(t.contentChanges)
    .set({ state, ...(published ? { publishedAt: published.at, publishedById: published.by } : {}) })
    .where(eq(t.contentChanges.id, id))
    .run();
}

export function contentDrafts(db: Db) {
  return db.select().from(t.contentChanges).where(eq(t.contentChanges.state, 'draft')).orderBy(asc(t.contentChanges.id)).all();
}

export function listContentChanges(db: Db, limit: number) {
  return db.select().from(t.contentChanges).orderBy(desc(t.contentChanges.id)).limit(limit).all();
}

export function updateAction(db: Db, id: number, values: Partial<typeof t.actions.$inferInsert>) {
  db.update(t.actions).set(values).where(eq(t.actions.id, id)).run();
}

export function updateIndicator(db: Db, id: string, values: Partial<typeof t.indicators.$inferInsert>) {
  db.update(t.indicators).set(values).where(eq(t.indicators.id, id)).run();
}

// --- Who is counted ----------------------------------------------------------------------------

const countedKeyIs = (key: ObservationKey) => figureIs(t.observationStates, key);

/** The States a published figure counts (its observation_states rows). */
export function countedStatesOf(db: Db, key: ObservationKey) {
  return db.select().from(t.observationStates).where(countedKeyIs(key)).orderBy(asc(t.observationStates.state)).all();
}

export function deleteCountedState(db: Db, id: number) {
  db.delete(t.observationStates).where(eq(t.observationStates.id, id)).run();
}

export function insertCountedStates(db: Db, values: (typeof t.observationStates.$inferInsert)[]) {
  if (values.length > 0) db.insert(t.observationStates).values(values).run();
}

/** Every State code the States table holds. */
export function stateCodes(db: Db): Set<string> {
  return new Set(db.select({ code: t.states.code }).from(t.states).all().map((s) => s.code));
}
