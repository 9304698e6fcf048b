// What the Flagged page lists: by default only the flagged indicators (declining, stalled, too slow for the deadline);
// with ?view=all every indicator. Either way grouped by status, most severe first, and narrowed by the filters.
import { FLAGGED_STATUS_CODES, STATUS_CODES, isFlagged, type StatusCode } from '@ccm/shared/domain/vocabulary';
import type { Action, Indicator } from '@ccm/shared/schemas/api';
import { matchesIndicator } from './search.ts';

export const FLAGGED_VIEWS = ['flagged', 'all'] as const;
export type FlaggedView = (typeof FLAGGED_VIEWS)[number];

/**
 * The view an address shows: "all" when it asks for it (?view=all) or filters by a status that is not flagged (an
 * address from before the views, "/flagged?status=on_track", still shows those indicators); else "flagged".
 */
export function viewOf(view: string | null, status: StatusCode | null): FlaggedView {
  return view === 'all' || (status !== null && !isFlagged(status)) ? 'all' : 'flagged';
}

/** The statuses a view can be filtered by. */
export function statusesOf(view: FlaggedView): readonly StatusCode[] {
  return view === 'all' ? STATUS_CODES : FLAGGED_STATUS_CODES;
}

/** The indicators a view starts from, before the filters. */
export function inView(indicators: readonly Indicator[], view: FlaggedView): Indicator[] {
  return view === 'all' ? [...indicators] : indicators.filter((i) => isFlagged(i.status.code));
}

export interface IndicatorFilters {
  pillar: string | null;
  status: StatusCode | null;
  q: string;
}

/** The indicators of a view that pass the filters. */
export function filterIndicators(
  indicators: readonly Indicator[],
  view: FlaggedView,
  filters: IndicatorFilters,
  actionOf: (number: number) => Action | undefined,
): Indicator[] {
  return inView(indicators, view).filter(
    (i) =>
      (filters.pillar === null || i.pillar === filters.pillar) &&
      (filters.status === null || i.status.code === filters.status) &&
      matchesIndicator(i, actionOf(i.action), filters.q),
  );
}

/** One group a status, most severe first, each in action order; statuses with no indicator are left out. */
export function groupByStatus(indicators: readonly Indicator[]): { code: StatusCode; items: Indicator[] }[] {
  return STATUS_CODES.map((code) => ({
    code,
    items: indicators.filter((i) => i.status.code === code).sort((a, b) => a.action - b.action || a.title.localeCompare(b.title)),
  })).filter((g) => g.items.length > 0);
}

/**
 * The address of the other view, keeping the filters it can show: the pillar and the search always, the status where
 * that view has it (a status that is not flagged is dropped on the way to the flagged view).
 */
export function viewSearch(search: string, view: FlaggedView): string {
  const params = new URLSearchParams(search);
  if (view === 'all') {
    params.set('view', 'all');
  } else {
    params.delete('view');
    const status = STATUS_CODES.find((c) => c === params.get('status'));
    if (status !== undefined && !isFlagged(status)) params.delete('status');
  }
  const next = params.toString();
  return next ? `?${next}` : '';
}
