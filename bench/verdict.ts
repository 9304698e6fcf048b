// The run's verdict and its table: the budgets each data set missed, and the figures printed at the end.
import { log, type LoadSettings } from './measure.ts';
import type { DatasetResult } from './dataset.ts';
import { MAX_P99_MS, MAX_REBUILD_WAIT_MS, MIN_RATIO, P99_CONNECTIONS } from './settings.ts';

/** Every budget missed: the rebuild wait at 100x, a ratio under MIN_RATIO, a p99 at 50 connections, any error. */
export function budgetFailures(datasets: DatasetResult[], settings: LoadSettings): string[] {
  const failures: string[] = [];
  for (const d of datasets) {
    // The budget is for the big catalogue, rebuilt in slices; the bundled one is rebuilt on the spot (tens of ms).
    if (d.name === 'synthetic-100x' && d.rebuild.longestWaitMs > MAX_REBUILD_WAIT_MS) failures.push(`${d.name}: a request waited ${d.rebuild.longestWaitMs} ms during a rebuild (> ${MAX_REBUILD_WAIT_MS} ms)`);
    for (const r of d.routes) {
      if (r.ratio < MIN_RATIO) failures.push(`${d.name} ${r.path}: ratio to the bare server ${r.ratio} < ${MIN_RATIO}`);
      if (settings.connections === P99_CONNECTIONS && r.api.latencyMs.p99 >= MAX_P99_MS) failures.push(`${d.name} ${r.path}: p99 ${r.api.latencyMs.p99} ms >= ${MAX_P99_MS} ms at ${P99_CONNECTIONS} connections`);
      const errors = r.api.errors + r.bare.errors + r.limit.errors;
      if (errors > 0) failures.push(`${d.name} ${r.path}: ${r.api.errors} API, ${r.bare.errors} bare and ${r.limit.errors} limit errors`);
    }
  }
  return failures;
}

/** CPU used by other processes during the load runs, in % of one core: near 0 means the figures are clean. */
export function noiseOf(datasets: DatasetResult[]): { meanOtherCpuPercent: number; maxOtherCpuPercent: number } | null {
  const others = datasets.flatMap((d) => d.routes.flatMap((r) => [...r.apiRounds, ...r.bareRounds, ...r.limitRounds])).map((r) => r.otherCpuPercent);
  const known = others.filter((v): v is number => v !== null);
  return known.length
    ? { meanOtherCpuPercent: Math.round(known.reduce((a, b) => a + b, 0) / known.length), maxOtherCpuPercent: Math.max(...known) }
    : null;
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

export function printTable(datasets: DatasetResult[]) {
  const header = `${'route'.padEnd(38)}${pad('bytes', 9)}${pad('uncached', 9)}${pad('API r/s', 9)}${pad('bare r/s', 9)}${pad('ratio', 6)}${pad('CPU', 6)}${pad('in-proc', 9)}${pad('ratio', 6)}${pad('API p50/p99', 13)}${pad('bare p50/p99', 13)}${pad('errors', 7)}`;
  for (const d of datasets) {
    log(`\n${d.name} (${d.rows.indicators} indicators, ${d.rows.observations} observations; load average ${d.loadAverage1m.before} -> ${d.loadAverage1m.after})`);
    log(`longest wait during a rebuild: ${d.rebuild.longestWaitMs} ms (new version after ${d.rebuild.rebuildMs} ms; ${d.rebuild.requests} requests, one every ${d.rebuild.intervalMs} ms)`);
    log(header);
    for (const r of d.routes) {
      log(
        `${r.path.padEnd(38)}${pad(r.payloadBytes.identity, 9)}${pad(r.uncachedMs, 9)}${pad(r.api.requestsPerSecond, 9)}${pad(r.bare.requestsPerSecond, 9)}${pad(r.ratio.toFixed(2), 6)}${pad(r.cpuRatio?.toFixed(2) ?? '-', 6)}${pad(r.limit.requestsPerSecond, 9)}${pad(r.inProcessRatio.toFixed(2), 6)}${pad(`${r.api.latencyMs.p50}/${r.api.latencyMs.p99}`, 13)}${pad(`${r.bare.latencyMs.p50}/${r.bare.latencyMs.p99}`, 13)}${pad(r.api.errors + r.bare.errors + r.limit.errors, 7)}`,
      );
    }
  }
}
