// The flagged page's view and filters live in the URL (?view=all&pillar=&status=&q=), so a view can be shared, reloaded
// and gone back to.
import { useSearchParams } from 'react-router';
import type { StatusCode } from '@ccm/shared/domain/vocabulary';
import { parseStatus } from '../../../components/ui/status-filter.tsx';
import { viewOf, type FlaggedView, type IndicatorFilters } from '../utils/view.ts';

export interface FlaggedFilters extends IndicatorFilters {
  view: FlaggedView;
}

type Change = Partial<{ view: FlaggedView; pillar: string | null; status: StatusCode | null; q: string }>;

export function useFlaggedFilters() {
  const [params, setParams] = useSearchParams();
  const status = parseStatus(params.get('status'));
  const filters: FlaggedFilters = {
    view: viewOf(params.get('view'), status),
    pillar: params.get('pillar') || null,
    status,
    q: params.get('q') ?? '',
  };
  const update = (change: Change, options: { replace?: boolean } = {}) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      // The flagged view is the page's default: its address carries no ?view=.
      if (value === null || value === undefined || value === '' || (key === 'view' && value === 'flagged')) next.delete(key);
      else next.set(key, String(value));
    }
    setParams(next, { replace: options.replace ?? false, preventScrollReset: true });
  };
  return { filters, update };
}
