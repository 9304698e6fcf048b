// The plan a page is about: the one its address names (/plans/:plan/…), else the current plan. Returned as the URL
// segment (lower case), which is also what query keys hold, so `LAP` and `lap` share one cache entry.
import { planSegment } from '@ccm/shared/api-paths';
import { useParams } from 'react-router';
import { CURRENT_PLAN } from './page-paths.ts';

export function usePlan(): string {
  const { plan } = useParams();
  return planSegment(plan ?? CURRENT_PLAN);
}
