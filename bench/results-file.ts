// bench/results.json: the committed figures. `npm run bench` writes its `bench` key and `npm run lighthouse` its
// `lighthouse` key; each keeps the other's.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { resolve } from 'node:path';
import { REPO_ROOT } from './server-process.ts';

export const RESULTS_PATH = resolve(REPO_ROOT, 'bench/results.json');
/** Where runs with non-default settings go (git-ignored), so a quick local run never replaces the committed figures. */
export const SCRATCH_RESULTS_PATH = resolve(REPO_ROOT, 'bench/results.tmp.json');

export interface MachineInfo {
  cpuModel: string;
  cpuCount: number;
  memoryGB: number;
  os: string;
  node: string;
  date: string;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cpuCount: list.length,
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    date: new Date().toISOString(),
  };
}

export function readResults(path: string): Record<string, unknown> {
  if (!existsSync(path)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Replaces one top-level key, keeping the others; written to a temporary file first, then renamed. */
export function writeResultsKey(path: string, key: string, value: unknown): void {
  const next = { ...readResults(path), [key]: value };
  const temporary = `${path}.${process.pid}.partial`;
  writeFileSync(temporary, `${JSON.stringify(next, null, 2)}\n`);
  renameSync(temporary, path);
}
