// npm run test:load — 200 concurrent readers and an editor writing (and an admin publishing) against a real server for
// 30 s. Passes only with zero errors and zero lost writes; prints throughput and p99 latencies.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startServer } from '../helpers/server.ts';
import { createAccountInFile, createCycleOver, signInOver, writeDraft } from '../helpers/writer.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const READERS = Number(process.env.LOAD_CONNECTIONS ?? 200);
const READ_PATHS = ['/api/v1/indicators', '/api/v1/action-plans/lap/summary', '/api/v1/indicators/a27-re-integrated', '/api/v1/indicators?pillar=risk-education', '/api/v1/series/isu-contributions'];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main() {
  const databasePath = join(mkdtempSync(join(tmpdir(), 'ccm-load-')), 'load.db');
  createAccountInFile(databasePath, 'admin@load.test', 'admin');
  const server = await startServer({ DATABASE_PATH: databasePath, LOG_LEVEL: 'error' });
  let exitCode = 1;
  try {
    const cookie = await signInOver(server.url, 'admin@load.test');
    await createCycleOver(server.url, cookie, '14MSP');
    const deadline = Date.now() + SECONDS * 1000;
    const readLatencies: number[] = [];
    const writeLatencies: number[] = [];
    const readErrors: string[] = [];
    const acknowledged: number[] = [];
    let writeFailures = 0;
    let publishes = 0;

    const reader = async (k: number) => {
      for (let i = k; Date.now() < deadline; i += 1) {
        const path = READ_PATHS[i % READ_PATHS.length] ?? '/api/health';
        const started = performance.now();
        try {
          const res = await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
          await res.arrayBuffer();
          if (res.status !== 200) readErrors.push(`${path} → ${res.status}`);
        } catch (error) {
          readErrors.push(`${path} → ${error instanceof Error ? error.message : String(error)}`);
        }
        readLatencies.push(performance.now() - started);
      }
    };
    const writer = async () => {
      for (let n = 0; Date.now() < deadline; n += 1) {
        const started = performance.now();
        const id = await writeDraft(server.url, cookie, '14MSP', n).catch(() => null);
        writeLatencies.push(performance.now() - started);
        if (id === null) writeFailures += 1;
        else acknowledged.push(id);
        if (n % 25 === 24) {
          // Publishing moves the data version, so readers also go through cache invalidation under load.
          const res = await fetch(`${server.url}/api/v1/workspace/cycles/14MSP/publish`, { method: 'POST', headers: { cookie } });
          if (res.status === 200) publishes += 1;
          else writeFailures += 1;
        }
      }
    };
    await Promise.all([...Array.from({ length: READERS }, (_, k) => reader(k)), writer()]);

    const sqlite = new Database(databasePath, { readonly: true });
    const stored = new Set(sqlite.prepare('select id from observation_changes').pluck().all() as number[]);
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    sqlite.close();
    const lost = acknowledged.filter((id) => !stored.has(id)).length;
    readLatencies.sort((a, b) => a - b);
    writeLatencies.sort((a, b) => a - b);

    const summary = {
      seconds: SECONDS,
      readers: READERS,
      reads: readLatencies.length,
      readsPerSecond: Math.round(readLatencies.length / SECONDS),
      readP50Ms: Number(percentile(readLatencies, 50).toFixed(1)),
      readP99Ms: Number(percentile(readLatencies, 99).toFixed(1)),
      readErrors: readErrors.length,
      writes: acknowledged.length,
      writeP99Ms: Number(percentile(writeLatencies, 99).toFixed(1)),
      writeFailures,
      publishes,
      lostWrites: lost,
      integrity,
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    if (readErrors.length) process.stdout.write(`first errors: ${readErrors.slice(0, 5).join('; ')}\n`);
    const failed = readErrors.length + writeFailures + lost + (integrity === 'ok' ? 0 : 1);
    process.stdout.write(`load: ${failed === 0 ? 1 : 0} passed, ${failed === 0 ? 0 : 1} failed\n`);
    exitCode = failed === 0 ? 0 : 1;
  } finally {
    await server.stop();
  }
  process.exit(exitCode);
}

void main();
