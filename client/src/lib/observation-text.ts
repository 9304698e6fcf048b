// How an observation reads in words: its value (or why there is none), "n of N", the share, and its qualifier.
import { useTranslation } from 'react-i18next';
import type { Indicator, Observation } from '@ccm/shared/schemas/api';
import { useFormatters } from './format.ts';

export interface ObservationText {
  /** The bare figure, or "Not reported" / "Not applicable". */
  value: (o: Observation) => string;
  /** The figure with its qualifier, e.g. "at least 8". */
  phrase: (o: Observation) => string;
  /** The population the figure counts from: the observation's own, else the indicator's. */
  population: (o: Observation) => number | null;
  /** "8 of 22", or null when N is unknown or there is no figure. */
  ofPopulation: (o: Observation) => string | null;
  /** "36%", or null. */
  share: (o: Observation) => string | null;
  qualifier: (o: Observation) => string;
}

export function useObservationText(indicator: Pick<Indicator, 'denominator' | 'population'>): ObservationText {
  const { t } = useTranslation();
  const format = useFormatters();
  const population = (o: Observation) => o.denominator ?? indicator.population.size ?? indicator.denominator;
  const missing = (o: Observation) =>
    o.reporting === 'not_reported' ? t('observation.notReported') : o.reporting === 'not_applicable' ? t('observation.notApplicable') : null;
  return {
    value: (o) => missing(o) ?? (o.value === null ? t('observation.noValue') : format.number(o.value)),
    phrase: (o) => {
      const none = missing(o);
      if (none !== null) return none;
      if (o.value === null) return t('observation.noValue');
      return t(`qualifier.phrase.${o.qualifier}`, { value: format.number(o.value) });
    },
    population,
    ofPopulation: (o) => {
      const n = population(o);
      if (o.reporting !== 'reported' || o.value === null || n === null) return null;
      return t('observation.ofPopulation', { n: format.number(o.value), N: format.number(n) });
    },
    share: (o) => {
      const n = population(o);
      if (o.reporting !== 'reported' || o.value === null || n === null || n <= 0) return null;
      return format.percent(o.value / n);
    },
    qualifier: (o) => t(`qualifier.${o.qualifier}`),
  };
}
