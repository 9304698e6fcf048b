// Opens the SQLite file (or :memory:) with the pragmas the data's safety relies on, and applies migrations.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.ts';

/** A database handle or a transaction: repositories accept either. */
export type Db = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>;
export interface Database_ {
  sqlite: Database.Database;
  db: Db;
}

export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../migrations');

/**
 * Opens the file at `path`, or ':memory:', or an in-memory copy of a serialized database (`Database#serialize()`: the
 * tests copy one migrated and seeded image instead of migrating and seeding for each test).
 */
export function openDatabase(path: string | Buffer): Database_ {
  if (typeof path === 'string' && path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  // WAL lets readers run while a write commits; FULL syncs every commit, so an acknowledged write survives a crash.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db: Db = drizzle(sqlite, { schema });
  return { sqlite, db };
}

export function migrateDatabase({ sqlite }: Database_): void {
  migrate(drizzle(sqlite), { migrationsFolder: MIGRATIONS_DIR });
}
