// Review and publish: every draft of a cycle against what is public (indicator, figures, source, note, author, and the
// public status before and after), the override drafts; an admin publishes a selection or the whole cycle after a
// summary of what changes publicly, and can undo the latest publication.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { StatusCode } from '@ccm/shared/domain/vocabulary';
import type { PublicationPreviewInput, ReviewChange, ReviewOverride } from '@ccm/shared/schemas/publishing';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { EnglishText } from '../../../components/ui/localized-text.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import type { DataTableColumn } from '../../../components/ui/data-table.tsx';
import { useDiscardChange } from '../api/discard-change.ts';
import { useWorkspaceCycles } from '../api/get-workspace-cycles.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { useWorkspaceUser } from '../hooks/use-workspace-user.ts';
import { RecordText, StatesChange } from '../components/change-cells.tsx';
import { CycleSelect, defaultCycle } from '../components/cycle-select.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { WorkspaceTable } from '../components/workspace-table.tsx';
import { ProblemAlert, SuccessNote } from '../components/problem-alert.tsx';
import { WORKSPACE_PATHS, withSearch } from '../components/workspace-paths.ts';
import { useReview } from './api/get-review.ts';
import { usePublishCycle } from './api/publish-cycle.ts';
import { usePublishSelected } from './api/publish-selected.ts';
import { PublicationsList } from './publications-list.tsx';
import { PublishSummary } from './publish-summary.tsx';
import './review.css';

function StatusStep({ before, after }: { before: StatusCode | null; after: StatusCode | null }) {
  const { t } = useTranslation('workspace');
  if (before === after) return before ? <><StatusBadge code={before} size="sm" /><span className="ws-cell-sub">{t('publishing.unchanged')}</span></> : <span className="ws-muted">{t('publishing.notPublic')}</span>;
  return (
    <span className="ws-status-step" data-status-before={before ?? ''} data-status-after={after ?? ''}>
      {before ? <StatusBadge code={before} size="sm" /> : <span>{t('publishing.notPublic')}</span>}
      <span aria-hidden="true"> {t('publishing.arrow')} </span>
      <span className="visually-hidden"> {t('publishing.becomes')} </span>
      {after ? <StatusBadge code={after} size="sm" /> : <span>{t('publishing.notPublic')}</span>}
    </span>
  );
}

/** What both review tables list: a draft of an indicator's, by someone, that moves its public status. */
interface ReviewItem {
  id: number;
  indicatorId: string;
  title: string;
  action: number | null;
  author: string;
  createdAt: string;
  statusBefore: StatusCode | null;
  statusAfter: StatusCode | null;
}

interface Selection {
  selectable: boolean;
  selected: Set<number>;
  onSelect: (id: number, on: boolean) => void;
}

/** The columns both tables share around their own: the selection box and the indicator first, the author and the public status last. */
function useReviewColumns<R extends ReviewItem>({ selectable, selected, onSelect }: Selection, select: (item: R) => { id: string; label: string }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const first: DataTableColumn<R>[] = [
    ...(selectable
      ? [
          {
            id: 'select',
            header: t('publishing.select'),
            className: 'ws-select-cell',
            cell: (item: R) => (
              <input id={select(item).id} type="checkbox" checked={selected.has(item.id)} onChange={(event) => onSelect(item.id, event.target.checked)} aria-label={select(item).label} />
            ),
          },
        ]
      : []),
    {
      id: 'indicator',
      header: t('review.column.indicator'),
      primary: true,
      cell: (item) => (
        <>
          <EnglishText>{item.title}</EnglishText>
          <span className="ws-cell-sub">
            {item.action === null ? null : `${t('publishing.action', { action: item.action })} · `}
            <code>{item.indicatorId}</code>
          </span>
        </>
      ),
    },
  ];
  const last: DataTableColumn<R>[] = [
    {
      id: 'author',
      header: t('review.column.author'),
      cell: (item) => (
        <>
          {item.author}
          <span className="ws-cell-sub">{format.moment(item.createdAt)}</span>
        </>
      ),
    },
    { id: 'status', header: t('publishing.column.status'), cell: (item) => <StatusStep before={item.statusBefore} after={item.statusAfter} /> },
  ];
  return { first, last };
}

