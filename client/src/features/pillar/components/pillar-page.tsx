// A pillar: every action with its indicators (chart, status, "Why?"), or its summary when the document gives no figure.
import { memo, useDeferredValue, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams, useSearchParams } from 'react-router';
import type { Action, Indicator } from '@ccm/shared/schemas/api';
import type { StatusCode } from '@ccm/shared/domain/vocabulary';
import { usePillars } from '../../../lib/api/get-pillars.ts';
import { useActions } from '../../../lib/api/get-actions.ts';
import { useIndicators } from '../../../lib/api/get-indicators.ts';
import { useCycles } from '../../../lib/api/get-cycles.ts';
import { planCycles, type ChartCycle } from '../../../lib/cycles.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { Link } from '../../../i18n/link.tsx';
import { LocalizedText } from '../../../components/ui/localized-text.tsx';
import { combineQueries, EmptyState, LoadingState, isNotFound, PendingPage } from '../../../components/ui/query-state.tsx';
import { NotFound } from '../../../components/ui/not-found.tsx';
import { ParagraphRefs } from '../../../components/ui/paragraph-refs.tsx';
import { StatusCounts } from '../../../components/ui/status-counts.tsx';
import { StatusFilter, parseStatus } from '../../../components/ui/status-filter.tsx';
import { PillarIndicator } from './pillar-indicator.tsx';
import { actionPath, briefingPath } from '../../../lib/page-paths.ts';
import { usePlan } from '../../../lib/use-plan.ts';

interface ActionEntry {
  action: Action;
  indicators: Indicator[];
}

/** Every action of the pillar with its indicators: the bulk of the page, drawn in a deferred render. */
const PillarActions = memo(function PillarActions({
  entries,
  plan,
  pillarSlug,
  cycles,
}: {
  entries: ActionEntry[];
  plan: string;
  pillarSlug: string;
  cycles: ChartCycle[];
}) {
  const { t } = useTranslation();
  return (
    <div className="pillar-actions">
      {entries.length === 0 ? <EmptyState>{t('pillar.noMatch')}</EmptyState> : null}
      {entries.map(({ action, indicators: list }) => (
        <section
          key={action.number}
          id={`action-${action.number}`}
          tabIndex={-1}
          className="action-section"
          aria-labelledby={`action-${action.number}-title`}>
          <header className="action-section__header">
            <h2 id={`action-${action.number}-title`}>
              <span className="action-section__number">{t('indicator.actionLabel', { number: action.number })}</span>
              <span className="action-section__title">
                <LocalizedText text={action.title} i18n={action.i18n} field="title" />
              </span>
            </h2>
            {action.pillar !== pillarSlug ? <p className="action-section__secondary">{t('pillar.secondary')}</p> : null}
            <p className="action-section__link">
              <Link to={actionPath(plan, action.number)}>{t('pillar.actionPage', { number: action.number })}</Link>
            </p>
          </header>
          {action.indicators.length === 0 ? (
            <div className="action-section__nofigure">
              <ActionSummary action={action} />
              <p className="action-section__note">{t('pillar.noFigures')}</p>
            </div>
          ) : (
            <>
              <details className="disclosure action-section__summary">
                <summary>{t('pillar.summaryToggle')}</summary>
                <ActionSummary action={action} />
              </details>
              <div className="indicator-panels">
                {list.map((indicator) => (
                  <PillarIndicator key={indicator.id} indicator={indicator} cycles={cycles} />
                ))}
              </div>
            </>
          )}
        </section>
      ))}
    </div>
  );
});

/** An action's summary and the paragraphs it comes from: shown as is without figures, else behind a disclosure. */
function ActionSummary({ action }: { action: Action }) {
  return (
    <>
      <p>
        <LocalizedText text={action.summary} i18n={action.i18n} field="summary" />
      </p>
      <p className="action-section__refs">
        <ParagraphRefs paragraphs={action.paragraphs} />
      </p>
    </>
  );
}

