// Crash safety: a real server process takes acknowledged writes and is killed with SIGKILL at random moments, 20 times.
// After each kill the database passes PRAGMA integrity_check and holds every write that got a 2xx.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server.ts';
import { createAccountInFile, createCycleOver, signInOver, writeDraft } from '../helpers/writer.ts';

const KILLS = Number(process.env.CRASH_KILLS ?? 20);

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${KILLS} SIGKILLs`, async () => {
    const databasePath = join(mkdtempSync(join(tmpdir(), 'ccm-crash-')), 'crash.db');
    createAccountInFile(databasePath, 'admin@crash.test', 'admin');
    const acknowledged: number[] = [];
    let n = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const server = await startServer({ DATABASE_PATH: databasePath });
      const cookie = await signInOver(server.url, 'admin@crash.test');
      if (kill === 0) await createCycleOver(server.url, cookie, '14MSP');
      let running = true;
      const writer = async () => {
        while (running) {
          n += 1;
          try {
            const id = await writeDraft(server.url, cookie, '14MSP', n);
            if (id !== null) acknowledged.push(id);
          } catch {
            return; // the connection died with the server: that write was never acknowledged
          }
        }
      };
      const writers = [writer(), writer(), writer()];
      await new Promise((r) => setTimeout(r, 80 + Math.floor(Math.random() * 320)));
      await server.stop('SIGKILL');
      running = false;
      await Promise.all(writers);

      const sqlite = new Database(databasePath);
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(sqlite.prepare('select id from observation_changes').pluck().all() as number[]);
      sqlite.close();
      const lost = acknowledged.filter((id) => !stored.has(id));
      expect(lost, `after kill ${kill + 1}`).toEqual([]);
    }
    expect(acknowledged.length).toBeGreaterThan(KILLS);
    process.stdout.write(`crash: ${KILLS} SIGKILLs survived, ${acknowledged.length} acknowledged writes, 0 lost, integrity ok each time\n`);
  }, 180_000);
});
