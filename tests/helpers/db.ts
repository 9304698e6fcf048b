// A checksum of every table's rows: proves a rejected request changed nothing, byte for byte.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

export function databaseChecksum(sqlite: Database.Database, { except = ['sessions'] }: { except?: string[] } = {}): string {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name")
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables.filter((t) => !except.includes(t))) {
    hash.update(`#${table}\n`);
    for (const row of sqlite.prepare(`select * from "${table}" order by rowid`).raw().all()) hash.update(`${JSON.stringify(row)}\n`);
  }
  return hash.digest('hex');
}
