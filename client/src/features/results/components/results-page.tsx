// A plan's results (/plans/:plan/results): whether it has ended, its key figures, each action's final status by pillar
// with its indicators, what stayed flagged and what was never measured; a CSV in the reader's language, ready to print.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanResults } from '@ccm/shared/schemas/plans';
import type { Language } from '../../../i18n/index.ts';
import { Link } from '../../../i18n/link.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { actionPath, indicatorPath } from '../../../lib/page-paths.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { EmptyState, isNotFound, PendingPage } from '../../../components/ui/query-state.tsx';
import { NotFound } from '../../../components/ui/not-found.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { DataTable, type DataTableColumn } from '../../../components/ui/data-table.tsx';
import { usePlanResults } from '../api/get-plan-results.ts';
import { planChangesPath } from '../../../lib/page-paths.ts';
import { planResultsCsvHref } from '../utils/results-paths.ts';
import { PrintFooter, RecordBreadcrumb } from './record-frame.tsx';
import '../styles/results.css';

type ResultsAction = PlanResults['actions'][number];

/** The actions in their pillars, pillars in the order their first action comes. */
function byPillar(actions: readonly ResultsAction[]): { slug: string; name: string; actions: ResultsAction[] }[] {
  const groups = new Map<string, { slug: string; name: string; actions: ResultsAction[] }>();
  for (const action of actions) {
    const group = groups.get(action.pillar) ?? { slug: action.pillar, name: action.pillarName, actions: [] };
    group.actions.push(action);
    groups.set(action.pillar, group);
  }
  return [...groups.values()];
}

/** An indicator in one of the page's lists: what comes first (its status), its link, then its action's. */
function IndicatorItem({ plan, indicator, children }: { plan: string; indicator: { id: string; title: string; action: number }; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <li data-indicator={indicator.id}>
      {children}
      <Link to={indicatorPath(indicator.id)}>{indicator.title}</Link>
      <Link to={actionPath(plan, indicator.action)} className="plan-record__action-link">
        {t('indicator.actionLabel', { number: indicator.action })}
      </Link>
    </li>
  );
}

export function ResultsPage() {
  const { t } = useTranslation();
  const results = usePlanResults();
  const planName = results.data ? t(`plan.name.${results.data.plan.code}`, { defaultValue: results.data.plan.title }) : null;
  useDocumentTitle(planName ? t('results.title', { plan: planName }) : t('results.documentTitle'));

  if (isNotFound(results.error)) return <NotFound />;
  if (results.isError || !results.data || planName === null) return <PendingPage className="plan-record" title={t('results.documentTitle')} onRetry={results.isError ? () => void results.refetch() : undefined} loadingLabel={t('results.loading')} />;
  return <ResultsView data={results.data} plan={results.plan} lang={results.lang} planName={planName} />;
}

