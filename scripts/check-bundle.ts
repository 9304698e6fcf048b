// Bundle budget, checked in CI after the client build: the JavaScript a first visit downloads (the entry script of
// client/dist/index.html and every <link rel="modulepreload">), gzipped, must stay within 195 kB. The same budget holds
// for each kind of prerendered public page in English and Arabic, its page and catalogue chunks included
// (tests/server/pages.test.ts).
//   node --import tsx scripts/check-bundle.ts [dist-dir]   (default: client/dist)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** kB as Vite prints them (1 kB = 1000 bytes), gzip level 9. */
export const INITIAL_JS_BUDGET_BYTES = 195_000;

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleReport {
  initial: ChunkSize[];
  lazy: ChunkSize[];
  initialGzipBytes: number;
  totalGzipBytes: number;
  css: ChunkSize[];
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
}

/** The URLs of index.html's module entry scripts and modulepreloads, and its stylesheets. */
export function initialAssets(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src) scripts.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('modulepreload')) scripts.add(href);
    if (rel.includes('stylesheet')) styles.add(href);
  }
  return { scripts: [...scripts], styles: [...styles] };
}

function size(dist: string, file: string): ChunkSize {
  const bytes = readFileSync(join(dist, file));
  return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return listFiles(join(dir, entry.name), rel);
    return entry.isFile() ? [rel] : [];
  });
}

export function measureBundle(dist: string): BundleReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const toFile = (url: string) => {
    if (/^(?:[a-z]+:)?\/\//i.test(url)) throw new Error(`index.html loads ${url} from another origin; the budget cannot measure it`);
    return url.replace(/^\.?\//, '').split(/[?#]/)[0] ?? url;
  };
  const assets = initialAssets(html);
  const initialFiles = assets.scripts.map(toFile);
  for (const file of initialFiles) {
    if (!existsSync(join(dist, file))) throw new Error(`index.html references ${file}, which is not in ${dist}`);
  }
  const initial = initialFiles.map((file) => size(dist, file));
  const lazy = listFiles(dist)
    .filter((file) => /\.m?js$/.test(file) && !initialFiles.includes(file))
    .map((file) => size(dist, file))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const initialGzipBytes = initial.reduce((sum, c) => sum + c.gzipBytes, 0);
  return {
    initial,
    lazy,
    initialGzipBytes,
    totalGzipBytes: initialGzipBytes + lazy.reduce((sum, c) => sum + c.gzipBytes, 0),
    css: assets.styles.map(toFile).filter((file) => existsSync(join(dist, file))).map((file) => size(dist, file)),
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function main(): number {
  const dist = resolve(process.argv[2] ?? resolve(REPO_ROOT, 'client/dist'));
  if (!existsSync(join(dist, 'index.html'))) {
    process.stderr.write(`check-bundle: no ${join(dist, 'index.html')}; build the client first (npm run build).\n`);
    return 1;
  }
  const report = measureBundle(dist);
  if (report.initial.length === 0) {
    process.stderr.write('check-bundle: index.html has no entry script; is this a Vite build?\n');
    return 1;
  }
  const lines = [`Initial JavaScript (entry + modulepreload), gzip -9: ${kB(report.initialGzipBytes)} of ${kB(INITIAL_JS_BUDGET_BYTES)} budget`];
  for (const c of report.initial) lines.push(`  ${c.file}  ${kB(c.bytes)} -> ${kB(c.gzipBytes)} gzip`);
  if (report.css.length > 0) lines.push(`Initial CSS: ${report.css.map((c) => `${c.file} ${kB(c.gzipBytes)} gzip`).join(', ')}`);
  lines.push(`All JavaScript: ${kB(report.totalGzipBytes)} gzip in ${report.initial.length + report.lazy.length} files (${report.lazy.length} lazy)`);
  if (report.lazy.length > 0) {
    lines.push('Largest lazy chunks:');
    for (const c of report.lazy.slice(0, 5)) lines.push(`  ${c.file}  ${kB(c.bytes)} -> ${kB(c.gzipBytes)} gzip`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (report.initialGzipBytes > INITIAL_JS_BUDGET_BYTES) {
    process.stderr.write(
      `check-bundle: FAILED: the initial JavaScript is ${kB(report.initialGzipBytes)} gzipped, over the ${kB(INITIAL_JS_BUDGET_BYTES)} budget by ${kB(report.initialGzipBytes - INITIAL_JS_BUDGET_BYTES)}. Lazy-load a route or a heavy dependency (React.lazy / import()).\n`,
    );
    return 1;
  }
  process.stdout.write('check-bundle: ok\n');
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main();
  } catch (error) {
    process.stderr.write(`check-bundle: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
