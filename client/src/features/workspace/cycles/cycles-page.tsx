// The reporting cycles: open or published, with their pending drafts; an admin adds the next one.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { useWorkspaceCycles } from '../api/get-workspace-cycles.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { useWorkspaceUser } from '../hooks/use-workspace-user.ts';
import { CreateCycleForm } from './create-cycle-form.tsx';
import { CycleStatusChip } from '../components/cycle-status-chip.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { WorkspaceTable } from '../components/workspace-table.tsx';
import { WORKSPACE_PATHS, withSearch } from '../components/workspace-paths.ts';

export function CyclesPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('cycles.title'));
  const { isAdmin } = useWorkspaceUser();
  const format = useWorkspaceFormat();
  const cycles = useWorkspaceCycles();

  if (cycles.isPending) return <LoadingState />;
  if (cycles.isError) return <ErrorState onRetry={() => void cycles.refetch()} />;
  const plan = cycles.data.find((c) => c.status === 'open')?.actionPlan ?? cycles.data.at(-1)?.actionPlan ?? 'LAP';

  return (
    <div className="ws-page">
      <PageHeader title={t('cycles.title')} lead={t('cycles.lead')} />
      <WorkspaceTable
        caption={t('cycles.caption')}
        rows={cycles.data}
        rowKey={(cycle) => cycle.code}
        columns={[
          { id: 'code', header: t('cycles.column.code'), primary: true, cell: (cycle) => cycle.code },
          {
            id: 'meeting',
            header: t('cycles.column.meeting'),
            cell: (cycle) => (
              <>
                {cycle.meeting}
                <span className="ws-cell-sub">{cycle.isDeadline ? t('cycles.deadline', { year: cycle.year }) : cycle.year}</span>
              </>
            ),
          },
          {
            id: 'dates',
            header: t('cycles.column.dates'),
            cell: (cycle) => (cycle.startDate ? t('cycles.dateRange', { from: format.day(cycle.startDate), to: format.day(cycle.endDate ?? cycle.startDate) }) : t('cycles.noDates')),
          },
          {
            id: 'status',
            header: t('cycles.column.status'),
            cell: (cycle) => (
              <>
                <CycleStatusChip cycle={cycle} />
                {cycle.publishedAt ? <span className="ws-cell-sub">{format.moment(cycle.publishedAt)}</span> : null}
              </>
            ),
          },
          {
            id: 'pending',
            header: t('cycles.column.pending'),
            className: 'numeric',
            cell: (cycle) => (cycle.pendingChanges > 0 ? <strong>{format.number(cycle.pendingChanges)}</strong> : format.number(0)),
          },
          {
            id: 'actions',
            header: t('cycles.column.actions'),
            cell: (cycle) =>
              cycle.isDeadline ? (
                <span className="ws-muted">{t('cycles.deadlineNoEntry')}</span>
              ) : (
                <span className="ws-row-links">
                  <Link to={withSearch(WORKSPACE_PATHS.entry, { cycle: cycle.code })}>
                    {t('cycles.enter')}
                    <span className="visually-hidden"> {cycle.code}</span>
                  </Link>
                  <Link to={withSearch(WORKSPACE_PATHS.review, { cycle: cycle.code })}>
                    {t('cycles.review')}
                    <span className="visually-hidden"> {cycle.code}</span>
                  </Link>
                </span>
              ),
          },
        ]}
      />
      {isAdmin ? (
        <section className="ws-panel">
          <CreateCycleForm actionPlan={plan} />
        </section>
      ) : null}
    </div>
  );
}
