// The one key factory: every query key the client uses is built here, so invalidation can target a family of keys.
// Keys of texts end with the language: switching languages fetches the texts again, and each language keeps its cache.
import { hashKey } from '@tanstack/react-query';
import type { IndicatorFilters } from '@ccm/shared/schemas/api';

export const queryKeys = {
  summary: (lang: string) => ['summary', lang] as const,
  cycles: (lang: string) => ['cycles', lang] as const,
  pillars: (lang: string) => ['pillars', lang] as const,
  actions: {
    all: () => ['actions'] as const,
    list: (filters: { pillar?: string }, lang: string) => ['actions', 'list', filters, lang] as const,
  },
  indicators: {
    all: () => ['indicators'] as const,
    list: (filters: IndicatorFilters, lang: string) => ['indicators', 'list', filters, lang] as const,
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
export function keepWhileLanguageChanges(key: readonly unknown[]) {
  const sameQuery = hashKey(key.slice(0, -1));
  return <T>(previous: T | undefined, previousQuery?: { queryKey: readonly unknown[] }): T | undefined =>
    previousQuery && hashKey(previousQuery.queryKey.slice(0, -1)) === sameQuery ? previous : undefined;
}
