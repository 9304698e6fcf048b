// What changed between plans (/plans/:plan/changes), like a statistics office's table of indicator changes: every
// old→new relation into or out of the plan, indicators then actions, each relation in words and explained.
import { useTranslation } from 'react-i18next';
import { planSegment } from '@ccm/shared/api-paths';
import { CROSSWALK_RELATIONS, type CrosswalkEntry } from '@ccm/shared/schemas/plans';
import { Link } from '../../../i18n/link.tsx';
import { useLanguage } from '../../../i18n/use-language.ts';
import { useActionPlans } from '../../../lib/api/get-action-plans.ts';
import { useSummary } from '../../../lib/api/get-summary.ts';
import { actionPath, indicatorPath, planPath } from '../../../lib/page-paths.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { usePlan } from '../../../lib/use-plan.ts';
import { EnglishText } from '../../../components/ui/localized-text.tsx';
import { EmptyState, isNotFound, PendingPage } from '../../../components/ui/query-state.tsx';
import { NotFound } from '../../../components/ui/not-found.tsx';
import { DataTable, type DataTableColumn } from '../../../components/ui/data-table.tsx';
import { useCrosswalk } from '../api/get-crosswalk.ts';
import { planResultsPath } from '../../../lib/page-paths.ts';
import { PrintFooter, RecordBreadcrumb } from './record-frame.tsx';
import '../styles/results.css';

const ENTITIES = ['indicator', 'action'] as const;

export function ChangesPage() {
  const { t } = useTranslation();
  const plan = usePlan();
  const lang = useLanguage();
  const crosswalk = useCrosswalk();
  const plans = useActionPlans();
  const summary = useSummary();
  const current = plans.data?.find((p) => planSegment(p.code) === plan);
  const code = current?.code ?? plan.toUpperCase();
  const planName = t(`plan.name.${code}`, { defaultValue: current?.title ?? code });
  const title = t('changes.title', { plan: planName });
  useDocumentTitle(crosswalk.data ? title : t('changes.documentTitle'));

  if (isNotFound(crosswalk.error)) return <NotFound />;
  if (crosswalk.isError || !crosswalk.data) return <PendingPage className="plan-record" title={t('changes.documentTitle')} onRetry={crosswalk.isError ? () => void crosswalk.refetch() : undefined} loadingLabel={t('changes.loading')} />;
  const entries = crosswalk.data;

  return (
    <article className="plan-record changes-page" data-plan={code}>
      <RecordBreadcrumb plan={plan} current={t('changes.breadcrumb')} />
      <header className="page-header">
        {current ? (
          <p className="page-header__eyebrow">{t('results.eyebrow', { code: current.code, from: current.startYear, to: current.endYear })}</p>
        ) : null}
        <h1>{title}</h1>
        <p className="page-header__lead">{t('changes.lead')}</p>
        <p>
          <Link to={planResultsPath(plan)}>{t('results.links.results')}</Link>
        </p>
      </header>

      {entries.length === 0 ? (
        <EmptyState>{t('changes.empty', { plan: planName })}</EmptyState>
      ) : (
        ENTITIES.map((entity) => {
          const rows = entries.filter((x) => x.entity === entity);
          if (rows.length === 0) return null;
          return <ChangesTable key={entity} entity={entity} rows={rows} planName={planName} />;
        })
      )}

      <section className="section" aria-labelledby="changes-glossary">
        <h2 id="changes-glossary">{t('changes.glossaryHeading')}</h2>
        <dl className="plan-record__glossary">
          {CROSSWALK_RELATIONS.map((relation) => (
            <div key={relation} data-relation={relation}>
              <dt>{t(`changes.relation.${relation}`)}</dt>
              <dd>{t(`changes.relationHelp.${relation}`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <PrintFooter title={title} planName={planName} lang={lang} updatedAt={summary.data?.updatedAt ?? null} dataVersion={summary.data?.dataVersion ?? null} />
    </article>
  );
}

function ChangesTable({ entity, rows, planName }: { entity: CrosswalkEntry['entity']; rows: CrosswalkEntry[]; planName: string }) {
  const { t } = useTranslation();
  const headingId = `changes-${entity}`;
  const caption = t(entity === 'indicator' ? 'changes.indicatorsCaption' : 'changes.actionsCaption', { plan: planName });
  const planLink = (code: string | null) => (code === null ? null : <Link to={planPath(code)}>{code}</Link>);
  const columns: DataTableColumn<CrosswalkEntry>[] = [
    { id: 'fromPlan', header: t('changes.column.fromPlan'), cell: (x) => planLink(x.fromPlan) },
    {
      id: 'from',
      header: t(entity === 'indicator' ? 'changes.column.fromIndicator' : 'changes.column.fromAction'),
      primary: true,
      cell: (x) => <Item entity={entity} plan={x.fromPlan} itemKey={x.from} title={x.fromTitle} none={t('changes.noPredecessor')} />,
    },
    { id: 'relation', header: t('changes.column.relation'), cell: (x) => <strong className="plan-record__relation">{t(`changes.relation.${x.relation}`)}</strong> },
    { id: 'toPlan', header: t('changes.column.toPlan'), cell: (x) => planLink(x.toPlan) },
    {
      id: 'to',
      header: t(entity === 'indicator' ? 'changes.column.toIndicator' : 'changes.column.toAction'),
      className: 'plan-record__to',
      cell: (x) => <Item entity={entity} plan={x.toPlan} itemKey={x.to} title={x.toTitle} none={t('changes.noSuccessor')} />,
    },
    { id: 'note', header: t('changes.column.note'), className: 'plan-record__note', cell: (x) => (x.note === null ? t('changes.noNote') : <EnglishText>{x.note}</EnglishText>) },
  ];
  return (
    <section className="section" aria-labelledby={headingId} data-entity={entity}>
      <h2 id={headingId}>{t(entity === 'indicator' ? 'changes.indicatorsHeading' : 'changes.actionsHeading')}</h2>
      <p className="section__lead">{t('changes.count', { count: rows.length })}</p>
      <DataTable
        className="plan-record__table plan-record__table--changes"
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(x) => String(x.id)}
        rowAttributes={(x) => ({ 'data-relation': x.relation })}
      />
    </section>
  );
}

/** One side of a relation: the indicator's id and title, or the action's number and title, linked to its page. */
function Item({ entity, plan, itemKey, title, none }: { entity: CrosswalkEntry['entity']; plan: string | null; itemKey: string | null; title: string | null; none: string }) {
  const { t } = useTranslation();
  if (itemKey === null) return <span className="plan-record__none">{none}</span>;
  if (entity === 'indicator') {
    return (
      <>
        <code className="plan-record__id">{itemKey}</code> <Link to={indicatorPath(itemKey)}>{title ?? itemKey}</Link>
      </>
    );
  }
  const number = Number(itemKey);
  const label = t('indicator.actionLabel', { number });
  if (plan === null || !Number.isInteger(number)) return <span>{title === null ? label : `${label}${t('common.labelSeparator')}${title}`}</span>;
  return <Link to={actionPath(plan, number)}>{title === null ? label : `${label}${t('common.labelSeparator')}${title}`}</Link>;
}
