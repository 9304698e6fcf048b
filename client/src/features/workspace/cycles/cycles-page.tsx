// The reporting cycles: open or published, with their pending drafts; an admin adds the next one.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useWorkspaceCycles } from '../api/get-workspace-cycles.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { useWorkspaceUser } from '../hooks/use-workspace-user.ts';
import { CreateCycleForm } from './create-cycle-form.tsx';
import { PageHeader } from '../components/page-header.tsx';
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
      <TableScroll label={t('cycles.caption')}>
        <table className="data-table ws-table">
          <caption>{t('cycles.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cycles.column.code')}</th>
              <th scope="col">{t('cycles.column.meeting')}</th>
              <th scope="col">{t('cycles.column.dates')}</th>
              <th scope="col">{t('cycles.column.status')}</th>
              <th scope="col" className="numeric">
                {t('cycles.column.pending')}
              </th>
              <th scope="col">{t('cycles.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {cycles.data.map((cycle) => (
              <tr key={cycle.code}>
                <th scope="row">{cycle.code}</th>
                <td>
                  {cycle.meeting}
                  <span className="ws-cell-sub">{cycle.isDeadline ? t('cycles.deadline', { year: cycle.year }) : cycle.year}</span>
                </td>
                <td>{cycle.startDate ? t('cycles.dateRange', { from: format.day(cycle.startDate), to: format.day(cycle.endDate ?? cycle.startDate) }) : t('cycles.noDates')}</td>
                <td>
                  {cycle.isDeadline ? (
                    <span className="ws-chip ws-chip--deadline">{t('cycles.status.deadline')}</span>
                  ) : (
                    <span className={`ws-chip ws-chip--${cycle.status}`}>{t(`cycles.status.${cycle.status}`)}</span>
                  )}
                  {cycle.publishedAt ? <span className="ws-cell-sub">{format.moment(cycle.publishedAt)}</span> : null}
                </td>
                <td className="numeric">{cycle.pendingChanges > 0 ? <strong>{format.number(cycle.pendingChanges)}</strong> : format.number(0)}</td>
                <td>
                  {cycle.isDeadline ? (
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
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {isAdmin ? (
        <section className="ws-panel">
          <CreateCycleForm actionPlan={plan} />
        </section>
      ) : null}
    </div>
  );
}