export function PillarPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { slug = '' } = useParams();
  const plan = usePlan();
  const [params, setParams] = useSearchParams();
  const status = parseStatus(params.get('status'));
  const pillars = usePillars();
  const actions = useActions({ pillar: slug });
  const indicators = useIndicators();
  const cycles = useCycles();
  const pillar = pillars.data?.find((p) => p.slug === slug);
  useDocumentTitle(pillar?.name ?? t('pillar.documentTitle'));
  const { hash } = useLocation();

  const model = useMemo(() => {
    if (!pillar || !actions.data || !indicators.data || !cycles.data) return null;
    const byId = new Map(indicators.data.map((i) => [i.id, i]));
    const sortedActions = [...actions.data].sort((a, b) => a.number - b.number);
    const pillarIndicators = sortedActions.flatMap((a) => a.indicators.map((id) => byId.get(id)).filter((i): i is Indicator => i !== undefined));
    const counts = Object.fromEntries(
      pillarIndicators.reduce((m, i) => m.set(i.status.code, (m.get(i.status.code) ?? 0) + 1), new Map<StatusCode, number>()),
    ) as Partial<Record<StatusCode, number>>;
    const visibleActions: ActionEntry[] = sortedActions
      .map((action) => ({
        action,
        indicators: action.indicators
          .map((id) => byId.get(id))
          .filter((i): i is Indicator => i !== undefined && (status === null || i.status.code === status)),
      }))
      .filter((entry) => status === null || entry.indicators.length > 0);
    const chartCycles = planCycles(cycles.data, indicators.data.flatMap((i) => i.observations));
    return { pillar, sortedActions, pillarIndicators, counts, visibleActions, chartCycles };
  }, [pillar, actions.data, indicators.data, cycles.data, status]);
  // The header, counts and contents show first; the actions with their charts and tables follow in a deferred render,
  // which React splits into short tasks so the page stays responsive while it is built.
  const drawn = useDeferredValue(model);

  // A link to "#action-27" arrives before the actions are drawn: once they are, bring the action into view and focus it.
  const actionsDrawn = drawn !== null;
  useEffect(() => {
    if (!actionsDrawn || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }
  }, [actionsDrawn, hash]);

  const state = combineQueries(pillars, actions, indicators, cycles);
  if ((pillars.data && !pillar) || isNotFound(state.error)) return <NotFound />;
  if (state.error) return <PendingPage title={t('pillar.documentTitle')} onRetry={state.retry} />;
  if (!pillar || !model) return <PendingPage title={t('pillar.documentTitle')} />;

  const { sortedActions, pillarIndicators, counts, visibleActions } = model;
  const deadline = pillarIndicators[0]?.status.inputs.deadlineCycle ?? null;

  const setStatus = (code: StatusCode | null) => {
    const next = new URLSearchParams(params);
    if (code) next.set('status', code);
    else next.delete('status');
    setParams(next);
  };

  return (
    <article className="pillar-page">
      <header className="page-header">
        <p className="page-header__eyebrow">{t('pillar.eyebrow')}</p>
        <h1>
          <LocalizedText text={pillar.name} i18n={pillar.i18n} field="name" />
        </h1>
        <p className="page-header__lead">
          {t('pillar.lead', {
            range: t('pillar.actionRange', { from: pillar.actionFrom, to: pillar.actionTo }),
            actions: t('pillar.actionCount', { count: sortedActions.length }),
            indicators: t('pillar.indicatorCount', { count: pillarIndicators.length }),
          })}{' '}
          <ParagraphRefs paragraphs={pillar.paragraphs} />
        </p>
        <p>
          <Link to={briefingPath(plan, pillar.slug)} className="button button--secondary">
            {t('pillar.briefingLink')}
          </Link>
        </p>
      </header>

      {pillarIndicators.length > 0 ? (
        <section className="section section--tight" aria-label={t('pillar.countsLabel')}>
          <StatusCounts counts={counts} pillar={pillar.slug} hideZero deadline={deadline} />
        </section>
      ) : null}

      <div className="pillar-layout">
        <aside className="pillar-toc" aria-labelledby="pillar-toc-title">
          <h2 id="pillar-toc-title" className="pillar-toc__title">
            {t('pillar.tocTitle')}
          </h2>
          <div className="filters filters--stacked">
            <StatusFilter value={status} onChange={setStatus} deadline={deadline} />
          </div>
          <ol className="pillar-toc__list">
            {visibleActions.map(({ action }) => (
              <li key={action.number}>
                <a href={`#action-${action.number}`}>
                  <span className="pillar-toc__number">{format.integer(action.number)}</span>{' '}
                  <span>
                    <LocalizedText text={action.title} i18n={action.i18n} field="title" />
                  </span>
                </a>
              </li>
            ))}
          </ol>
        </aside>

        {drawn ? (
          <PillarActions entries={drawn.visibleActions} plan={plan} pillarSlug={drawn.pillar.slug} cycles={drawn.chartCycles} />
        ) : (
          // Holds the place of the actions (a screen high) so the footer does not move into view and out again.
          <div className="pillar-actions pillar-actions--pending">
            <LoadingState />
          </div>
        )}
      </div>
    </article>
  );
}
