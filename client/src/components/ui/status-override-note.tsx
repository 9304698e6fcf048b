// Beside a status badge when the ISU set the status: "Set by the ISU: <justification>. The rule gives: <status>."
import { useTranslation } from 'react-i18next';
import type { Indicator } from '@ccm/shared/schemas/api';
import { useFormatters } from '../../lib/format.ts';
import { useStatusLabel } from '../../lib/status-text.ts';
import { EnglishText } from './localized-text.tsx';

export function StatusOverrideNote({ indicator, deadline, className = 'notice' }: { indicator: Pick<Indicator, 'override' | 'computedStatus'>; deadline?: string | null; className?: string }) {
  const { t } = useTranslation();
  const label = useStatusLabel();
  const format = useFormatters();
  const override = indicator.override;
  if (!override) return null;
  const justification = override.justification.trim();
  const sentence = /[.!?…。]$/u.test(justification) ? justification : `${justification}.`;
  const when = override.publishedAt ?? override.createdAt;
  return (
    <p className={`${className} status-override`} data-override={override.code}>
      <strong>{t('indicator.overrideSetBy')}</strong> <EnglishText>{sentence}</EnglishText>
      {indicator.computedStatus ? <> {t('indicator.overrideRuleGives', { status: label(indicator.computedStatus, deadline) })}</> : null}{' '}
      <span className="status-override__date">{t('indicator.overrideDate', { date: format.date(when) })}</span>
    </p>
  );
}
