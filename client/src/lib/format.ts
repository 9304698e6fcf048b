// Locale-aware number, percentage and date formatting: always Intl with the current i18next language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Formatters {
  locale: string;
  number: (value: number) => string;
  /** A share 0..1 as a percentage. */
  percent: (share: number, fractionDigits?: number) => string;
  /** A signed number, e.g. +2 or −1. */
  signed: (value: number) => string;
  /** A number with a fixed count of decimals, e.g. a ratio 0.50. */
  fixed: (value: number, digits: number) => string;
  date: (iso: string) => string;
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
  return {
    locale: language,
    number: (value) => number.format(value),
    percent: (share, fractionDigits = 0) => percentFormat(fractionDigits).format(share),
    signed: (value) => signed.format(value),
    fixed: (value, digits) =>
      new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
    date: (iso) => {
      const parsed = new Date(iso);
      return Number.isNaN(parsed.getTime()) ? iso : date.format(parsed);
    },
  };
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => createFormatters(language), [language]);
}
