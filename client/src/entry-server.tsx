// Prerenders a public page on the server (Node), so the first HTML carries the page with its figures: the route's data
// router and lazy pages resolved, a query client filled with the page's API answers, i18next in the page's language.
// Built with `vite build --ssr` into client/dist-ssr; the server's pages module loads it and passes the API in as a
// fetch that never touches the network. The browser then hydrates the HTML (main.tsx) from the state returned here.
import './lib/zod-config.ts';
import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { dehydrate, QueryClientProvider, type Query, type QueryClient } from '@tanstack/react-query';
import { LANGUAGES, type Language } from '@ccm/shared/i18n/languages';
import i18n, { languageDirection, setLanguage } from './i18n/index.ts';
import { setApiFetch, type ApiFetch } from './lib/api-client.ts';
import { createQueryClient } from './lib/query-client.ts';
import { DocumentTitleContext } from './lib/use-document-title.ts';
import { createRoutes } from './app/router.tsx';
import { PRERENDERED_STATE_ID, type PrerenderedState } from './app/prerendered-state.ts';

export { LANGUAGES, PRERENDERED_STATE_ID };
export { STATIC_SNAPSHOT_META, staticApiPath } from './app/static-snapshot.ts';
export type { Language, PrerenderedState };

export interface PrerenderRequest {
  /** The page's path and query, e.g. `/indicators/a27-re-integrated?lang=ar`. */
  url: string;
  language: Language;
  /** Answers the client's API requests (`/api/v1/…`), e.g. with Fastify's inject. */
  fetch: ApiFetch;
  /**
   * Also read what the page asks for only later (a footer's figures once in view): a static snapshot needs those answers
   * as files too. They are not part of the page's state.
   */
  fetchLater?: boolean;
}

export interface PrerenderedPage {
  /** The markup inside #root. */
  html: string;
  title: string;
  lang: Language;
  dir: 'ltr' | 'rtl';
  state: PrerenderedState;
  /** The source modules (relative to client/, as in Vite's manifest) of the page's lazily loaded routes. */
  modules: string[];
}

/**
 * Pages the browser alone draws: the workspace (signed in), and addresses that redirect (those of before plans were in
 * URLs, a plan named in capitals). Unknown addresses are left to the browser too (their route is `*`).
 */
const CLIENT_ONLY = /^\/(?:workspace|pillars|briefings)(?:\/|$)|^\/plans\/[^/]*[A-Z]/;
/** Discovering queries page by page (a page whose data names the next query) stops after this many rounds. */
const MAX_ROUNDS = 6;

const isEnabled = (query: Query) => {
  const { enabled } = query.options as { enabled?: boolean | ((q: Query) => boolean) };
  return typeof enabled === 'function' ? enabled(query) : enabled !== false;
};

/** Resolves when no query is fetching. */
function settled(queryClient: QueryClient): Promise<void> {
  return new Promise((resolve) => {
    if (queryClient.isFetching() === 0) return resolve();
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (queryClient.isFetching() > 0) return;
      unsubscribe();
      resolve();
    });
  });
}

/** Renders the page, waiting for its lazily loaded parts (which makes them ready for renderToString). */
async function renderWaiting(element: ReactNode): Promise<void> {
  const { prelude } = await prerender(element);
  await new Response(prelude).arrayBuffer();
}

/** Suspense boundaries that a render left for the browser to finish (`<!--$?-->` pending, `<!--$!-->` client-rendered). */
const UNFINISHED = /<!--\$[?!]-->/;

// i18next's language and the API's fetch are the module's, so one page is rendered at a time.
let queue: Promise<unknown> = Promise.resolve();

/**
 * The page at `url` in `language`, or null when the browser alone should draw it: a client-only page, an address that
 * redirects or that no page has, or a page whose data could not be read (the browser shows its own error or not found).
 */
export function renderPage(request: PrerenderRequest): Promise<PrerenderedPage | null> {
  const next = queue.then(() => render(request));
  queue = next.catch(() => undefined);
  return next;
}

async function render({ url, language, fetch, fetchLater = false }: PrerenderRequest): Promise<PrerenderedPage | null> {
  const address = new URL(url, 'http://prerender.invalid');
  if (CLIENT_ONLY.test(address.pathname)) return null;
  setApiFetch(fetch);
  await setLanguage(language);
  if (i18n.language !== language) return null;

  const queryClient = createQueryClient();
  const handler = createStaticHandler(createRoutes(queryClient));
  const context = await handler.query(new Request(address));
  // A redirect (a Response) or a route error: the browser handles it.
  if (context instanceof Response || context.errors) return null;
  if (context.matches.some((m) => m.route.path === '*')) return null;
  const router = createStaticRouter(handler.dataRoutes, context);

  let title = '';
  const page = (
    <StrictMode>
      <DocumentTitleContext.Provider value={(t) => (title = t)}>
        <QueryClientProvider client={queryClient}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </QueryClientProvider>
      </DocumentTitleContext.Provider>
    </StrictMode>
  );

  // Render, fetch the queries the render asked for, render again, until a render asks for nothing new. The loaders
  // have started most of them already.
  for (let round = 0; ; round++) {
    await settled(queryClient);
    await renderWaiting(page);
    const queries = queryClient.getQueryCache().getAll();
    if (queries.some((q) => q.state.status === 'error')) return null;
    const wanted = queries.filter((q) => q.state.status === 'pending' && isEnabled(q));
    if (wanted.length === 0 || round === MAX_ROUNDS) break;
    for (const q of wanted) if (q.state.fetchStatus === 'idle') void queryClient.prefetchQuery({ ...q.options, queryKey: q.queryKey });
  }
  // The HTML itself in one synchronous render, everything ready: no boundary is left to an inline script (which the
  // Content-Security-Policy would block) or to the browser.
  const html = renderToString(page);
  if (UNFINISHED.test(html)) return null;

  const modules = context.matches.flatMap((m) => {
    const module = (m.route.handle as { module?: string } | undefined)?.module;
    return module ? [module] : [];
  });
  const queries = dehydrate(queryClient);
  if (fetchLater) {
    const later = queryClient.getQueryCache().getAll().filter((q) => q.state.status === 'pending');
    await Promise.allSettled(later.map((q) => queryClient.fetchQuery({ ...q.options, queryKey: q.queryKey })));
  }
  queryClient.clear();
  return {
    html,
    title: title || i18n.t('app.title'),
    lang: language,
    dir: languageDirection(language),
    state: {
      language,
      url: `${address.pathname}${address.search}`,
      queries,
      router: { loaderData: context.loaderData },
    },
    modules,
  };
}