function ResultsView({ data, plan, lang, planName }: { data: PlanResults; plan: string; lang: Language; planName: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const deadline = data.plan.deadlineCycle;
  const title = t('results.title', { plan: planName });
  const neverMeasured = data.neverMeasured.indicators.length + data.neverMeasured.actions.length;
  const actionName = (number: number, text: string) => `${t('indicator.actionLabel', { number })}${t('common.labelSeparator')}${text}`;
  const figures = [
    { key: 'indicators', value: data.indicatorCount },
    { key: 'reachedTarget', value: data.reachedTarget },
    { key: 'flagged', value: data.flagged.length },
    { key: 'neverMeasured', value: neverMeasured },
  ] as const;
  const actionColumns: DataTableColumn<ResultsAction>[] = [
    { id: 'action', header: t('results.column.action'), primary: true, cell: (action) => t('indicator.actionLabel', { number: action.number }) },
    { id: 'title', header: t('results.column.title'), cell: (action) => <Link to={actionPath(plan, action.number)}>{action.title}</Link> },
    {
      id: 'status',
      header: t('results.column.status'),
      cell: (action) => (action.status === null ? t('results.noIndicator') : <StatusBadge code={action.status} size="sm" deadline={deadline} />),
    },
    {
      id: 'indicators',
      header: t('results.column.indicators'),
      className: 'plan-record__indicators-cell',
      cell: (action) =>
        action.indicators.length === 0 ? (
          t('results.noIndicator')
        ) : (
          <ul className="plan-record__indicators">
            {action.indicators.map((indicator) => (
              <li key={indicator.id} data-indicator={indicator.id}>
                <Link to={indicatorPath(indicator.id)}>{indicator.title}</Link>
                <StatusBadge code={indicator.status} size="sm" deadline={deadline} />
                <span className="plan-record__latest">{indicator.latest ?? t('results.noFigure')}</span>
              </li>
            ))}
          </ul>
        ),
    },
  ];

  return (
    <article className="plan-record results-page" data-plan={data.plan.code}>
      <RecordBreadcrumb plan={plan} current={t('results.breadcrumb')} />

      <header className="page-header">
        <p className="page-header__eyebrow">{t('results.eyebrow', { code: data.plan.code, from: data.plan.startYear, to: data.plan.endYear })}</p>
        <h1>{title}</h1>
        <p className="page-header__lead">{t('results.period', { from: data.plan.startYear, to: data.plan.endYear, deadline })}</p>
        <p className="notice plan-record__state" data-ended={data.plan.ended ? 'true' : 'false'}>
          {data.plan.ended
            ? t('results.ended', { deadline })
            : data.lastCycle === null
              ? t('results.inProgressNoCycle')
              : t('results.inProgress', { cycle: data.lastCycle })}
        </p>
        <div className="plan-record__toolbar" role="group" aria-label={t('results.toolbarLabel')}>
          <a className="button button--secondary" href={planResultsCsvHref(plan, lang)} download>
            {t('results.downloadCsv')}
          </a>
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('results.print')}
          </button>
          <Link to={planChangesPath(plan)} className="plan-record__more">
            {t('results.links.changes')}
          </Link>
        </div>
      </header>

      <section className="section" aria-labelledby="results-figures">
        <h2 id="results-figures">{t('results.figuresHeading')}</h2>
        <dl className="plan-record__figures">
          {figures.map(({ key, value }) => (
            <div key={key} data-figure={key}>
              <dt>{t(`results.figures.${key}`)}</dt>
              <dd>{format.number(value)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="section" aria-labelledby="results-actions">
        <h2 id="results-actions">{t('results.actionsHeading')}</h2>
        <p className="section__lead">{t('results.actionsLead')}</p>
        {byPillar(data.actions).map((pillar) => {
          const caption = t('results.pillarCaption', { pillar: pillar.name });
          const headingId = `results-pillar-${pillar.slug}`;
          return (
            <section key={pillar.slug} className="plan-record__pillar" aria-labelledby={headingId} data-pillar={pillar.slug}>
              <h3 id={headingId}>
                {pillar.name} <span className="plan-record__count">{t('results.pillarActions', { count: pillar.actions.length })}</span>
              </h3>
              <DataTable
                className="plan-record__table plan-record__table--results"
                caption={caption}
                columns={actionColumns}
                rows={pillar.actions}
                rowKey={(action) => String(action.number)}
                rowAttributes={(action) => ({ 'data-action': String(action.number), 'data-status': action.status ?? 'none' })}
              />
            </section>
          );
        })}
      </section>

      <section className="section" aria-labelledby="results-flagged">
        <h2 id="results-flagged">{t('results.flaggedHeading', { deadline })}</h2>
        {data.flagged.length === 0 ? (
          <EmptyState>{t('results.flaggedEmpty', { deadline })}</EmptyState>
        ) : (
          <>
            <p className="section__lead">{t('results.flaggedLead', { count: data.flagged.length })}</p>
            <ul className="plan-record__list" aria-labelledby="results-flagged">
              {data.flagged.map((indicator) => (
                <IndicatorItem key={indicator.id} plan={plan} indicator={indicator}>
                  <StatusBadge code={indicator.status} size="sm" deadline={deadline} />
                </IndicatorItem>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="section" aria-labelledby="results-never">
        <h2 id="results-never">{t('results.neverMeasuredHeading')}</h2>
        {data.neverMeasured.indicators.length === 0 ? (
          <p>{t('results.neverMeasuredIndicatorsNone')}</p>
        ) : (
          <>
            <p id="results-never-indicators">{t('results.neverMeasuredIndicators', { count: data.neverMeasured.indicators.length })}</p>
            <ul className="plan-record__list" aria-labelledby="results-never-indicators">
              {data.neverMeasured.indicators.map((indicator) => (
                <IndicatorItem key={indicator.id} plan={plan} indicator={indicator} />
              ))}
            </ul>
          </>
        )}
        {data.neverMeasured.actions.length === 0 ? (
          <p>{t('results.neverMeasuredActionsNone')}</p>
        ) : (
          <>
            <p id="results-never-actions">{t('results.neverMeasuredActions', { count: data.neverMeasured.actions.length })}</p>
            <ul className="plan-record__list" aria-labelledby="results-never-actions">
              {data.neverMeasured.actions.map((action) => (
                <li key={action.number} data-action={action.number}>
                  <Link to={actionPath(plan, action.number)}>{actionName(action.number, action.title)}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <PrintFooter title={title} planName={planName} lang={lang} updatedAt={data.updatedAt} dataVersion={data.dataVersion} />
    </article>
  );
}
