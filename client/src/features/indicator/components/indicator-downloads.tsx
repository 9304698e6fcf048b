// Downloads of one indicator: its rows as CSV (the server's export of this indicator, in the reader's language), its
// chart as SVG and PNG that stand alone on a slide (title, status, source and paragraphs, the data's date, the page's
// address around the chart), and a copy-link.
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { API_PATHS } from '@ccm/shared/api-paths';
import type { Indicator, Summary } from '@ccm/shared/schemas/api';
import { composeStandaloneSvg, downloadBlob, svgBlob, svgToPng } from '../../../lib/download.ts';
import { layoutChartExport, pngScale, sourceReferences, type ChartExportText } from '../../../lib/chart-export.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useStatusLabel, useStatusText } from '../../../lib/status-text.ts';
import { indicatorPath } from '../../../lib/page-paths.ts';
import { languageDirection } from '../../../i18n/index.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { useParagraphList } from '../../../components/ui/paragraph-refs.tsx';
import { CopyButton } from '../../../components/ui/copy-button.tsx';

/** The indicator's rows as the server exports them, in the reader's language (headers, titles and coded words). */
export function indicatorCsvHref(id: string, lang: string): string {
  return `${API_PATHS.exportCsv()}?indicator=${encodeURIComponent(id)}&lang=${lang}`;
}

/** What the standalone chart says, in the reader's language. */
function useExportText(indicator: Indicator, previous: Indicator | null, summary: Pick<Summary, 'updatedAt' | 'dataVersion'> | undefined) {
  const { t } = useTranslation();
  const format = useFormatters();
  const label = useStatusLabel();
  const text = useStatusText();
  const paragraphList = useParagraphList();
  const lang = useLanguage();
  return (legend: string[]): ChartExportText => {
    // "Draft Review Document (¶ 14, 20)": each document with its paragraphs; a document's English name is isolated in Arabic.
    const sources = sourceReferences([...(previous?.observations ?? []), ...indicator.observations]).map(({ document, paragraphs }) =>
      paragraphs.length === 0
        ? format.chartText(document)
        : `${format.chartText(document)} (${t('observation.paragraphs', { count: paragraphs.length, list: paragraphList(paragraphs) })})`,
    );
    // No publication yet: the figures are the bundled data's, as the document gives them.
    const document = indicator.observations[0]?.source.document;
    const date = summary?.updatedAt
      ? `${t('footer.updated')} ${format.date(summary.updatedAt)}`
      : summary && document
        ? `${t('footer.updated')} ${t('footer.asBundled', { document: format.chartText(document) })}`
        : summary
          ? t('chartExport.dataVersion', { version: summary.dataVersion })
          : `${t('footer.updated')} ${t('footer.updatedUnknown')}`;
    const address = `${window.location.origin}${indicatorPath(indicator.id)}${lang === 'en' ? '' : `?lang=${lang}`}`;
    return {
      title: indicator.title,
      status: [`${t('chartExport.status', { status: label(indicator.status.code, indicator.status.inputs.deadlineCycle) })} · ${text.latest(indicator)}`],
      legend,
      footer: [`${t('footer.source')} ${sources.join(t('common.listSeparator'))}`, date, address],
    };
  };
}

export function IndicatorDownloads({
  indicator,
  previous = null,
  summary,
  chartRef,
}: {
  indicator: Indicator;
  /** The previous plan's indicator whose figures the chart draws first, if any: its sources are the chart's too. */
  previous?: Indicator | null;
  summary: Pick<Summary, 'updatedAt' | 'dataVersion'> | undefined;
  chartRef: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const exportText = useExportText(indicator, previous, summary);
  const [error, setError] = useState<string | null>(null);

  /** The chart as a standalone SVG, from the chart and legend on the page. */
  const standalone = () => {
    const figure = chartRef.current;
    // recharts' chart, or its static drawing where recharts has not drawn yet (the size on screen of its three).
    const chart =
      figure?.querySelector<SVGSVGElement>('svg.recharts-surface') ??
      [...(figure?.querySelectorAll<SVGSVGElement>('svg[data-testid="static-chart"]') ?? [])].find((svg) => svg.getBoundingClientRect().width > 0);
    if (!figure || !chart) return null;
    const items = [...figure.querySelectorAll('.chart-legend__item')];
    const legend = items.map((item) => item.querySelector('span')?.textContent ?? '');
    const symbols = items.map((item) => item.querySelector('svg'));
    const box = chart.getBoundingClientRect();
    const layout = layoutChartExport(exportText(legend), { width: box.width || 800, height: box.height || 400 }, languageDirection(lang) === 'rtl');
    return composeStandaloneSvg(chart, layout, symbols, { title: indicator.title, lang });
  };
  const downloadSvg = () => {
    const svg = standalone();
    if (!svg) return setError(t('indicator.downloadFailed'));
    setError(null);
    downloadBlob(svgBlob(svg), `${indicator.id}.svg`);
  };
  const downloadPng = async () => {
    const svg = standalone();
    if (!svg) return setError(t('indicator.downloadFailed'));
    try {
      setError(null);
      downloadBlob(await svgToPng(svg, pngScale(svg.width)), `${indicator.id}.png`);
    } catch {
      setError(t('indicator.downloadFailed'));
    }
  };

  return (
    <div className="toolbar" role="group" aria-label={t('indicator.downloadsLabel')}>
      <a className="button button--secondary" href={indicatorCsvHref(indicator.id, lang)} download={`${indicator.id}.csv`}>
        {t('indicator.downloadCsv')}
      </a>
      <button type="button" className="button button--secondary" onClick={downloadSvg}>
        {t('indicator.downloadSvg')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => void downloadPng()}>
        {t('indicator.downloadPng')}
      </button>
      <CopyButton text={() => window.location.href} label={t('indicator.copyLink')} />
      {error ? (
        <p className="toolbar__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
