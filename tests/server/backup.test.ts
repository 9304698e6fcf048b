// Backup under load and restore: the online backup is consistent while an editor writes, and restores to identical data.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/app.ts';
import { databaseChecksum } from '../helpers/db.ts';
import { startServer } from '../helpers/server.ts';
import { createAccountInFile, createCycleOver, signInOver, writeDraft } from '../helpers/writer.ts';

const run = promisify(execFile);
const script = (name: string, args: string[], databasePath: string) =>
  run(process.execPath, ['--import', 'tsx', `server/src/scripts/${name}.ts`, ...args], { cwd: REPO_ROOT, env: { ...process.env, DATABASE_PATH: databasePath } });

describe('backup and restore', () => {
  it('backs up while an editor writes, and restores to an identical data set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccm-backup-'));
    const databasePath = join(dir, 'live.db');
    createAccountInFile(databasePath, 'admin@backup.test', 'admin');
    const server = await startServer({ DATABASE_PATH: databasePath });
    try {
      const cookie = await signInOver(server.url, 'admin@backup.test');
      await createCycleOver(server.url, cookie, '14MSP');
      let running = true;
      let written = 0;
      const writer = (async () => {
        for (let n = 0; running; n += 1) if ((await writeDraft(server.url, cookie, '14MSP', n)) !== null) written += 1;
      })();
      await new Promise((r) => setTimeout(r, 300));
      const backupPath = join(dir, 'backup.db');
      const { stdout } = await script('backup', [backupPath], databasePath);
      expect(stdout).toMatch(/integrity ok/);
      await new Promise((r) => setTimeout(r, 200));
      running = false;
      await writer;
      expect(written).toBeGreaterThan(0);

      const backup = new Database(backupPath, { readonly: true });
      expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
      const inBackup = backup.prepare('select count(*) from observation_changes').pluck().get() as number;
      expect(inBackup).toBeGreaterThan(0);
      expect(inBackup).toBeLessThanOrEqual(written);
      const backupSum = databaseChecksum(backup, { except: ['sessions', 'meta'] });
      backup.close();

      const restoredPath = join(dir, 'restored.db');
      await script('restore', [backupPath], restoredPath);
      const restored = new Database(restoredPath, { readonly: true });
      expect(databaseChecksum(restored, { except: ['sessions', 'meta'] })).toBe(backupSum);
      restored.close();

      // Restoring over the live file keeps what it replaced and the server then serves the restored data.
      const { stdout: restoreOut } = await script('restore', [backupPath], databasePath);
      expect(restoreOut).toMatch(/kept in .*before-restore/);
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
