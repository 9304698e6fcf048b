// `npm run bench`: the public API against its physical limit, a bare node:http server in its own process sending the
// same status, headers and body (bench/bare-server.ts), on the bundled data and on a synthetic set about 100 times
// larger; the in-process limit route (same bytes through the app's hooks) is measured too, for information. Writes
// bench/results.json, prints a table, and exits non-zero when a route is under 0.8 of the bare server, its p99 at 50
// connections is 10 ms or more, a request waited more than 100 ms during a rebuild at 100x, or any request failed.
// settings.ts: routes, budgets, options; dataset.ts: what is measured on each data set; rebuild-wait.ts: the wait
// during a rebuild; verdict.ts: the budgets checked and the table printed.
//   BENCH_DURATION=3 BENCH_CONNECTIONS=20 npm run bench   (quick run; non-default settings write bench/results.tmp.json)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../server/src/db/client.ts';
import { log } from './measure.ts';
import { machineInfo, RESULTS_PATH, SCRATCH_RESULTS_PATH, writeResultsKey } from './results-file.ts';
import { prepareClientDist } from './client-dist.ts';
import { removeOnExit } from './server-process.ts';
import { DEFAULT_SYNTHETIC, insertSyntheticData } from './synthetic.ts';
import { measureDataset, type DatasetResult } from './dataset.ts';
import { MAX_P99_MS, MAX_REBUILD_WAIT_MS, MIN_RATIO, P99_CONNECTIONS, readSettings } from './settings.ts';
import { budgetFailures, noiseOf, printTable } from './verdict.ts';

async function main(): Promise<number> {
  const { settings, isDefault } = readSettings();
  const resultsPath = isDefault ? RESULTS_PATH : SCRATCH_RESULTS_PATH;
  log(
    `bench: ${settings.connections} connections, ${settings.durationSeconds} s per run after a ${settings.warmupSeconds} s warm-up, ${settings.rounds} round(s) per route`,
  );

  const dir = removeOnExit(mkdtempSync(join(tmpdir(), 'ccm-bench-')));
  const databasePath = join(dir, 'bench.db');
  const skipBuild = process.env.BENCH_SKIP_BUILD === 'true';
  if (skipBuild) log('bench: BENCH_SKIP_BUILD=true, using the existing client/dist');
  const datasets: DatasetResult[] = [];
  try {
    const clientDist = prepareClientDist(join(dir, 'dist'), { build: !skipBuild });
    // The server migrates and seeds the empty database itself on start.
    datasets.push(await measureDataset('bundled', 'seed-data/ as shipped', { databasePath, clientDist }, settings));

    const database = openDatabase(databasePath);
    try {
      const started = performance.now();
      const added = insertSyntheticData(database);
      log(`\nbench: synthetic data inserted in ${Math.round(performance.now() - started)} ms: ${JSON.stringify(added)}`);
    } finally {
      database.sqlite.close();
    }
    const o = DEFAULT_SYNTHETIC;
    datasets.push(
      await measureDataset(
        'synthetic-100x',
        `bundled + ${o.plans} synthetic plans x ${o.indicatorsPerPlan} indicators x ${o.cyclesPerPlan} cycles (${Math.round(o.observationShare * 100)}% of indicator-cycles observed); server restarted`,
        // Not seeded again on start: bringing the database up to the bundle would remove the synthetic figures.
        { databasePath, clientDist, env: { SEED_ON_START: 'false' } },
        settings,
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const failures = budgetFailures(datasets, settings);
  printTable(datasets);
  const noise = noiseOf(datasets);
  if (noise && noise.meanOtherCpuPercent > 25) {
    log(`\nbench: WARNING: other processes used ${noise.meanOtherCpuPercent}% of a core on average (max ${noise.maxOtherCpuPercent}%) during the runs; the figures are disturbed. Run again on an idle machine.`);
  }
  writeResultsKey(resultsPath, 'bench', {
    machine: machineInfo(),
    settings: { ...settings, tool: 'autocannon 9.0.0 (in the benchmark process, sharing the machine with the server)' },
    budget: { minRatio: MIN_RATIO, ratioAgainst: 'bare node:http server', maxRebuildWaitMs: MAX_REBUILD_WAIT_MS, maxP99Ms: MAX_P99_MS, p99Connections: P99_CONNECTIONS, p99Checked: settings.connections === P99_CONNECTIONS, maxErrors: 0, passed: failures.length === 0, failures },
    noise,
    datasets,
  });
  log(`\nbench: figures written to ${resultsPath}`);
  if (failures.length > 0) {
    process.stderr.write(`bench: budget missed:\n  ${failures.join('\n  ')}\n`);
    return 1;
  }
  log(`bench: every route at >= ${MIN_RATIO} of the bare server${settings.connections === P99_CONNECTIONS ? `, p99 < ${MAX_P99_MS} ms` : ''}, no errors`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);