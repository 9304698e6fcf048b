// Where a plan stands among the others, on its overview: ended (a later plan is published: a notice and a link to the
// current plan), or current with links to the plans before it and their results. Nothing while there is one plan.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPlan } from '@ccm/shared/schemas/api';
import { Link } from '../../../i18n/link.tsx';
import { useActionPlans } from '../../../lib/api/get-action-plans.ts';
import { planPath, planResultsPath } from '../../../lib/page-paths.ts';
import { usePlanName } from '../../../lib/plan-name.ts';
import { currentPlanOf } from '../../../lib/use-plan.ts';
import { withElements } from '../../../components/ui/with-elements.tsx';
import './plan-context.css';

export function PlanContext({ plan }: { plan: ActionPlan }) {
  const { t } = useTranslation();
  const { name, period } = usePlanName();
  const plans = useActionPlans();
  const published = (plans.data ?? []).filter((p) => p.publishedAt !== null);
  const current = currentPlanOf(published);
  if (plan.ended) {
    if (!current || current.code === plan.code) return null;
    return (
      <p className="notice plan-ended" data-plan-ended={plan.code}>
        {withElements(t('plans.overview.ended', { deadline: plan.deadlineCycle, year: plan.endYear }), {
          current: (
            <Link to={planPath(current.code)}>
              {name(current)} {period(current)}
            </Link>
          ),
        })}
      </p>
    );
  }
  const earlier = published.filter((p) => p.code !== plan.code && p.startYear < plan.startYear).sort((a, b) => b.startYear - a.startYear);
  if (earlier.length === 0) return null;
  return (
    <p className="plan-earlier">
      {t('plans.overview.earlier')}{' '}
      {earlier.map((p, i) => (
        <Fragment key={p.code}>
          {i > 0 ? t('plans.overview.earlierSeparator') : null}
          {withElements(t('plans.overview.earlierPlan'), {
            plan: (
              <Link to={planPath(p.code)}>
                {name(p)} {period(p)}
              </Link>
            ),
            results: <Link to={planResultsPath(p.code)}>{t('plans.overview.earlierResults')}</Link>,
          })}
        </Fragment>
      ))}
    </p>
  );
}
