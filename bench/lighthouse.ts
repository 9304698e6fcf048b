// `npm run lighthouse`: Lighthouse 12 (default mobile emulation and simulated throttling) on the overview, a pillar, an
// indicator, the flagged list and a State page, in English and Arabic, of the production build, served by the production server. Prints the scores (median run of LIGHTHOUSE_RUNS),
// the metrics, the top opportunities and the failing audits; writes them to bench/results.json under `lighthouse`;
// exits non-zero when performance < 90 or accessibility < 100. LIGHTHOUSE_RUNS=1 for a quick run;
// LIGHTHOUSE_REPORTS_DIR=dir keeps the full JSON reports (open them in the Lighthouse viewer).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { prepareClientDist } from './client-dist.ts';
import { machineInfo, RESULTS_PATH, writeResultsKey } from './results-file.ts';
import { REPO_ROOT, removeOnExit, startServer, stopOnExit, type RunningServer } from './server-process.ts';

// The overview, a pillar, an indicator, the flagged list and a State, in English and Arabic (right to left).
const PAGE_PATHS = ['/', '/plans/lap/pillars/risk-education', '/indicators/a27-re-integrated', '/flagged', '/states/lao'];
export const PAGES: readonly string[] = PAGE_PATHS.flatMap((path) => [path, `${path}?lang=ar`]);
/** LIGHTHOUSE_PAGES="/indicators/a27-re-integrated,/flagged?lang=ar" runs only those (a quick check of one page). */
const pagesToRun = (): readonly string[] => process.env.LIGHTHOUSE_PAGES?.split(',').map((p) => p.trim()).filter(Boolean) ?? PAGES;
export const BUDGET = { performance: 90, accessibility: 100 } as const;
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
const RUN_TIMEOUT_MS = 180_000;
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;

const AuditSchema = z.object({
  id: z.string(),
  title: z.string(),
  score: z.number().nullable(),
  scoreDisplayMode: z.string(),
  displayValue: z.string().optional(),
  numericValue: z.number().optional(),
  metricSavings: z.record(z.string(), z.number()).optional(),
  details: z
    .looseObject({
      type: z.string().optional(),
      overallSavingsMs: z.number().optional(),
      overallSavingsBytes: z.number().optional(),
      // Tables for most audits, an object for some insights: read per audit (see itemsOf).
      items: z.unknown().optional(),
    })
    .optional(),
});
const CategorySchema = z.object({ score: z.number().nullable(), auditRefs: z.array(z.object({ id: z.string(), weight: z.number() })) });
const ReportSchema = z.object({
  lighthouseVersion: z.string(),
  finalDisplayedUrl: z.string(),
  runtimeError: z.object({ code: z.string(), message: z.string() }).optional(),
  runWarnings: z.array(z.string()),
  environment: z.looseObject({ benchmarkIndex: z.number().optional() }).optional(),
  categories: z.object({ performance: CategorySchema, accessibility: CategorySchema }),
  audits: z.record(z.string(), AuditSchema),
});
type Report = z.infer<typeof ReportSchema>;

interface PageResult {
  path: string;
  performance: number;
  accessibility: number;
  /** Performance score of every run; the figures above and below come from the median run. */
  runs: number[];
  /** Lighthouse's CPU benchmark of the host during the median run (higher is faster; a loaded or slow host scores low
   * and its simulated mobile timings come out longer). */
  benchmarkIndex: number | null;
  metrics: Record<string, { value: number | null; display: string | null; score: number | null }>;
  opportunities: { id: string; title: string; savingsMs: number | null; savingsBytes: number | null; display: string | null }[];
  failingAudits: { category: 'performance' | 'accessibility'; id: string; title: string; score: number | null; display: string | null }[];
  /** Where the main-thread time goes (simulated slow CPU): script evaluation per file, and the longest tasks. */
  diagnostics: { scriptingMsByScript: { script: string; ms: number }[]; longTasks: { script: string; ms: number }[] };
  warnings: string[];
}

const ItemsSchema = z.array(z.looseObject({ url: z.string().optional(), scripting: z.number().optional(), duration: z.number().optional() }));
const itemsOf = (audit: z.infer<typeof AuditSchema> | undefined) => {
  const parsed = ItemsSchema.safeParse(audit?.details?.items);
  return parsed.success ? parsed.data : [];
};

