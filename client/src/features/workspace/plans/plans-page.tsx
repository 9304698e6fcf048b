// Action plans (admin): each plan, published or being set up, with what it holds; a new plan from its header or a file.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { usePlans } from '../api/plans.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { PageHeader } from '../components/page-header.tsx';
import { PlanHeaderForm } from './plan-header-form.tsx';
import { PlanStateChip } from './plan-state-chip.tsx';
import { WORKSPACE_PATHS, planPath } from '../components/workspace-paths.ts';

export function PlansPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('plans.title'));
  const format = useWorkspaceFormat();
  const plans = usePlans();

  return (
    <div className="ws-page">
      <PageHeader title={t('plans.title')} lead={t('plans.lead')}>
        <Link className="button button--secondary" to={WORKSPACE_PATHS.planImport}>
          {t('plans.importLink')}
        </Link>
      </PageHeader>
      {plans.isPending ? <LoadingState /> : null}
      {plans.isError ? <ErrorState onRetry={() => void plans.refetch()} /> : null}
      {plans.data ? (
        plans.data.length === 0 ? (
          <p className="ws-muted">{t('plans.empty')}</p>
        ) : (
          <TableScroll label={t('plans.caption')}>
            <table className="data-table ws-table">
              <caption>{t('plans.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plans.column.code')}</th>
                  <th scope="col">{t('plans.column.title')}</th>
                  <th scope="col">{t('plans.column.years')}</th>
                  <th scope="col">{t('plans.column.previous')}</th>
                  <th scope="col">{t('plans.column.state')}</th>
                  <th scope="col">{t('plans.column.contents')}</th>
                </tr>
              </thead>
              <tbody>
                {plans.data.map((plan) => (
                  <tr key={plan.code}>
                    <th scope="row">
                      <Link to={planPath(plan.code)}>
                        {plan.code}
                      </Link>
                    </th>
                    <td lang="en">{plan.title}</td>
                    <td>
                      {t('plans.years', { start: plan.startYear, end: plan.endYear })}
                      <span className="ws-cell-sub">{t('plans.deadline', { cycle: plan.deadlineCycle })}</span>
                    </td>
                    <td>{plan.previousPlan ?? t('record.dash')}</td>
                    <td>
                      <PlanStateChip publishedAt={plan.publishedAt} />
                      {plan.publishedAt ? <span className="ws-cell-sub">{format.moment(plan.publishedAt)}</span> : null}
                    </td>
                    <td>
                      {t('plans.counts', {
                        pillars: format.number(plan.counts.pillars),
                        actions: format.number(plan.counts.actions),
                        indicators: format.number(plan.counts.indicators),
                        cycles: format.number(plan.counts.cycles),
                        crosswalk: format.number(plan.counts.crosswalk),
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )
      ) : null}
      <section className="ws-panel">
        <PlanHeaderForm plans={plans.data ?? []} />
      </section>
    </div>
  );
}
