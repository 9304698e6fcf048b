// CSV that opens cleanly in Excel: UTF-8 BOM, CRLF, RFC 4180 quoting, and text cells that cannot run as formulas.
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a text cell that a spreadsheet would evaluate (CSV injection) with an apostrophe. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function toCsv<T extends Record<string, unknown>>(rows: T[], columns: (keyof T & string)[]): string {
  const records = rows.map((row) =>
    columns.map((column) => {
      const value = row[column];
      if (value === null || value === undefined) return '';
      if (typeof value === 'string') return neutraliseFormula(value);
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      return neutraliseFormula(JSON.stringify(value));
    }),
  );
  return `\uFEFF${stringify([columns, ...records], { record_delimiter: 'windows', quoted_match: /[",\r\n]/ })}`;
}
