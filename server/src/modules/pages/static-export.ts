// A static snapshot of the public site (`npm run export:static -- DIR`): every public page in every language as HTML
// (prerendered as the server serves it), the API answers those pages read as JSON files where the client looks for them
// (static hosts ignore query strings: app/static-snapshot.ts in the client), the full exports, and the client's assets.
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { API_PATHS, planSegment } from '@ccm/shared/api-paths';
import { LANGUAGES, type Language } from '@ccm/shared/i18n/languages';
import { fillTemplate, injectFetch, loadPrerenderer, type PageFetch } from './pages.service.ts';

export interface StaticExportOptions {
  clientDist: string;
  outDir: string;
  /** Only these pages (paths without ?lang=); every public page by default. */
  pages?: readonly string[];
  /** Called after each page, e.g. to print progress. */
  onPage?: (path: string, language: Language) => void;
}

export interface StaticExportSummary {
  pages: number;
  htmlFiles: number;
  jsonFiles: number;
  skipped: string[];
}

/** The exports the footer links to (in English: a static host cannot pick another language by ?lang=). */
const FULL_EXPORTS = [API_PATHS.exportCsv(), API_PATHS.exportXlsx(), API_PATHS.exportJson(), '/api/v1/openapi.json'];

/** A public GET's data, read in-process. */
async function read<T>(app: FastifyInstance, path: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url: path, headers: { accept: 'application/json' } });
  if (response.statusCode !== 200) throw new Error(`GET ${path} answered ${response.statusCode}`);
  return response.json<{ data: T }>().data;
}

/** Every public page's path: each public plan's pages, each indicator (and its embed), the series and the States. */
export async function publicPagePaths(app: FastifyInstance): Promise<string[]> {
  const paths = ['/', '/flagged', '/series', '/states'];
  const plans = await read<{ code: string }[]>(app, `${API_PATHS.actionPlans()}?lang=en`);
  for (const { code } of plans) {
    const plan = planSegment(code);
    const [pillars, actions, indicators] = await Promise.all([
      read<{ slug: string }[]>(app, `${API_PATHS.planPillars(code)}?lang=en`),
      read<{ number: number }[]>(app, `${API_PATHS.planActions(code)}?lang=en`),
      read<{ id: string }[]>(app, `${API_PATHS.planIndicators(code)}?lang=en`),
    ]);
    paths.push(`/plans/${plan}`, `/plans/${plan}/results`, `/plans/${plan}/changes`);
    for (const { slug } of pillars) paths.push(`/plans/${plan}/pillars/${slug}`, `/plans/${plan}/briefings/${slug}`);
    for (const { number } of actions) paths.push(`/plans/${plan}/actions/${number}`);
    for (const { id } of indicators) paths.push(`/indicators/${id}`, `/embed/indicators/${id}`);
  }
  const [series, states] = await Promise.all([
    read<{ name: string }[]>(app, `${API_PATHS.series()}?lang=en`),
    read<{ code: string }[]>(app, `${API_PATHS.states()}?lang=en`),
  ]);
  for (const { name } of series) paths.push(`/series/${name}`);
  for (const { code } of states) paths.push(`/states/${code.toLowerCase()}`);
  return [...new Set(paths)];
}

/**
 * The HTML file of a page in a language: `<path>/index.html` in English (what a static host serves at the address),
 * `<path>/index.<lang>.html` in the others (a host that can route by ?lang= serves those; see the README).
 */
export const htmlFile = (path: string, language: Language) => join(...path.split('/').filter(Boolean).map(decodeURIComponent), language === 'en' ? 'index.html' : `index.${language}.html`);

const write = (outDir: string, file: string, body: string | Buffer) => {
  const target = join(outDir, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, body);
};

export async function exportStatic(app: FastifyInstance, options: StaticExportOptions): Promise<StaticExportSummary> {
  const outDir = resolve(options.outDir);
  const loaded = await loadPrerenderer(options.clientDist);
  if (!loaded) throw new Error(`No prerenderer in ${resolve(options.clientDist)}-ssr (or no index.html and manifest in ${resolve(options.clientDist)}): run npm run build first.`);
  const { prerenderer, template, manifest } = loaded;
  mkdirSync(outDir, { recursive: true });

  // The client's files, but for the page shell (written below, marked as the snapshot's) and the build manifest.
  const dist = resolve(options.clientDist);
  for (const entry of readdirSync(dist)) {
    if (entry === '.vite' || /^index\.html(?:\.(?:br|gz))?$/.test(entry)) continue;
    cpSync(join(dist, entry), join(outDir, entry), { recursive: true });
  }
  const marker = `<meta name="${prerenderer.STATIC_SNAPSHOT_META}" content="">`;
  const marked = (html: string) => html.replace('</head>', `  ${marker}\n  </head>`);
  // Addresses with no page of their own (most static hosts serve 404.html for them): the browser draws them from the snapshot.
  write(outDir, '404.html', marked(template));

  // Every API answer the pages read, kept where the client will look for it.
  const answers = new Map<string, Buffer>();
  const inject = injectFetch(app);
  const fetch: PageFetch = async (path, init) => {
    const response = await inject(path, init);
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status === 200) answers.set(decodeURIComponent(prerenderer.staticApiPath(path)), body);
    return new Response(body, { status: response.status, headers: response.headers });
  };

  const paths = options.pages ?? (await publicPagePaths(app));
  const summary: StaticExportSummary = { pages: paths.length, htmlFiles: 0, jsonFiles: 0, skipped: [] };
  for (const path of paths) {
    for (const language of LANGUAGES) {
      const url = language === 'en' ? path : `${path}?lang=${language}`;
      const page = await prerenderer.renderPage({ url, language, fetch, fetchLater: true });
      if (!page) {
        summary.skipped.push(url);
        continue;
      }
      write(outDir, htmlFile(path, language), marked(fillTemplate(template, page, manifest, prerenderer.PRERENDERED_STATE_ID)));
      summary.htmlFiles++;
      options.onPage?.(path, language);
    }
  }
  for (const [file, body] of answers) write(outDir, file, body);
  summary.jsonFiles = answers.size;
  for (const path of FULL_EXPORTS) {
    const response = await app.inject({ method: 'GET', url: `${path}?lang=en` });
    if (response.statusCode === 200) write(outDir, path, response.rawPayload);
  }
  return summary;
}
