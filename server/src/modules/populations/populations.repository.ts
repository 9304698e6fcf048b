// Drizzle queries of the workspace's populations: the populations with their links, lists and ledger as rows, the
// figures of their indicators (published and draft) that a list may cover, and the writes.
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { eqOrNull } from '../../db/where.ts';

export type PopulationListRow = typeof t.populationLists.$inferSelect;
export type PopulationChangeRow = typeof t.populationChanges.$inferSelect;

export function readPopulationRows(db: Db) {
  return {
    populations: db.select().from(t.populations).orderBy(asc(t.populations.sortOrder), asc(t.populations.id)).all(),
    links: db
      .select({ populationId: t.populationIndicators.populationId, indicatorId: t.populationIndicators.indicatorId, title: t.indicators.title, sortOrder: t.indicators.sortOrder })
      .from(t.populationIndicators)
      .innerJoin(t.indicators, eq(t.indicators.id, t.populationIndicators.indicatorId))
      .orderBy(asc(t.indicators.sortOrder), asc(t.indicators.id))
      .all(),
    lists: db.select().from(t.populationLists).orderBy(asc(t.populationLists.id)).all(),
    listStates: db.select().from(t.populationListStates).orderBy(asc(t.populationListStates.state)).all(),
    ledger: db.select().from(t.populationChanges).orderBy(asc(t.populationChanges.sortOrder), asc(t.populationChanges.id)).all(),
  };
}
export type PopulationRowsOfWorkspace = ReturnType<typeof readPopulationRows>;

export function findPopulation(db: Db, id: string) {
  return db.select().from(t.populations).where(eq(t.populations.id, id)).get();
}

export function indicatorsOfPopulation(db: Db, populationId: string): string[] {
  return db.select({ id: t.populationIndicators.indicatorId }).from(t.populationIndicators).where(eq(t.populationIndicators.populationId, populationId)).all().map((r) => r.id);
}

/** The indicators that exist among `ids`, each with its plan. */
export function indicatorsWithPlan(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: t.indicators.id, actionPlan: t.actions.actionPlan })
    .from(t.indicators)
    .innerJoin(t.actions, eq(t.actions.id, t.indicators.actionId))
    .where(inArray(t.indicators.id, [...ids]))
    .all();
}

/** Which of `ids` are linked to a population already, and to which. */
export function populationLinksOf(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.select().from(t.populationIndicators).where(inArray(t.populationIndicators.indicatorId, [...ids])).all();
}

export function nextPopulationSortOrder(db: Db): number {
  return (db.select({ value: max(t.populations.sortOrder) }).from(t.populations).get()?.value ?? -1) + 1;
}

export function insertPopulation(db: Db, values: typeof t.populations.$inferInsert, indicatorIds: readonly string[]) {
  db.insert(t.populations).values(values).run();
  db.insert(t.populationIndicators)
    .values(indicatorIds.map((indicatorId) => ({ populationId: values.id, indicatorId })))
    .run();
}

export function cycles(db: Db) {
  return db.select({ code: t.cycles.code, actionPlan: t.cycles.actionPlan, ordinal: t.cycles.ordinal }).from(t.cycles).all();
}

export function stateCodes(db: Db): Set<string> {
  return new Set(db.select({ code: t.states.code }).from(t.states).all().map((s) => s.code));
}

const listSpanIs = (spanFrom: string | null) => eqOrNull(t.populationLists.spanFrom, spanFrom);

export function listsOfPopulation(db: Db, populationId: string) {
  return db.select().from(t.populationLists).where(eq(t.populationLists.populationId, populationId)).all();
}

export function findList(db: Db, populationId: string, cycle: string, spanFrom: string | null) {
  return db
    .select()
    .from(t.populationLists)
    .where(and(eq(t.populationLists.populationId, populationId), eq(t.populationLists.cycle, cycle), listSpanIs(spanFrom)))
    .get();
}

export function statesOfList(db: Db, listId: number): string[] {
  return db
    .select({ state: t.populationListStates.state })
    .from(t.populationListStates)
    .where(eq(t.populationListStates.listId, listId))
    .orderBy(asc(t.populationListStates.state))
    .all()
    .map((r) => r.state);
}

export function insertList(db: Db, values: typeof t.populationLists.$inferInsert): number {
  return db.insert(t.populationLists).values(values).returning({ id: t.populationLists.id }).get().id;
}

export function updateList(db: Db, id: number, values: Partial<typeof t.populationLists.$inferInsert>) {
  db.update(t.populationLists).set(values).where(eq(t.populationLists.id, id)).run();
}

export function replaceListStates(db: Db, listId: number, states: readonly string[]) {
  db.delete(t.populationListStates).where(eq(t.populationListStates.listId, listId)).run();
  if (states.length > 0) db.insert(t.populationListStates).values(states.map((state) => ({ listId, state }))).run();
}

export function deleteList(db: Db, id: number) {
  db.delete(t.populationListStates).where(eq(t.populationListStates.listId, id)).run();
  db.delete(t.populationLists).where(eq(t.populationLists.id, id)).run();
}

export function findLedgerEntry(db: Db, populationId: string, id: number) {
  return db
    .select()
    .from(t.populationChanges)
    .where(and(eq(t.populationChanges.id, id), eq(t.populationChanges.populationId, populationId)))
    .get();
}

export function nextLedgerSortOrder(db: Db, populationId: string): number {
  return (db.select({ value: max(t.populationChanges.sortOrder) }).from(t.populationChanges).where(eq(t.populationChanges.populationId, populationId)).get()?.value ?? -1) + 1;
}

export function insertLedgerEntry(db: Db, values: typeof t.populationChanges.$inferInsert) {
  return db.insert(t.populationChanges).values(values).returning().get();
}

export function deleteLedgerEntry(db: Db, id: number) {
  db.delete(t.populationChanges).where(eq(t.populationChanges.id, id)).run();
}

/** The published figures of the indicators, with the States each counts. */
export function publishedFigures(db: Db, indicatorIds: readonly string[]) {
  if (indicatorIds.length === 0) return { figures: [], counted: [] };
  return {
    figures: db
      .select({ indicatorId: t.observations.indicatorId, cycle: t.observations.cycle, spanFrom: t.observations.spanFrom, value: t.observations.value, qualifier: t.observations.qualifier })
      .from(t.observations)
      .where(inArray(t.observations.indicatorId, [...indicatorIds]))
      .all(),
    counted: db
      .select({ indicatorId: t.observationStates.indicatorId, cycle: t.observationStates.cycle, spanFrom: t.observationStates.spanFrom, state: t.observationStates.state })
      .from(t.observationStates)
      .where(inArray(t.observationStates.indicatorId, [...indicatorIds]))
      .all(),
  };
}

/** The pending drafts of the indicators' figures. */
export function draftFigures(db: Db, indicatorIds: readonly string[]) {
  if (indicatorIds.length === 0) return [];
  return db
    .select()
    .from(t.observationChanges)
    .where(and(inArray(t.observationChanges.indicatorId, [...indicatorIds]), eq(t.observationChanges.state, 'draft')))
    .all();
}

export function insertContentChange(db: Db, values: typeof t.contentChanges.$inferInsert) {
  return db.insert(t.contentChanges).values(values).returning({ id: t.contentChanges.id }).get();
}
