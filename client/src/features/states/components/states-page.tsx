// The States: a search over their names in every language (accents and case ignored) and their codes, and a table
// sortable by name, code, status and how many figures name each.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { State } from '@ccm/shared/schemas/states';
import { useStates } from '../../../lib/api/get-states.ts';
import { statePath } from '../../../lib/page-paths.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { Link } from '../../../i18n/link.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { matchesState, sortStates, type Sort, type SortKey } from '../state-search.ts';
import './states.css';

export function StatesPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const format = useFormatters();
  const states = useStates();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'ascending' });
  useDocumentTitle(t('states.title'));

  const rows = useMemo(
    () => (states.data ? sortStates(states.data.filter((s) => matchesState(s, query)), sort, lang) : []),
    [states.data, query, sort, lang],
  );
  const caption = t('states.tableCaption');

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    const next: Sort = { key, direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending' };
    return (
      <th scope="col" aria-sort={active ? sort.direction : 'none'}>
        <button type="button" className="sort-button" onClick={() => setSort(next)}>
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <>
      <header className="page-header">
        <h1>{t('states.title')}</h1>
        <p className="page-header__lead">{t('states.lead')}</p>
      </header>
      <form className="filters" role="search" aria-label={t('states.searchLabel')} onSubmit={(e) => e.preventDefault()}>
        <div className="field field--grow">
          <label htmlFor={searchId}>{t('states.search')}</label>
          <input
            id={searchId}
            type="search"
            name="q"
            value={query}
            placeholder={t('states.searchPlaceholder')}
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      </form>
      {states.isError ? (
        <ErrorState onRetry={() => void states.refetch()} />
      ) : !states.data ? (
        <LoadingState />
      ) : (
        <>
          <p className="result-count" role="status" data-count={rows.length}>
            {t('states.resultCount', { count: rows.length, total: format.number(states.data.length) })}
          </p>
          {rows.length === 0 ? (
            <EmptyState>{t('states.empty')}</EmptyState>
          ) : (
            <TableScroll label={caption}>
              <table className="data-table states-table">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    {header('name', t('states.column.name'))}
                    {header('code', t('states.column.code'))}
                    {header('status', t('states.column.status'))}
                    {header('namedIn', t('states.column.namedIn'))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((s) => (
                    <StateRow key={s.code} state={s} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </>
  );
}

function StateRow({ state }: { state: State }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const english = state.i18n.fallback.includes('name');
  return (
    <tr data-state={state.code}>
      <th scope="row">
        <Link to={statePath(state.code)} lang={english ? 'en' : undefined}>
          {state.name}
        </Link>
      </th>
      <td>{state.code}</td>
      <td data-status={state.status}>{t(`states.status.${state.status}`)}</td>
      <td className="numeric">{format.number(state.namedIn)}</td>
    </tr>
  );
}
