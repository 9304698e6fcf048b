// Populations as lists of States: each population with its indicators, its list per cycle or span and its ledger, as
// stored. An admin records or replaces a cycle's list (ticking the States), deletes a list or ledger entry the ISU
// made, and adds ledger entries; each is public at once. Editors read.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { State } from '@ccm/shared/schemas/states';
import { PopulationDeleteInputSchema, type WorkspacePopulation } from '@ccm/shared/schemas/workspace-populations';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { statesQueryOptions } from '../../../lib/api/get-states.ts';
import { useWorkspaceCycles, type WorkspaceCycle } from '../api/get-workspace-cycles.ts';
import { useDeleteLedgerEntry, useDeletePopulationList, usePopulations } from './api/populations.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { useWorkspaceUser } from '../hooks/use-workspace-user.ts';
import { workspaceLanguage, type WorkspaceLanguage } from '../i18n/load-workspace-catalogue.ts';
import { SelectField } from '../components/form-field.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { SuccessNote } from '../components/problem-alert.tsx';
import { ReasonForm } from '../components/reason-form.tsx';
import { WorkspaceTable } from '../components/workspace-table.tsx';
import { LedgerForm, ListForm, usePeriod } from './population-forms.tsx';

type Names = (code: string) => string;

/** Delete with a reason, asked inline. */
function DeleteWithReason({ id, label, question, onDelete, busy, error }: { id: string; label: string; question: string; onDelete: (reason: string) => void; busy: boolean; error: unknown }) {
  const { t } = useTranslation('workspace');
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button button--secondary ws-button--small" onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  }
  return (
    <ReasonForm
      id={id}
      schema={PopulationDeleteInputSchema}
      errorScope="populations"
      className="ws-confirm"
      heading={(headingId) => (
        <p id={headingId} className="ws-confirm__question">
          {question}
        </p>
      )}
      label={t('populations.reason')}
      submitLabel={t('populations.confirmDelete')}
      danger
      pending={busy}
      error={error}
      onSubmit={onDelete}
      onCancel={() => setOpen(false)}
    />
  );
}

function ListsTable({ population, names, isAdmin }: { population: WorkspacePopulation; names: Names; isAdmin: boolean }) {
  const { t } = useTranslation('workspace');
  const period = usePeriod();
  const remove = useDeletePopulationList();
  const [removed, setRemoved] = useState<string | null>(null);
  const caption = t('populations.lists.caption', { title: population.title.en });
  const note = removed ? <SuccessNote focus>{t('populations.lists.deleted', { period: removed })}</SuccessNote> : null;
  if (population.lists.length === 0) {
    return (
      <>
        <EmptyState>{t('populations.lists.empty')}</EmptyState>
        {note}
      </>
    );
  }
  return (
    <>
      <WorkspaceTable
        caption={caption}
        rows={population.lists}
        rowKey={(list) => `${list.spanFrom ?? ''}-${list.cycle}`}
        columns={[
          { id: 'period', header: t('populations.lists.period'), primary: true, cell: (list) => period(list) },
          { id: 'size', header: t('populations.lists.size'), cell: (list) => list.size ?? t('populations.lists.sizeOfLength', { count: list.states.length }) },
          {
            id: 'states',
            header: t('populations.lists.states'),
            className: 'ws-cell-text',
            cell: (list) => (list.states.length === 0 ? t('populations.lists.noneNamed') : list.states.map(names).join(t('common.listSeparator'))),
          },
          {
            id: 'source',
            header: t('populations.lists.source'),
            className: 'ws-cell-text',
            cell: (list) => (
              <>
                {list.source.document}
                {list.source.paragraph !== null ? <span className="ws-cell-sub">{t('populations.paragraph', { paragraph: list.source.paragraph })}</span> : null}
                {list.note ? <span className="ws-cell-sub">{list.note}</span> : null}
              </>
            ),
          },
          {
            id: 'origin',
            header: t('populations.lists.origin'),
            cell: (list) => (
              <>
                {t(`populations.origin.${list.origin}`)}
                {isAdmin && list.origin === 'isu' ? (
                  <DeleteWithReason
                    id={`delete-list-${population.id}-${list.spanFrom ?? ''}-${list.cycle}`}
                    label={t('populations.lists.delete', { period: period(list) })}
                    question={t('populations.lists.deleteQuestion', { period: period(list) })}
                    busy={remove.isPending}
                    error={remove.error}
                    onDelete={(reason) => remove.mutate({ populationId: population.id, cycle: list.cycle, spanFrom: list.spanFrom, reason }, { onSuccess: () => setRemoved(period(list)) })}
                  />
                ) : null}
              </>
            ),
          },
        ]}
      />
      {note}
    </>
  );
}

