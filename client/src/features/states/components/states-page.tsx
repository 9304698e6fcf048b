// The States: a search over their names in every language (accents and case ignored) and their codes, and a table
// sortable by name, code, status and how many figures name each.
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { State } from '@ccm/shared/schemas/states';
import { useStates } from '../../../lib/api/get-states.ts';
import { statePath } from '../../../lib/page-paths.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { Link } from '../../../i18n/link.tsx';
import { DataTable, type DataTableColumn } from '../../../components/ui/data-table.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { matchesState, sortStates, type Sort, type SortKey } from '../state-search.ts';
import { SearchField } from '../../../components/ui/search-field.tsx';
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

  const column = (key: SortKey, label: string, cell: (s: State) => ReactNode, extra: Pick<DataTableColumn<State>, 'primary' | 'className' | 'cellAttributes'> = {}): DataTableColumn<State> => {
    const active = sort.key === key;
    const next: Sort = { key, direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending' };
    return {
      ...extra,
      id: key,
      label,
      sort: active ? sort.direction : 'none',
      header: (
        <button type="button" className="sort-button" onClick={() => setSort(next)}>
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
        </button>
      ),
      cell,
    };
  };
  const columns = [
    column('name', t('states.column.name'), (s) => <StateName state={s} />, { primary: true }),
    column('code', t('states.column.code'), (s) => s.code),
    column('status', t('states.column.status'), (s) => t(`states.status.${s.status}`), { cellAttributes: (s) => ({ 'data-status': s.status }) }),
    column('namedIn', t('states.column.namedIn'), (s) => format.number(s.namedIn), { className: 'numeric' }),
  ];

  return (
    <>
      <header className="page-header">
        <h1>{t('states.title')}</h1>
        <p className="page-header__lead">{t('states.lead')}</p>
      </header>
      <form className="filters" role="search" aria-label={t('states.searchLabel')} onSubmit={(e) => e.preventDefault()}>
        <SearchField id={searchId} label={t('states.search')} placeholder={t('states.searchPlaceholder')} value={query} onChange={setQuery} />
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
            <DataTable
              className="states-table"
              compactCards
              caption={caption}
              columns={columns}
              rows={rows}
              rowKey={(s) => s.code}
              rowAttributes={(s) => ({ 'data-state': s.code })}
            />
          )}
        </>
      )}
    </>
  );
}

/** A State's name, linked to its page; marked English where the reader's language has no name for it. */
function StateName({ state }: { state: State }) {
  const english = state.i18n.fallback.includes('name');
  return (
    <Link to={statePath(state.code)} lang={english ? 'en' : undefined}>
      {state.name}
    </Link>
  );
}