function ChangesTable({ cycle, changes, ...selection }: { cycle: string; changes: ReviewChange[] } & Selection) {
  const { t } = useTranslation('workspace');
  const discard = useDiscardChange();
  const { first, last } = useReviewColumns<ReviewChange>(selection, (change) => ({
    id: `select-change-${change.id}`,
    label: t('publishing.selectWhich', { title: change.title, cycle: change.cycle }),
  }));
  return (
    <>
      <ProblemAlert error={discard.error} />
      <WorkspaceTable
        caption={t('review.caption', { cycle })}
        className="ws-review-table"
        rows={changes}
        rowKey={(change) => String(change.id)}
        rowAttributes={(change) => ({ 'data-change': String(change.id), 'data-indicator': change.indicatorId })}
        columns={[
          ...first,
          {
            id: 'figure',
            header: t('publishing.column.figure'),
            cell: (change) => (
              <>
                <span className={`ws-chip ws-chip--kind-${change.kind}`}>{t(`change.kind.${change.kind}`)}</span>
                <span className="ws-cell-sub">
                  <RecordText record={change.before} />
                </span>
                <span aria-hidden="true"> {t('publishing.arrow')} </span>
                <span className="visually-hidden"> {t('publishing.becomes')} </span>
                <strong>
                  <RecordText record={change.after} />
                </strong>
                <StatesChange change={change} />
              </>
            ),
          },
          {
            id: 'source',
            header: t('publishing.column.source'),
            cell: (change) => (
              <>
                {change.after ? <EnglishText>{change.after.source}</EnglishText> : <span className="ws-muted">{t('record.dash')}</span>}
                {change.after?.paragraph != null ? <span className="ws-cell-sub">{t('publishing.paragraph', { paragraph: change.after.paragraph })}</span> : null}
                {change.after?.note ? <span className="ws-cell-sub">{t('publishing.note')} <EnglishText>{change.after.note}</EnglishText></span> : null}
                {change.reason ? <span className="ws-cell-sub">{t('publishing.reason')} <EnglishText>{change.reason}</EnglishText></span> : null}
              </>
            ),
          },
          ...last,
          {
            id: 'actions',
            header: t('review.column.actions'),
            cell: (change) => (
              <span className="ws-row-links">
                <Link to={withSearch(WORKSPACE_PATHS.entry, { cycle: change.cycle })}>{t('review.edit')}</Link>
                <button type="button" className="button button--ghost ws-button--small" onClick={() => discard.mutate(change.id)} disabled={discard.isPending}>
                  {t('review.discard')}
                  <span className="visually-hidden"> {t('review.discardWhich', { indicator: change.title })}</span>
                </button>
              </span>
            ),
          },
        ]}
      />
    </>
  );
}

function OverridesTable({ overrides, ...selection }: { overrides: ReviewOverride[] } & Selection) {
  const { t } = useTranslation('workspace');
  const { first, last } = useReviewColumns<ReviewOverride>(selection, (o) => ({ id: `select-override-${o.id}`, label: t('publishing.selectOverride', { title: o.title }) }));
  return (
    <section className="ws-section" aria-labelledby="override-drafts-title">
      <h2 id="override-drafts-title">{t('publishing.overrides.title')}</h2>
      <WorkspaceTable
        caption={t('publishing.overrides.caption')}
        className="ws-review-table"
        rows={overrides}
        rowKey={(o) => String(o.id)}
        rowAttributes={(o) => ({ 'data-override-draft': String(o.id), 'data-indicator': o.indicatorId })}
        columns={[
          ...first,
          { id: 'set', header: t('publishing.overrides.set'), cell: (o) => (o.code ? <StatusBadge code={o.code} size="sm" /> : t('publishing.overrides.withdrawal')) },
          { id: 'justification', header: t('overrides.justification'), cell: (o) => <EnglishText>{o.justification}</EnglishText> },
          ...last,
        ]}
      />
    </section>
  );
}
type Pending = { kind: 'selected'; input: PublicationPreviewInput } | { kind: 'cycle'; input: PublicationPreviewInput };

