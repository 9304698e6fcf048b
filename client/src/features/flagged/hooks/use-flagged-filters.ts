// The flagged page's filters live in the URL (?pillar=&status=&q=), so a view can be shared, reloaded and gone back to.
import { useSearchParams } from 'react-router';
import type { StatusCode } from '@ccm/shared/schemas/common';
import { parseStatus } from '../../../components/ui/status-filter.tsx';

export interface FlaggedFilters {
  pillar: string | null;
  status: StatusCode | null;
  q: string;
}

export function useFlaggedFilters() {
  const [params, setParams] = useSearchParams();
  const filters: FlaggedFilters = {
    pillar: params.get('pillar') || null,
    status: parseStatus(params.get('status')),
    q: params.get('q') ?? '',
  };
  const update = (change: Partial<FlaggedFilters>, options: { replace?: boolean } = {}) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value === null || value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    setParams(next, { replace: options.replace ?? false, preventScrollReset: true });
  };
  return { filters, update };
}
