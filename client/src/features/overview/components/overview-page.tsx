// Overview: the plan and its latest cycle, status counts, one card per pillar with sparklines, the flagged list, ISU money.
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FLAGGED_STATUS_CODES, STATUS_CODES } from '@ccm/shared/schemas/common';
import type { Indicator } from '@ccm/shared/schemas/api';
import { useSummary } from '../../../lib/api/get-summary.ts';
import { useIndicators } from '../../../lib/api/get-indicators.ts';
import { useCycles } from '../../../lib/api/get-cycles.ts';
import { planCycles } from '../../../lib/cycles.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { Link } from '../../../i18n/link.tsx';
import { combineQueries, EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { StatusCounts } from '../../../components/ui/status-counts.tsx';
import { IndicatorItem } from '../../../components/ui/indicator-item.tsx';
import { PillarCard } from './pillar-card.tsx';

const IsuContributions = lazy(() => import('./isu-contributions.tsx'));

const severity = (code: Indicator['status']['code']) => STATUS_CODES.indexOf(code);

export function OverviewPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const summary = useSummary();
  const indicators = useIndicators();
  const cycles = useCycles();
  useDocumentTitle(t('overview.documentTitle'));

  const flagged = useMemo(
    () =>
      (indicators.data ?? [])
        .filter((i) => (FLAGGED_STATUS_CODES as readonly string[]).includes(i.status.code))
        .sort((a, b) => severity(a.status.code) - severity(b.status.code) || a.action - b.action || a.title.localeCompare(b.title)),
    [indicators.data],
  );

  const state = combineQueries(summary, indicators, cycles);
  if (state.error) {
    return (
      <>
        <h1>{t('app.title')}</h1>
        <ErrorState onRetry={state.retry} />
      </>
    );
  }
  if (!summary.data || !indicators.data || !cycles.data) {
    return (
      <>
        <h1>{t('app.title')}</h1>
        <LoadingState />
      </>
    );
  }

  const plan = summary.data.actionPlan;
  const chartCycles = planCycles(cycles.data, indicators.data.flatMap((i) => i.observations));
  const pillarBySlug = new Map(summary.data.pillars.map((p) => [p.slug, p]));
  const planName = t(`plan.name.${plan.code}`, { defaultValue: plan.title });
  const pillars = [...summary.data.pillars].sort((a, b) => a.order - b.order);

  return (
    <div className="overview">
      <section className="hero" aria-labelledby="overview-title">
        <p className="hero__eyebrow">{t('overview.eyebrow', { code: plan.code, from: plan.startYear, to: plan.endYear })}</p>
        <h1 id="overview-title">{t('overview.title', { plan: planName })}</h1>
        <p className="hero__lead">{t('overview.lead', { count: summary.data.indicatorCount, deadline: plan.deadlineCycle })}</p>
        <dl className="hero__facts">
          <div>
            <dt>{t('overview.latestCycle')}</dt>
            <dd>{summary.data.latestCycle ?? t('overview.noCycle')}</dd>
          </div>
          <div>
            <dt>{t('overview.deadline')}</dt>
            <dd>{plan.deadlineCycle}</dd>
          </div>
          <div>
            <dt>{t('overview.indicatorCount')}</dt>
            <dd>{format.number(summary.data.indicatorCount)}</dd>
          </div>
          <div>
            <dt>{t('overview.updatedAt')}</dt>
            <dd>
              {summary.data.updatedAt ? <time dateTime={summary.data.updatedAt}>{format.date(summary.data.updatedAt)}</time> : t('footer.updatedUnknown')}
            </dd>
          </div>
        </dl>
      </section>

      <section className="section" aria-labelledby="overview-status">
        <h2 id="overview-status">{t('overview.statusHeading', { count: summary.data.indicatorCount })}</h2>
        <StatusCounts counts={summary.data.counts} variant="tiles" />
      </section>

      <section className="section" aria-labelledby="overview-flagged">
        <div className="section__header">
          <h2 id="overview-flagged">{t('overview.flaggedHeading')}</h2>
          <Link to="/flagged" className="section__more">
            {t('overview.flaggedAll')}
          </Link>
        </div>
        <p className="section__lead">{t('overview.flaggedLead')}</p>
        {flagged.length === 0 ? (
          <EmptyState>{t('overview.flaggedEmpty')}</EmptyState>
        ) : (
          <ul className="indicator-list">
            {flagged.map((indicator) => (
              <li key={indicator.id}>
                <IndicatorItem indicator={indicator} pillar={pillarBySlug.get(indicator.pillar)} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="overview-pillars">
        <h2 id="overview-pillars">{t('overview.pillarsHeading')}</h2>
        <ul className="pillar-grid">
          {pillars.map((pillar) => (
            <li key={pillar.slug}>
              <PillarCard
                pillar={pillar}
                indicators={indicators.data.filter((i) => i.pillar === pillar.slug)}
                cycles={chartCycles}
              />
            </li>
          ))}
        </ul>
      </section>

      <section className="section" aria-labelledby="overview-isu">
        <div className="section__header">
          <h2 id="overview-isu">{t('overview.isuHeading')}</h2>
          <Link to="/series/isu-contributions" className="section__more">
            {t('overview.isuMore')}
          </Link>
        </div>
        <Suspense fallback={<LoadingState label={t('overview.isuLoading')} />}>
          <IsuContributions />
        </Suspense>
      </section>
    </div>
  );
}
