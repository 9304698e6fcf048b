// One indicator: a large chart, its status with history and "Why?", every observation, conflicts, downloads and embed code.
// Its address names no plan (ids are unique across plans): the cycles, pillar and action come from the indicator's own
// plan. An indicator that continues one of the previous plan's draws that one's figures first, and says so in words.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { planSegment } from '@ccm/shared/api-paths';
import { useIndicator } from '../../../lib/api/get-indicator.ts';
import { cyclesQueryOptions } from '../../../lib/api/get-cycles.ts';
import { pillarsQueryOptions } from '../../../lib/api/get-pillars.ts';
import { summaryQueryOptions } from '../../../lib/api/get-summary.ts';
import { actionsQueryOptions } from '../../../lib/api/get-actions.ts';
import { usePlan } from '../../../lib/use-plan.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { Link } from '../../../i18n/link.tsx';
import { EnglishText, LocalizedText } from '../../../components/ui/localized-text.tsx';
import { StatusOverrideNote } from '../../../components/ui/status-override-note.tsx';
import { planCycles } from '../../../lib/cycles.ts';
import { actionPath, HOME_PATH, pillarPath, planPath } from '../../../lib/page-paths.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useStatusText } from '../../../lib/status-text.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { IndicatorChartFigure } from '../../../components/charts/indicator-chart-figure.tsx';
import { combineQueries, ErrorState, LoadingState, isNotFound, PendingPage } from '../../../components/ui/query-state.tsx';
import { NotFound } from '../../../components/ui/not-found.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { InferredCycles, StatusRange, WhyPanel } from '../../../components/ui/status-why.tsx';
import { IndicatorMarks } from '../../../components/ui/observation-marks.tsx';
import { useIndicatorConflicts } from '../api/get-conflicts.ts';
import { useIndicatorLineage } from '../api/get-lineage.ts';
import { ConflictList } from './conflict-list.tsx';
import { IndicatorLineage } from './indicator-lineage.tsx';
import { EmbedSnippet } from './embed-snippet.tsx';
import { IndicatorDownloads } from './indicator-downloads.tsx';
import { ObservationTable } from './observation-table.tsx';
import { StatusHistory } from './status-history.tsx';
import { WhoIsCounted } from './who-is-counted.tsx';

