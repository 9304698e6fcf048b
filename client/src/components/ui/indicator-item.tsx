// One indicator in a list: status badge, linked title, action and pillar, latest figure and since when it is flagged.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Indicator } from '@ccm/shared/schemas/api';
import { useStatusText } from '../../lib/status-text.ts';
import { StatusBadge } from './status-badge.tsx';

export function IndicatorItem({
  indicator,
  pillarName,
  headingLevel = 3,
}: {
  indicator: Indicator;
  pillarName?: string;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t } = useTranslation();
  const text = useStatusText();
  const since = text.since(indicator);
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="indicator-item" data-indicator={indicator.id} data-status={indicator.status.code}>
      <div className="indicator-item__status">
        <StatusBadge code={indicator.status.code} size="sm" />
        {since ? <span className="indicator-item__since">{since}</span> : null}
      </div>
      <Heading className="indicator-item__title">
        <Link to={`/indicators/${indicator.id}`}>{indicator.title}</Link>
      </Heading>
      <p className="indicator-item__meta">
        {t('indicator.actionLabel', { number: indicator.action })}
        {pillarName ? ` · ${pillarName}` : null}
        {' · '}
        {text.latest(indicator)}
      </p>
    </article>
  );
}
