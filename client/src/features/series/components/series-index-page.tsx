// The list of series that are not tied to one action: ISU money, extension requests, UNGA votes, membership.
import { useTranslation } from 'react-i18next';
import { useSeriesList } from '../../../lib/api/get-series-list.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { Link } from '../../../i18n/link.tsx';
import { EnglishText } from '../../../components/ui/localized-text.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { seriesPath } from '../../../lib/page-paths.ts';

export function SeriesIndexPage() {
  const { t } = useTranslation();
  const list = useSeriesList();
  useDocumentTitle(t('series.indexTitle'));
  return (
    <>
      <header className="page-header">
        <h1>{t('series.indexTitle')}</h1>
        <p className="page-header__lead">{t('series.indexLead')}</p>
      </header>
      {list.isError ? (
        <ErrorState onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <LoadingState />
      ) : list.data.length === 0 ? (
        <EmptyState>{t('series.none')}</EmptyState>
      ) : (
        <ul className="card-grid">
          {list.data.map((s) => (
            <li key={s.name} className="card">
              <h2 className="card__title">
                <Link to={seriesPath(s.name)}>{t(`series.name.${s.name}`, { defaultValue: s.title })}</Link>
              </h2>
              <p className="card__body">
                <EnglishText badge>{s.description}</EnglishText>
              </p>
              <p className="card__meta">
                {t('series.periodsAndMeasures', {
                  periods: t('series.periodCount', { count: s.periods.length }),
                  measures: t('series.measureCount', { count: s.measures.length }),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
