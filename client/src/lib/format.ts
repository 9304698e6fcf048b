// Locale-aware number, percentage and date formatting: always Intl with the current i18next language.
import { countWithUnit } from '@ccm/shared/i18n/unit-counts';
import { languageDirection } from '../i18n/index.ts';
import { useI18nLanguage } from '../i18n/use-language.ts';

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
  /** A count with its unit agreeing in number (CLDR plural rules): "1 State Party", "7 States Parties", « دولتان طرفان ». */
  count: (value: number, unit: string) => string;
  /**
   * A label for an SVG chart, which stays left to right in every language: in a right-to-left language the text is
   * isolated (FSI…PDI) so "600 ألف CHF" or "إجمالي المعنيين: 10" keeps its own reading order.
   */
  chartText: (text: string) => string;
}

/**
 * Intl formatters are slow to build (each one loads locale data), so each is built on first use and the set is shared
 * by every component of a language rather than built per component.
 */
export function createFormatters(language: string): Formatters {
  const lazy = <T>(build: () => T) => {
    let value: T | undefined;
    return () => (value ??= build());
  };
  const number = lazy(() => new Intl.NumberFormat(language, { maximumFractionDigits: 2 }));
  const signed = lazy(() => new Intl.NumberFormat(language, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }));
  const percentFormats = new Map<number, Intl.NumberFormat>();
  const percentFormat = (digits: number) => {
    let format = percentFormats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: digits });
      percentFormats.set(digits, format);
    }
    return format;
  };
  const fixedFormats = new Map<number, Intl.NumberFormat>();
  const fixedFormat = (digits: number) => {
    let format = fixedFormats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      fixedFormats.set(digits, format);
    }
    return format;
  };
  const date = lazy(() => new Intl.DateTimeFormat(language, { dateStyle: 'long' }));
  const integer = lazy(() => new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 0 }));
  const rtl = languageDirection(language) === 'rtl';
  return {
    locale: language,
    number: (value) => number().format(value),
    percent: (share, fractionDigits = 0) => percentFormat(fractionDigits).format(share),
    signed: (value) => signed().format(value),
    fixed: (value, digits) => fixedFormat(digits).format(value),
    integer: (value) => integer().format(value),
    date: (iso) => {
      const parsed = new Date(iso);
      return Number.isNaN(parsed.getTime()) ? iso : date().format(parsed);
    },
    count: (value, unit) => countWithUnit(value, unit, language, number().format(value)),
    chartText: (text) => (rtl ? `\u2068${text}\u2069` : text),
  };
}

const formattersByLanguage = new Map<string, Formatters>();

/** The formatters of a language, built once per language. */
export function formattersFor(language: string): Formatters {
  let formatters = formattersByLanguage.get(language);
  if (!formatters) {
    formatters = createFormatters(language);
    formattersByLanguage.set(language, formatters);
  }
  return formatters;
}

/** Builds a language's number and date formats ahead of their first use (the first Intl format a page builds is slow). */
export function warmUpFormatters(language: string): void {
  const format = formattersFor(language);
  format.number(0);
  format.date('2000-01-01');
}

export function useFormatters(): Formatters {
  return formattersFor(useI18nLanguage());
}