export function IndicatorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const format = useFormatters();
  const text = useStatusText();
  const indicator = useIndicator(id);
  const lang = useLanguage();
  // The current plan's until the indicator says which plan it belongs to (the same one, as long as there is one plan).
  const current = usePlan();
  const planOfPage = indicator.data ? planSegment(indicator.data.actionPlan) : current;
  const cycles = useQuery(cyclesQueryOptions(planOfPage, lang));
  const conflicts = useIndicatorConflicts(id);
  const pillars = useQuery(pillarsQueryOptions(planOfPage, lang));
  const summary = useQuery(summaryQueryOptions(planOfPage, lang));
  const actions = useQuery(actionsQueryOptions(planOfPage, {}, lang));
  const lineage = useIndicatorLineage(indicator.data);
  const chartRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(indicator.data?.title ?? t('indicator.documentTitle'));

  const state = combineQueries(indicator, cycles);
  if (isNotFound(indicator.error)) return <NotFound />;
  if (state.error) return <PendingPage title={t('indicator.documentTitle')} onRetry={state.retry} />;
  if (!indicator.data || !cycles.data) return <PendingPage title={t('indicator.documentTitle')} />;

  const data = indicator.data;
  const pillar = pillars.data?.find((p) => p.slug === data.pillar);
  // The action that lists this indicator (numbers restart in every plan; indicator ids do not).
  const action = actions.data?.find((a) => a.indicators.includes(data.id)) ?? actions.data?.find((a) => a.number === data.action);
  const plan = data.actionPlan;
  // The overview the breadcrumb leads back to: `/` for the current plan's indicators (as before plans), else the plan's.
  const overview = planSegment(plan) === current ? HOME_PATH : planPath(plan);
  const since = text.since(data);
  const chartCycles = planCycles(cycles.data, data.observations);
  const population = data.population;
  const deadline = data.status.inputs.deadlineCycle;

  return (
    <article className="indicator-page">
      <nav aria-label={t('indicator.breadcrumbLabel')} className="breadcrumb">
        <ol>
          <li>
            <Link to={overview}>{t('nav.overview')}</Link>
          </li>
          <li>
            <Link to={pillarPath(plan, data.pillar)}>
              {pillar ? <LocalizedText text={pillar.name} i18n={pillar.i18n} field="name" /> : t('pillar.documentTitle')}
            </Link>
          </li>
          <li>
            <Link to={actionPath(plan, data.action)}>{t('indicator.actionLabel', { number: data.action })}</Link>
          </li>
        </ol>
      </nav>

      <header className="page-header indicator-page__header">
        <p className="page-header__eyebrow">
          {t('indicator.actionLabel', { number: data.action })}
          {' · '}
          <LocalizedText text={data.actionTitle} i18n={action?.i18n} field="title" />
        </p>
        <h1>
          <LocalizedText text={data.title} i18n={data.i18n} field="title" />
        </h1>
        <div className="indicator-page__status">
          <StatusBadge code={data.status.code} deadline={deadline} />
          {since ? <span className="indicator-page__since">{since}</span> : null}
          <span className="indicator-page__latest">{text.latest(data)}</span>
          <IndicatorMarks indicator={data} />
        </div>
        <IndicatorLineage lineage={lineage} />
        <StatusOverrideNote indicator={data} deadline={deadline} />
      </header>

      <div className="indicator-page__chart" ref={chartRef}>
        <IndicatorChartFigure
          indicator={data}
          cycles={chartCycles}
          caption={t('chart.caption', { title: data.title, unit: data.unit })}
          height={380}
          chain={lineage.chain}
        />
      </div>
      <IndicatorDownloads indicator={data} previous={lineage.chain?.previous ?? null} summary={summary.data} chartRef={chartRef} />

      <div className="indicator-page__grid">
        <section className="section card" aria-labelledby="indicator-status">
          {/* While an ISU override is in force, this section explains what the rule itself gives (the note above says so). */}
          <h2 id="indicator-status">{t(data.override ? 'indicator.statusHeadingRule' : 'indicator.statusHeading')}</h2>
          {data.status.projection ? <p className="indicator-page__projection">{data.status.projection.text}</p> : null}
          <p className="indicator-page__reason">{data.status.reason}</p>
          <StatusRange status={data.status} />
          <InferredCycles status={data.status} />
          <WhyPanel status={data.status} unit={data.unit} />
          <h3 className="subheading">{t('indicator.historyHeading')}</h3>
          <StatusHistory history={data.status.history} observations={data.observations} deadline={deadline} />
          {since ? <p className="indicator-page__since-text">{since}</p> : null}
        </section>

        <section className="section card" aria-labelledby="indicator-population">
          <h2 id="indicator-population">{t('indicator.populationHeading')}</h2>
          <p>
            <EnglishText badge>{population.description}</EnglishText>
          </p>
          <dl className="key-values">
            <div>
              <dt>{t('indicator.populationSize')}</dt>
              <dd>{population.size !== null ? format.number(population.size) : t('indicator.populationUnknown')}</dd>
            </div>
            <div>
              <dt>{t('indicator.target')}</dt>
              <dd>{data.target !== null ? format.percent(data.target) : t('why.noTarget')}</dd>
            </div>
            <div>
              <dt>{t('indicator.direction')}</dt>
              <dd>{t(`indicator.directionValue.${data.direction}`)}</dd>
            </div>
            {population.paragraph !== null ? (
              <div>
                <dt>{t('indicator.populationSource')}</dt>
                <dd>{t('observation.paragraph', { paragraph: population.paragraph })}</dd>
              </div>
            ) : null}
          </dl>
        </section>

        <WhoIsCounted indicator={data} />
      </div>

      <section className="section" aria-labelledby="indicator-observations">
        <h2 id="indicator-observations">{t('indicator.observationsHeading')}</h2>
        <ObservationTable indicator={data} conflicts={conflicts.data ?? []} />
      </section>

      <section className="section" aria-labelledby="indicator-conflicts">
        <h2 id="indicator-conflicts">{t('conflicts.heading')}</h2>
        {conflicts.isError ? (
          <ErrorState onRetry={() => void conflicts.refetch()} />
        ) : !conflicts.data ? (
          <LoadingState />
        ) : conflicts.data.length === 0 ? (
          <p className="muted">{t('conflicts.none')}</p>
        ) : (
          <ConflictList
            conflicts={conflicts.data}
            paragraphs={data.observations.flatMap((o) => (o.source.paragraph === null ? [] : [o.source.paragraph]))}
          />
        )}
      </section>

      <section className="section" aria-labelledby="indicator-embed">
        <h2 id="indicator-embed">{t('indicator.embedHeading')}</h2>
        <p className="muted">{t('indicator.embedLead')}</p>
        <EmbedSnippet id={data.id} title={data.title} />
      </section>
    </article>
  );
}
