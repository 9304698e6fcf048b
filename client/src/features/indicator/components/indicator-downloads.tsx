// Downloads of one indicator: its rows as CSV (made here, from its observations), its chart as SVG and PNG, and a copy-link.
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_COLUMNS, type ExportRow, type Indicator } from '@ccm/shared/schemas/api';
import { downloadBlob, serializeSvg, svgBlob, svgToPng, toCsv } from '../../../lib/download.ts';
import { CopyButton } from '../../../components/ui/copy-button.tsx';

export function indicatorCsv(indicator: Indicator, actionPlan: string): string {
  const rows: ExportRow[] = indicator.observations.map((o) => ({
    actionPlan,
    action: indicator.action,
    pillar: indicator.pillar,
    indicatorId: indicator.id,
    indicatorTitle: indicator.title,
    unit: indicator.unit,
    cycle: o.cycle,
    spanFrom: o.spanFrom,
    value: o.value,
    qualifier: o.qualifier,
    denominator: o.denominator,
    reporting: o.reporting,
    document: o.source.document,
    paragraph: o.source.paragraph,
    note: o.note,
    cycleInferred: o.cycleInferred,
    // The drafters' comment, as the server's export gives it: empty unless the figure is under review by the ISU.
    underReview: o.underReview?.note ?? null,
    underReviewParagraph: o.underReview?.paragraph ?? null,
  }));
  return toCsv(rows, EXPORT_COLUMNS);
}

export function IndicatorDownloads({
  indicator,
  actionPlan,
  chartRef,
}: {
  indicator: Indicator;
  actionPlan: string;
  chartRef: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const chartSvg = () => chartRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? null;

  const downloadCsv = () => {
    downloadBlob(new Blob([indicatorCsv(indicator, actionPlan)], { type: 'text/csv;charset=utf-8' }), `${indicator.id}.csv`);
  };
  const downloadSvg = () => {
    const svg = chartSvg();
    if (!svg) return setError(t('indicator.downloadFailed'));
    setError(null);
    downloadBlob(svgBlob(serializeSvg(svg)), `${indicator.id}.svg`);
  };
  const downloadPng = async () => {
    const svg = chartSvg();
    if (!svg) return setError(t('indicator.downloadFailed'));
    try {
      setError(null);
      downloadBlob(await svgToPng(serializeSvg(svg)), `${indicator.id}.png`);
    } catch {
      setError(t('indicator.downloadFailed'));
    }
  };

  return (
    <div className="toolbar" role="group" aria-label={t('indicator.downloadsLabel')}>
      <button type="button" className="button button--secondary" onClick={downloadCsv}>
        {t('indicator.downloadCsv')}
      </button>
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