function Ledger({ population, names, isAdmin }: { population: WorkspacePopulation; names: Names; isAdmin: boolean }) {
  const { t } = useTranslation('workspace');
  const period = usePeriod();
  const remove = useDeleteLedgerEntry();
  const [removed, setRemoved] = useState(false);
  return (
    <>
      {population.ledger.length === 0 ? <EmptyState>{t('populations.ledger.empty')}</EmptyState> : null}
      {population.ledger.length > 0 ? (
        <ul className="ws-translation-list">
          {population.ledger.map((entry) => {
            const who = entry.state === null ? t('populations.ledger.unnamed') : names(entry.state);
            const when = [entry.date, entry.cycle === null ? null : period({ cycle: entry.cycle, spanFrom: entry.spanFrom })].filter(Boolean).join(t('common.listSeparator'));
            return (
              <li key={entry.id} className="ws-translation-item">
                <p>
                  {t(`populations.ledger.sentence.${entry.change}`, { who })}
                  {when ? <span className="ws-cell-sub">{when}</span> : null}
                </p>
                <p className="ws-muted">
                  {[entry.source.document, entry.source.paragraph === null ? null : t('populations.paragraph', { paragraph: entry.source.paragraph }), t(`populations.origin.${entry.origin}`)]
                    .filter(Boolean)
                    .join(t('common.listSeparator'))}
                </p>
                {entry.note ? <p className="ws-muted">{entry.note}</p> : null}
                {isAdmin && entry.origin === 'isu' ? (
                  <DeleteWithReason
                    id={`delete-entry-${entry.id}`}
                    label={t('populations.ledger.delete')}
                    question={t('populations.ledger.deleteQuestion', { who })}
                    busy={remove.isPending}
                    error={remove.error}
                    onDelete={(reason) => remove.mutate({ populationId: population.id, entryId: entry.id, reason }, { onSuccess: () => setRemoved(true) })}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {removed ? <SuccessNote focus>{t('populations.ledger.deleted')}</SuccessNote> : null}
    </>
  );
}

function PopulationDetail({ population, cycles, states, lang, isAdmin }: { population: WorkspacePopulation; cycles: readonly WorkspaceCycle[]; states: readonly State[]; lang: WorkspaceLanguage; isAdmin: boolean }) {
  const { t } = useTranslation('workspace');
  const byCode = new Map(states.map((s) => [s.code, s.names[lang] || s.name]));
  const names: Names = (code) => byCode.get(code) ?? code;
  const title = population.title[lang] ?? population.title.en;
  return (
    <section className="ws-panel" aria-labelledby={`population-${population.id}`}>
      <h2 id={`population-${population.id}`} lang={population.title[lang] ? undefined : 'en'}>
        {title}
      </h2>
      <p className="ws-muted">
        <code>{population.id}</code> <span className="ws-chip">{t(`populations.origin.${population.origin}`)}</span>
      </p>
      <h3>{t('populations.indicators')}</h3>
      {population.indicators.length === 0 ? (
        <p className="ws-muted">{t('populations.noIndicators')}</p>
      ) : (
        <ul>
          {population.indicators.map((i) => (
            <li key={i.id}>
              <code>{i.id}</code> <span lang="en">{i.title}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('populations.lists.title')}</h3>
      <ListsTable population={population} names={names} isAdmin={isAdmin} />
      <h3>{t('populations.ledger.title')}</h3>
      <Ledger population={population} names={names} isAdmin={isAdmin} />
      {isAdmin ? (
        <>
          <ListForm key={`list-${population.id}`} population={population} cycles={cycles} states={states} lang={lang} />
          <LedgerForm key={`ledger-${population.id}`} population={population} cycles={cycles} states={states} names={names} />
        </>
      ) : (
        <p className="ws-alert ws-alert--info">{t('populations.readOnly')}</p>
      )}
    </section>
  );
}

export function PopulationsPage() {
  const { t, i18n } = useTranslation('workspace');
  useWorkspaceTitle(t('populations.title'));
  const lang = workspaceLanguage(i18n.language);
  const { isAdmin } = useWorkspaceUser();
  const populations = usePopulations();
  const cycles = useWorkspaceCycles();
  const states = useQuery(statesQueryOptions(lang));
  const [chosen, setChosen] = useState<string | null>(null);

  const pending = populations.isPending || cycles.isPending || states.isPending;
  const failed = populations.isError ? populations : cycles.isError ? cycles : states.isError ? states : null;
  return (
    <div className="ws-page">
      <PageHeader title={t('populations.title')} lead={t('populations.lead')} />
      {failed ? <ErrorState onRetry={() => void failed.refetch()} /> : pending ? <LoadingState /> : null}
      {populations.data && cycles.data && states.data ? (
        populations.data.length === 0 ? (
          <EmptyState>{t('populations.empty')}</EmptyState>
        ) : (
          <>
            <div className="ws-toolbar">
              <SelectField
                id="population-choice"
                className="ws-field--grow"
                label={t('populations.choose')}
                value={chosen ?? populations.data[0]?.id ?? ''}
                options={populations.data.map((p) => ({ value: p.id, label: p.title[lang] ?? p.title.en }))}
                onChange={setChosen}
              />
            </div>
            {(() => {
              const population = populations.data.find((p) => p.id === chosen) ?? populations.data[0];
              return population ? <PopulationDetail key={population.id} population={population} cycles={cycles.data} states={states.data} lang={lang} isAdmin={isAdmin} /> : null;
            })()}
          </>
        )
      ) : null}
    </div>
  );
}
