// Short sentences about an indicator's status: its latest usable figure, and since when it has been flagged.
import { useTranslation } from 'react-i18next';
import type { Indicator } from '@ccm/shared/schemas/api';
import { stalledSince } from '@ccm/shared/domain/classify';
import { useFormatters } from './format.ts';

export function useStatusText() {
  const { t } = useTranslation();
  const format = useFormatters();
  return {
    /** "10 of 18 (56%) in 13MSP", or "7 States Parties in 13MSP" when the population is unknown. */
    latest: (indicator: Pick<Indicator, 'status' | 'unit'>): string => {
      const i = indicator.status.inputs;
      if (i.latestCycle === null || i.nk === null) return t('status.noFigure');
      if (i.usesShares && i.denominator !== null && i.pk !== null) {
        return t('status.latestShare', { n: format.number(i.nk), N: format.number(i.denominator), pct: format.percent(i.pk), cycle: i.latestCycle });
      }
      return t('status.latestCount', { n: format.number(i.nk), unit: indicator.unit, cycle: i.latestCycle });
    },
    /** "Stalled since 12MSP" (or "Declining since …"), or null when the indicator is not flagged. */
    since: (indicator: Pick<Indicator, 'status'>): string | null => {
      const cycle = stalledSince(indicator.status.history);
      if (cycle === null) return null;
      return t('status.since', { status: t(`status.label.${indicator.status.code}`), cycle });
    },
  };
}
