// CSV that opens cleanly in Excel: UTF-8 BOM, CRLF, RFC 4180 quoting, and text cells that cannot run as formulas;
// and CSV read back as records with their line numbers, comma, semicolon or tab delimited, with that apostrophe removed.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { neutraliseCell, unneutraliseCell } from '@ccm/shared/domain/csv-cell';

/** Prefixes a text cell that a spreadsheet would evaluate (CSV injection) with an apostrophe: the shared rule, neutraliseCell. */
export const neutraliseFormula = neutraliseCell;

/** `headers` names the columns in the header row (the export's in the reader's language); by default, the columns' keys. */
export function toCsv<T extends Record<string, unknown>>(rows: T[], columns: (keyof T & string)[], headers: readonly string[] = columns): string {
  const records = rows.map((row) =>
    columns.map((column) => {
      const value = row[column];
      if (value === null || value === undefined) return '';
      if (typeof value === 'string') return neutraliseFormula(value);
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      return neutraliseFormula(JSON.stringify(value));
    }),
  );
  return `\uFEFF${stringify([[...headers], ...records], { record_delimiter: 'windows', quoted_match: /[",\r\n]/ })}`;
}

// --- Reading ---------------------------------------------------------------------------------

export interface CsvRecords {
  /** The header's column names, in file order. */
  header: string[];
  /**
   * One object per data row, keyed by the header (a missing trailing cell is empty); rows with only empty cells are
   * skipped. Cells hold the values as written before export: the apostrophe neutraliseCell adds is already removed.
   */
  records: Record<string, string>[];
  /** The file line each record starts on (the header is usually line 1). */
  lines: number[];
  /** What stops the file from being read as a table: bad quoting, a duplicate or empty column name, a row with extra cells. */
  problems: { line: number | null; column: string | null; message: string }[];
}

/**
 * The delimiter of the header line: whichever of comma, semicolon (Excel in French or Spanish locales) and tab (a block
 * copied from a spreadsheet, or "Unicode text") it holds most of outside quotes; a comma when it holds none.
 */
export function delimiterOf(text: string): ',' | ';' | '\t' {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const count = (d: string) => outsideQuotes.split(d).length - 1;
  const candidates = [',', ';', '\t'] as const;
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best), candidates[0]);
}

/**
 * A number as a spreadsheet writes it: "9", "0.5", or with a decimal comma ("0,5", as Excel writes it in French and
 * Spanish) — a comma followed by exactly three digits is ambiguous ("1,000") and is refused rather than guessed.
 * Null for an empty cell, NaN for text that is not a number (the schema then rejects it, naming the column).
 */
export function numberCell(raw: string | undefined): number | null {
  if (raw === undefined || raw.trim() === '') return null;
  const text = raw.trim().replace(/\u00a0|\u202f/g, '');
  const decimalComma = /^-?\d+,\d+$/.test(text) && !/^-?\d{1,3},\d{3}$/.test(text);
  const n = Number(decimalComma ? text.replace(',', '.') : text);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** CSV text (UTF-8, optional BOM; comma, semicolon or tab delimited) as records with the line each starts on. */
export function readCsvRecords(text: string): CsvRecords {
  const result: CsvRecords = { header: [], records: [], lines: [], problems: [] };
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { bom: true, delimiter: delimiterOf(text), info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof rows;
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : null;
    const message = error instanceof Error ? error.message.replace(/^Invalid Record Length: |^Quote Not Closed: /, '') : 'unreadable';
    result.problems.push({ line, column: null, message: `The file is not valid CSV: ${message}` });
    return result;
  }
  // A record ends on info.lines; it starts as many lines earlier as its quoted cells hold line breaks.
  const startLine = (row: (typeof rows)[number]) => row.info.lines - row.record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  const [head, ...body] = rows;
  if (!head) return result;
  const headerLine = startLine(head);
  head.record.forEach((name, index) => {
    // A nameless column is only a problem when something is written in it (spreadsheets add empty trailing ones).
    if (name === '' && body.some((row) => (row.record[index] ?? '') !== '')) {
      result.problems.push({ line: headerLine, column: null, message: `Column ${index + 1} of the header has no name, but holds values.` });
    } else if (name !== '' && head.record.indexOf(name) !== index) {
      result.problems.push({ line: headerLine, column: name, message: `The column "${name}" appears twice in the header.` });
    }
  });
  result.header = head.record.filter((name) => name !== '');
  for (const row of body) {
    if (row.record.every((cell) => cell === '')) continue;
    const line = startLine(row);
    if (row.record.slice(head.record.length).some((cell) => cell !== '')) {
      result.problems.push({ line, column: null, message: `Line ${line} has ${row.record.length} cells; the header has ${head.record.length} columns.` });
    }
    // Cells as they were before the export neutralised them ("'=1+1" → "=1+1"; "'plain" stays as it is).
    result.records.push(Object.fromEntries(head.record.flatMap((name, index) => (name === '' ? [] : [[name, unneutraliseCell(row.record[index] ?? '')]]))));
    result.lines.push(line);
  }
  return result;
}
