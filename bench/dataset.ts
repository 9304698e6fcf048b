// One data set measured: first requests, the bare server's check, compressed sizes, load on each route (API, bare
// server, in-process limit route), the longest wait during a rebuild, and the uncached cost after a bump.
import { loadavg } from 'node:os';
import { openDatabase } from '../server/src/db/client.ts';
import { bumpDataVersion } from '../server/src/db/data-version.ts';
import { combineRounds, expectOk, log, measureLoad, median, ms, type LoadResult, type LoadSettings } from './measure.ts';
import { startBareServer, startServer, type RunningServer } from './server-process.ts';
import { capture, type CapturedResponse } from './bare-server.ts';
import { countRows, type SyntheticCounts } from './synthetic.ts';
import { measureRebuildWait, type RebuildWait } from './rebuild-wait.ts';
import { MIN_RATIO, ROUTES } from './settings.ts';

const COLD_REPEATS = 3;

export interface RouteResult {
  path: string;
  /** Identity body size, and the sizes the response cache serves to clients that accept br / gzip. */
  payloadBytes: { identity: number; br: number | null; gzip: number | null };
  /** The first request after the server started (the first route also builds the catalogue), in ms. */
  firstRequestMs: number;
  /** The first br request: the response cache compresses the body once, on the event loop. */
  firstBrotliRequestMs: number;
  /** Median over repeats of: bump the data version, then one request (catalogue rebuild + serialize + hash). */
  uncachedMs: number;
  sameBytesAsLimit: boolean;
  /** The bare server answered with the API's status, headers (all but Date) and body. */
  sameResponseAsBare: boolean;
  /** The rounds combined (see combineRounds); each round's figures are in apiRounds / bareRounds / limitRounds. */
  api: LoadResult;
  /** The bare node:http server in its own process: the true limit. */
  bare: LoadResult;
  /** The in-process limit route (/__limit/...), through the app's global hooks: for information. */
  limit: LoadResult;
  /** api.requestsPerSecond / bare.requestsPerSecond: the budget. */
  ratio: number;
  /** bare / API server CPU time per request: the same comparison, insensitive to other load on the machine. */
  cpuRatio: number | null;
  /** api / in-process limit route, in requests per second and in CPU per request (the figures before the bare server). */
  inProcessRatio: number;
  inProcessCpuRatio: number | null;
  apiRounds: LoadResult[];
  bareRounds: LoadResult[];
  limitRounds: LoadResult[];
  /** Set when the first measurement was under budget and the route was measured again (the figures above). */
  firstAttempt: { apiRequestsPerSecond: number; bareRequestsPerSecond: number; ratio: number } | null;
}

const ratioOf = (api: LoadResult, limit: LoadResult) =>
  limit.requestsPerSecond > 0 ? Math.round((api.requestsPerSecond / limit.requestsPerSecond) * 1000) / 1000 : 0;
const cpuRatioOf = (api: LoadResult, limit: LoadResult) =>
  api.serverCpuUsPerRequest && limit.serverCpuUsPerRequest ? Math.round((limit.serverCpuUsPerRequest / api.serverCpuUsPerRequest) * 1000) / 1000 : null;

/** Header maps equal but for Date (each server writes its own). */
function sameResponse(a: CapturedResponse, b: CapturedResponse): boolean {
  const headers = (r: CapturedResponse) => JSON.stringify(Object.entries(r.headers).filter(([name]) => name !== 'date').sort(([x], [y]) => x.localeCompare(y)));
  return a.status === b.status && a.body.equals(b.body) && headers(a) === headers(b);
}

export interface DatasetResult {
  name: 'bundled' | 'synthetic-100x';
  description: string;
  rows: SyntheticCounts;
  serverRssMbAfter: number | null;
  /** The 1-minute load average before and after (the benchmark itself adds about 2): see the runs' otherCpuPercent for noise. */
  loadAverage1m: { before: number; after: number };
  routes: RouteResult[];
  rebuild: RebuildWait;
}

/** A server that used less than this share of a core over SETTLED_WINDOW_MS is taken as settled. */
const SETTLED_CPU_PERCENT = 10;
const SETTLED_WINDOW_MS = 500;

