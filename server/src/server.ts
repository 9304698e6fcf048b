// Starts the dashboard: parse config, open and migrate the database, load or update the bundled data, listen, shut down cleanly.
import { resolve } from 'node:path';
import { ConfigError, parseConfig } from './config.ts';
import { migrateDatabase, openDatabase } from './db/client.ts';
import { describeSeedResult, isEmpty, seedDatabase } from './db/seed.ts';
import { loadSeedBundle } from './db/seed-files.ts';
import { buildApp } from './app.ts';

async function main() {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const database = openDatabase(config.DATABASE_PATH);
  migrateDatabase(database);
  const app = await buildApp({ config, database });
  if (config.SEED_ON_START) {
    // An empty database gets the bundle; one made with an earlier bundle is brought up to date, keeping the ISU's edits.
    const wasEmpty = isEmpty(database);
    const result = seedDatabase(database, loadSeedBundle(resolve(config.SEED_DIR)));
    if (result.inserted + result.updated + result.removed > 0 || result.keptIsuEdits.length > 0) {
      app.log.info({ ...result, database: config.DATABASE_PATH, wasEmpty }, describeSeedResult(result, config.DATABASE_PATH));
    }
  }

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => {
      app.log.error('shutdown timed out; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    app
      .close()
      .then(() => {
        database.sqlite.close();
        process.exit(0);
      })
      .catch((error: unknown) => {
        app.log.error({ err: error }, 'error while shutting down');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
