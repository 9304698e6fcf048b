// The plan a page is about: the one its address names (/plans/:plan/…), else the current plan — the one the API marks
// `current` (the latest published). Returned as the URL segment (lower case), which is also what query keys hold, so
// `LAP` and `lap` share one cache entry.
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { planSegment } from '@ccm/shared/api-paths';
import type { ActionPlan } from '@ccm/shared/schemas/api';
import { useLanguage } from '../i18n/use-language.ts';
import { actionPlansQueryOptions } from './api/get-action-plans.ts';
import { CURRENT_PLAN } from './page-paths.ts';

/** The current plan of the API's list (the one marked `current`), if the list has one. */
export function currentPlanOf(plans: readonly ActionPlan[] | undefined): ActionPlan | undefined {
  return plans?.find((p) => p.current);
}

/** The URL segment of the current plan of the list, or of the fallback plan while there is no list (loading, failed). */
export function currentPlanSegment(plans: readonly ActionPlan[] | undefined): string {
  return planSegment(currentPlanOf(plans)?.code ?? CURRENT_PLAN);
}

/**
 * The current plan, from the list of plans. `isPending` while the list is first loading (`/` waits for it, so it never
 * shows one plan and then another); a failed list falls back to the LAP, the only plan before the next is published.
 */
export function useCurrentPlan({ enabled = true }: { enabled?: boolean } = {}) {
  const plans = useQuery({ ...actionPlansQueryOptions(useLanguage()), enabled });
  return { plan: currentPlanOf(plans.data), segment: currentPlanSegment(plans.data), isPending: enabled && plans.isPending };
}

export function usePlan(): string {
  const { plan } = useParams();
  // The list is asked for only by pages whose address names no plan.
  const current = useCurrentPlan({ enabled: plan === undefined });
  return plan === undefined ? current.segment : planSegment(plan);
}
