// Short texts about an indicator's status: its label (off_track names the plan's deadline), its latest usable figure,
// and since when it has been flagged.
import { useTranslation } from 'react-i18next';
import type { Indicator } from '@ccm/shared/schemas/api';
import { isFlagged, type StatusCode } from '@ccm/shared/domain/vocabulary';
import type { StatusHistoryEntry } from '@ccm/shared/schemas/status';
import { useFormatters } from './format.ts';

/** The first cycle of the final unbroken run of flagged codes (declining, stalled, off_track), else null. */
export function flaggedSince(history: readonly StatusHistoryEntry[]): string | null {
  let since: string | null = null;
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i];
    if (entry === undefined || !isFlagged(entry.code)) break;
    since = entry.cycle;
  }
  return since;
}

/**
 * A status in words: "Stalled", "Too slow for the 3RC". The deadline is the plan's (an indicator carries it in
 * status.inputs.deadlineCycle); without one the label says "the deadline".
 */
export function useStatusLabel(): (code: StatusCode, deadline?: string | null) => string {
  const { t } = useTranslation();
  return (code, deadline) => t(`status.label.${code}`, { deadline: deadline ?? t('status.deadlineUnknown') });
}

/** The deadline an indicator's status is judged against, e.g. "3RC". */
export const deadlineOf = (indicator: { status: { inputs: { deadlineCycle: string } } } | undefined): string | null =>
  indicator?.status.inputs.deadlineCycle ?? null;

export function useStatusText() {
  const { t } = useTranslation();
  const format = useFormatters();
  return {
    /**
     * "10 of 18 (56%) in 13MSP", or "7 States Parties in 13MSP" when the population is unknown. A figure the status rule
     * cannot use (a bound, a figure for a whole period) is given as the document states it: "at least 8 of 10 over
     * 10MSP–13MSP"; "No figure reported yet" only when there is none.
     */
    latest: (indicator: Pick<Indicator, 'status' | 'unit' | 'observations' | 'population' | 'denominator'>): string => {
      const i = indicator.status.inputs;
      if (i.latestCycle === null || i.nk === null) {
        const stated = indicator.observations.findLast((o) => o.reporting === 'reported' && o.value !== null);
        if (!stated || stated.value === null) return t('status.noFigure');
        const when = stated.spanFrom ? t('status.whenSpan', { from: stated.spanFrom, to: stated.cycle }) : t('status.whenCycle', { cycle: stated.cycle });
        const N = stated.denominator ?? indicator.population.size ?? indicator.denominator;
        const phrase = (amount: string) => t(`qualifier.phrase.${stated.qualifier}`, { value: amount });
        return N === null
          ? t('status.latestStatedCount', { value: phrase(format.count(stated.value, indicator.unit)), when })
          : t('status.latestStatedShare', { value: phrase(format.number(stated.value)), N: format.number(N), when });
      }
      if (i.usesShares && i.denominator !== null && i.pk !== null) {
        return t('status.latestShare', { n: format.number(i.nk), N: format.number(i.denominator), pct: format.percent(i.pk), cycle: i.latestCycle });
      }
      return t('status.latestCount', { amount: format.count(i.nk, indicator.unit), cycle: i.latestCycle });
    },
    /**
     * "Flagged since 12MSP", or null when the indicator is not flagged. It goes beside the status badge, so it does not
     * name the status again; and the run it dates may have changed code on the way (declining, then stalled).
     */
    since: (indicator: Pick<Indicator, 'status'>): string | null => {
      if (!isFlagged(indicator.status.code)) return null;
      const cycle = flaggedSince(indicator.status.history);
      if (cycle === null) return null;
      return t('status.since', { cycle });
    },
  };
}
