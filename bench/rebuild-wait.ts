// The longest a visitor waits while the catalogue rebuilds after a data-version bump (the budget is for 100x data).
import { openDatabase } from '../server/src/db/client.ts';
import { bumpDataVersion } from '../server/src/db/data-version.ts';
import { expectOk, ms } from './measure.ts';
import type { RunningServer } from './server-process.ts';
import { MAX_REBUILD_WAIT_MS, ROUTES } from './settings.ts';

/** During a rebuild, one request to the summary every this many ms. */
const REBUILD_PROBE_INTERVAL_MS = 5;

export interface RebuildWait {
  route: string;
  intervalMs: number;
  requests: number;
  /** The slowest request from the bump until 200 ms after the new version was first served. */
  longestWaitMs: number;
  /** From the bump to the first response of the new version. */
  rebuildMs: number;
  maxBudgetMs: number;
}

/**
 * Bumps the data version from another connection (as an import script would), then asks for the summary every
 * REBUILD_PROBE_INTERVAL_MS without waiting for the answers, until 200 ms after its ETag changed: the longest any of
 * those requests took is the longest a visitor waits for the rebuild.
 */
export async function measureRebuildWait(server: RunningServer, databasePath: string): Promise<RebuildWait> {
  const route = ROUTES[1];
  const url = `${server.url}${route}`;
  const before = String((await expectOk(url)).headers.etag);
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const seen: { newAt: number | null } = { newAt: null };
  const writer = openDatabase(databasePath);
  const started = performance.now();
  try {
    bumpDataVersion(writer.db, new Date());
  } finally {
    writer.sqlite.close();
  }
  const elapsed = () => performance.now() - started;
  while (elapsed() < 60_000 && (seen.newAt === null || elapsed() < seen.newAt + 200)) {
    pending.push(
      expectOk(url).then((res) => {
        latencies.push(res.ms);
        if (seen.newAt === null && String(res.headers.etag) !== before) seen.newAt = elapsed();
      }),
    );
    await new Promise((resolveTick) => setTimeout(resolveTick, REBUILD_PROBE_INTERVAL_MS));
  }
  await Promise.all(pending);
  if (seen.newAt === null) throw new Error(`${route} still answered ${before} 60 s after a data-version bump`);
  return { route, intervalMs: REBUILD_PROBE_INTERVAL_MS, requests: latencies.length, longestWaitMs: ms(Math.max(...latencies)), rebuildMs: ms(seen.newAt), maxBudgetMs: MAX_REBUILD_WAIT_MS };
}
