// Locale-aware number, percentage and date formatting: always Intl with the current i18next language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageDirection } from '../i18n/index.ts';

export interface Formatters {
  locale: string;
  number: (value: number) => string;
  /** A share 0..1 as a percentage. */
  percent: (share: number, fractionDigits?: number) => string;
  /** A signed number, e.g. +2 or −1. */
  signed: (value: number) => string;
  /** A number with a fixed count of decimals, e.g. a ratio 0.50. */
  fixed: (value: number, digits: number) => string;
  /** A whole number without grouping: a year, an action or paragraph number. */
  integer: (value: number) => string;
  date: (iso: string) => string;
  /**
   * A label for an SVG chart, which stays left to right in every language: in a right-to-left language the text is
   * isolated (FSI…PDI) so "600 ألف CHF" or "إجمالي المعنيين: 10" keeps its own reading order.
   */
  chartText: (text: string) => string;
}

export function createFormatters(language: string): Formatters {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(language, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const percentFormats = new Map<number, Intl.NumberFormat>();
  const percentFormat = (digits: number) => {
    let format = percentFormats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: digits });
      percentFormats.set(digits, format);
    }
    return format;
  };
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
  const integer = new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 0 });
  const rtl = languageDirection(language) === 'rtl';
  return {
    locale: language,
    number: (value) => number.format(value),
    percent: (share, fractionDigits = 0) => percentFormat(fractionDigits).format(share),
    signed: (value) => signed.format(value),
    fixed: (value, digits) =>
      new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
    integer: (value) => integer.format(value),
    date: (iso) => {
      const parsed = new Date(iso);
      return Number.isNaN(parsed.getTime()) ? iso : date.format(parsed);
    },
    chartText: (text) => (rtl ? `\u2068${text}\u2069` : text),
  };
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => createFormatters(language), [language]);
}