export function ReviewPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('review.title'));
  const { isAdmin } = useWorkspaceUser();
  const [params, setParams] = useSearchParams();
  const cycles = useWorkspaceCycles();
  const reporting = cycles.data?.filter((c) => !c.isDeadline) ?? [];
  const cycle = defaultCycle(reporting, params.get('cycle'), true);
  const review = useReview(cycle);
  const publishCycle = usePublishCycle();
  const publishSelected = usePublishSelected();
  const [selectedChanges, setSelectedChanges] = useState<Set<number>>(new Set());
  const [selectedOverrides, setSelectedOverrides] = useState<Set<number>>(new Set());
  const [pending, setPending] = useState<Pending | null>(null);
  const [published, setPublished] = useState<string | null>(null);

  if (cycles.isPending) return <LoadingState />;
  if (cycles.isError) return <ErrorState onRetry={() => void cycles.refetch()} />;
  const current = reporting.find((c) => c.code === cycle);
  const changes = review.data?.changes ?? [];
  const overrides = review.data?.overrides ?? [];
  const chosenChanges = changes.filter((c) => selectedChanges.has(c.id));
  const chosenOverrides = overrides.filter((o) => selectedOverrides.has(o.id));
  const canPublishCycle = current !== undefined && (changes.length > 0 || current.status === 'open');
  const toggle = (set: Set<number>, id: number, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };
  const reset = () => {
    setPending(null);
    setSelectedChanges(new Set());
    setSelectedOverrides(new Set());
  };

  const confirm = () => {
    if (!pending || !current) return;
    setPublished(null);
    if (pending.kind === 'cycle') {
      publishCycle.mutate(
        { cycle: current.code, indicatorIds: [...new Set(changes.map((d) => d.indicatorId))] },
        { onSuccess: (result) => setPublished(t('review.published', { cycle: result.cycle, count: result.published })) },
      );
    } else {
      publishSelected.mutate(
        { changeIds: chosenChanges.map((c) => c.id), overrideIds: chosenOverrides.map((o) => o.id), indicatorIds: [...new Set([...chosenChanges, ...chosenOverrides].map((c) => c.indicatorId))] },
        { onSuccess: (result) => setPublished(t('publishing.publishedSelected', { count: result.publication.changes.length + result.publication.overrides.length })) },
      );
    }
    reset();
  };

  return (
    <div className="ws-page">
      <PageHeader title={t('review.title')} lead={t('publishing.lead')} />
      <div className="ws-toolbar">
        {cycle ? (
          <CycleSelect
            id="review-cycle"
            cycles={reporting}
            value={cycle}
            onChange={(code) => {
              setPublished(null);
              publishCycle.reset();
              publishSelected.reset();
              reset();
              setParams({ cycle: code }, { replace: true });
            }}
          />
        ) : null}
      </div>

      {published ? (
        <SuccessNote focus>
          {published} <Link to="/">{t('review.publicLink')}</Link>
        </SuccessNote>
      ) : null}
      <ProblemAlert error={publishCycle.error ?? publishSelected.error} title={t('review.publishFailed')} />

      {review.isPending && cycle ? <LoadingState /> : null}
      {review.isError ? <ErrorState onRetry={() => void review.refetch()} /> : null}
      {current && review.data ? (
        <>
          <p className="ws-muted">{t('review.cycleLine', { cycle: current.code, meeting: current.meeting, status: t(`cycles.status.${current.status}`), count: changes.length })}</p>
          {changes.length === 0 ? (
            <EmptyState>{t('review.noDrafts', { cycle: current.code })}</EmptyState>
          ) : (
            <ChangesTable cycle={current.code} changes={changes} selectable={isAdmin} selected={selectedChanges} onSelect={(id, on) => setSelectedChanges((s) => toggle(s, id, on))} />
          )}
          {overrides.length > 0 ? <OverridesTable overrides={overrides} selectable={isAdmin} selected={selectedOverrides} onSelect={(id, on) => setSelectedOverrides((s) => toggle(s, id, on))} /> : null}

          <section className="ws-section ws-publish" aria-labelledby="publish-title">
            <h2 id="publish-title">{t('publishing.publishTitle')}</h2>
            {!isAdmin ? (
              <p className="ws-alert ws-alert--info">{t('review.editorNote')}</p>
            ) : pending ? (
              <PublishSummary
                input={pending.input}
                title={pending.kind === 'cycle' ? t('review.confirm', { cycle: current.code, count: changes.length }) : t('publishing.confirmSelected', { count: chosenChanges.length + chosenOverrides.length })}
                confirmLabel={pending.kind === 'cycle' ? t('review.confirmButton', { cycle: current.code }) : t('publishing.confirmSelectedButton')}
                onConfirm={confirm}
                onCancel={() => setPending(null)}
                busy={publishCycle.isPending || publishSelected.isPending}
              />
            ) : (
              <div className="ws-actions">
                <button
                  type="button"
                  className="button"
                  disabled={chosenChanges.length + chosenOverrides.length === 0 || publishSelected.isPending}
                  onClick={() => setPending({ kind: 'selected', input: { changeIds: chosenChanges.map((c) => c.id), overrideIds: chosenOverrides.map((o) => o.id) } })}
                >
                  {t('publishing.publishSelected', { count: chosenChanges.length + chosenOverrides.length })}
                </button>
                <button type="button" className="button button--secondary" disabled={!canPublishCycle || publishCycle.isPending} onClick={() => setPending({ kind: 'cycle', input: { cycle: current.code } })}>
                  {t('review.publish', { cycle: current.code })}
                </button>
              </div>
            )}
          </section>
        </>
      ) : null}
      <PublicationsList canUndo={isAdmin} />
    </div>
  );
}
