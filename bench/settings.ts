// The benchmark's routes, budgets and load settings (BENCH_CONNECTIONS, BENCH_DURATION, BENCH_WARMUP, BENCH_ROUNDS).
import type { LoadSettings } from './measure.ts';

export const ROUTES = ['/api/v1/indicators', '/api/v1/action-plans/lap/summary', '/api/v1/indicators/a27-re-integrated'] as const;
export const MIN_RATIO = 0.8;
/** The p99 latency budget, checked when the run uses 50 connections. */
export const MAX_P99_MS = 10;
export const P99_CONNECTIONS = 50;
/** The budget for the longest any request waits while the catalogue rebuilds after a data-version bump at 100×, in ms. */
export const MAX_REBUILD_WAIT_MS = 100;

export const DEFAULTS: LoadSettings = { connections: 50, durationSeconds: 10, warmupSeconds: 2, rounds: 2 };

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number (got ${JSON.stringify(raw)})`);
  return value;
}

/** The load settings from the environment; isDefault when none was overridden (the run then writes bench/results.json). */
export function readSettings(): { settings: LoadSettings; isDefault: boolean } {
  const settings: LoadSettings = {
    connections: positiveNumber('BENCH_CONNECTIONS', DEFAULTS.connections),
    durationSeconds: positiveNumber('BENCH_DURATION', DEFAULTS.durationSeconds),
    warmupSeconds: positiveNumber('BENCH_WARMUP', DEFAULTS.warmupSeconds),
    rounds: Math.max(1, Math.round(positiveNumber('BENCH_ROUNDS', DEFAULTS.rounds))),
  };
  const isDefault = (Object.keys(DEFAULTS) as (keyof LoadSettings)[]).every((key) => settings[key] === DEFAULTS[key]);
  return { settings, isDefault };
}
