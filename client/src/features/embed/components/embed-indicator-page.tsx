// The chrome-less chart page other sites frame: title, status, chart, source line and a link back to the dashboard.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useIndicator } from '../../../lib/api/get-indicator.ts';
import { useCycles } from '../../../lib/api/get-cycles.ts';
import { planCycles } from '../../../lib/cycles.ts';
import { useStatusText } from '../../../lib/status-text.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { IndicatorChartFigure } from '../../../components/charts/indicator-chart-figure.tsx';
import { combineQueries, ErrorState, LoadingState, isNotFound } from '../../../components/ui/query-state.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { LocalizedText } from '../../../components/ui/localized-text.tsx';
import { IndicatorMarks } from '../../../components/ui/observation-marks.tsx';
import { useParagraphList } from '../../../components/ui/paragraph-refs.tsx';
import { DEFAULT_LANGUAGE } from '../../../i18n/index.ts';
import { useLanguage, useLanguageFromUrl } from '../../../i18n/use-language.ts';
import { indicatorPath } from '../../../lib/page-paths.ts';

export function EmbedIndicatorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // The embedding site picks the language with ?lang=; it is not remembered as the reader's own choice.
  useLanguageFromUrl({ remember: false });
  const language = useLanguage();
  const paragraphList = useParagraphList();
  const indicator = useIndicator(id);
  const cycles = useCycles();
  const text = useStatusText();
  useDocumentTitle(indicator.data?.title ?? t('indicator.documentTitle'));
  const state = combineQueries(indicator, cycles);

  let body;
  if (isNotFound(indicator.error)) {
    body = (
      <>
        <h1>{t('notFound.title')}</h1>
        <p>{t('embed.notFound')}</p>
      </>
    );
  } else if (state.error) {
    body = <ErrorState onRetry={state.retry} />;
  } else if (!indicator.data || !cycles.data) {
    body = <LoadingState />;
  } else {
    const data = indicator.data;
    const documents = [...new Set(data.observations.map((o) => o.source.document))];
    const paragraphs = [...new Set(data.observations.flatMap((o) => (o.source.paragraph === null ? [] : [o.source.paragraph])))].sort((a, b) => a - b);
    body = (
      <>
        <header className="embed__header">
          <p className="embed__eyebrow">{t('indicator.actionLabel', { number: data.action })}</p>
          <h1 className="embed__title">
            <LocalizedText text={data.title} i18n={data.i18n} field="title" />
          </h1>
          <p className="embed__status">
            <StatusBadge code={data.status.code} size="sm" deadline={data.status.inputs.deadlineCycle} />
            <span>{text.latest(data)}</span>
          </p>
          <IndicatorMarks indicator={data} />
        </header>
        <IndicatorChartFigure
          indicator={data}
          cycles={planCycles(cycles.data, data.observations)}
          caption={t('chart.caption', { title: data.title, unit: data.unit })}
          captionHidden
          height={260}
          compact
        />
        <footer className="embed__footer">
          <p className="embed__source">
            {t('embed.source', {
              document: documents.join('; ') || t('footer.sourceFallback'),
              paragraphs: paragraphs.length > 0 ? t('observation.paragraphs', { count: paragraphs.length, list: paragraphList(paragraphs) }) : '',
            })}
          </p>
          <a href={`${indicatorPath(data.id)}${language === DEFAULT_LANGUAGE ? '' : `?lang=${language}`}`} target="_blank" rel="noopener noreferrer" className="embed__link">
            {t('embed.viewOnDashboard')}
            <span className="visually-hidden"> {t('common.newTab')}</span>
          </a>
        </footer>
      </>
    );
  }

  return (
    <main className="embed" id="main">
      {body}
    </main>
  );
}
