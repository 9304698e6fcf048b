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
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useDiscardChange } from '../api/discard-change.ts';
import { useWorkspaceCycles } from '../api/get-workspace-cycles.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { useWorkspaceUser } from '../hooks/use-workspace-user.ts';
import { RecordText, StatesChange } from '../components/change-cells.tsx';
import { CycleSelect, defaultCycle } from '../components/cycle-select.tsx';
import { PageHeader } from '../components/page-header.tsx';
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

function IndicatorCell({ item }: { item: { indicatorId: string; title: string; action: number | null } }) {
  const { t } = useTranslation('workspace');
  return (
    <th scope="row">
      <EnglishText>{item.title}</EnglishText>
      <span className="ws-cell-sub">
        {item.action === null ? null : `${t('publishing.action', { action: item.action })} · `}
        <code>{item.indicatorId}</code>
      </span>
    </th>
  );
}

function SelectBox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <td className="ws-select-cell">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-label={label} />
    </td>
  );
}

function ChangesTable({ cycle, changes, selectable, selected, onSelect }: { cycle: string; changes: ReviewChange[]; selectable: boolean; selected: Set<number>; onSelect: (id: number, on: boolean) => void }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const discard = useDiscardChange();
  return (
    <>
      <ProblemAlert error={discard.error} />
      <TableScroll label={t('review.caption', { cycle })}>
        <table className="data-table ws-table ws-review-table">
          <caption>{t('review.caption', { cycle })}</caption>
          <thead>
            <tr>
              {selectable ? <th scope="col">{t('publishing.select')}</th> : null}
              <th scope="col">{t('review.column.indicator')}</th>
              <th scope="col">{t('publishing.column.figure')}</th>
              <th scope="col">{t('publishing.column.source')}</th>
              <th scope="col">{t('review.column.author')}</th>
              <th scope="col">{t('publishing.column.status')}</th>
              <th scope="col">{t('review.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.id} data-change={change.id} data-indicator={change.indicatorId}>
                {selectable ? <SelectBox id={`select-change-${change.id}`} label={t('publishing.selectWhich', { title: change.title, cycle: change.cycle })} checked={selected.has(change.id)} onChange={(on) => onSelect(change.id, on)} /> : null}
                <IndicatorCell item={change} />
                <td>
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
                </td>
                <td>
                  {change.after ? <EnglishText>{change.after.source}</EnglishText> : <span className="ws-muted">{t('record.dash')}</span>}
                  {change.after?.paragraph != null ? <span className="ws-cell-sub">{t('publishing.paragraph', { paragraph: change.after.paragraph })}</span> : null}
                  {change.after?.note ? <span className="ws-cell-sub">{t('publishing.note')} <EnglishText>{change.after.note}</EnglishText></span> : null}
                  {change.reason ? <span className="ws-cell-sub">{t('publishing.reason')} <EnglishText>{change.reason}</EnglishText></span> : null}
                </td>
                <td>
                  {change.author}
                  <span className="ws-cell-sub">{format.moment(change.createdAt)}</span>
                </td>
                <td>
                  <StatusStep before={change.statusBefore} after={change.statusAfter} />
                </td>
                <td>
                  <span className="ws-row-links">
                    <Link to={withSearch(WORKSPACE_PATHS.entry, { cycle: change.cycle })}>{t('review.edit')}</Link>
                    <button type="button" className="button button--ghost ws-button--small" onClick={() => discard.mutate(change.id)} disabled={discard.isPending}>
                      {t('review.discard')}
                      <span className="visually-hidden"> {t('review.discardWhich', { indicator: change.title })}</span>
                    </button>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function OverridesTable({ overrides, selectable, selected, onSelect }: { overrides: ReviewOverride[]; selectable: boolean; selected: Set<number>; onSelect: (id: number, on: boolean) => void }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  return (
    <section className="ws-section" aria-labelledby="override-drafts-title">
      <h2 id="override-drafts-title">{t('publishing.overrides.title')}</h2>
      <TableScroll label={t('publishing.overrides.caption')}>
        <table className="data-table ws-table ws-review-table">
          <caption>{t('publishing.overrides.caption')}</caption>
          <thead>
            <tr>
              {selectable ? <th scope="col">{t('publishing.select')}</th> : null}
              <th scope="col">{t('review.column.indicator')}</th>
              <th scope="col">{t('publishing.overrides.set')}</th>
              <th scope="col">{t('overrides.justification')}</th>
              <th scope="col">{t('review.column.author')}</th>
              <th scope="col">{t('publishing.column.status')}</th>
            </tr>
          </thead>
          <tbody>
            {overrides.map((o) => (
              <tr key={o.id} data-override-draft={o.id} data-indicator={o.indicatorId}>
                {selectable ? <SelectBox id={`select-override-${o.id}`} label={t('publishing.selectOverride', { title: o.title })} checked={selected.has(o.id)} onChange={(on) => onSelect(o.id, on)} /> : null}
                <IndicatorCell item={o} />
                <td>{o.code ? <StatusBadge code={o.code} size="sm" /> : t('publishing.overrides.withdrawal')}</td>
                <td>
                  <EnglishText>{o.justification}</EnglishText>
                </td>
                <td>
                  {o.author}
                  <span className="ws-cell-sub">{format.moment(o.createdAt)}</span>
                </td>
                <td>
                  <StatusStep before={o.statusBefore} after={o.statusAfter} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
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
