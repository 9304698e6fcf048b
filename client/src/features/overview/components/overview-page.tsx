// Overview: the plan and its latest cycle, status counts, one card per pillar with sparklines, the flagged list, ISU money.
// At `/` it is the current plan's (which one the list of plans says); a plan's own overview links to the plans before it,
// or, once a later plan is published, says that this one has ended and its pages are its record.
import { lazy, memo, Suspense, useDeferredValue, useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { STATUS_CODES, isFlagged } from '@ccm/shared/domain/vocabulary';
import type { Cycle, Indicator, PillarSummary } from '@ccm/shared/schemas/api';
import { useCurrentPlan } from '../../../lib/use-plan.ts';
import { useSummary } from '../../../lib/api/get-summary.ts';
import { useIndicators } from '../../../lib/api/get-indicators.ts';
import { useCycles } from '../../../lib/api/get-cycles.ts';
import { planCycles } from '../../../lib/cycles.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { Link } from '../../../i18n/link.tsx';
import { combineQueries, EmptyState, LoadingState, PendingPage } from '../../../components/ui/query-state.tsx';
import { StatusCounts } from '../../../components/ui/status-counts.tsx';
import { IndicatorItem } from '../../../components/ui/indicator-item.tsx';
import { PillarCard } from './pillar-card.tsx';
import { PlanContext } from './plan-context.tsx';
// The one component of another feature the overview shows: the links to the plan’s record (its results, what changed).
import { PlanRecordLinks } from '../../../components/ui/plan-record-links.tsx';
import { FactList, type Fact } from '../../../components/ui/fact-list.tsx';
import { flaggedPath, seriesPath } from '../../../lib/page-paths.ts';

const IsuContributions = lazy(() => import('./isu-contributions.tsx'));

const severity = (code: Indicator['status']['code']) => STATUS_CODES.indexOf(code);

/** The flagged list and the pillar cards: the bulk of the page, drawn from the full indicator list. */
const OverviewDetails = memo(function OverviewDetails({
  indicators,
  cycles,
  pillars,
  deadline,
}: {
  indicators: Indicator[];
  cycles: Cycle[];
  pillars: PillarSummary[];
  deadline: string;
}) {
  const { t } = useTranslation();
  const flagged = useMemo(
    () =>
      indicators
        .filter((i) => isFlagged(i.status.code))
        .sort((a, b) => severity(a.status.code) - severity(b.status.code) || a.action - b.action || a.title.localeCompare(b.title)),
    [indicators],
  );
  const chartCycles = useMemo(() => planCycles(cycles, indicators.flatMap((i) => i.observations)), [cycles, indicators]);
  const pillarBySlug = new Map(pillars.map((p) => [p.slug, p]));
  const sortedPillars = [...pillars].sort((a, b) => a.order - b.order);

  return (
    <>
      <section className="section" aria-labelledby="overview-flagged">
        <div className="section__header">
          <h2 id="overview-flagged">{t('overview.flaggedHeading', { deadline })}</h2>
          <Link to={flaggedPath({ view: 'all' })} className="section__more">
            {t('overview.flaggedAll')}
          </Link>
        </div>
        <p className="section__lead">{t('overview.flaggedLead')}</p>
        {flagged.length === 0 ? (
          <EmptyState>{t('overview.flaggedEmpty', { deadline })}</EmptyState>
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
          {sortedPillars.map((pillar) => {
            const own = indicators.filter((i) => i.pillar === pillar.slug);
            // The card's number of rows, for the height the stylesheet estimates while the card is out of view.
            return (
              <li key={pillar.slug} style={{ '--spark-rows': own.length } as CSSProperties}>
                <PillarCard pillar={pillar} indicators={own} cycles={chartCycles} deadline={deadline} />
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
});

export function OverviewPage() {
  const { t } = useTranslation();
  const { plan: planParam } = useParams();
  // At `/`, the current plan: wait for the list of plans to say which it is, rather than show one plan, then another.
  const current = useCurrentPlan({ enabled: planParam === undefined });
  useDocumentTitle(t('overview.documentTitle'));
  if (current.isPending) return <PendingPage title={t('app.title')} />;
  return <PlanOverview />;
}

function PlanOverview() {
  const { t } = useTranslation();
  const format = useFormatters();
  const summary = useSummary();
  const indicators = useIndicators();
  const cycles = useCycles();
  // The page is drawn in deferred renders, which React splits into short tasks so the page stays responsive while it is
  // built: first the plan and its counts, from the small summary; then the lists, the bulk of the page.
  const shown = useDeferredValue(summary.data);
  const details = useMemo(
    () =>
      shown && indicators.data && cycles.data
        ? { indicators: indicators.data, cycles: cycles.data, pillars: shown.pillars, deadline: shown.actionPlan.deadlineCycle }
        : null,
    [shown, indicators.data, cycles.data],
  );
  const deferredDetails = useDeferredValue(details);

  const state = combineQueries(summary, indicators, cycles);
  if (state.error) return <PendingPage title={t('app.title')} onRetry={state.retry} />;
  if (!shown) return <PendingPage title={t('app.title')} />;

  const plan = shown.actionPlan;
  const planName = t(`plan.name.${plan.code}`, { defaultValue: plan.title });

  const facts: Fact[] = [
    { key: 'latestCycle', label: t('overview.latestCycle'), value: shown.latestCycle ?? t('overview.noCycle') },
    { key: 'deadline', label: t('overview.deadline'), value: plan.deadlineCycle },
    { key: 'indicatorCount', label: t('overview.indicatorCount'), value: format.number(shown.indicatorCount) },
    {
      key: 'updatedAt',
      label: t('overview.updatedAt'),
      // Nothing published since the data was bundled: the figures are the document's.
      value: shown.updatedAt ? <time dateTime={shown.updatedAt}>{format.date(shown.updatedAt)}</time> : t('footer.asBundledShort'),
    },
  ];
  return (
    <div className="overview">
      <section className="hero" aria-labelledby="overview-title">
        <p className="hero__eyebrow">{t('overview.eyebrow', { code: plan.code, from: plan.startYear, to: plan.endYear })}</p>
        <h1 id="overview-title">{t('overview.title', { plan: planName })}</h1>
        <p className="hero__lead">{t('overview.lead', { count: shown.indicatorCount, deadline: plan.deadlineCycle })}</p>
        <FactList className="hero__facts" facts={facts} />
        <PlanContext plan={plan} />
        <PlanRecordLinks plan={plan.code} />
      </section>

      <section className="section" aria-labelledby="overview-status">
        <h2 id="overview-status">{t('overview.statusHeading', { count: shown.indicatorCount })}</h2>
        <StatusCounts counts={shown.counts} variant="tiles" deadline={plan.deadlineCycle} />
      </section>

      {deferredDetails ? (
        <OverviewDetails
          indicators={deferredDetails.indicators}
          cycles={deferredDetails.cycles}
          pillars={deferredDetails.pillars}
          deadline={deferredDetails.deadline}
        />
      ) : (
        // Holds the place of the lists (a screen high) so nothing below them moves into view while they load.
        <div className="overview__pending">
          <LoadingState />
        </div>
      )}

      {deferredDetails ? (
        <section className="section" aria-labelledby="overview-isu">
          <div className="section__header">
            <h2 id="overview-isu">{t('overview.isuHeading')}</h2>
            <Link to={seriesPath('isu-contributions')} className="section__more">
              {t('overview.isuMore')}
            </Link>
          </div>
          <Suspense fallback={<LoadingState label={t('overview.isuLoading')} />}>
            <IsuContributions />
          </Suspense>
        </section>
      ) : null}
    </div>
  );
}
