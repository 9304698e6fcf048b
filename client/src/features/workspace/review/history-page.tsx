// Every change to the figures: who, when, before → after, why, and its state; a published change can be reverted.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Change } from '@ccm/shared/schemas/workspace';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { useIndicators } from '../../../lib/api/get-indicators.ts';
import { useHistory } from './api/get-history.ts';
import { useWorkspaceCycles } from '../api/get-workspace-cycles.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { ChangeKind, ChangeState, DraftedWhen, RecordText } from '../components/change-cells.tsx';
import { SelectField } from '../components/form-field.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { WorkspaceTable } from '../components/workspace-table.tsx';
import { SuccessNote } from '../components/problem-alert.tsx';
import { RevertForm } from './revert-form.tsx';
import { WORKSPACE_PATHS, withSearch } from '../components/workspace-paths.ts';

export function HistoryPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('history.title'));
  const format = useWorkspaceFormat();
  const [params, setParams] = useSearchParams();
  const indicator = params.get('indicator') ?? '';
  const cycle = params.get('cycle') ?? '';
  const history = useHistory({ ...(indicator ? { indicator } : {}), ...(cycle ? { cycle } : {}) });
  const indicators = useIndicators();
  const cycles = useWorkspaceCycles();
  const [reverting, setReverting] = useState<number | null>(null);
  const [reverted, setReverted] = useState<Change | null>(null);

  const filter = (key: 'indicator' | 'cycle') => (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setReverting(null);
    setParams(next, { replace: true });
  };

  const indicatorOptions = [
    { value: '', label: t('history.allIndicators') },
    ...(indicators.data ?? []).map((i) => ({ value: i.id, label: t('history.indicatorOption', { id: i.id, action: i.action }) })),
  ];
  const cycleOptions = [{ value: '', label: t('history.allCycles') }, ...(cycles.data ?? []).filter((c) => !c.isDeadline).map((c) => ({ value: c.code, label: c.code }))];
  const caption = indicator || cycle ? t('history.captionFiltered', { filter: [indicator, cycle].filter(Boolean).join(t('common.listSeparator')) }) : t('history.caption');

  return (
    <div className="ws-page">
      <PageHeader title={t('history.title')} lead={t('history.lead')} />
      <div className="ws-toolbar" role="group" aria-label={t('history.filterLabel')}>
        <SelectField id="history-indicator" className="ws-field--grow" label={t('common.indicator')} value={indicator} options={indicatorOptions} onChange={filter('indicator')} />
        <SelectField id="history-cycle" label={t('common.cycle')} value={cycle} options={cycleOptions} onChange={filter('cycle')} />
      </div>

      {reverted ? (
        <SuccessNote focus>
          {t('history.revert.done', { indicator: reverted.indicatorId, cycle: reverted.cycle })}{' '}
          <Link to={withSearch(WORKSPACE_PATHS.review, { cycle: reverted.cycle })}>{t('history.revert.reviewLink', { cycle: reverted.cycle })}</Link>
        </SuccessNote>
      ) : null}

      {history.isPending ? <LoadingState /> : null}
      {history.isError ? <ErrorState onRetry={() => void history.refetch()} /> : null}
      {history.data && history.data.length === 0 ? <EmptyState>{t('history.empty')}</EmptyState> : null}
      {history.data && history.data.length > 0 ? (
        <WorkspaceTable
          caption={caption}
          rows={history.data}
          rowKey={(change) => String(change.id)}
          columns={[
            { id: 'when', header: t('history.column.when'), cell: (change) => <DraftedWhen change={change} /> },
            {
              id: 'indicator',
              header: t('history.column.indicator'),
              primary: true,
              cell: (change) => (
                <>
                  <code>{change.indicatorId}</code>
                  <span className="ws-cell-sub">{change.spanFrom ? t('common.span', { from: change.spanFrom, to: change.cycle }) : change.cycle}</span>
                </>
              ),
            },
            {
              id: 'kind',
              header: t('history.column.kind'),
              cell: (change) => (
                <>
                  <ChangeKind change={change} />
                  {change.revertsChangeId !== null ? <span className="ws-cell-sub">{t('history.reverts', { id: change.revertsChangeId })}</span> : null}
                </>
              ),
            },
            { id: 'before', header: t('history.column.before'), cell: (change) => <RecordText record={change.before} /> },
            {
              id: 'after',
              header: t('history.column.after'),
              cell: (change) => (
                <strong>
                  <RecordText record={change.after} />
                </strong>
              ),
            },
            { id: 'reason', header: t('history.column.reason'), cell: (change) => change.reason ?? <span className="ws-muted">{t('record.dash')}</span> },
            {
              id: 'state',
              header: t('history.column.state'),
              cell: (change) => (
                <>
                  <ChangeState change={change} />
                  {change.publishedAt ? <span className="ws-cell-sub">{t('history.publishedBy', { who: change.publishedBy ?? '', when: format.moment(change.publishedAt) })}</span> : null}
                </>
              ),
            },
            {
              id: 'actions',
              header: t('history.column.actions'),
              cell: (change) =>
                change.state === 'published' ? (
                  <button
                    type="button"
                    className="button button--secondary ws-button--small"
                    aria-expanded={reverting === change.id}
                    onClick={() => {
                      setReverted(null);
                      setReverting(reverting === change.id ? null : change.id);
                    }}
                  >
                    {t('history.revert.open')}
                    <span className="visually-hidden"> {t('history.revert.which', { indicator: change.indicatorId, cycle: change.cycle })}</span>
                  </button>
                ) : null,
            },
          ]}
          rowDetail={(change) =>
            reverting === change.id ? (
              <RevertForm
                change={change}
                onCancel={() => setReverting(null)}
                onDone={(draft) => {
                  setReverting(null);
                  setReverted(draft);
                }}
              />
            ) : null
          }
        />
      ) : null}
    </div>
  );
}
