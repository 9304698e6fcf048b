// The public pages as HTML with their content and data: rendered by the client's prerenderer (client/src/entry-server.tsx,
// built into <CLIENT_DIST>-ssr/entry-server.js), which reads the API in-process (app.inject, as the public: no cookie),
// and kept per data version and language, so a publication renders them afresh. The browser hydrates them.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LANGUAGES, negotiateLanguage, type Language } from '@ccm/shared/i18n/languages';
import type { PrerenderedHtml } from '../../plugins/spa.ts';
import type {} from '../../plugins/data.ts';

/** A page as entry-server.tsx renders it. */
export interface RenderedPage {
  html: string;
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  state: { staticSnapshot?: boolean } & Record<string, unknown>;
  modules: string[];
}

export type PageFetch = (path: string, init: RequestInit) => Promise<Response>;

/** The contract of the built prerenderer (client/dist-ssr/entry-server.js). */
export interface Prerenderer {
  renderPage(request: { url: string; language: Language; fetch: PageFetch; fetchLater?: boolean }): Promise<RenderedPage | null>;
  PRERENDERED_STATE_ID: string;
  /** Where a static snapshot keeps an API answer (the client reads it there). */
  staticApiPath(path: string): string;
  STATIC_SNAPSHOT_META: string;
}

