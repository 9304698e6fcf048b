import { defineConfig, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';

type ChunkingContext = Rolldown.ChunkingContext;

/**
 * Names the chunk for app code that two or more lazily loaded pages share (and the first page does not): all of it goes
 * into one `pages-common` chunk. Left to itself the bundler makes a small chunk for every combination of pages sharing
 * a module, and a pillar page then fetched eight files before it could draw; over HTTP/1.1 (six connections) they queued
 * with the page's API requests. Modules of the first page, modules that bring in recharts (which stays behind the charts'
 * own lazy imports) and lazily imported modules themselves keep their usual chunks. Code that only the workspace's pages
 * share goes into `workspace-common` instead.
 */
/** The workspace's modules (its pages, their catalogues): signed-in users only. */
const WORKSPACE_MODULE = /[\\/]client[\\/]src[\\/]features[\\/]workspace[\\/]/;

function pagesCommonChunk() {
  const initial = new Map<string, boolean>();
  const pages = new Map<string, ReadonlySet<string>>();
  const charting = new Map<string, boolean>();

  /** Whether the entry reaches the module through static imports. */
  const isInitial = (id: string, ctx: ChunkingContext, seen = new Set<string>()): boolean => {
    const known = initial.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return false;
    seen.add(id);
    const info = ctx.getModuleInfo(id);
    const result = info !== null && (info.isEntry || info.importers.some((importer) => isInitial(importer, ctx, seen)));
    initial.set(id, result);
    return result;
  };

  /** The lazily imported modules (pages, mostly) whose static imports reach the module. */
  const pagesUsing = (id: string, ctx: ChunkingContext, seen = new Set<string>()): ReadonlySet<string> => {
    const known = pages.get(id);
    if (known) return known;
    const result = new Set<string>();
    if (seen.has(id)) return result;
    seen.add(id);
    const info = ctx.getModuleInfo(id);
    if (info) {
      if (info.dynamicImporters.length > 0) result.add(id);
      for (const importer of info.importers) for (const page of pagesUsing(importer, ctx, seen)) result.add(page);
    }
    pages.set(id, result);
    return result;
  };

  /** Whether the module's static imports reach recharts. */
  const bringsCharts = (id: string, ctx: ChunkingContext, seen = new Set<string>()): boolean => {
    const known = charting.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return false;
    seen.add(id);
    const info = ctx.getModuleInfo(id);
    const result = /[\\/]node_modules[\\/]recharts[\\/]/.test(id) || (info !== null && info.importedIds.some((imported) => bringsCharts(imported, ctx, seen)));
    charting.set(id, result);
    return result;
  };

  return (id: string, ctx: ChunkingContext): string | null => {
    const info = ctx.getModuleInfo(id);
    if (!info || info.dynamicImporters.length > 0 || isInitial(id, ctx) || bringsCharts(id, ctx)) return null;
    const using = pagesUsing(id, ctx);
    if (using.size < 2) return null;
    // Code only the workspace's pages share is a chunk of its own: a public page never downloads the workspace's forms.
    return [...using].every((page) => WORKSPACE_MODULE.test(page)) ? 'workspace-common' : 'pages-common';
  };
}

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    // .vite/manifest.json: which scripts and stylesheets each page's module needs, for the server's prerendered pages.
    manifest: true,
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Everything the first page needs in one file: the bundler would otherwise split it by which lazy chunks also
            // use each module, and the first visit fetched five or eight files where one does.
            { name: 'index', tags: ['$initial'] },
            { name: pagesCommonChunk(), debugName: 'pages-common', test: /[\\/]client[\\/]src[\\/]/, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  // The server's prerenderer (`vite build --ssr --outDir dist-ssr`: src/entry-server.tsx → entry-server.js), one file Node
  // loads from anywhere: its dependencies bundled in, production React, no code splitting.
  ssr: { noExternal: true },
  environments: {
    ssr: {
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: { manifest: false, copyPublicDir: false, rolldownOptions: { input: 'src/entry-server.tsx', output: { codeSplitting: false } } },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
