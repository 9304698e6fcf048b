// npm run db:reset -- --yes — deletes DATABASE_PATH (and its WAL files), then migrates and seeds a fresh one.
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
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
  for (const suffix of ['', '-wal', '-shm']) {
    const file = `${config.DATABASE_PATH}${suffix}`;
    if (existsSync(file)) rmSync(file);
  }
  const database = openDatabase(config.DATABASE_PATH);
  migrateDatabase(database);
  const { inserted } = seedDatabase(database, loadSeedBundle(resolve(config.SEED_DIR)));
  database.sqlite.close();
  return `Reset ${config.DATABASE_PATH}: ${inserted} rows of bundled data loaded.`;
});
