// A chart as a <figure>: a caption that names it, the chart, a legend, and its figures in a table behind a disclosure.
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function ChartFigure({
  caption,
  captionHidden = false,
  chart,
  legend,
  table,
  className,
}: {
  caption: ReactNode;
  captionHidden?: boolean;
  chart: ReactNode;
  legend?: ReactNode;
  table: ReactNode;
  className?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <figure className={`chart-figure ${className ?? ''}`} aria-labelledby={id}>
      <figcaption id={id} className={captionHidden ? 'visually-hidden' : 'chart-figure__caption'}>
        {caption}
      </figcaption>
      {/* Charts keep time running left to right in every language, Arabic included (10MSP → 3RC, as the data table
          lists it); their labels are translated. Caption, legend and table follow the page's direction. */}
      <div className="chart-figure__chart" dir="ltr">
        {chart}
      </div>
      {legend}
      <details className="chart-figure__data">
        <summary>{t('chart.showFigures')}</summary>
        {table}
      </details>
    </figure>
  );
}
