// npm run db:seed — loads the bundled seed-data/ into DATABASE_PATH; adds only what is missing, so a second run changes nothing.
import { resolve } from 'node:path';
import { parseConfig } from '../config.ts';
import { migrateDatabase, openDatabase } from '../db/client.ts';
import { seedDatabase } from '../db/seed.ts';
import { loadSeedBundle } from '../db/seed-files.ts';
import { runScript } from './run-script.ts';

runScript(() => {
  const config = parseConfig(process.env);
  const database = openDatabase(config.DATABASE_PATH);
  migrateDatabase(database);
  const { inserted } = seedDatabase(database, loadSeedBundle(resolve(config.SEED_DIR)));
  database.sqlite.close();
  return inserted === 0 ? `Nothing to add: ${config.DATABASE_PATH} already holds the bundled data.` : `Added ${inserted} rows to ${config.DATABASE_PATH}.`;
});
