// Drizzle queries for accounts and sessions.
import { and, count, eq, isNull, lte, max, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sessions, users, type UserRow } from '../../db/schema.ts';

export function findUserByEmail(db: Db, email: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.email, email)).get();
}

export function findUserById(db: Db, id: number): UserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function listUsers(db: Db): UserRow[] {
  return db.select().from(users).orderBy(users.id).all();
}

export function insertUser(db: Db, user: Omit<typeof users.$inferInsert, 'id'>): UserRow {
  return db.insert(users).values(user).returning().get();
}

export function updatePassword(db: Db, id: number, passwordHash: string, mustChangePassword = false): void {
  db.update(users).set({ passwordHash, mustChangePassword }).where(eq(users.id, id)).run();
}

export function updateUser(db: Db, id: number, change: { role?: 'editor' | 'admin'; deactivatedAt?: string | null }): void {
  db.update(users).set(change).where(eq(users.id, id)).run();
}

export function countActiveAdmins(db: Db): number {
  return db.select({ n: count() }).from(users).where(and(eq(users.role, 'admin'), isNull(users.deactivatedAt))).get()?.n ?? 0;
}

export function insertSession(db: Db, id: string, userId: number, now: string, userAgent: string | null = null): void {
  db.insert(sessions).values({ id, userId, createdAt: now, lastSeenAt: now, userAgent }).run();
}

export type SessionRow = typeof sessions.$inferSelect;

export function listSessionsOfUser(db: Db, userId: number): SessionRow[] {
  return db.select().from(sessions).where(eq(sessions.userId, userId)).orderBy(sessions.createdAt, sessions.id).all();
}

/** Per user: how many sessions, and the latest request of any of them. */
export function sessionCounts(db: Db): { userId: number; sessions: number; lastSeenAt: string | null }[] {
  return db
    .select({ userId: sessions.userId, sessions: count(), lastSeenAt: max(sessions.lastSeenAt) })
    .from(sessions)
    .groupBy(sessions.userId)
    .all();
}

/** Deletes the sessions that have expired (idle since idleBefore, or signed in before createdBefore); returns how many. */
export function deleteExpiredSessions(db: Db, idleBefore: string, createdBefore: string): number {
  return db.delete(sessions).where(or(lte(sessions.lastSeenAt, idleBefore), lte(sessions.createdAt, createdBefore))).run().changes;
}

export function findSession(db: Db, id: string) {
  return db.select().from(sessions).where(eq(sessions.id, id)).get();
}

export function touchSession(db: Db, id: string, now: string): void {
  db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id)).run();
}

export function deleteSession(db: Db, id: string): void {
  db.delete(sessions).where(eq(sessions.id, id)).run();
}

/** Ends every session of a user; returns how many there were. */
export function deleteSessionsOfUser(db: Db, userId: number): number {
  return db.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}

/** Ends every session of a user but the one given; returns how many ended. */
export function deleteOtherSessionsOfUser(db: Db, userId: number, keepId: string): number {
  return db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepId))).run().changes;
}
