import { useParams } from 'react-router';
import { PlanSetupPage } from './plan-setup-page.tsx';

/** /workspace/plans/<code in lower case>: the plan's set-up page, remounted when the plan changes. */
export function PlanSetupRoute() {
  const plan = useParams().plan ?? '';
  return <PlanSetupPage key={plan} code={plan.toUpperCase()} />;
}
