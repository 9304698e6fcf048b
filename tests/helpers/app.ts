// A real app over a fresh in-memory SQLite database, migrated with migrations/ and loaded with the bundled seed data.
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { parseConfig, type Config } from '../../server/src/config.ts';
import { migrateDatabase, openDatabase, type Database_ } from '../../server/src/db/client.ts';
import { seedDatabase } from '../../server/src/db/seed.ts';
import { loadSeedBundle } from '../../server/src/db/seed-files.ts';
import { buildApp } from '../../server/src/app.ts';
// Brings in the FastifyInstance augmentations (routeTable, database, …) for the tests' types.
export type { RouteEntry } from '../../server/src/plugins/route-table.ts';
export type {} from '../../server/src/plugins/data.ts';
export type {} from '../../server/src/modules/auth/auth.plugin.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const SEED_DIR = resolve(REPO_ROOT, 'seed-data');

export function testConfig(overrides: Record<string, string> = {}): Config {
  return parseConfig({ DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent', CLIENT_DIST: resolve(REPO_ROOT, 'client/dist'), ...overrides });
}

// One migrated (and seeded) image per test file and kind; each test gets its own in-memory copy of it.
const images = new Map<boolean, Buffer>();

export function freshDatabase({ seed = true }: { seed?: boolean } = {}): Database_ {
  let image = images.get(seed);
  if (!image) {
    const built = openDatabase(':memory:');
    migrateDatabase(built);
    if (seed) seedDatabase(built, loadSeedBundle(SEED_DIR));
    image = built.sqlite.serialize();
    built.sqlite.close();
    images.set(seed, image);
  }
  return openDatabase(image);
}

export async function buildTestApp(options: { seed?: boolean; config?: Record<string, string>; database?: Database_ } = {}) {
  const database = options.database ?? freshDatabase({ seed: options.seed ?? true });
  const app = await buildApp({ config: testConfig(options.config), database, logger: false });
  await app.ready();
  return { app, database };
}

export interface TestApp {
  app: FastifyInstance;
  database: Database_;
}

type TestAppOptions = Parameters<typeof buildTestApp>[0];

type Hook = (fn: () => Promise<void>) => void;

function testAppBetween(setUp: Hook, tearDown: Hook, options: TestAppOptions): TestApp {
  const current = {} as TestApp;
  setUp(async () => {
    Object.assign(current, await buildTestApp(options));
  });
  tearDown(async () => {
    await current.app.close();
  });
  return current;
}

/** Before each test, a fresh app on its own database (buildTestApp), closed after it. Read the fields inside the tests. */
export const appPerTest = (options: TestAppOptions = {}): TestApp => testAppBetween(beforeEach, afterEach, options);

/** One app for every test of the file, for tests that only read: built before the first, closed after the last. */
export const appPerFile = (options: TestAppOptions = {}): TestApp => testAppBetween(beforeAll, afterAll, options);
