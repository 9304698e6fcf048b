// Before a publication is confirmed: what it changes on the public site (statuses, the flagged list, the counts per
// status), asked of the server, which builds the public catalogue with the drafts applied.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_CODES } from '@ccm/shared/domain/vocabulary';
import type { PublicationPreviewInput, PublicationSummary } from '@ccm/shared/schemas/publishing';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useStatusLabel } from '../../../lib/status-text.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { WorkspaceTable } from '../components/workspace-table.tsx';
import { usePublicationPreview } from './api/preview-publication.ts';

function SummaryText({ summary }: { summary: PublicationSummary }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const label = useStatusLabel();
  const changed = summary.counts.map((c) => ({ ...c, codes: STATUS_CODES.filter((code) => (c.before[code] ?? 0) !== (c.after[code] ?? 0)) })).filter((c) => c.codes.length > 0);
  return (
    <>
      <p>{t('publishing.summary.scope', { changes: summary.changes, overrides: summary.overrides, count: summary.changes + summary.overrides })}</p>
      <h3 className="ws-summary__title">{t('publishing.summary.statuses')}</h3>
      {summary.statuses.length === 0 ? (
        <p className="ws-muted">{t('publishing.summary.noStatusChange')}</p>
      ) : (
        <ul className="ws-summary__list" data-summary="statuses">
          {summary.statuses.map((s) => (
            <li key={s.indicatorId} data-indicator={s.indicatorId}>
              <span className="ws-summary__indicator">{s.action === null ? s.title : t('publishing.actionTitle', { action: s.action, title: s.title })}</span>{' '}
              {s.before ? <StatusBadge code={s.before} size="sm" /> : <span>{t('publishing.notPublic')}</span>}
              <span aria-hidden="true"> {t('publishing.arrow')} </span>
              <span className="visually-hidden"> {t('publishing.becomes')} </span>
              {s.after ? <StatusBadge code={s.after} size="sm" /> : <span>{t('publishing.notPublic')}</span>}
            </li>
          ))}
        </ul>
      )}
      <h3 className="ws-summary__title">{t('publishing.summary.flagged')}</h3>
      {summary.flaggedAdded.length === 0 && summary.flaggedRemoved.length === 0 ? (
        <p className="ws-muted">{t('publishing.summary.noFlagChange')}</p>
      ) : (
        <ul className="ws-summary__list" data-summary="flags">
          {summary.flaggedAdded.map((f) => (
            <li key={`+${f.indicatorId}`}>{t('publishing.summary.flagAdded', { title: f.title, status: label(f.status) })}</li>
          ))}
          {summary.flaggedRemoved.map((f) => (
            <li key={`-${f.indicatorId}`}>{t('publishing.summary.flagRemoved', { title: f.title, status: label(f.status) })}</li>
          ))}
        </ul>
      )}
      <h3 className="ws-summary__title">{t('publishing.summary.counts')}</h3>
      {changed.length === 0 ? (
        <p className="ws-muted">{t('publishing.summary.noCountChange')}</p>
      ) : (
        changed.map((plan) => (
          <WorkspaceTable
            key={plan.actionPlan}
            caption={t('publishing.summary.countsCaption', { plan: plan.actionPlan })}
            tableAttributes={{ 'data-summary': 'counts' }}
            rows={plan.codes}
            rowKey={(code) => code}
            columns={[
              { id: 'status', header: t('publishing.summary.status'), primary: true, cell: (code) => label(code) },
              { id: 'before', header: t('publishing.summary.before'), cell: (code) => format.number(plan.before[code] ?? 0) },
              { id: 'after', header: t('publishing.summary.after'), cell: (code) => format.number(plan.after[code] ?? 0) },
            ]}
          />
        ))
      )}
    </>
  );
}

/** The confirmation of a publication: the summary, then Confirm and Cancel. Focus moves to it, and back on cancel. */
export function PublishSummary({ input, title, confirmLabel, onConfirm, onCancel, busy }: { input: PublicationPreviewInput; title: string; confirmLabel: string; onConfirm: () => void; onCancel: () => void; busy: boolean }) {
  const { t } = useTranslation('workspace');
  const preview = usePublicationPreview(input);
  const titleId = useId();
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    region.current?.focus();
  }, []);
  return (
    <div ref={region} className="ws-confirm ws-summary" role="group" aria-labelledby={titleId} tabIndex={-1} data-publish-summary="">
      <h2 id={titleId} className="ws-confirm__question">
        {title}
      </h2>
      {preview.isPending ? <LoadingState /> : null}
      {preview.isError ? <ErrorState onRetry={() => void preview.refetch()} /> : null}
      {preview.data ? <SummaryText summary={preview.data} /> : null}
      <div className="ws-actions">
        <button type="button" className="button" disabled={busy || !preview.data} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
