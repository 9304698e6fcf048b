// Review and publish: every draft of a cycle against what is public, then (admin) publish them all at once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useDiscardChange } from '../api/discard-change.ts';
import { useCycleDiff } from './api/get-cycle-diff.ts';
import { useWorkspaceCycles } from '../api/get-workspace-cycles.ts';
import { usePublishCycle } from './api/publish-cycle.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { useWorkspaceUser } from '../hooks/use-workspace-user.ts';
import { ChangeKind, RecordText, StatesChange } from '../components/change-cells.tsx';
import { ConfirmAction } from '../components/confirm-action.tsx';
import { CycleSelect, defaultCycle } from '../components/cycle-select.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { ProblemAlert, SuccessNote } from '../components/problem-alert.tsx';
import { WORKSPACE_PATHS, withSearch } from '../components/workspace-paths.ts';

export function ReviewPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('review.title'));
  const { isAdmin } = useWorkspaceUser();
  const format = useWorkspaceFormat();
  const [params, setParams] = useSearchParams();
  const cycles = useWorkspaceCycles();
  const reporting = cycles.data?.filter((c) => !c.isDeadline) ?? [];
  const cycle = defaultCycle(reporting, params.get('cycle'), true);
  const diff = useCycleDiff(cycle);
  const publish = usePublishCycle();
  const discard = useDiscardChange();
  const [published, setPublished] = useState<{ cycle: string; count: number } | null>(null);

  if (cycles.isPending) return <LoadingState />;
  if (cycles.isError) return <ErrorState onRetry={() => void cycles.refetch()} />;
  const current = reporting.find((c) => c.code === cycle);
  const drafts = diff.data ?? [];
  const canPublish = current !== undefined && (drafts.length > 0 || current.status === 'open');

  const doPublish = () => {
    if (!current) return;
    setPublished(null);
    // Stay on this cycle once it has no drafts left.
    setParams({ cycle: current.code }, { replace: true });
    publish.mutate(
      { cycle: current.code, indicatorIds: [...new Set(drafts.map((d) => d.indicatorId))] },
      { onSuccess: (result) => setPublished({ cycle: result.cycle, count: result.published }) },
    );
  };

  return (
    <div className="ws-page">
      <PageHeader title={t('review.title')} lead={t('review.lead')} />
      <div className="ws-toolbar">
        {cycle ? (
          <CycleSelect
            id="review-cycle"
            cycles={reporting}
            value={cycle}
            onChange={(code) => {
              setPublished(null);
              publish.reset();
              setParams({ cycle: code }, { replace: true });
            }}
          />
        ) : null}
      </div>

      {published ? (
        <SuccessNote>
          {t('review.published', { cycle: published.cycle, count: published.count })} <Link to="/">{t('review.publicLink')}</Link>
        </SuccessNote>
      ) : null}
      <ProblemAlert error={publish.error} title={t('review.publishFailed')} />
      <ProblemAlert error={discard.error} />

      {diff.isPending && cycle ? <LoadingState /> : null}
      {diff.isError ? <ErrorState onRetry={() => void diff.refetch()} /> : null}
      {current && diff.data ? (
        <>
          <p className="ws-muted">
            {t('review.cycleLine', { cycle: current.code, meeting: current.meeting, status: t(`cycles.status.${current.status}`), count: drafts.length })}
          </p>
          {drafts.length === 0 ? (
            <EmptyState>{t('review.noDrafts', { cycle: current.code })}</EmptyState>
          ) : (
            <TableScroll label={t('review.caption', { cycle: current.code })}>
              <table className="data-table ws-table">
                <caption>{t('review.caption', { cycle: current.code })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('review.column.indicator')}</th>
                    <th scope="col">{t('review.column.kind')}</th>
                    <th scope="col">{t('review.column.before')}</th>
                    <th scope="col">{t('review.column.after')}</th>
                    <th scope="col">{t('review.column.author')}</th>
                    <th scope="col">{t('review.column.reason')}</th>
                    <th scope="col">{t('review.column.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {drafts.map((change) => (
                    <tr key={change.id}>
                      <th scope="row">
                        <code>{change.indicatorId}</code>
                      </th>
                      <td>
                        <ChangeKind change={change} />
                      </td>
                      <td>
                        <RecordText record={change.before} />
                      </td>
                      <td>
                        <strong>
                          <RecordText record={change.after} />
                        </strong>
                        <StatesChange change={change} />
                      </td>
                      <td>
                        {change.author}
                        <span className="ws-cell-sub">{format.moment(change.createdAt)}</span>
                      </td>
                      <td>{change.reason ?? <span className="ws-muted">{t('record.dash')}</span>}</td>
                      <td>
                        <span className="ws-row-links">
                          <Link to={withSearch(WORKSPACE_PATHS.entry, { cycle: current.code })}>{t('review.edit')}</Link>
                          <button type="button" className="button button--ghost ws-button--small" onClick={() => discard.mutate(change.id)} disabled={discard.isPending}>
                            {t('review.discard')}
                            <span className="visually-hidden"> {t('review.discardWhich', { indicator: change.indicatorId })}</span>
                          </button>
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <div className="ws-publish">
            {isAdmin ? (
              <ConfirmAction
                label={t('review.publish', { cycle: current.code })}
                question={t('review.confirm', { cycle: current.code, count: drafts.length })}
                confirmLabel={t('review.confirmButton', { cycle: current.code })}
                onConfirm={doPublish}
                busy={publish.isPending}
                disabled={!canPublish || publish.isPending}
              />
            ) : (
              <p className="ws-alert ws-alert--info">{t('review.editorNote')}</p>
            )}
          </div>
        </>
      ) : null}
    </div>
  );
}
