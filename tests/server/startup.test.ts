// The real start-up path as a child process: bad configuration, a custom port and file, and a clean shutdown.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/app.ts';
import { startServer } from '../helpers/server.ts';

describe('server start-up', () => {
  it('exits non-zero with one clear line naming PORT when PORT=abc', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/server.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: 'abc' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/PORT/);
  });

  it('creates the database at DATABASE_PATH, loads the bundled data, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccm-start-'));
    const databasePath = join(dir, 'custom.db');
    const server = await startServer({ DATABASE_PATH: databasePath });
    try {
      expect(existsSync(databasePath)).toBe(true);
      const health = await fetch(`${server.url}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const indicators = (await (await fetch(`${server.url}/api/v1/indicators`)).json()) as { data: unknown[] };
      expect(indicators.data.length).toBeGreaterThan(0);
    } finally {
      const code = await server.stop('SIGTERM');
      expect(code).toBe(0);
    }
  }, 60_000);
});