/** One entry of Vite's build manifest (client/dist/.vite/manifest.json). */
export interface ManifestChunk {
  file: string;
  src?: string;
  css?: string[];
  imports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** Where the prerenderer of a client build is: beside it, `<dist>-ssr/entry-server.js` (npm run build makes both). */
export const prerendererPath = (clientDist: string) => `${resolve(clientDist)}-ssr/entry-server.js`;

/** The page's language: a ?lang= the client understands ("fr", "FR", "fr-CH"), else the browser's, else English. */
export function pageLanguage(query: unknown, acceptLanguage: string | undefined): Language {
  const lang = typeof query === 'object' && query !== null ? (query as Record<string, unknown>).lang : undefined;
  const base = typeof lang === 'string' ? lang.trim().toLowerCase().split(/[-_]/)[0] : undefined;
  return LANGUAGES.find((l) => l === base) ?? negotiateLanguage(acceptLanguage) ?? 'en';
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON that is safe inside a <script> element (no `</script>` or `<!--` can close it). */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The scripts and stylesheets of the page's modules (and of the modules they import), each once, in load order. */
export function moduleAssets(manifest: Manifest, modules: readonly string[]): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    for (const imported of chunk.imports ?? []) visit(imported);
    scripts.push(`/${chunk.file}`);
    for (const css of chunk.css ?? []) styles.push(`/${css}`);
  };
  for (const module of modules) visit(module);
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/** The module scripts and modulepreloads of some HTML, marked `fetchpriority="low"`. */
export const lowPriorityScripts = (html: string) =>
  html.replace(/<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g, '<$1 fetchpriority="low"');

/**
 * index.html with the page in it: <html lang dir>, the title, the page's stylesheets (so it reads styled without
 * JavaScript) and scripts, the markup in #root and the state the browser hydrates it from.
 * The page reads without its scripts, so they are fetched at low priority: on a slow connection the HTML and the
 * stylesheets (all the first paint needs) come first, and the scripts that make it interactive after them.
 */
export function fillTemplate(template: string, page: RenderedPage, manifest: Manifest, stateId: string): string {
  const catalogue = page.lang === 'en' ? [] : [`src/i18n/locales/${page.lang}.json`];
  const { scripts, styles } = moduleAssets(manifest, [...catalogue, ...page.modules]);
  const present = (url: string) => template.includes(`"${url}"`);
  const links = [
    ...styles.filter((url) => !present(url)).map((url) => `<link rel="stylesheet" crossorigin href="${url}">`),
    ...scripts.filter((url) => !present(url)).map((url) => `<link rel="modulepreload" crossorigin href="${url}">`),
  ].map(lowPriorityScripts);
  const state = `<script type="application/json" id="${stateId}">${scriptJson(page.state)}</script>`;
  return lowPriorityScripts(template)
    .replace(/<html[^>]*>/, `<html lang="${escapeHtml(page.lang)}" dir="${page.dir}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace('</head>', `${links.map((l) => `    ${l}\n`).join('')}  </head>`)
    .replace(/<div id="root"><\/div>/, () => `<div id="root">${page.html}</div>\n    ${state}`);
}

/** The API as the prerenderer reads it: GET requests answered in-process by the app's own routes, as to the public. */
export function injectFetch(app: FastifyInstance): PageFetch {
  return async (path, init) => {
    if ((init.method ?? 'GET') !== 'GET') throw new Error(`The prerenderer only reads the API (${init.method ?? ''} ${path})`);
    const response = await app.inject({ method: 'GET', url: path, headers: { accept: 'application/json' } });
    const empty = response.statusCode === 204 || response.statusCode === 304;
    return new Response(empty ? null : response.rawPayload, {
      status: response.statusCode,
      headers: { 'content-type': String(response.headers['content-type'] ?? 'application/json') },
    });
  };
}

/** Whether the client build has a prerenderer (and the template and manifest it needs). */
export function hasPrerenderer(clientDist: string): boolean {
  return [prerendererPath(clientDist), join(resolve(clientDist), 'index.html'), join(resolve(clientDist), '.vite/manifest.json')].every((file) => existsSync(file));
}

/** Loads the built prerenderer and the client build's template and manifest; null when the build has no prerenderer. */
export async function loadPrerenderer(clientDist: string): Promise<{ prerenderer: Prerenderer; template: string; manifest: Manifest } | null> {
  if (!hasPrerenderer(clientDist)) return null;
  const prerenderer = (await import(pathToFileURL(prerendererPath(clientDist)).href)) as Prerenderer;
  const template = readFileSync(join(resolve(clientDist), 'index.html'), 'utf8');
  return { prerenderer, template, manifest: JSON.parse(readFileSync(join(resolve(clientDist), '.vite/manifest.json'), 'utf8')) as Manifest };
}

/** Pages kept per data version (all dropped when it moves), the oldest dropped beyond this many. */
const MAX_PAGES = 400;
/** Longer addresses are no page's; they are not prerendered (nor kept). */
const MAX_URL_LENGTH = 300;
/**
 * Pages are rendered one at a time; with this many waiting, a page not yet kept gets index.html instead (the browser
 * draws it), so a burst of new addresses cannot hold up the server.
 */
const MAX_WAITING_RENDERS = 8;
/** Rendered ahead once the server listens, in every language (and without ?lang=, in English). */
const WARM_PAGES = ['/', '/flagged'];

/**
 * The prerendered page for a request, or null (the server then sends index.html and the browser draws the page): not
 * a public page, or rendering failed (logged). Undefined when the build has no prerenderer. The prerenderer (a few MB)
 * loads with the first page asked for.
 */
export function createPageRenderer(app: FastifyInstance, { clientDist }: { clientDist: string }): ((request: FastifyRequest) => Promise<PrerenderedHtml | null>) | undefined {
  if (!hasPrerenderer(clientDist)) return undefined;
  let loading: ReturnType<typeof loadPrerenderer> | undefined;
  const fetch = injectFetch(app);
  let version = -1;
  let waiting = 0;
  const pages = new Map<string, Promise<PrerenderedHtml | null>>();

  const render = async (url: string, language: Language): Promise<PrerenderedHtml | null> => {
    loading ??= loadPrerenderer(clientDist);
    const loaded = await loading;
    if (!loaded) return null;
    const { prerenderer, template, manifest } = loaded;
    const page = await prerenderer.renderPage({ url, language, fetch });
    if (!page) return null;
    const body = Buffer.from(fillTemplate(template, page, manifest, prerenderer.PRERENDERED_STATE_ID));
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 16);
    return { body, etag: `"p${version}-${hash}"`, contentType: 'text/html; charset=utf-8', language };
  };

  /** The page at this address in this language: kept, being rendered, or rendered now (null when too many wait). */
  const pageFor = (url: string, language: Language): Promise<PrerenderedHtml | null> | null => {
    // The catalogue's version, not the database's: while a large catalogue is rebuilt the previous one is served, and so are
    // the pages made from it.
    const current = app.catalogue().version;
    if (current !== version) {
      pages.clear();
      // After a publication (not at start-up: the server's onListen does that), the first pages are rendered again ahead.
      if (version !== -1 && listening) setImmediate(warm);
      version = current;
    }
    const key = `${language} ${url}`;
    let page = pages.get(key);
    if (!page) {
      if (waiting >= MAX_WAITING_RENDERS) return null;
      waiting++;
      page = render(url, language).finally(() => waiting--);
      if (pages.size >= MAX_PAGES) pages.delete(pages.keys().next().value ?? '');
      pages.set(key, page);
      // A failure is not kept: the next request tries again.
      page.catch(() => pages.delete(key));
    }
    return page;
  };

  // Once the server listens, and again after each publication, the first pages most visits open are rendered ahead
  // (one at a time, the prerenderer loaded with the first), so the first visitor does not wait for them. Requests never
  // wait for this.
  let listening = false;
  let warming = false;
  const warmUrls = WARM_PAGES.flatMap((path): { url: string; language: Language }[] => [
    { url: path, language: 'en' },
    ...LANGUAGES.map((language) => ({ url: `${path}?lang=${language}`, language })),
  ]);
  function warm(): void {
    if (warming) return;
    warming = true;
    void (async () => {
      for (const { url, language } of warmUrls) {
        await new Promise((resolve) => setImmediate(resolve));
        await (pageFor(url, language) ?? Promise.resolve(null)).catch((error: unknown) => app.log.warn({ err: error, url }, 'prerendering a page ahead failed'));
      }
    })().finally(() => {
      warming = false;
    });
  }
  app.addHook('onListen', function warmPages(done) {
    listening = true;
    warm();
    done();
  });

  return async (request) => {
    if (request.url.length > MAX_URL_LENGTH) return null;
    const page = pageFor(request.url, pageLanguage(request.query, request.headers['accept-language']));
    if (!page) return null;
    try {
      return await page;
    } catch (error) {
      request.log.warn({ err: error, url: request.url }, 'prerendering the page failed; sending index.html');
      return null;
    }
  };
}
