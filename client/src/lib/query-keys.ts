// The query keys of the data every public page shares, built here so that invalidation can target a family of keys;
// a feature's own data keeps its keys beside its fetcher (briefingKeys, statesKeys, workspaceKeys…).
// Keys of texts end with the language: switching languages fetches the texts again, and each language keeps its cache.
// Keys of a plan's data hold the plan's URL segment (`lap`) right after their family, so each plan keeps its own.
import { hashKey, queryOptions } from '@tanstack/react-query';
import type { IndicatorFilters } from '@ccm/shared/schemas/api';

declare module '@tanstack/react-query' {
  interface Register {
    /** publicUrl: the public API path a query reads (without ?lang), which a publication refreshes in the browser's cache. */
    queryMeta: { publicUrl?: string };
  }
}

export const queryKeys = {
  actionPlans: (lang: string) => ['action-plans', lang] as const,
  summary: (plan: string, lang: string) => ['summary', plan, lang] as const,
  cycles: (plan: string, lang: string) => ['cycles', plan, lang] as const,
  pillars: (plan: string, lang: string) => ['pillars', plan, lang] as const,
  actions: {
    all: () => ['actions'] as const,
    list: (plan: string, filters: { pillar?: string }, lang: string) => ['actions', 'list', plan, filters, lang] as const,
    detail: (plan: string, number: number, lang: string) => ['actions', 'detail', plan, number, lang] as const,
  },
  indicators: {
    all: () => ['indicators'] as const,
    list: (plan: string, filters: IndicatorFilters, lang: string) => ['indicators', 'list', plan, filters, lang] as const,
    detail: (id: string, lang: string) => ['indicators', 'detail', id, lang] as const,
  },
  conflicts: (lang: string) => ['conflicts', lang] as const,
  series: {
    all: () => ['series'] as const,
    list: (lang: string) => ['series', 'list', lang] as const,
    detail: (name: string, lang: string) => ['series', 'detail', name, lang] as const,
  },
} as const;

/**
 * `placeholderData` for a query whose key ends with the language: while the same query loads in the newly chosen
 * language, keep showing it in the previous one (rather than a spinner in place of the page). Another page's data is
 * never reused.
 */
function keepWhileLanguageChanges(key: readonly unknown[]) {
  const sameQuery = hashKey(key.slice(0, -1));
  return <T>(previous: T | undefined, previousQuery?: { queryKey: readonly unknown[] }): T | undefined =>
    previousQuery && hashKey(previousQuery.queryKey.slice(0, -1)) === sameQuery ? previous : undefined;
}

/**
 * A public read in the reader's language: cached under `queryKey` (which ends with the language), named by its public
 * API path (`meta.publicUrl`) so that a publication refreshes it, and kept on screen in the previous language while the
 * newly chosen one loads. `staleTime` for data that only a new deployment changes.
 */
export function publicQueryOptions<T, K extends readonly unknown[]>(queryKey: K, publicUrl: string, queryFn: () => Promise<T>, { staleTime }: { staleTime?: number } = {}) {
  return queryOptions({ queryKey, meta: { publicUrl }, queryFn, ...(staleTime === undefined ? {} : { staleTime }), placeholderData: keepWhileLanguageChanges(queryKey) });
}
