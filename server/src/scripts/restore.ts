// npm run db:restore FILE — replaces the data in DATABASE_PATH with a backup, after checking the backup and keeping
// a copy of what it replaces (nothing is lost). Uses SQLite's backup API, so the target is written transactionally.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { parseConfig } from '../config.ts';
import { runScript } from './run-script.ts';

runScript(async () => {
  const config = parseConfig(process.env);
  const file = process.argv.slice(2).find((a) => !a.startsWith('-'));
  if (!file) throw new Error('Usage: npm run db:restore -- FILE (a file made by npm run db:backup)');
  const source = new Database(resolve(file), { readonly: true, fileMustExist: true });
  const integrity = source.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') throw new Error(`${file} failed its integrity check (${String(integrity)}); nothing was restored.`);
  const tables = source.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[];
  for (const required of ['observations', 'observation_changes', 'meta', '__drizzle_migrations']) {
    if (!tables.includes(required)) throw new Error(`${file} is not a dashboard backup (no ${required} table); nothing was restored.`);
  }

  let saved = '';
  let previousVersion = 0;
  if (existsSync(config.DATABASE_PATH)) {
    const current = new Database(config.DATABASE_PATH);
    current.pragma('busy_timeout = 5000');
    previousVersion = Number(current.prepare("select value from meta where key = 'data_version'").pluck().get() ?? 0);
    saved = `${config.DATABASE_PATH}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await current.backup(saved);
    current.close();
  }
  await source.backup(config.DATABASE_PATH);
  source.close();

  // Move the data version past both histories, so a running server drops every cached response.
  const target = new Database(config.DATABASE_PATH);
  target.pragma('busy_timeout = 5000');
  const restoredVersion = Number(target.prepare("select value from meta where key = 'data_version'").pluck().get() ?? 0);
  target
    .prepare("insert into meta (key, value) values ('data_version', ?) on conflict(key) do update set value = excluded.value")
    .run(String(Math.max(previousVersion, restoredVersion) + 1));
  target.close();
  return `Restored ${config.DATABASE_PATH} from ${file}.${saved ? ` The data it replaced is kept in ${saved}.` : ''}`;
});
