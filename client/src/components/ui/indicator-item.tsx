// One indicator in a list: status badge, linked title, action and pillar, latest figure and since when it is flagged,
// whether the ISU set its status, and which of its figures are under review by the ISU or placed in their cycle by inference.
import { useTranslation } from 'react-i18next';
import type { Indicator, TextLanguage } from '@ccm/shared/schemas/api';
import { Link } from '../../i18n/link.tsx';
import { useStatusText } from '../../lib/status-text.ts';
import { LocalizedText } from './localized-text.tsx';
import { IndicatorMarks } from './observation-marks.tsx';
import { StatusBadge } from './status-badge.tsx';
import { indicatorPath } from '../../lib/page-paths.ts';

export function IndicatorItem({
  indicator,
  pillar,
  headingLevel = 3,
}: {
  indicator: Indicator;
  /** The indicator's pillar, to name it (in English, marked, where it has no translation yet). */
  pillar?: { name: string; i18n: TextLanguage };
  headingLevel?: 2 | 3 | 4;
}) {
  const { t } = useTranslation();
  const text = useStatusText();
  const since = text.since(indicator);
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="indicator-item" data-indicator={indicator.id} data-status={indicator.status.code}>
      <div className="indicator-item__status">
        <StatusBadge code={indicator.status.code} size="sm" deadline={indicator.status.inputs.deadlineCycle} />
        {since ? <span className="indicator-item__since">{since}</span> : null}
        {indicator.override ? <span className="indicator-item__since" data-override={indicator.override.code}>{t('indicator.overrideMark')}</span> : null}
      </div>
      <Heading className="indicator-item__title">
        <Link to={indicatorPath(indicator.id)}>
          <LocalizedText text={indicator.title} i18n={indicator.i18n} field="title" />
        </Link>
      </Heading>
      <p className="indicator-item__meta">
        {t('indicator.actionLabel', { number: indicator.action })}
        {pillar ? (
          <>
            {' · '}
            <LocalizedText text={pillar.name} i18n={pillar.i18n} field="name" />
          </>
        ) : null}
        {' · '}
        {text.latest(indicator)}
      </p>
      <IndicatorMarks indicator={indicator} />
    </article>
  );
}
