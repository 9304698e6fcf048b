// One series: a chart per group of measures (each with its table), the remaining facts, the conflicts, and every point.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesPoint } from '@ccm/shared/schemas/api';
import { useParams } from 'react-router';
import { useSeries } from '../../../lib/api/get-series.ts';
import { useSeriesList } from '../../../lib/api/get-series-list.ts';
import { buildSeriesView } from '../../../lib/series-model.ts';
import { useChartTitle, useMeasureLabel, useSeriesFormatters } from '../../../lib/series-format.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { SeriesChartFigure } from '../../../components/charts/series-chart-figure.tsx';
import { isNotFound, PendingPage } from '../../../components/ui/query-state.tsx';
import { NotFound } from '../../../components/ui/not-found.tsx';
import { DataTable, type DataTableColumn } from '../../../components/ui/data-table.tsx';
import { ConflictStatements } from '../../../components/ui/conflict-statements.tsx';
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
  if (series.isError) return <PendingPage title={t('series.indexTitle')} onRetry={() => void series.refetch()} />;
  if (!series.data || !view) return <PendingPage title={t('series.indexTitle')} />;
  const data = series.data;
  const pointsCaption = t('series.allPointsCaption', { title });
  const pointColumns: DataTableColumn<SeriesPoint>[] = [
    { id: 'measure', header: t('series.column.measure'), primary: true, cell: (p) => labelOf(p.measure) },
    {
      id: 'period',
      header: t('series.column.period'),
      cell: (p) => (
        <>
          {format.period(p.period)}
          {p.provisional ? <span className="tag">{t('series.provisional')}</span> : null}
        </>
      ),
    },
    {
      id: 'value',
      header: t('series.column.value'),
      className: 'numeric',
      cell: (p) => (
        <>
          {format.value(p.value, p.unit)}
          <ObservationMarks marks={{ inferred: false, underReview: p.underReview, note: null }} />
        </>
      ),
    },
    { id: 'qualifier', header: t('series.column.qualifier'), cell: (p) => t(`qualifier.${p.qualifier}`) },
    {
      id: 'states',
      header: t('series.column.states'),
      cell: (p) => (p.states && p.states.length > 0 ? <NamedStates names={p.states} codes={p.stateCodes} /> : t('observation.none')),
    },
    {
      id: 'source',
      header: t('series.column.source'),
      cell: (p) => (
        <details className="quote-toggle">
          <summary>{t('observation.paragraph', { paragraph: p.source.paragraph })}</summary>
          {p.quote ? (
            <blockquote className="quote" lang="en" dir="ltr">
              {p.quote}
            </blockquote>
          ) : null}
        </details>
      ),
    },
    { id: 'note', header: t('series.column.note'), cell: (p) => (p.note !== null ? <EnglishText>{p.note}</EnglishText> : t('observation.none')) },
  ];

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
                <ConflictStatements statements={c.statements} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="section" aria-labelledby="series-points">
        <h2 id="series-points">{t('series.allPointsHeading')}</h2>
        <details className="disclosure">
          <summary>{t('series.allPointsShow', { count: data.points.length })}</summary>
          <DataTable
            caption={pointsCaption}
            columns={pointColumns}
            rows={data.points}
            rowKey={(p, i) => `${p.measure}-${p.period}-${i}`}
            rowAttributes={(p) => ({ 'data-under-review': p.underReview ? 'true' : undefined })}
          />
        </details>
      </section>
    </article>
  );
}
