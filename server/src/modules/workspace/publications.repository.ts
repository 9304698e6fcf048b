// Drizzle queries of publishing: publications, the changes and overrides each one published, and override rows.
import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import * as t from '../../db/schema.ts';

export type PublicationRow = typeof t.publications.$inferSelect;
export type OverrideRow = typeof t.statusOverrides.$inferSelect;

export function insertPublication(db: Db, values: typeof t.publications.$inferInsert): PublicationRow {
  return db.insert(t.publications).values(values).returning().get();
}

export function listPublications(db: Db, limit: number): PublicationRow[] {
  return db.select().from(t.publications).orderBy(desc(t.publications.id)).limit(limit).all();
}

export function findPublication(db: Db, id: number): PublicationRow | undefined {
  return db.select().from(t.publications).where(eq(t.publications.id, id)).get();
}

export function setChangePublication(db: Db, changeId: number, publicationId: number): void {
  db.update(t.observationChanges).set({ publicationId }).where(eq(t.observationChanges.id, changeId)).run();
}

export function changesOfPublications(db: Db, publicationIds: number[]) {
  if (publicationIds.length === 0) return [];
  return db.select().from(t.observationChanges).where(inArray(t.observationChanges.publicationId, publicationIds)).orderBy(asc(t.observationChanges.id)).all();
}

export function overridesOfPublications(db: Db, publicationIds: number[]): OverrideRow[] {
  if (publicationIds.length === 0) return [];
  return db.select().from(t.statusOverrides).where(inArray(t.statusOverrides.publicationId, publicationIds)).orderBy(asc(t.statusOverrides.id)).all();
}

/** The publications that published at least one figure or override (a cycle published without drafts did not). */
export function publicationsWithContent(db: Db): Set<number> {
  const changes = db.selectDistinct({ id: t.observationChanges.publicationId }).from(t.observationChanges).where(isNotNull(t.observationChanges.publicationId)).all();
  const overrides = db.selectDistinct({ id: t.statusOverrides.publicationId }).from(t.statusOverrides).where(isNotNull(t.statusOverrides.publicationId)).all();
  return new Set([...changes, ...overrides].flatMap((r) => (r.id === null ? [] : [r.id])));
}

export function changesById(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db.select().from(t.observationChanges).where(inArray(t.observationChanges.id, ids)).orderBy(asc(t.observationChanges.id)).all();
}

/** Every pending figure draft, oldest first. */
export function allDrafts(db: Db) {
  return db.select().from(t.observationChanges).where(eq(t.observationChanges.state, 'draft')).orderBy(asc(t.observationChanges.id)).all();
}

// --- Overrides -----------------------------------------------------------------------------------

export function insertOverride(db: Db, values: typeof t.statusOverrides.$inferInsert): OverrideRow {
  return db.insert(t.statusOverrides).values(values).returning().get();
}

export function findOverride(db: Db, id: number): OverrideRow | undefined {
  return db.select().from(t.statusOverrides).where(eq(t.statusOverrides.id, id)).get();
}

export function overridesById(db: Db, ids: number[]): OverrideRow[] {
  if (ids.length === 0) return [];
  return db.select().from(t.statusOverrides).where(inArray(t.statusOverrides.id, ids)).orderBy(asc(t.statusOverrides.id)).all();
}

export function overridesOfIndicator(db: Db, indicatorId: string): OverrideRow[] {
  return db.select().from(t.statusOverrides).where(eq(t.statusOverrides.indicatorId, indicatorId)).orderBy(asc(t.statusOverrides.id)).all();
}

export function overrideDrafts(db: Db): OverrideRow[] {
  return db.select().from(t.statusOverrides).where(eq(t.statusOverrides.state, 'draft')).orderBy(asc(t.statusOverrides.id)).all();
}

export function publishedOverrides(db: Db): OverrideRow[] {
  return db.select().from(t.statusOverrides).where(eq(t.statusOverrides.state, 'published')).orderBy(asc(t.statusOverrides.id)).all();
}

export function findOverrideDraft(db: Db, indicatorId: string): OverrideRow | undefined {
  return db
    .select()
    .from(t.statusOverrides)
    .where(and(eq(t.statusOverrides.indicatorId, indicatorId), eq(t.statusOverrides.state, 'draft')))
    .get();
}

export function setOverrideState(db: Db, id: number, state: 'superseded' | 'published' | 'discarded', published?: { at: string; by: number; publicationId: number }) {
  db.update(t.statusOverrides)
    .set({ state, ...(published ? { publishedAt: published.at, publishedById: published.by, publicationId: published.publicationId } : {}) })
    .where(eq(t.statusOverrides.id, id))
    .run();
}
