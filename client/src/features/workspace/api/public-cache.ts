// After a publication the public API answers differently, but the browser may keep its answers for up to a minute
// (Cache-Control: max-age=60). Re-fetching the public URLs with cache: 'reload' replaces those entries, so the
// public pages show the new figures at once; then every query is invalidated.
// Figures change in every language alike, and the interface's is the one a visitor of this browser reads; a publication
// of texts (translations included) changes each language differently, so it refreshes them all.
import type { QueryClient } from '@tanstack/react-query';
import i18n from 'i18next';
import { toSearch } from '../../../lib/api/search-params.ts';
import { withLanguageParam } from '../../../lib/api-client.ts';

type Filters = Record<string, string | number | undefined>;

function isFilters(value: unknown): value is Filters {
  return typeof value === 'object' && value !== null;
}

/** The public URL behind a query key of lib/query-keys.ts, when it is one of the data endpoints. */
function publicUrlOf(key: readonly unknown[]): string | null {
  const [root, kind, arg] = key;
  if (root === 'indicators' && kind === 'detail' && typeof arg === 'string') return `/api/v1/indicators/${encodeURIComponent(arg)}`;
  if (root === 'indicators' && kind === 'list' && isFilters(arg)) return `/api/v1/indicators${toSearch(arg)}`;
  if (root === 'actions' && kind === 'list' && isFilters(arg)) return `/api/v1/actions${toSearch(arg)}`;
  if (root === 'series' && kind === 'detail' && typeof arg === 'string') return `/api/v1/series/${encodeURIComponent(arg)}`;
  return null;
}

export async function refreshPublicData(
  queryClient: QueryClient,
  indicatorIds: Iterable<string> = [],
  languages: readonly string[] = [i18n.language || 'en'],
): Promise<void> {
  const urls = new Set(['/api/v1/summary', '/api/v1/cycles', '/api/v1/pillars', '/api/v1/indicators', '/api/v1/actions', '/api/v1/conflicts', '/api/v1/series']);
  for (const id of indicatorIds) urls.add(`/api/v1/indicators/${encodeURIComponent(id)}`);
  for (const query of queryClient.getQueryCache().getAll()) {
    const url = publicUrlOf(query.queryKey);
    if (url) urls.add(url);
  }
  await Promise.allSettled(
    [...new Set(languages)].flatMap((lang) =>
      [...urls].map(async (url) => {
        // Public pages ask with ?lang= (see lib/api-client): replace exactly that cached variant.
        const response = await fetch(withLanguageParam(url, lang), { cache: 'reload', headers: { Accept: 'application/json', 'Accept-Language': lang } });
        await response.arrayBuffer();
      }),
    ),
  );
  await queryClient.invalidateQueries();
}