/** Waits (at most 60 s) until the server has used less than SETTLED_CPU_PERCENT of a core over SETTLED_WINDOW_MS. */
async function settled(server: RunningServer): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < 60_000) {
    const before = server.cpuMs();
    await new Promise((resolveWait) => setTimeout(resolveWait, SETTLED_WINDOW_MS));
    const after = server.cpuMs();
    if (before === null || after === null || ((after - before) / SETTLED_WINDOW_MS) * 100 < SETTLED_CPU_PERCENT) break;
  }
  return performance.now() - started;
}

export async function measureDataset(
  name: DatasetResult['name'],
  description: string,
  paths: { databasePath: string; clientDist: string; env?: Record<string, string> },
  settings: LoadSettings,
): Promise<DatasetResult> {
  const { databasePath } = paths;
  log(`\n== ${name}: ${description}`);
  const loadBefore = loadavg()[0] ?? 0;
  const server: RunningServer = await startServer(paths);
  let bare: RunningServer | null = null;
  try {
    // 1. First requests in a fresh process: the first one builds the catalogue.
    const first = new Map<string, { ms: number; body: Buffer }>();
    for (const path of ROUTES) {
      const res = await expectOk(`${server.url}${path}`);
      first.set(path, { ms: res.ms, body: res.body });
      log(`  first GET ${path}: ${ms(res.ms)} ms, ${res.body.length} bytes`);
    }
    // 2. The limit routes serve exactly the API's bytes (and fill their buffers now).
    const same = new Map<string, boolean>();
    for (const path of ROUTES) {
      const limit = await expectOk(`${server.url}/__limit${path}`);
      const api = await expectOk(`${server.url}${path}`);
      same.set(path, limit.body.equals(api.body));
      if (!limit.body.equals(api.body)) throw new Error(`/__limit${path} does not return the bytes of ${path}`);
    }
    // 2b. The bare server fetches the API's responses (now warm) and must send them back unchanged.
    bare = await startBareServer({ upstream: server.url, routes: ROUTES });
    const sameAsBare = new Map<string, boolean>();
    for (const path of ROUTES) {
      const [api, fromBare] = [await capture(`${server.url}${path}`), await capture(`${bare.url}${path}`)];
      sameAsBare.set(path, sameResponse(api, fromBare));
      if (!sameResponse(api, fromBare)) throw new Error(`the bare server does not answer ${path} as the API does:\n${JSON.stringify(api.headers)}\n${JSON.stringify(fromBare.headers)}`);
    }
    // 3. Compressed sizes, and what the first compression costs.
    const compressed = new Map<string, { br: number | null; gzip: number | null; brMs: number }>();
    for (const path of ROUTES) {
      const br = await expectOk(`${server.url}${path}`, { 'accept-encoding': 'br' });
      const gzip = await expectOk(`${server.url}${path}`, { 'accept-encoding': 'gzip' });
      compressed.set(path, {
        br: br.headers['content-encoding'] === 'br' ? br.body.length : null,
        gzip: gzip.headers['content-encoding'] === 'gzip' ? gzip.body.length : null,
        brMs: br.ms,
      });
    }
    // 3b. Load is measured once the server has settled: after a start it prerenders its first pages (at 100x, seconds
    //     of work in blocks of up to a second), which would land in the first route's figures.
    const settledAfter = await settled(server);
    log(`  server settled (under ${SETTLED_CPU_PERCENT}% of a core for ${SETTLED_WINDOW_MS} ms) after ${ms(settledAfter)} ms`);
    // 4. Load: the API route, the bare server and the in-process limit route, in alternating order over the rounds
    //    (API first in odd rounds, last in even ones). A route under budget is measured once more before it counts as
    //    a miss (a neighbour's burst of CPU on a shared machine can take a round); the first attempt stays in the results.
    const bareServer = bare;
    const targets = {
      api: { label: '', server, url: (path: string) => `${server.url}${path}` },
      bare: { label: 'bare ', server: bareServer, url: (path: string) => `${bareServer.url}${path}` },
      limit: { label: '/__limit', server, url: (path: string) => `${server.url}/__limit${path}` },
    } as const;
    const measureRoute = async (path: string) => {
      const runs = { api: [] as LoadResult[], bare: [] as LoadResult[], limit: [] as LoadResult[] };
      for (let round = 0; round < settings.rounds; round++) {
        const order = round % 2 === 0 ? (['api', 'bare', 'limit'] as const) : (['limit', 'bare', 'api'] as const);
        for (const which of order) {
          const target = targets[which];
          const r = await measureLoad(target.server, target.url(path), settings);
          runs[which].push(r);
          log(
            `  load ${target.label}${path} (round ${round + 1}): ${r.requestsPerSecond} req/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, errors ${r.errors}, server ${r.serverCpuUsPerRequest ?? '?'} us CPU/request, others ${r.otherCpuPercent ?? '?'}% CPU`,
          );
        }
      }
      return runs;
    };
    const loads = new Map<string, { api: LoadResult[]; bare: LoadResult[]; limit: LoadResult[]; firstAttempt: RouteResult['firstAttempt'] }>();
    for (const path of ROUTES) {
      let runs = await measureRoute(path);
      let firstAttempt: RouteResult['firstAttempt'] = null;
      const ratio = ratioOf(combineRounds(runs.api), combineRounds(runs.bare));
      if (ratio < MIN_RATIO) {
        log(`  ${path}: ratio ${ratio} under ${MIN_RATIO}; measuring again to confirm`);
        firstAttempt = { apiRequestsPerSecond: combineRounds(runs.api).requestsPerSecond, bareRequestsPerSecond: combineRounds(runs.bare).requestsPerSecond, ratio };
        runs = await measureRoute(path);
      }
      loads.set(path, { ...runs, firstAttempt });
    }
    const serverRssMbAfter = server.rssMb();
    // 5a. The longest wait while the catalogue rebuilds after a bump (it changes the data version, as 5 does).
    const rebuild = await measureRebuildWait(server, databasePath);
    log(`  rebuild after a data-version bump: new version served after ${rebuild.rebuildMs} ms; longest wait ${rebuild.longestWaitMs} ms over ${rebuild.requests} requests (one every ${rebuild.intervalMs} ms)`);
    // 5. Uncached cost: bump the data version from another connection (as an ISU edit would), then ask once.
    //    Done last, because it changes the data version (and so the summary's bytes) under the limit's buffers. A big
    //    catalogue is rebuilt off the request path, so this first request is answered from the previous version.
    const uncached = new Map<string, number>();
    const writer = openDatabase(databasePath);
    try {
      for (const path of ROUTES) {
        const times: number[] = [];
        for (let i = 0; i < COLD_REPEATS; i++) {
          bumpDataVersion(writer.db, new Date());
          times.push((await expectOk(`${server.url}${path}`)).ms);
        }
        uncached.set(path, median(times));
        log(`  uncached GET ${path} (after a data-version bump, median of ${COLD_REPEATS}): ${ms(median(times))} ms`);
      }
    } finally {
      writer.sqlite.close();
    }

    const reader = openDatabase(databasePath);
    const rows = countRows(reader);
    reader.sqlite.close();

    return {
      name,
      description,
      rows,
      serverRssMbAfter,
      loadAverage1m: { before: Math.round(loadBefore * 100) / 100, after: Math.round((loadavg()[0] ?? 0) * 100) / 100 },
      rebuild,
      routes: ROUTES.map((path) => {
        const runs = loads.get(path);
        const f = first.get(path);
        const c = compressed.get(path);
        if (!runs || !f || !c) throw new Error(`missing measurements for ${path}`);
        const api = combineRounds(runs.api);
        const bareLoad = combineRounds(runs.bare);
        const limit = combineRounds(runs.limit);
        return {
          path,
          payloadBytes: { identity: f.body.length, br: c.br, gzip: c.gzip },
          firstRequestMs: ms(f.ms),
          firstBrotliRequestMs: ms(c.brMs),
          uncachedMs: ms(uncached.get(path) ?? 0),
          sameBytesAsLimit: same.get(path) ?? false,
          sameResponseAsBare: sameAsBare.get(path) ?? false,
          api,
          bare: bareLoad,
          limit,
          ratio: ratioOf(api, bareLoad),
          cpuRatio: cpuRatioOf(api, bareLoad),
          inProcessRatio: ratioOf(api, limit),
          inProcessCpuRatio: cpuRatioOf(api, limit),
          apiRounds: runs.api,
          bareRounds: runs.bare,
          limitRounds: runs.limit,
          firstAttempt: runs.firstAttempt,
        };
      }),
    };
  } catch (error) {
    const output = server.output().trim();
    if (output) process.stderr.write(`server output (last lines):\n${output.split('\n').slice(-20).join('\n')}\n`);
    throw error;
  } finally {
    await bare?.stop();
    await server.stop();
  }
}
