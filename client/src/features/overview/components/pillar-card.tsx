// A pillar at a glance: its status counts and a small multiple (sparkline) per indicator.
import { useTranslation } from 'react-i18next';
import type { Indicator, PillarSummary } from '@ccm/shared/schemas/api';
import type { ChartCycle } from '../../../lib/cycles.ts';
import { buildIndicatorChartModel } from '../../../lib/indicator-chart-model.ts';
import { useStatusLabel, useStatusText } from '../../../lib/status-text.ts';
import { Link } from '../../../i18n/link.tsx';
import { LocalizedText } from '../../../components/ui/localized-text.tsx';
import { Sparkline } from '../../../components/charts/sparkline.tsx';
import { StatusCounts } from '../../../components/ui/status-counts.tsx';
import { StatusIcon } from '../../../components/ui/status-icon.tsx';
import { IndicatorMarks } from '../../../components/ui/observation-marks.tsx';
import { indicatorPath, pillarPath } from '../../../lib/page-paths.ts';
import { usePlan } from '../../../lib/use-plan.ts';

function IndicatorSpark({ indicator, cycles }: { indicator: Indicator; cycles: ChartCycle[] }) {
  const { t } = useTranslation();
  const text = useStatusText();
  const label = useStatusLabel();
  const model = buildIndicatorChartModel(indicator, cycles);
  const points = cycles.map((c) => model.points.find((p) => p.ordinal === c.ordinal));
  const values = points.map((p) => p?.value ?? null);
  const marks = points.map((p) => ({ inferred: p?.inferred ?? false, underReview: p?.underReview != null }));
  const code = indicator.status.code;
  return (
    <Link to={indicatorPath(indicator.id)} className="spark" data-status={code}>
      <span className="spark__text">
        <span className="spark__title">
          <span className="spark__action">{t('indicator.actionShort', { number: indicator.action })}</span>{' '}
          <LocalizedText text={indicator.title} i18n={indicator.i18n} field="title" />
        </span>
        <span className="spark__latest">{text.latest(indicator)}</span>
        <IndicatorMarks indicator={indicator} />
      </span>
      <span className="spark__visual">
        <Sparkline values={values} marks={marks} max={model.population ?? model.yMax} reference={model.population} width={104} height={30} />
        <span className="spark__status">
          <StatusIcon code={code} size={14} />
          <span>{label(code, indicator.status.inputs.deadlineCycle)}</span>
        </span>
      </span>
    </Link>
  );
}

export function PillarCard({
  pillar,
  indicators,
  cycles,
  deadline,
}: {
  pillar: PillarSummary;
  indicators: Indicator[];
  cycles: ChartCycle[];
  deadline?: string | null;
}) {
  const { t } = useTranslation();
  const plan = usePlan();
  const headingId = `pillar-${pillar.slug}`;
  const sorted = [...indicators].sort((a, b) => a.action - b.action || a.title.localeCompare(b.title));
  return (
    <article className="pillar-card" aria-labelledby={headingId}>
      <header className="pillar-card__header">
        <h3 id={headingId} className="pillar-card__title">
          <Link to={pillarPath(plan, pillar.slug)}>
            <LocalizedText text={pillar.name} i18n={pillar.i18n} field="name" />
          </Link>
        </h3>
        <p className="pillar-card__meta">
          {t('overview.pillarMeta', { count: pillar.indicatorCount })}
          {pillar.latestCycle ? ` · ${t('overview.pillarLatest', { cycle: pillar.latestCycle })}` : ''}
        </p>
      </header>
      {pillar.indicatorCount > 0 ? <StatusCounts counts={pillar.counts} pillar={pillar.slug} hideZero deadline={deadline} /> : null}
      {sorted.length === 0 ? (
        <p className="pillar-card__empty">{t('overview.pillarNoIndicators')}</p>
      ) : (
        <ul className="spark-grid" aria-label={t('overview.sparkListLabel', { pillar: pillar.name })}>
          {sorted.map((indicator) => (
            <li key={indicator.id}>
              <IndicatorSpark indicator={indicator} cycles={cycles} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
