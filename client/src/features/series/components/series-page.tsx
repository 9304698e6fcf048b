// One series: a chart per group of measures (each with its table), the remaining facts, the conflicts, and every point.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSeries } from '../../../lib/api/get-series.ts';
import { useSeriesList } from '../../../lib/api/get-series-list.ts';
import { buildSeriesView } from '../../../lib/series-model.ts';
import { useChartTitle, useMeasureLabel, useSeriesFormatters } from '../../../lib/series-format.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { SeriesChartFigure } from '../../../components/charts/series-chart-figure.tsx';
import { ErrorState, LoadingState, isNotFound } from '../../../components/ui/query-state.tsx';
import { NotFound } from '../../../components/ui/not-found.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { EnglishText } from '../../../components/ui/localized-text.tsx';
import { ObservationMarks } from '../../../components/ui/observation-marks.tsx';
import { SeriesFacts } from './series-facts.tsx';
import { SeriesNav } from './series-nav.tsx';
import { Link } from '../../../i18n/link.tsx';
import { statePath } from '../../../lib/page-paths.ts';

/** The States a point names, in the document's words, each linked to its page when every name has a code. */
function NamedStates({ names, codes }: { names: string[]; codes: string[] | null }) {
  if (codes === null || codes.length !== names.length) return <EnglishText>{names.join(', ')}</EnglishText>;
  return (
    <EnglishText>
      {names.map((name, i) => (
        <span key={`${codes[i] ?? name}-${i}`}>
          {i > 0 ? ', ' : null}
          <Link to={statePath(codes[i] ?? '')}>{name}</Link>
        </span>
      ))}
    </EnglishText>
  );
}

export function SeriesPage() {
  const { t } = useTranslation();
  const { name = '' } = useParams();
  const series = useSeries(name);
  const list = useSeriesList();
  const format = useSeriesFormatters();
  const labelOf = useMeasureLabel();
  const chartTitle = useChartTitle();
  const view = useMemo(() => (series.data ? buildSeriesView(series.data) : null), [series.data]);
  const title = series.data ? t(`series.name.${series.data.name}`, { defaultValue: series.data.title }) : null;
  useDocumentTitle(title ?? t('series.indexTitle'));

  if (series.isError && isNotFound(series.error)) return <NotFound />;
  if (series.isError) {
    return (
      <>
        <h1>{t('series.indexTitle')}</h1>
        <ErrorState onRetry={() => void series.refetch()} />
      </>
    );
  }
  if (!series.data || !view) {
    return (
      <>
        <h1>{t('series.indexTitle')}</h1>
        <LoadingState />
      </>
    );
  }
  const data = series.data;
  const pointsCaption = t('series.allPointsCaption', { title });

  return (
    <article className="series-page">
      {list.data ? <SeriesNav series={list.data} /> : null}
      <header className="page-header">
        <p className="page-header__eyebrow">{t('series.eyebrow')}</p>
        <h1>{title}</h1>
        <p className="page-header__lead">
          <EnglishText badge>{data.description}</EnglishText>
        </p>
      </header>

      {view.charts.map((chart) => (
        <section key={chart.id} className="section" aria-label={chartTitle(chart)}>
          <SeriesChartFigure view={chart} title={chartTitle(chart)} />
        </section>
      ))}

      {view.facts.length > 0 ? (
        <section className="section" aria-labelledby="series-facts">
          <h2 id="series-facts">{t(view.charts.length > 0 ? 'series.factsHeading' : 'series.keyFiguresHeading')}</h2>
          <SeriesFacts facts={view.facts} />
        </section>
      ) : null}

      {data.conflicts.length > 0 ? (
        <section className="section" aria-labelledby="series-conflicts">
          <h2 id="series-conflicts">{t('conflicts.heading')}</h2>
          <ul className="conflict-list">
            {data.conflicts.map((c) => (
              <li key={c.id} className="conflict">
                <p className="conflict__description">
                  <EnglishText badge>{c.description}</EnglishText>
                </p>
                <ul className="conflict__statements">
                  {c.statements.map((s) => (
                    <li key={s.paragraph}>
                      <span className="conflict__paragraph">{t('observation.paragraph', { paragraph: s.paragraph })}</span>{' '}
                      <EnglishText>{s.says}</EnglishText>
                      <blockquote className="quote" lang="en" dir="ltr">
                        {s.quote}
                      </blockquote>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="section" aria-labelledby="series-points">
        <h2 id="series-points">{t('series.allPointsHeading')}</h2>
        <details className="disclosure">
          <summary>{t('series.allPointsShow', { count: data.points.length })}</summary>
          <TableScroll label={pointsCaption}>
            <table className="data-table">
              <caption>{pointsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('series.column.measure')}</th>
                  <th scope="col">{t('series.column.period')}</th>
                  <th scope="col">{t('series.column.value')}</th>
                  <th scope="col">{t('series.column.qualifier')}</th>
                  <th scope="col">{t('series.column.states')}</th>
                  <th scope="col">{t('series.column.source')}</th>
                  <th scope="col">{t('series.column.note')}</th>
                </tr>
              </thead>
              <tbody>
                {data.points.map((p, i) => (
                  <tr key={`${p.measure}-${p.period}-${i}`} data-under-review={p.underReview ? 'true' : undefined}>
                    <th scope="row">{labelOf(p.measure)}</th>
                    <td>
                      {format.period(p.period)}
                      {p.provisional ? <span className="tag">{t('series.provisional')}</span> : null}
                    </td>
                    <td className="numeric">
                      {format.value(p.value, p.unit)}
                      <ObservationMarks marks={{ inferred: false, underReview: p.underReview, note: null }} />
                    </td>
                    <td>{t(`qualifier.${p.qualifier}`)}</td>
                    <td>{p.states && p.states.length > 0 ? <NamedStates names={p.states} codes={p.stateCodes} /> : t('observation.none')}</td>
                    <td>
                      <details className="quote-toggle">
                        <summary>{t('observation.paragraph', { paragraph: p.source.paragraph })}</summary>
                        {p.quote ? (
                          <blockquote className="quote" lang="en" dir="ltr">
                            {p.quote}
                          </blockquote>
                        ) : null}
                      </details>
                    </td>
                    <td>{p.note !== null ? <EnglishText>{p.note}</EnglishText> : t('observation.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      </section>
    </article>
  );
}
