// The publications, newest first: who published what and when; the latest one (not an undo, not undone) can be undone
// with a reason, as a new publication that puts back the figures and overrides before it.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UndoInputSchema, type Publication } from '@ccm/shared/schemas/publishing';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { SuccessNote } from '../components/problem-alert.tsx';
import { ReasonForm } from '../components/reason-form.tsx';
import { usePublications } from './api/get-publications.ts';
import { useUndoPublication } from './api/undo-publication.ts';

type UndoMutation = ReturnType<typeof useUndoPublication>;

function UndoForm({ publication, undo, onDone, onCancel }: { publication: Publication; undo: UndoMutation; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('workspace');
  return (
    <ReasonForm
      id={`undo-${publication.id}`}
      schema={UndoInputSchema}
      errorScope="undo"
      className="ws-confirm"
      heading={(id) => (
        <h3 id={id} className="ws-confirm__question">
          {t('publications.undo.title', { id: publication.id })}
        </h3>
      )}
      explanation={<p>{t('publications.undo.explain', { count: publication.changes.length + publication.overrides.length })}</p>}
      label={t('publications.undo.reason')}
      hint={t('publications.undo.reasonHint')}
      submitLabel={t('publications.undo.submit')}
      danger
      pending={undo.isPending}
      error={undo.error}
      onSubmit={(reason) => undo.mutate({ publication, reason }, { onSuccess: onDone })}
      onCancel={onCancel}
    />
  );
}

function PublicationItem({ publication, undo, undone, onUndone }: { publication: Publication; undo: UndoMutation; undone: boolean; onUndone: () => void }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const [undoing, setUndoing] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const kind =
    publication.kind === 'cycle'
      ? t('publications.kind.cycle', { cycle: publication.cycle ?? '' })
      : publication.kind === 'undo'
        ? t('publications.kind.undo', { id: publication.undoesPublicationId ?? 0 })
        : t('publications.kind.selected');
  return (
    <li className="ws-publication" data-publication={publication.id} data-kind={publication.kind}>
      <p className="ws-publication__head">
        <strong>{t('publications.number', { id: publication.id })}</strong> · {kind} · {format.moment(publication.publishedAt)} · {publication.publishedBy}
        {publication.undoneByPublicationId !== null ? <span className="ws-chip ws-chip--superseded">{t('publications.undoneBy', { id: publication.undoneByPublicationId })}</span> : null}
      </p>
      {publication.changes.length + publication.overrides.length === 0 ? (
        <p className="ws-muted">{t('publications.nothing')}</p>
      ) : (
        <ul className="ws-publication__items">
          {publication.changes.map((c) => (
            <li key={`c${c.id}`}>
              {t('publications.change', { title: c.title, cycle: c.cycle, before: format.record(c.before), after: format.record(c.after) })}
            </li>
          ))}
          {publication.overrides.map((o) => (
            <li key={`o${o.id}`}>
              {o.code === null ? t('publications.overrideWithdrawn', { title: o.title }) : <>{t('publications.override', { title: o.title })} <StatusBadge code={o.code} size="sm" /></>}
            </li>
          ))}
        </ul>
      )}
      {undone ? <SuccessNote focus>{t('publications.undo.done', { id: publication.id })}</SuccessNote> : null}
      {publication.undoable && !undone ? (
        undoing ? (
          <UndoForm
            publication={publication}
            undo={undo}
            onDone={onUndone}
            onCancel={() => {
              setUndoing(false);
              requestAnimationFrame(() => trigger.current?.focus());
            }}
          />
        ) : (
          <button ref={trigger} type="button" className="button button--secondary" onClick={() => setUndoing(true)}>
            {t('publications.undo.open')}
            <span className="visually-hidden"> {t('publications.number', { id: publication.id })}</span>
          </button>
        )
      ) : null}
    </li>
  );
}

/** The publications list (admins see Undo on the latest one). */
export function PublicationsList({ canUndo }: { canUndo: boolean }) {
  const { t } = useTranslation('workspace');
  const list = usePublications();
  // Here, not in the item: the list is refetched (and the item's Undo gone) before the mutation reports success.
  const undo = useUndoPublication();
  const [undoneId, setUndoneId] = useState<number | null>(null);
  return (
    <section className="ws-section" aria-labelledby="publications-title">
      <h2 id="publications-title">{t('publications.title')}</h2>
      {list.isPending ? <LoadingState /> : null}
      {list.isError ? <ErrorState onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.length === 0 ? <p className="ws-muted">{t('publications.none')}</p> : null}
      {list.data && list.data.length > 0 ? (
        <ol className="ws-publications">
          {list.data.slice(0, 20).map((p) => (
            <PublicationItem key={p.id} publication={canUndo ? p : { ...p, undoable: false }} undo={undo} undone={undoneId === p.id} onUndone={() => setUndoneId(p.id)} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
