// npm run db:reset -- --yes — sets DATABASE_PATH aside, then migrates and seeds a fresh one.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { parseConfig } from '../config.ts';
import { migrateDatabase, openDatabase } from '../db/client.ts';
import { seedDatabase } from '../db/seed.ts';
import { loadSeedBundle } from '../db/seed-files.ts';
import { runScript } from './run-script.ts';

runScript(() => {
  const config = parseConfig(process.env);
  if (!process.argv.includes('--yes')) {
    throw new Error(`This deletes every value in ${config.DATABASE_PATH}, including entries made in the workspace. Run again with --yes: npm run db:reset -- --yes`);
  }
  // The old file is set aside, not deleted: a reset by mistake can be undone with db:restore.
  let kept = '';
  if (existsSync(config.DATABASE_PATH)) {
    const old = new Database(config.DATABASE_PATH);
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    kept = `${config.DATABASE_PATH}.before-reset-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(config.DATABASE_PATH, kept);
  }
  for (const suffix of ['-wal', '-shm']) {
    const file = `${config.DATABASE_PATH}${suffix}`;
    if (existsSync(file)) rmSync(file);
  }
  const database = openDatabase(config.DATABASE_PATH);
  migrateDatabase(database);
  const { inserted } = seedDatabase(database, loadSeedBundle(resolve(config.SEED_DIR)));
  database.sqlite.close();
  return `Reset ${config.DATABASE_PATH}: ${inserted} rows of bundled data loaded.${kept ? ` The previous database is kept as ${kept}.` : ''}`;
});
