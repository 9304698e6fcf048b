// Formats series values by unit (currency codes as money, "%" as a percentage) and periods as readable labels.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countWithUnit } from '@ccm/shared/i18n/unit-counts';

const CURRENCY = /^[A-Z]{3}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const RANGE = /^([0-9A-Za-z]+)-([0-9A-Za-z]+)$/;
const DIGITS = /^\d+$/;

/** Whether a unit counts things (States, votes, requests): not a share ("%") nor money (a currency code); its axis is whole numbers. */
export function isCountUnit(unit: string): boolean {
  return unit !== '%' && !CURRENCY.test(unit);
}

export interface SeriesFormatters {
  value: (value: number | null, unit: string) => string;
  /** Short axis ticks: "CHF 500K", "60%", "120". */
  tick: (value: number, unit: string) => string;
  period: (period: string) => string;
}

export function useSeriesFormatters(): SeriesFormatters {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const plain = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    const compact = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    const integer = new Intl.NumberFormat(language, { useGrouping: false });
    /** A year in the reader's digits; a code (10MSP) as it is. */
    const part = (text: string) => (DIGITS.test(text) ? integer.format(Number(text)) : text);
    /** A unit of count in the reader's language ("States Parties" → "États parties"), else as the API gives it. */
    const unitLabel = (unit: string) => t(`series.unit.${unit.toLowerCase().replace(/\s+/g, '-')}`, { defaultValue: unit });
    const moneyFormats = new Map<string, Intl.NumberFormat>();
    const money = (unit: string, compactForm: boolean) => {
      const key = `${unit}${compactForm ? ' compact' : ''}`;
      let format = moneyFormats.get(key);
      if (!format) {
        format = new Intl.NumberFormat(language, {
          style: 'currency',
          currency: unit,
          currencyDisplay: 'code',
          maximumFractionDigits: 0,
          ...(compactForm ? { notation: 'compact' as const, maximumFractionDigits: 1 } : {}),
        });
        moneyFormats.set(key, format);
      }
      return format;
    };
    return {
      value: (value, unit) => {
        if (value === null) return t('series.noValue');
        if (CURRENCY.test(unit)) return money(unit, false).format(value);
        if (unit === '%') return percent.format(value / 100);
        // "1 State Party", "7 States Parties": the unit agrees with the number in the reader's language.
        return countWithUnit(value, unitLabel(unit), language, plain.format(value));
      },
      tick: (value, unit) => {
        if (CURRENCY.test(unit)) return money(unit, true).format(value);
        if (unit === '%') return percent.format(value / 100);
        return compact.format(value);
      },
      period: (period) => {
        const known = t(`series.period.${period}`, { defaultValue: '' });
        if (known) return known;
        if (ISO_DATE.test(period)) {
          const parsed = new Date(`${period}T00:00:00Z`);
          return Number.isNaN(parsed.getTime()) ? period : date.format(parsed);
        }
        const range = RANGE.exec(period);
        return range?.[1] && range[2] ? `${part(range[1])}\u2013${part(range[2])}` : part(period);
      },
    };
  }, [language, t]);
}

/** The label of a measure: from the catalogue when known, else the slug in words. */
export function useMeasureLabel() {
  const { t } = useTranslation();
  return (measure: string) => t(`series.measure.${measure}`, { defaultValue: measure.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()) });
}

/** The title of a series chart: from the catalogue for a known layout, else built from its unit. */
export function useChartTitle() {
  const { t } = useTranslation();
  return (view: { id: string; known: boolean; unit: string }) =>
    view.known
      ? t(`series.chart.${view.id}`, { defaultValue: view.id })
      : t('series.chart.generic', { unit: t(`series.unit.${view.unit.toLowerCase().replace(/\s+/g, '-')}`, { defaultValue: view.unit }) });
}
