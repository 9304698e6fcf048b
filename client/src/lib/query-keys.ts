// The one key factory: every query key the client uses is built here, so invalidation can target a family of keys.
import type { IndicatorFilters } from '@ccm/shared/schemas/api';

export const queryKeys = {
  summary: () => ['summary'] as const,
  cycles: () => ['cycles'] as const,
  pillars: () => ['pillars'] as const,
  actions: {
    all: () => ['actions'] as const,
    list: (filters: { pillar?: string }) => ['actions', 'list', filters] as const,
  },
  indicators: {
    all: () => ['indicators'] as const,
    list: (filters: IndicatorFilters) => ['indicators', 'list', filters] as const,
    detail: (id: string) => ['indicators', 'detail', id] as const,
  },
  conflicts: () => ['conflicts'] as const,
  series: {
    all: () => ['series'] as const,
    list: () => ['series', 'list'] as const,
    detail: (name: string) => ['series', 'detail', name] as const,
  },
} as const;
