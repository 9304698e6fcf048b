// The frame of a plan's pages (/plans/:plan/…), and the redirects that keep the addresses of before plans were in URLs
// working (/pillars/x → /plans/lap/pillars/x, with its query and hash).
import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import { planSegment } from '@ccm/shared/api-paths';
import { useActionPlans } from '../lib/api/get-action-plans.ts';
import { legacyPagePath, planPath } from '../lib/page-paths.ts';
import { NotFound } from '../components/ui/not-found.tsx';

/**
 * A plan named in capitals goes to its lower-case address; an unknown plan is "not found". The pages render at once,
 * alongside the check, so a known plan's page is not held back by it.
 */
export function PlanRoute() {
  const { plan = '' } = useParams();
  const location = useLocation();
  const plans = useActionPlans();
  if (plan !== planSegment(plan)) {
    return <Navigate replace to={{ ...location, pathname: location.pathname.replace(/^\/plans\/[^/]+/, planPath(plan)) }} />;
  }
  if (plans.data && !plans.data.some((p) => planSegment(p.code) === plan)) return <NotFound />;
  return <Outlet />;
}

/** An address of before plans were in URLs: replaced by the LAP's page it now is, keeping ?lang= and the rest, and the hash. */
export function LegacyPlanRedirect() {
  const { pathname, search, hash } = useLocation();
  const target = legacyPagePath(pathname);
  if (!target) return <NotFound />;
  return <Navigate replace to={{ pathname: target, search, hash }} />;
}
