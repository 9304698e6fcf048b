// One indicator in the briefing: its heading and status, the figures in sentences (as the document states them), where
// the pace leads by the deadline, the reason, the figures to read with care (under review, cycle inferred), its chart.
import { useTranslation } from 'react-i18next';
import { Link } from '../../../i18n/link.tsx';
import type { BriefingIndicator as BriefingIndicatorData } from '@ccm/shared/schemas/briefing';
import type { ChartCycle } from '../../../lib/cycles.ts';
import { IndicatorChartFigure } from '../../../components/charts/indicator-chart-figure.tsx';
import { ParagraphRefs } from '../../../components/ui/paragraph-refs.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { indicatorPath } from '../../../lib/page-paths.ts';
import { StatusOverrideNote } from '../../../components/ui/status-override-note.tsx';
import { BriefingFigures } from './briefing-figures.tsx';

export function BriefingIndicator({ item, cycles, chartWidth, remark }: { item: BriefingIndicatorData; cycles: ChartCycle[]; chartWidth?: number; remark?: string | undefined }) {
  const { t } = useTranslation('briefing');
  const { indicator } = item;
  const headingId = `briefing-indicator-${indicator.id}`;
  // Every figure's markers, once per kind and cycle ("13MSP: under review by the ISU (drafters’ note …)").
  const markers = [...new Map(item.figures.flatMap((f) => f.markers).map((m) => [`${m.kind}-${m.cycle}`, m])).values()];
  // Who each figure counts, in the briefing's words (names withheld where the ISU withholds them).
  const counted = item.figures.filter((f): f is typeof f & { counted: string } => f.counted !== null);
  return (
    <article className="briefing-indicator" aria-labelledby={headingId} data-indicator={indicator.id} data-status={item.effectiveStatus}>
      <header className="briefing-indicator__header">
        <p className="briefing-indicator__action">{t('indicator.action', { number: indicator.action })}</p>
        <h3 id={headingId} className="briefing-indicator__title">
          <Link to={indicatorPath(indicator.id)}>{indicator.title}</Link>
        </h3>
        <StatusBadge code={item.effectiveStatus} size="sm" deadline={indicator.status.inputs.deadlineCycle} />
      </header>
      <div className="briefing-indicator__body">
        <dl className="briefing-facts">
          <div className={`briefing-facts__row ${item.latest ? 'briefing-facts__row--latest' : ''}`}>
            <dt>{t('indicator.latest')}</dt>
            <dd>{item.latest ?? t('indicator.noLatest')}</dd>
          </div>
          {item.projection ? (
            <div className="briefing-facts__row briefing-facts__row--projection">
              <dt>{t('indicator.projection')}</dt>
              <dd>{item.projection}</dd>
            </div>
          ) : null}
          <div className="briefing-facts__row">
            <dt>{t('indicator.sincePrevious')}</dt>
            <dd>{item.sincePrevious?.sentence ?? t('indicator.noChange')}</dd>
          </div>
          <div className="briefing-facts__row">
            <dt>{t('indicator.sinceBaseline')}</dt>
            <dd>{item.sinceBaseline?.sentence ?? t('indicator.noChange')}</dd>
          </div>
          <div className="briefing-facts__row">
            <dt>{t('indicator.reason')}</dt>
            <dd>{indicator.status.reason}</dd>
          </div>
          {markers.length > 0 ? (
            <div className="briefing-facts__row briefing-facts__row--markers">
              <dt>{t('indicator.markers')}</dt>
              <dd>
                <ul className="briefing-markers">
                  {markers.map((m) => (
                    <li key={`${m.kind}-${m.cycle}`} data-marker={m.kind}>
                      {t('indicator.marker', { cycle: m.cycle, text: m.text })}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
          {counted.length > 0 ? (
            <div className="briefing-facts__row briefing-facts__row--counted">
              <dt>{t('indicator.counted')}</dt>
              <dd>
                <ul className="briefing-markers">
                  {counted.map((f) => (
                    <li key={`${f.spanFrom ?? ''}-${f.cycle}`} data-cycle={f.cycle}>
                      {t('indicator.marker', { cycle: f.spanFrom ? `${f.spanFrom}–${f.cycle}` : f.cycle, text: f.counted })}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
          {indicator.override ? (
            <div className="briefing-facts__row">
              <dt>{t('indicator.overrideTerm')}</dt>
              <dd>
                <StatusOverrideNote indicator={indicator} deadline={indicator.status.inputs.deadlineCycle} className="briefing-override" />
              </dd>
            </div>
          ) : null}
          {item.paragraphs.length > 0 ? (
            <div className="briefing-facts__row">
              <dt>{t('indicator.paragraphs')}</dt>
              <dd>
                <ParagraphRefs paragraphs={item.paragraphs} />
              </dd>
            </div>
          ) : null}
          {remark && remark.trim().length > 0 ? (
            <div className="briefing-facts__row briefing-facts__row--remark">
              <dt>{t('indicator.remark')}</dt>
              <dd className="briefing-remark">{remark}</dd>
            </div>
          ) : null}
        </dl>
        <div className="briefing-indicator__chart">
          <IndicatorChartFigure
            indicator={indicator}
            cycles={cycles}
            caption={t('indicator.chartCaption', { title: indicator.title })}
            captionHidden
            height={220}
            width={chartWidth}
            compact
          />
        </div>
      </div>
      <BriefingFigures item={item} />
    </article>
  );
}
