// Writes .br and .gz siblings next to the text files of the client build, which @fastify/static (preCompressed: true)
// serves to browsers that accept them: compressed once at build time at maximum quality, never per request.
//   node --import tsx scripts/compress-dist.ts [dist-dir]   (default: client/dist)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const DEFAULT_DIST = resolve(REPO_ROOT, 'client/dist');

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.xml', '.webmanifest', '.map']);
/** Below this, the headers cost more than the bytes saved. */
const MIN_BYTES = 512;

export interface CompressSummary {
  files: number;
  written: number;
  originalBytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

const isFresh = (sibling: string, sourceMtimeMs: number) => {
  try {
    return statSync(sibling).mtimeMs >= sourceMtimeMs;
  } catch {
    return false;
  }
};

/** Compresses every eligible file; siblings newer than their source are kept, so a second run is cheap. */
export function compressDist(dir = DEFAULT_DIST): CompressSummary {
  const summary: CompressSummary = { files: 0, written: 0, originalBytes: 0, brotliBytes: 0, gzipBytes: 0 };
  for (const path of walk(dir)) {
    if (!COMPRESSIBLE.has(extname(path))) continue;
    const stat = statSync(path);
    if (stat.size < MIN_BYTES) continue;
    summary.files++;
    summary.originalBytes += stat.size;
    const source = readFileSync(path);
    for (const [suffix, compress] of [
      [
        '.br',
        () =>
          brotliCompressSync(source, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
            },
          }),
      ],
      ['.gz', () => gzipSync(source, { level: constants.Z_BEST_COMPRESSION })],
    ] as const) {
      const sibling = `${path}${suffix}`;
      let bytes: number;
      if (isFresh(sibling, stat.mtimeMs)) {
        bytes = statSync(sibling).size;
      } else {
        const compressed = compress();
        bytes = compressed.length;
        writeFileSync(sibling, compressed);
        summary.written++;
      }
      if (suffix === '.br') summary.brotliBytes += bytes;
      else summary.gzipBytes += bytes;
    }
  }
  return summary;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? DEFAULT_DIST);
  try {
    const s = compressDist(dir);
    const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
    process.stdout.write(
      `compress-dist: ${s.files} files in ${relative(process.cwd(), dir) || '.'} (${kb(s.originalBytes)}): brotli ${kb(s.brotliBytes)}, gzip ${kb(s.gzipBytes)}; ${s.written} siblings written\n`,
    );
  } catch (error) {
    process.stderr.write(`compress-dist: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