const scriptName = (url: string | undefined) => (url ? url.replace(/^https?:\/\/[^/]+/, '') : '?');

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

const score = (value: number | null) => Math.round((value ?? 0) * 100);

/** Lighthouse's own trace errors (NO_NAVSTART, NO_FCP…) now and then: such a run is tried again, up to twice. */
const TRACE_ERROR = /\((NO_[A-Z_]+)\)|: (NO_[A-Z_]+):/;

async function runLighthouseRetrying(url: string, outputPath: string): Promise<Report> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouse(url, outputPath);
    } catch (error) {
      const traceError = error instanceof Error ? TRACE_ERROR.exec(error.message) : null;
      if (!traceError || attempt >= 3) throw error;
      console.log(`  ${url}: Lighthouse's ${traceError[1] ?? traceError[2]}; running it again`);
    }
  }
}

function runLighthouse(url: string, outputPath: string): Promise<Report> {
  return new Promise((resolveRun, reject) => {
    const bin = resolve(REPO_ROOT, 'node_modules/.bin/lighthouse');
    const child = spawn(
      bin,
      [
        url,
        '--output=json',
        `--output-path=${outputPath}`,
        '--only-categories=performance,accessibility',
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
        '--quiet',
      ],
      { cwd: REPO_ROOT, env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    // Lighthouse closes its Chrome on SIGINT.
    stopOnExit(child, 'SIGINT');
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`lighthouse ${url} failed (${signal ?? `exit ${code}`}):\n${stderr}`));
      try {
        const report = ReportSchema.parse(JSON.parse(readFileSync(outputPath, 'utf8')));
        if (report.runtimeError) return reject(new Error(`lighthouse ${url}: ${report.runtimeError.code}: ${report.runtimeError.message}`));
        resolveRun(report);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

function summarise(path: string, reports: Report[]): PageResult {
  const sorted = [...reports].sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0));
  const median = sorted[Math.floor(sorted.length / 2)];
  if (!median) throw new Error('no Lighthouse report');
  const audit = (id: string) => median.audits[id];
  const metrics: PageResult['metrics'] = {};
  for (const id of METRICS) {
    const a = audit(id);
    metrics[id] = { value: a?.numericValue ?? null, display: a?.displayValue ?? null, score: a?.score ?? null };
  }
  const perfIds = new Set(median.categories.performance.auditRefs.map((r) => r.id));
  const opportunities = Object.values(median.audits)
    .filter((a) => perfIds.has(a.id) && a.details?.type === 'opportunity' && a.score !== null && a.score < 1)
    .map((a) => ({
      id: a.id,
      title: a.title,
      savingsMs: a.details?.overallSavingsMs ?? a.metricSavings?.LCP ?? null,
      savingsBytes: a.details?.overallSavingsBytes ?? null,
      display: a.displayValue ?? null,
    }))
    .sort((a, b) => (b.savingsMs ?? 0) - (a.savingsMs ?? 0) || (b.savingsBytes ?? 0) - (a.savingsBytes ?? 0));
  const failingAudits: PageResult['failingAudits'] = [];
  for (const category of ['performance', 'accessibility'] as const) {
    for (const ref of median.categories[category].auditRefs) {
      const a = audit(ref.id);
      if (!a || a.score === null || a.score >= 0.9 || a.scoreDisplayMode === 'informative' || a.scoreDisplayMode === 'manual') continue;
      if (category === 'performance' && (METRICS as readonly string[]).includes(a.id)) continue;
      // Performance insights without a figure repeat what the audits with one say.
      const savings = Object.values(a.metricSavings ?? {}).some((v) => v > 0);
      if (category === 'performance' && a.displayValue === undefined && !savings) continue;
      failingAudits.push({ category, id: a.id, title: a.title, score: a.score, display: a.displayValue ?? null });
    }
  }
  return {
    path,
    performance: score(median.categories.performance.score),
    accessibility: score(median.categories.accessibility.score),
    runs: reports.map((r) => score(r.categories.performance.score)),
    benchmarkIndex: median.environment?.benchmarkIndex ?? null,
    metrics,
    opportunities: opportunities.slice(0, 8),
    failingAudits,
    diagnostics: {
      scriptingMsByScript: itemsOf(audit('bootup-time'))
        .map((i) => ({ script: scriptName(i.url), ms: Math.round(i.scripting ?? 0) }))
        .filter((i) => i.ms > 0)
        .slice(0, 5),
      longTasks: itemsOf(audit('long-tasks')).slice(0, 5).map((i) => ({ script: scriptName(i.url), ms: Math.round(i.duration ?? 0) })),
    },
    warnings: median.runWarnings,
  };
}

async function main(): Promise<number> {
  const runs = Math.max(1, Math.round(Number(process.env.LIGHTHOUSE_RUNS ?? 3) || 3));
  const skipBuild = process.env.BENCH_SKIP_BUILD === 'true';
  if (skipBuild) log('lighthouse: BENCH_SKIP_BUILD=true, using the existing client/dist');
  const dir = removeOnExit(mkdtempSync(join(tmpdir(), 'ccm-lighthouse-')));
  let server: RunningServer | null = null;
  const pages: PageResult[] = [];
  let version = 'unknown';
  try {
    const clientDist = prepareClientDist(join(dir, 'dist'), { build: !skipBuild });
    server = await startServer({ databasePath: join(dir, 'lighthouse.db'), clientDist, env: { BENCH_LIMIT_ROUTES: 'false' } });
    for (const path of pagesToRun()) {
      const reports: Report[] = [];
      for (let i = 0; i < runs; i++) {
        const reportDir = process.env.LIGHTHOUSE_REPORTS_DIR ? resolve(process.env.LIGHTHOUSE_REPORTS_DIR) : dir;
        mkdirSync(reportDir, { recursive: true });
        const report = await runLighthouseRetrying(`${server.url}${path}`, join(reportDir, `${path.split('?')[0] === '/' ? 'overview' : path.slice(1).replaceAll('/', '-')}${path.includes('lang=ar') ? '-ar' : ''}-${i + 1}.json`.replace(/[?=&]/g, '-')));
        version = report.lighthouseVersion;
        reports.push(report);
        log(`  ${path} run ${i + 1}/${runs}: performance ${score(report.categories.performance.score)}, accessibility ${score(report.categories.accessibility.score)}`);
      }
      pages.push(summarise(path, reports));
    }
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  const failures: string[] = [];
  for (const p of pages) {
    log(`\n${p.path}: performance ${p.performance} (runs ${p.runs.join(', ')}), accessibility ${p.accessibility}; host benchmarkIndex ${p.benchmarkIndex ?? '?'}`);
    log(`  ${Object.entries(p.metrics).map(([id, m]) => `${id} ${m.display ?? '-'}`).join(', ')}`);
    for (const o of p.opportunities.slice(0, 5)) log(`  opportunity: ${o.title}${o.display ? ` (${o.display})` : ''}`);
    for (const a of p.failingAudits) log(`  failing ${a.category} audit: ${a.id}: ${a.title}${a.display ? ` (${a.display})` : ''}`);
    if (p.diagnostics.scriptingMsByScript.length > 0) {
      log(`  script evaluation: ${p.diagnostics.scriptingMsByScript.map((i) => `${i.script} ${i.ms} ms`).join(', ')}`);
    }
    if (p.diagnostics.longTasks.length > 0) log(`  longest tasks: ${p.diagnostics.longTasks.map((i) => `${i.script} ${i.ms} ms`).join(', ')}`);
    if (p.performance < BUDGET.performance) failures.push(`${p.path}: performance ${p.performance} < ${BUDGET.performance}`);
    if (p.accessibility < BUDGET.accessibility) failures.push(`${p.path}: accessibility ${p.accessibility} < ${BUDGET.accessibility}`);
  }
  writeResultsKey(RESULTS_PATH, 'lighthouse', {
    machine: machineInfo(),
    settings: { lighthouse: version, runsPerPage: runs, formFactor: 'mobile (Lighthouse default: emulated Moto G Power, simulated slow 4G)', chromeFlags: CHROME_FLAGS },
    budget: { ...BUDGET, passed: failures.length === 0, failures },
    pages,
  });
  log(`\nlighthouse: figures written to ${RESULTS_PATH}`);
  if (failures.length > 0) {
    process.stderr.write(`lighthouse: budget missed:\n  ${failures.join('\n  ')}\n`);
    return 1;
  }
  log(`lighthouse: performance >= ${BUDGET.performance} and accessibility = ${BUDGET.accessibility} on every page`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`lighthouse failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
