// npm run db:seed — loads the bundled seed-data/ into DATABASE_PATH, or updates what an earlier bundle loaded (never the
// ISU's edits); a second run changes nothing.
import { resolve } from 'node:path';
import { parseConfig } from '../config.ts';
import { migrateDatabase, openDatabase } from '../db/client.ts';
import { describeSeedResult, seedDatabase } from '../db/seed.ts';
import { loadSeedBundle } from '../db/seed-files.ts';
import { runScript } from './run-script.ts';

runScript(() => {
  const config = parseConfig(process.env);
  const database = openDatabase(config.DATABASE_PATH);
  migrateDatabase(database);
  const result = seedDatabase(database, loadSeedBundle(resolve(config.SEED_DIR)));
  database.sqlite.close();
  return describeSeedResult(result, config.DATABASE_PATH);
});
