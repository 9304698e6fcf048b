// The state a prerendered page carries for the browser to hydrate it: a `<script type="application/json">` (the
// Content-Security-Policy runs no inline script) written by the server from entry-server.tsx's answer.
import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';
import type { Language } from '@ccm/shared/i18n/languages';

/** The id of the `<script type="application/json">` that carries a prerendered page's state. */
export const PRERENDERED_STATE_ID = 'prerendered-state';

export interface PrerenderedState {
  language: Language;
  /** The page's address as rendered (path and query). */
  url: string;
  queries: DehydratedState;
  /** The router's hydration data: the loaders' results, so the browser does not run them again. */
  router: Pick<HydrationState, 'loaderData'>;
}

/** The state of the prerendered page the browser is showing, if it is one. */
export function readPrerenderedState(): PrerenderedState | null {
  const text = document.getElementById(PRERENDERED_STATE_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as PrerenderedState;
  } catch {
    return null;
  }
}
