// The data version: one integer bumped in the same transaction as every write, so caches and ETags follow the data.
import { eq, sql } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { meta } from './schema.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any drizzle SQLite handle or transaction
type Handle = BaseSQLiteDatabase<'sync', any, any>;

export function bumpDataVersion(db: Handle, now: Date): void {
  db.insert(meta)
    .values({ key: 'data_version', value: '1' })
    .onConflictDoUpdate({ target: meta.key, set: { value: sql`cast(${meta.value} as integer) + 1` } })
    .run();
  db.insert(meta)
    .values({ key: 'updated_at', value: now.toISOString() })
    .onConflictDoUpdate({ target: meta.key, set: { value: now.toISOString() } })
    .run();
}

export function readDataVersion(db: Handle): { version: number; updatedAt: string | null } {
  const version = db.select({ value: meta.value }).from(meta).where(eq(meta.key, 'data_version')).get();
  const updatedAt = db.select({ value: meta.value }).from(meta).where(eq(meta.key, 'updated_at')).get();
  return { version: version ? Number(version.value) : 0, updatedAt: updatedAt?.value ?? null };
}
