// Action plans (admin): each plan, published or being set up, with what it holds; a new plan from its header or a file.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { usePlans } from '../api/plans.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { PageHeader } from '../components/page-header.tsx';
import { WorkspaceTable } from '../components/workspace-table.tsx';
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
        <WorkspaceTable
          caption={t('plans.caption')}
          empty={t('plans.empty')}
          rows={plans.data}
          rowKey={(plan) => plan.code}
          columns={[
            { id: 'code', header: t('plans.column.code'), primary: true, cell: (plan) => <Link to={planPath(plan.code)}>{plan.code}</Link> },
            { id: 'title', header: t('plans.column.title'), cell: (plan) => <span lang="en">{plan.title}</span> },
            {
              id: 'years',
              header: t('plans.column.years'),
              cell: (plan) => (
                <>
                  {t('plans.years', { start: plan.startYear, end: plan.endYear })}
                  <span className="ws-cell-sub">{t('plans.deadline', { cycle: plan.deadlineCycle })}</span>
                </>
              ),
            },
            { id: 'previous', header: t('plans.column.previous'), cell: (plan) => plan.previousPlan ?? t('record.dash') },
            {
              id: 'state',
              header: t('plans.column.state'),
              cell: (plan) => (
                <>
                  <PlanStateChip publishedAt={plan.publishedAt} />
                  {plan.publishedAt ? <span className="ws-cell-sub">{format.moment(plan.publishedAt)}</span> : null}
                </>
              ),
            },
            {
              id: 'contents',
              header: t('plans.column.contents'),
              cell: (plan) =>
                t('plans.counts', {
                  pillars: format.number(plan.counts.pillars),
                  actions: format.number(plan.counts.actions),
                  indicators: format.number(plan.counts.indicators),
                  cycles: format.number(plan.counts.cycles),
                  crosswalk: format.number(plan.counts.crosswalk),
                }),
            },
          ]}
        />
      ) : null}
      <section className="ws-panel">
        <PlanHeaderForm plans={plans.data ?? []} />
      </section>
    </div>
  );
}
