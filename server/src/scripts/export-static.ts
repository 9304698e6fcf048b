// npm run export:static -- DIR [--pages=/,/indicators/a27-re-integrated] — writes the public site as static files into
// DIR: every public page in en/fr/es/ar as prerendered HTML, the JSON of every public GET the pages read, the full
// exports and the client's assets (build the client first: npm run build). The data is DATABASE_PATH's, as the server
// would serve it; with no database there yet, the bundled seed-data/.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseConfig } from '../config.ts';
import { migrateDatabase, openDatabase } from '../db/client.ts';
import { seedDatabase } from '../db/seed.ts';
import { loadSeedBundle } from '../db/seed-files.ts';
import { buildApp } from '../app.ts';
import { exportStatic } from '../modules/pages/static-export.ts';
import { runScript } from './run-script.ts';

runScript(async () => {
  const args = process.argv.slice(2);
  const outDir = args.find((a) => !a.startsWith('-'));
  if (!outDir) throw new Error('Usage: npm run export:static -- DIR [--pages=/,/flagged]');
  const pages = args.find((a) => a.startsWith('--pages='))?.slice('--pages='.length).split(',').filter(Boolean);
  const config = parseConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const bundled = config.DATABASE_PATH === ':memory:' || !existsSync(config.DATABASE_PATH);
  const database = openDatabase(bundled ? ':memory:' : config.DATABASE_PATH);
  migrateDatabase(database);
  if (bundled) seedDatabase(database, loadSeedBundle(resolve(config.SEED_DIR)));
  const app = await buildApp({ config, database });
  await app.ready();
  try {
    let done = 0;
    const summary = await exportStatic(app, {
      clientDist: config.CLIENT_DIST,
      outDir,
      pages,
      onPage: () => {
        if (++done % 100 === 0) process.stdout.write(`  ${done} pages written\n`);
      },
    });
    const skipped = summary.skipped.length > 0 ? `; not prerendered (left to the browser): ${summary.skipped.join(', ')}` : '';
    return `Exported ${summary.pages} pages (${summary.htmlFiles} HTML files in four languages) and ${summary.jsonFiles} API answers from ${bundled ? 'the bundled data' : config.DATABASE_PATH} to ${resolve(outDir)}${skipped}.`;
  } finally {
    await app.close();
    database.sqlite.close();
  }
});
