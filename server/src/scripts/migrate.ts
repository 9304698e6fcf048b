// npm run db:migrate — applies the migrations in migrations/ to DATABASE_PATH.
import { parseConfig } from '../config.ts';
import { migrateDatabase, openDatabase } from '../db/client.ts';
import { runScript } from './run-script.ts';

runScript(() => {
  const config = parseConfig(process.env);
  const database = openDatabase(config.DATABASE_PATH);
  migrateDatabase(database);
  database.sqlite.close();
  return `Migrated ${config.DATABASE_PATH}`;
});
