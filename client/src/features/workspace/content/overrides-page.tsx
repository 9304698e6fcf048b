// An admin drafts an override of an indicator's computed status with a written justification, or the withdrawal of the
// one in force (both public once published from Review and publish); lists the drafts and the overrides in force; and
// sets which States the public sees named for the indicator's figures (its publication level).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { STATUS_CODES, type StatusCode } from '@ccm/shared/domain/vocabulary';
import { StatusOverrideInputSchema } from '@ccm/shared/schemas/workspace';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useIndicator } from '../../../lib/api/get-indicator.ts';
import { useIndicators } from '../../../lib/api/get-indicators.ts';
import { useOverrideStatus } from './api/override-status.ts';
import { useOverrides } from './api/get-overrides.ts';
import { useDiscardOverride } from './api/discard-override.ts';
import { EnglishText } from '../../../components/ui/localized-text.tsx';
import { WORKSPACE_PATHS } from '../components/workspace-paths.ts';
import type { OverrideItem } from '@ccm/shared/schemas/publishing';
import { useFormErrors } from '../hooks/use-form-errors.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { ChoiceReasonForm } from '../components/choice-reason-form.tsx';
import { SelectField } from '../components/form-field.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { PublicationLevelForm } from './publication-level-form.tsx';
import { WorkspaceTable } from '../components/workspace-table.tsx';
import { ProblemAlert } from '../components/problem-alert.tsx';

const WITHDRAW = 'withdraw';
type Choice = StatusCode | typeof WITHDRAW;

function OverrideForm({ indicatorId }: { indicatorId: string }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const indicator = useIndicator(indicatorId);
  const override = useOverrideStatus();
  const { form, check, errorOf, problem } = useFormErrors(override.error, ['code', 'justification']);
  const [choice, setChoice] = useState<Choice>('stalled');
  const [justification, setJustification] = useState('');
  const [done, setDone] = useState<Choice | null>(null);

  if (indicator.isPending) return <LoadingState />;
  if (indicator.isError) return <ErrorState onRetry={() => void indicator.refetch()} />;
  const current = indicator.data.override;
  // "Too slow for the 3RC" names the plan's deadline.
  const deadline = indicator.data.status.inputs.deadlineCycle;
  const label = (code: StatusCode) => t(`statusLabel.${code}`, { deadline });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const input = check(StatusOverrideInputSchema, { code: choice === WITHDRAW ? null : choice, justification }, 'override');
    if (!input) return;
    override.mutate(
      { indicatorId, ...input },
      {
        onSuccess: () => {
          setDone(choice);
          setJustification('');
        },
      },
    );
  };

  const options = [
    ...STATUS_CODES.map((code): { value: Choice; label: string } => ({ value: code, label: t('overrides.setTo', { status: label(code) }) })),
    ...(current ? [{ value: WITHDRAW as Choice, label: t('overrides.withdraw') }] : []),
  ];

  return (
    <div className="ws-panel">
      <h2>{indicator.data.title}</h2>
      <dl className="ws-facts ws-facts--inline">
        <div>
          <dt>{t('overrides.computed')}</dt>
          <dd>
            <StatusBadge code={indicator.data.computedStatus ?? indicator.data.status.code} size="sm" deadline={deadline} />
          </dd>
        </div>
        <div>
          <dt>{t('overrides.current')}</dt>
          <dd>
            {current ? (
              <>
                <StatusBadge code={current.code} size="sm" deadline={deadline} />
                <span className="ws-cell-sub">{t('overrides.since', { when: format.moment(current.publishedAt ?? current.createdAt) })}</span>
              </>
            ) : (
              t('overrides.none')
            )}
          </dd>
        </div>
      </dl>
      <p className="ws-muted">{indicator.data.status.reason}</p>
      {current ? <blockquote className="ws-quote">{current.justification}</blockquote> : null}
      <ChoiceReasonForm<Choice>
        form={form}
        onSubmit={submit}
        choice={{ id: 'override-code', label: t('overrides.code'), value: choice, options, onChange: setChoice, error: errorOf('code') }}
        reason={{
          id: 'override-justification',
          label: t('overrides.justification'),
          hint: t('overrides.justificationHint'),
          value: justification,
          onChange: setJustification,
          rows: 3,
          error: errorOf('justification'),
        }}
        submitLabel={choice === WITHDRAW ? t('overrides.submitWithdraw') : t('overrides.submit')}
        pending={override.isPending}
        problem={problem}
        done={
          done ? (
            <>
              {done === WITHDRAW ? t('overrides.draftedWithdrawal') : t('overrides.drafted', { status: label(done) })} <Link to={WORKSPACE_PATHS.review}>{t('overrides.reviewLink')}</Link>
            </>
          ) : null
        }
      />
    </div>
  );
}

