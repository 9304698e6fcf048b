import './lib/zod-config.ts';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { hydrate, type QueryClient } from '@tanstack/react-query';
import { currentLanguage, i18nReady } from './i18n/index.ts';
import { createQueryClient } from './lib/query-client.ts';
import { App } from './app/app.tsx';
import { createHydratingRouter, createRouter } from './app/router.tsx';
import { readPrerenderedState, type PrerenderedState } from './app/prerendered-state.ts';
import { isStaticSnapshot, snapshotAddress, staticSnapshotFetch } from './app/static-snapshot.ts';
import { setApiFetch } from './lib/api-client.ts';
import './styles.css';

/** An address as a page sees it: the path without a trailing slash (a static host adds one), the parameters but ?lang=. */
function pageKey(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete('lang');
  params.sort();
  return `${pathname.replace(/(.)\/+$/, '$1')}?${params.toString()}`;
}

/**
 * Whether the page in #root is the server's rendering of this address in the reader's language, so React can take it
 * over (hydrate) rather than draw it again. A static host serves a page's HTML whatever the query (?lang=ar, ?view=all).
 */
function isHydratable(root: HTMLElement, state: PrerenderedState | null): state is PrerenderedState {
  if (state === null || root.firstElementChild === null || state.language !== currentLanguage()) return false;
  const rendered = new URL(state.url, window.location.origin);
  return pageKey(rendered.pathname, rendered.search) === pageKey(window.location.pathname, window.location.search);
}

// A static snapshot's API answers are files (app/static-snapshot.ts).
if (isStaticSnapshot()) {
  setApiFetch(staticSnapshotFetch);
  const address = snapshotAddress(window.location);
  if (address) window.history.replaceState(window.history.state, '', address);
}

function render(root: HTMLElement, queryClient: QueryClient, router: ReturnType<typeof createRouter>, hydrating: boolean): void {
  const app = (
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>
  );
  // As a transition, so React renders (or hydrates) the page in short slices and yields between them: one long task
  // otherwise, which a slow phone feels as a frozen page (Lighthouse: total blocking time).
  startTransition(() => {
    if (hydrating) hydrateRoot(root, app);
    else createRoot(root).render(app);
  });
}

const root = document.getElementById('root');
// The first render waits for the reader's language (a few kB), so a French or Arabic visit never flashes English.
if (root) {
  const prerendered = readPrerenderedState();
  void i18nReady.then(() => {
    // In a task of its own rather than straight after the modules' evaluation: start-up in shorter tasks keeps the page
    // responsive on a slow phone. Router and query client come before the first render, so the router's loaders start
    // the first page's queries while React renders.
    setTimeout(() => {
      const queryClient = createQueryClient();
      if (isHydratable(root, prerendered)) {
        // The page's queries' answers came with it; its lazy route loads before hydrating, so React finds the same page.
        hydrate(queryClient, prerendered.queries);
        void createHydratingRouter(queryClient, prerendered.router).then(
          (router) => render(root, queryClient, router, true),
          // The page's code could not load: draw it afresh (the router loads the page again, and says so if it fails).
          () => render(root, queryClient, createRouter(queryClient), false),
        );
      } else {
        render(root, queryClient, createRouter(queryClient), false);
      }
    }, 0);
  });
}
