// Measuring tools for the benchmark: one timed raw HTTP GET (exact bytes on the wire, no decoding) and one
// autocannon load run with the server's and the load generator's CPU use over the same window.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import autocannon from 'autocannon';
import type { RunningServer } from './server-process.ts';

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** From sending the request to the last byte of the body. */
  ms: number;
}

export function httpGet(url: string, headers: Record<string, string> = {}): Promise<HttpResult> {
  return new Promise((resolveGet, reject) => {
    const started = performance.now();
    const req = request(url, { headers, timeout: 120_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () =>
        resolveGet({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started }),
      );
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${url} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

export interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  latencyMs: { p50: number; p99: number; average: number; max: number };
  /** Megabytes per second received by the load generator. */
  throughputMBps: number;
  /** non2xx + connection errors (timeouts are counted among the errors by autocannon and shown apart). */
  errors: number;
  non2xx: number;
  connectionErrors: number;
  timeouts: number;
  /** Server process CPU over the run, in % of one core; null without /proc. */
  serverCpuPercent: number | null;
  /** Server CPU per request in microseconds; null without /proc. */
  serverCpuUsPerRequest: number | null;
  /** The benchmark process (autocannon) CPU over the run, in % of one core. */
  loadGeneratorCpuPercent: number;
  /** CPU used by everything else on the machine over the run, in % of one core (noise); null without /proc. */
  otherCpuPercent: number | null;
}

/** Busy CPU time of the whole machine so far in ms, from /proc/stat; null where it is not available. */
function machineBusyMs(): number | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    const [, user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
    const busy = [user, nice, system, irq, softirq, steal].reduce<number>((sum, v) => sum + (v ?? 0), 0);
    return idle === undefined || iowait === undefined ? null : (busy * 1000) / 100;
  } catch {
    return null;
  }
}

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Rounds per route, alternating which of API and limit goes first (ABBA), to even out drift and neighbours. */
  rounds: number;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function fire(url: string, connections: number, duration: number) {
  return autocannon({ url, connections, duration, timeout: 30 });
}

/** Combines the rounds of one route: means of rates and of p50, the worst p99 and max, sums of counts. */
export function combineRounds(rounds: LoadResult[]): LoadResult {
  const mean = (pick: (r: LoadResult) => number) => round(rounds.reduce((sum, r) => sum + pick(r), 0) / rounds.length, 2);
  const sum = (pick: (r: LoadResult) => number) => rounds.reduce((total, r) => total + pick(r), 0);
  const nullableMean = (pick: (r: LoadResult) => number | null) => {
    const values = rounds.map(pick);
    return values.some((v) => v === null) ? null : round(values.reduce<number>((total, v) => total + (v ?? 0), 0) / values.length);
  };
  return {
    requestsPerSecond: round(mean((r) => r.requestsPerSecond)),
    requests: sum((r) => r.requests),
    latencyMs: {
      p50: mean((r) => r.latencyMs.p50),
      p99: Math.max(...rounds.map((r) => r.latencyMs.p99)),
      average: mean((r) => r.latencyMs.average),
      max: Math.max(...rounds.map((r) => r.latencyMs.max)),
    },
    throughputMBps: mean((r) => r.throughputMBps),
    errors: sum((r) => r.errors),
    non2xx: sum((r) => r.non2xx),
    connectionErrors: sum((r) => r.connectionErrors),
    timeouts: sum((r) => r.timeouts),
    serverCpuPercent: nullableMean((r) => r.serverCpuPercent),
    serverCpuUsPerRequest: nullableMean((r) => r.serverCpuUsPerRequest),
    loadGeneratorCpuPercent: round(mean((r) => r.loadGeneratorCpuPercent)),
    otherCpuPercent: nullableMean((r) => r.otherCpuPercent),
  };
}

/** Warm-up (results discarded), then the measured run. */
export async function measureLoad(server: RunningServer, url: string, settings: LoadSettings): Promise<LoadResult> {
  if (settings.warmupSeconds > 0) await fire(url, settings.connections, settings.warmupSeconds);
  const serverCpuBefore = server.cpuMs();
  const machineBefore = machineBusyMs();
  const ownCpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await fire(url, settings.connections, settings.durationSeconds);
  const wallMs = performance.now() - started;
  const serverCpuAfter = server.cpuMs();
  const machineAfter = machineBusyMs();
  const ownCpu = process.cpuUsage(ownCpuBefore);
  const ownCpuMs = (ownCpu.user + ownCpu.system) / 1000;
  const serverCpuMs = serverCpuBefore === null || serverCpuAfter === null ? null : serverCpuAfter - serverCpuBefore;
  const requests = result.requests.total;
  return {
    requestsPerSecond: round(result.requests.average),
    requests,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, average: round(result.latency.average, 2), max: result.latency.max },
    throughputMBps: round(result.throughput.average / 1e6, 2),
    errors: result.non2xx + result.errors,
    non2xx: result.non2xx,
    connectionErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    serverCpuPercent: serverCpuMs === null ? null : round((serverCpuMs / wallMs) * 100),
    serverCpuUsPerRequest: serverCpuMs === null || requests === 0 ? null : round((serverCpuMs * 1000) / requests),
    loadGeneratorCpuPercent: round((ownCpuMs / wallMs) * 100),
    otherCpuPercent:
      machineBefore === null || machineAfter === null || serverCpuMs === null
        ? null
        : round(Math.max(0, ((machineAfter - machineBefore - serverCpuMs - ownCpuMs) / wallMs) * 100)),
  };
}

export async function expectOk(url: string, headers: Record<string, string> = {}): Promise<HttpResult> {
  const res = await httpGet(url, headers);
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${res.body.toString('utf8', 0, 300)}`);
  return res;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
export const ms = (value: number) => Math.round(value * 10) / 10;

export function log(line: string) {
  process.stdout.write(`${line}\n`);
}
