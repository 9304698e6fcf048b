// npm run db:backup [-- FILE] — a consistent copy of DATABASE_PATH taken with SQLite's online backup, safe while the server runs.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { parseConfig } from '../config.ts';
import { runScript } from './run-script.ts';

runScript(async () => {
  const config = parseConfig(process.env);
  if (config.DATABASE_PATH === ':memory:') throw new Error('DATABASE_PATH is :memory:; there is nothing on disk to back up.');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = resolve(process.argv.slice(2).find((a) => !a.startsWith('-')) ?? `backups/dashboard-${stamp}.db`);
  mkdirSync(dirname(target), { recursive: true });
  const source = new Database(config.DATABASE_PATH, { readonly: true, fileMustExist: true });
  source.pragma('busy_timeout = 5000');
  await source.backup(target);
  source.close();
  const copy = new Database(target, { readonly: true });
  const integrity = copy.pragma('integrity_check', { simple: true });
  const observations = copy.prepare('select count(*) from observations').pluck().get() as number;
  const changes = copy.prepare('select count(*) from observation_changes').pluck().get() as number;
  copy.close();
  if (integrity !== 'ok') throw new Error(`The backup at ${target} failed its integrity check: ${String(integrity)}`);
  return `Backed up ${config.DATABASE_PATH} to ${target} (integrity ok; ${observations} published figures, ${changes} changes in the history).`;
});
