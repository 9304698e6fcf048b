// One indicator inside its action on the pillar page: status, chart, and the "Why?" disclosure.
import { useTranslation } from 'react-i18next';
import type { Indicator } from '@ccm/shared/schemas/api';
import type { ChartCycle } from '../../../lib/cycles.ts';
import { useStatusText } from '../../../lib/status-text.ts';
import { Link } from '../../../i18n/link.tsx';
import { LocalizedText } from '../../../components/ui/localized-text.tsx';
import { DeferredIndicatorChartFigure } from '../../../components/charts/indicator-chart-figure.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { WhyPanel } from '../../../components/ui/status-why.tsx';
import { IndicatorMarks } from '../../../components/ui/observation-marks.tsx';
import { indicatorPath } from '../../../lib/page-paths.ts';

export function PillarIndicator({ indicator, cycles }: { indicator: Indicator; cycles: ChartCycle[] }) {
  const { t } = useTranslation();
  const text = useStatusText();
  const since = text.since(indicator);
  const headingId = `indicator-${indicator.id}`;
  return (
    <article className="indicator-panel" aria-labelledby={headingId} data-indicator={indicator.id}>
      <header className="indicator-panel__header">
        <h3 id={headingId} className="indicator-panel__title">
          <Link to={indicatorPath(indicator.id)}>
            <LocalizedText text={indicator.title} i18n={indicator.i18n} field="title" />
          </Link>
        </h3>
        <div className="indicator-panel__status">
          <StatusBadge code={indicator.status.code} deadline={indicator.status.inputs.deadlineCycle} />
          {since ? <span className="indicator-panel__since">{since}</span> : null}
        </div>
        <p className="indicator-panel__latest">{text.latest(indicator)}</p>
        <IndicatorMarks indicator={indicator} />
      </header>
      <DeferredIndicatorChartFigure
        indicator={indicator}
        cycles={cycles}
        caption={t('chart.caption', { title: indicator.title, unit: indicator.unit })}
        captionHidden
        height={240}
        compact
      />
      <WhyPanel status={indicator.status} unit={indicator.unit} />
      <p className="indicator-panel__more">
        <Link to={indicatorPath(indicator.id)}>{t('pillar.indicatorDetails', { title: indicator.title })}</Link>
      </p>
    </article>
  );
}
