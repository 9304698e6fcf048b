// The flagged indicators (declining, stalled, too slow for the deadline), or with ?view=all every indicator, grouped by
// status, most severe first, filterable by pillar, status and a search (all in the URL). Each view links to the other.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Action } from '@ccm/shared/schemas/api';
import { useIndicators } from '../../../lib/api/get-indicators.ts';
import { usePillars } from '../../../lib/api/get-pillars.ts';
import { useActions } from '../../../lib/api/get-actions.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useStatusLabel } from '../../../lib/status-text.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { Link } from '../../../i18n/link.tsx';
import { LocalizedText, isFallback } from '../../../components/ui/localized-text.tsx';
import { combineQueries, EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { IndicatorItem } from '../../../components/ui/indicator-item.tsx';
import { SearchField } from '../../../components/ui/search-field.tsx';
import { StatusFilter } from '../../../components/ui/status-filter.tsx';
import { StatusIcon } from '../../../components/ui/status-icon.tsx';
import { useFlaggedFilters } from '../hooks/use-flagged-filters.ts';
import { matchesAction } from '../utils/search.ts';
import { filterIndicators, groupByStatus, inView, statusesOf, viewSearch } from '../utils/view.ts';
import { actionPath } from '../../../lib/page-paths.ts';

export function FlaggedPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const label = useStatusLabel();
  const { filters, update } = useFlaggedFilters();
  const location = useLocation();
  const all = filters.view === 'all';
  const indicators = useIndicators();
  const pillars = usePillars();
  const actions = useActions();
  const pillarFieldId = useId();
  const searchFieldId = useId();
  useDocumentTitle(t(all ? 'flagged.documentTitle' : 'flagged.flaggedTitle'));

  const actionByNumber = useMemo(() => new Map((actions.data ?? []).map((a) => [a.number, a])), [actions.data]);
  const { view, pillar, status, q } = filters;
  const matches = useMemo(
    () => filterIndicators(indicators.data ?? [], view, { pillar, status, q }, (number) => actionByNumber.get(number)),
    [indicators.data, view, pillar, status, q, actionByNumber],
  );
  const listed = useMemo(() => inView(indicators.data ?? [], view), [indicators.data, view]);
  // Actions without figures match a search in the all view only: none of them is flagged.
  const actionsWithoutFigures: Action[] = useMemo(
    () =>
      view !== 'all' || q.trim() === ''
        ? []
        : (actions.data ?? []).filter((a) => a.indicators.length === 0 && (pillar === null || a.pillar === pillar) && status === null && matchesAction(a, q)),
    [view, actions.data, q, pillar, status],
  );

  const pillarBySlug = new Map((pillars.data ?? []).map((p) => [p.slug, p]));
  const groups = groupByStatus(matches);
  const state = combineQueries(indicators, pillars, actions);
  // The plan's deadline, which "Too slow for the 3RC" names.
  const deadline = indicators.data?.[0]?.status.inputs.deadlineCycle ?? null;
  const hasFilters = filters.pillar !== null || filters.status !== null || filters.q !== '';
  const total = indicators.data?.length ?? 0;

  return (
    <article className="flagged-page" data-view={filters.view}>
      <header className="page-header">
        <h1>{all ? t('flagged.title') : t('flagged.flaggedTitle')}</h1>
        {indicators.data ? (
          <p className="page-header__lead">
            {all
              ? t('flagged.lead', { count: total })
              : t('flagged.flaggedLead', { count: listed.length, total: format.number(total), deadline: deadline ?? t('status.deadlineUnknown') })}
          </p>
        ) : null}
        <p className="flagged-page__other-view">
          <Link to={{ pathname: location.pathname, search: viewSearch(location.search, all ? 'flagged' : 'all') }}>
            {all ? t('flagged.flaggedLink') : t('flagged.allLink')}
          </Link>
        </p>
      </header>

      <form className="filters" role="search" aria-label={t('flagged.filtersLabel')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={pillarFieldId}>{t('filters.pillar')}</label>
          <select id={pillarFieldId} name="pillar" value={filters.pillar ?? ''} onChange={(e) => update({ pillar: e.target.value || null })}>
            <option value="">{t('filters.allPillars')}</option>
            {(pillars.data ?? []).map((p) => (
              <option key={p.slug} value={p.slug} lang={isFallback(p.i18n, 'name') ? 'en' : undefined}>
                {isFallback(p.i18n, 'name') ? `${p.name} (${t('fallback.badge')})` : p.name}
              </option>
            ))}
          </select>
        </div>
        <StatusFilter
          value={filters.status}
          onChange={(status) => update({ status, view: filters.view })}
          deadline={deadline}
          codes={statusesOf(filters.view)}
          allLabel={all ? undefined : t('flagged.allFlaggedStatuses')}
        />
        <SearchField
          id={searchFieldId}
          label={t('filters.search')}
          placeholder={t('filters.searchPlaceholder')}
          value={filters.q}
          onChange={(q) => update({ q }, { replace: true })}
        />
        {hasFilters ? (
          <button type="button" className="button button--ghost" onClick={() => update({ pillar: null, status: null, q: '', view: filters.view })}>
            {t('filters.clear')}
          </button>
        ) : null}
      </form>

      {state.error ? (
        <ErrorState onRetry={state.retry} />
      ) : !indicators.data || !pillars.data || !actions.data ? (
        <LoadingState />
      ) : (
        <>
          <p className="result-count" role="status" data-count={matches.length}>
            {all
              ? t('flagged.resultCount', { count: matches.length, total: format.number(total) })
              : t('flagged.flaggedResultCount', { count: matches.length, total: format.number(listed.length) })}
          </p>
          {matches.length === 0 && actionsWithoutFigures.length === 0 ? (
            <EmptyState>
              {all
                ? t('flagged.empty')
                : listed.length === 0
                  ? t('flagged.noneFlagged', { deadline: deadline ?? t('status.deadlineUnknown') })
                  : t('flagged.flaggedEmpty')}
            </EmptyState>
          ) : null}
          {groups.map((group) => (
            <section key={group.code} className="status-group" data-status={group.code} aria-labelledby={`group-${group.code}`}>
              <h2 id={`group-${group.code}`} className="status-group__title">
                <StatusIcon code={group.code} size={20} />
                <span>{label(group.code, group.items[0]?.status.inputs.deadlineCycle ?? deadline)}</span>
                <span className="status-group__count">{format.number(group.items.length)}</span>
              </h2>
              <ul className="indicator-list">
                {group.items.map((indicator) => (
                  <li key={indicator.id}>
                    <IndicatorItem indicator={indicator} pillar={pillarBySlug.get(indicator.pillar)} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {actionsWithoutFigures.length > 0 ? (
            <section className="status-group" aria-labelledby="group-no-figures">
              <h2 id="group-no-figures" className="status-group__title">
                {t('flagged.actionsWithoutFigures')}
              </h2>
              <ul className="indicator-list">
                {actionsWithoutFigures.map((a) => (
                  <li key={a.number} className="indicator-item">
                    <h3 className="indicator-item__title">
                      <Link to={actionPath(a.actionPlan, a.number)}>
                        {t('indicator.actionLabel', { number: a.number })}
                        {t('common.labelSeparator')}
                        <LocalizedText text={a.title} i18n={a.i18n} field="title" />
                      </Link>
                    </h3>
                    <p className="indicator-item__meta">
                      <LocalizedText text={a.summary} i18n={a.i18n} field="summary" />
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </article>
  );
}
