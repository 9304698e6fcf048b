// Prints bench/results.json as the Markdown tables of docs/performance.md:
//   node --import tsx bench/report.ts [results.json]
import { resolve } from 'node:path';
import { z } from 'zod';
import { readResults, RESULTS_PATH } from './results-file.ts';

const Load = z.object({
  requestsPerSecond: z.number(),
  latencyMs: z.object({ p50: z.number(), p99: z.number() }),
  errors: z.number(),
  serverCpuUsPerRequest: z.number().nullable(),
});
const Machine = z.object({ cpuModel: z.string(), cpuCount: z.number(), memoryGB: z.number(), os: z.string(), node: z.string(), date: z.string() });
const Bench = z.object({
  machine: Machine,
  settings: z.object({ connections: z.number(), durationSeconds: z.number(), warmupSeconds: z.number(), rounds: z.number() }),
  budget: z.object({ passed: z.boolean(), failures: z.array(z.string()), maxP99Ms: z.number().optional() }),
  noise: z.object({ meanOtherCpuPercent: z.number(), maxOtherCpuPercent: z.number() }).nullable(),
  datasets: z.array(
    z.object({
      name: z.string(),
      description: z.string(),
      rows: z.object({ indicators: z.number(), observations: z.number(), actionPlans: z.number() }),
      routes: z.array(
        z.object({
          path: z.string(),
          payloadBytes: z.object({ identity: z.number(), br: z.number().nullable(), gzip: z.number().nullable() }),
          firstRequestMs: z.number(),
          firstBrotliRequestMs: z.number(),
          uncachedMs: z.number(),
          api: Load,
          /** Absent from results recorded before the bare server: their ratio is against the in-process route. */
          bare: Load.optional(),
          limit: Load,
          ratio: z.number(),
          cpuRatio: z.number().nullable(),
          inProcessRatio: z.number().optional(),
        }),
      ),
      rebuild: z
        .object({ route: z.string(), intervalMs: z.number(), requests: z.number(), longestWaitMs: z.number(), rebuildMs: z.number(), maxBudgetMs: z.number() })
        .nullable()
        .optional(),
    }),
  ),
});
const Page = z.object({
  path: z.string(),
  performance: z.number(),
  accessibility: z.number(),
  runs: z.array(z.number()),
  metrics: z.record(z.string(), z.object({ display: z.string().nullable() })),
});
const Lighthouse = z.object({ machine: Machine, settings: z.object({ lighthouse: z.string(), runsPerPage: z.number() }), pages: z.array(Page) });

const size = (bytes: number | null) =>
  bytes === null ? '–' : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : bytes >= 1e3 ? `${(bytes / 1e3).toFixed(1)} kB` : `${bytes} B`;
const int = (n: number) => Math.round(n).toLocaleString('en-GB');
const machine = (m: z.infer<typeof Machine>) => `${m.cpuModel}, ${m.cpuCount} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}, ${m.date.slice(0, 10)}`;

const results = readResults(resolve(process.argv[2] ?? RESULTS_PATH));
const out: string[] = [];
const bench = Bench.safeParse(results.bench);
if (bench.success) {
  const b = bench.data;
  out.push(
    `Machine: ${machine(b.machine)}. ${b.settings.connections} connections, ${b.settings.durationSeconds} s per run after a ${b.settings.warmupSeconds} s warm-up, ${b.settings.rounds} rounds (API, bare server and in-process route alternating); autocannon runs on the same machine. Budget ${b.budget.passed ? 'met' : `missed: ${b.budget.failures.join('; ')}`}.${b.noise ? ` Other processes used ${b.noise.meanOtherCpuPercent}% of a core on average during the runs.` : ''}`,
  );
  for (const d of b.datasets) {
    out.push('', `**${d.name}**: ${d.description} (${int(d.rows.actionPlans)} plans, ${int(d.rows.indicators)} indicators, ${int(d.rows.observations)} observations)`, '');
    out.push('| Route | Body (br) | API req/s | Bare req/s | Ratio | CPU ratio | API p50 / p99 ms | Bare p50 / p99 ms | In-process req/s (ratio) | Errors | Uncached | First br |');
    out.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const r of d.routes) {
      // Results recorded before the bare server had only the in-process route, and their ratio was against it.
      const bare = r.bare;
      const inProcessRatio = r.inProcessRatio ?? (bare ? null : r.ratio);
      out.push(
        `| \`${r.path}\` | ${size(r.payloadBytes.identity)} (${size(r.payloadBytes.br)}) | ${int(r.api.requestsPerSecond)} | ${bare ? int(bare.requestsPerSecond) : '–'} | ${bare ? r.ratio.toFixed(2) : '–'} | ${bare ? (r.cpuRatio?.toFixed(2) ?? '–') : '–'} | ${r.api.latencyMs.p50} / ${r.api.latencyMs.p99} | ${bare ? `${bare.latencyMs.p50} / ${bare.latencyMs.p99}` : '–'} | ${int(r.limit.requestsPerSecond)} (${inProcessRatio?.toFixed(2) ?? '–'}) | ${r.api.errors + (bare?.errors ?? 0) + r.limit.errors} | ${int(r.uncachedMs)} ms | ${int(r.firstBrotliRequestMs)} ms |`,
      );
    }
    if (d.rebuild) {
      const w = d.rebuild;
      out.push('', `Longest wait during a rebuild: ${w.longestWaitMs} ms (budget ${w.maxBudgetMs} ms) over ${w.requests} requests to \`${w.route}\`, one every ${w.intervalMs} ms, from a data-version bump until ${w.rebuildMs} ms later, when the new version was served.`);
    }
  }
} else {
  out.push('(no bench figures in the results file)');
}
const lighthouse = Lighthouse.safeParse(results.lighthouse);
if (lighthouse.success) {
  const l = lighthouse.data;
  out.push('', `Lighthouse ${l.settings.lighthouse}, mobile defaults, median of ${l.settings.runsPerPage} runs; ${machine(l.machine)}.`, '');
  out.push('| Page | Performance | Accessibility | FCP | LCP | TBT | CLS |', '|---|---|---|---|---|---|---|');
  for (const p of l.pages) {
    const m = (id: string) => p.metrics[id]?.display ?? '–';
    out.push(
      `| \`${p.path}\` | ${p.performance} (runs ${p.runs.join(', ')}) | ${p.accessibility} | ${m('first-contentful-paint')} | ${m('largest-contentful-paint')} | ${m('total-blocking-time')} | ${m('cumulative-layout-shift')} |`,
    );
  }
}
process.stdout.write(`${out.join('\n')}\n`);
