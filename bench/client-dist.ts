// The client build the benchmark and Lighthouse serve: built with `npm run build -w client`, then copied to a private
// directory with its prerenderer (`<dist>-ssr`; others may rebuild client/dist while a run is going on) and given its
// .br/.gz siblings there.
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { initialAssets } from '../scripts/check-bundle.ts';
import { compressDist } from '../scripts/compress-dist.ts';
import { REPO_ROOT, runCommand } from './server-process.ts';

const CLIENT_DIST = resolve(REPO_ROOT, 'client/dist');

/** Local files index.html loads that are not there (a copy taken in the middle of someone else's build). */
function missingAssets(dist: string): string[] {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return ['index.html'];
  const { scripts, styles } = initialAssets(readFileSync(index, 'utf8'));
  return [...scripts, ...styles].map((url) => url.replace(/^\.?\//, '')).filter((file) => !existsSync(join(dist, file)));
}

/**
 * BENCH_CLIENT_DIST=dir: copy a build made elsewhere (`cd client && npx vite build --outDir dir`) instead of building
 * client/dist, for when something else (a test run) is using client/dist.
 */
export function prepareClientDist(target: string, options: { build: boolean }): string {
  const prebuilt = process.env.BENCH_CLIENT_DIST ? resolve(process.env.BENCH_CLIENT_DIST) : null;
  const source = prebuilt ?? CLIENT_DIST;
  if (prebuilt) process.stdout.write(`  using the build in ${prebuilt} (BENCH_CLIENT_DIST)\n`);
  for (let attempt = 1; attempt <= 3; attempt++) {
    if (options.build && !prebuilt) runCommand('npm', ['run', 'build', '-w', 'client']);
    rmSync(target, { recursive: true, force: true });
    cpSync(source, target, { recursive: true });
    // The prerenderer beside the build (npm run build makes both): without it the server sends the pages unrendered.
    rmSync(`${target}-ssr`, { recursive: true, force: true });
    if (existsSync(`${source}-ssr`)) cpSync(`${source}-ssr`, `${target}-ssr`, { recursive: true });
    const missing = missingAssets(target);
    if (missing.length === 0) {
      const summary = compressDist(target);
      process.stdout.write(`  client build copied to ${target}; .br/.gz siblings for ${summary.files} files\n`);
      return target;
    }
    process.stdout.write(`  ${source} was incomplete (${missing.join(', ')}); ${options.build && !prebuilt ? 'building again' : 'copying again'}\n`);
  }
  throw new Error(`could not get a complete copy of ${source} (is another build running?)`);
}
