// The ISU budget and contributions chart on the overview. Its own chunk, and recharts only once the chart nears the viewport.
import { useTranslation } from 'react-i18next';
import { useSeries } from '../../../lib/api/get-series.ts';
import { buildSeriesView } from '../../../lib/series-model.ts';
import { useChartTitle } from '../../../lib/series-format.ts';
import { DeferredSeriesChartFigure } from '../../../components/charts/series-chart-figure.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { EnglishText } from '../../../components/ui/localized-text.tsx';

export default function IsuContributions() {
  const { t } = useTranslation();
  const series = useSeries('isu-contributions');
  const chartTitle = useChartTitle();
  if (series.isError) return <ErrorState onRetry={() => void series.refetch()} />;
  if (!series.data) return <LoadingState label={t('overview.isuLoading')} />;
  const chart = buildSeriesView(series.data).charts[0];
  if (!chart) return <EmptyState>{t('series.empty')}</EmptyState>;
  return (
    <>
      <p className="section__lead">
        <EnglishText badge>{series.data.description}</EnglishText>
      </p>
      <DeferredSeriesChartFigure view={chart} title={chartTitle(chart)} height={300} />
    </>
  );
}
