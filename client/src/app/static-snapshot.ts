// A static snapshot (`npm run export:static -- DIR`): the public pages and the API's answers as files, for any static
// host or CDN. Such hosts ignore query strings, so the snapshot's pages say what they are (a <meta> the export adds) and
// the client then reads each answer from its own file: /api/v1/indicators/a27?lang=ar → /api/v1/indicators/a27/lang=ar.json.
import type { ApiFetch } from '../lib/api-client.ts';

/** The name of the <meta> that marks a page of a static snapshot. */
export const STATIC_SNAPSHOT_META = 'ccm-static-snapshot';

/** Where a static snapshot keeps the answer to an API request: the path, then its parameters in order, as a file name. */
export function staticApiPath(path: string): string {
  const url = new URL(path, 'http://snapshot.invalid');
  const params = [...url.searchParams].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  const query = params.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
  return `${url.pathname.replace(/\/+$/, '')}/${query || 'index'}.json`;
}

export function isStaticSnapshot(): boolean {
  return typeof document !== 'undefined' && document.querySelector(`meta[name="${STATIC_SNAPSHOT_META}"]`) !== null;
}

/** The API read from the snapshot's files. */
export const staticSnapshotFetch: ApiFetch = (path, init) => fetch(path.startsWith('/api/') ? staticApiPath(path) : path, init);

/**
 * A snapshot's page opened by its file name (`/indicators/a27/index.ar.html`, as a host that routes by ?lang= serves it,
 * or a link to the file): the address the pages know, `/indicators/a27?lang=ar`, before the router reads it.
 */
export function snapshotAddress(location: { pathname: string; search: string; hash: string }): string | null {
  const file = /^(.*?)\/index(?:\.(fr|es|ar))?\.html$/.exec(location.pathname);
  if (!file) return null;
  const params = new URLSearchParams(location.search);
  if (file[2] && !params.has('lang')) params.set('lang', file[2]);
  const search = params.toString();
  return `${file[1] || '/'}${search ? `?${search}` : ''}${location.hash}`;
}