function OverridesTable({ id, title, items, discard }: { id: string; title: string; items: OverrideItem[]; discard?: (id: number) => void }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  return (
    <section className="ws-section">
      <h2 id={id}>{title}</h2>
      <WorkspaceTable
        caption={title}
        captionHidden
        empty={t('overrides.listNone')}
        tableAttributes={{ 'data-overrides': id }}
        rows={items}
        rowKey={(o) => String(o.id)}
        rowAttributes={(o) => ({ 'data-indicator': o.indicatorId })}
        columns={[
          {
            id: 'indicator',
            header: t('common.indicator'),
            primary: true,
            cell: (o) => (
              <>
                <EnglishText>{o.title}</EnglishText>
                <span className="ws-cell-sub">
                  <code>{o.indicatorId}</code>
                </span>
              </>
            ),
          },
          { id: 'code', header: t('overrides.code'), cell: (o) => (o.code ? <StatusBadge code={o.code} size="sm" /> : t('overrides.withdrawal')) },
          { id: 'computed', header: t('overrides.computed'), cell: (o) => (o.computedStatus ? <StatusBadge code={o.computedStatus} size="sm" /> : t('record.dash')) },
          { id: 'justification', header: t('overrides.justification'), cell: (o) => <EnglishText>{o.justification}</EnglishText> },
          {
            id: 'by',
            header: t('overrides.by'),
            cell: (o) => (
              <>
                {o.author}
                <span className="ws-cell-sub">{format.moment(o.publishedAt ?? o.createdAt)}</span>
              </>
            ),
          },
          ...(discard
            ? [
                {
                  id: 'actions',
                  header: t('review.column.actions'),
                  cell: (o: (typeof items)[number]) => (
                    <button type="button" className="button button--ghost ws-button--small" onClick={() => discard(o.id)}>
                      {t('review.discard')}
                      <span className="visually-hidden"> {t('review.discardWhich', { indicator: o.title })}</span>
                    </button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}

function OverridesLists() {
  const { t } = useTranslation('workspace');
  const list = useOverrides();
  const discard = useDiscardOverride();
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState onRetry={() => void list.refetch()} />;
  return (
    <>
      <ProblemAlert error={discard.error} />
      <OverridesTable id="override-drafts" title={t('overrides.draftsTitle')} items={list.data.drafts} discard={(id) => discard.mutate(id)} />
      <OverridesTable id="overrides-in-force" title={t('overrides.inForceTitle')} items={list.data.inForce} />
    </>
  );
}

function PublicationLevelPanel({ indicatorId }: { indicatorId: string }) {
  const indicator = useIndicator(indicatorId);
  if (indicator.isPending) return null;
  if (indicator.isError) return null;
  return <PublicationLevelForm indicator={indicator.data} />;
}

export function OverridesPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('overrides.title'));
  const [params, setParams] = useSearchParams();
  const indicators = useIndicators();
  if (indicators.isPending) return <LoadingState />;
  if (indicators.isError) return <ErrorState onRetry={() => void indicators.refetch()} />;
  const requested = params.get('indicator');
  const selected = indicators.data.find((i) => i.id === requested)?.id ?? indicators.data[0]?.id ?? '';
  return (
    <div className="ws-page">
      <PageHeader title={t('overrides.title')} lead={t('overrides.lead')} />
      <div className="ws-toolbar">
        <SelectField
          id="override-indicator"
          className="ws-field--grow"
          label={t('common.indicator')}
          value={selected}
          options={indicators.data.map((i) => ({ value: i.id, label: t('overrides.indicatorOption', { action: i.action, title: i.title, override: i.override ? t('overrides.hasOverride') : '' }) }))}
          onChange={(id) => setParams({ indicator: id }, { replace: true })}
        />
      </div>
      {selected ? <OverrideForm key={selected} indicatorId={selected} /> : null}
      <OverridesLists />
      {selected ? <PublicationLevelPanel key={`level-${selected}`} indicatorId={selected} /> : null}
    </div>
  );
}
