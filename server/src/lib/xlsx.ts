// Excel workbooks (.xlsx) both ways, through exceljs (server only: the client never bundles it). Reading gives the
// first sheet as the same table readCsvRecords gives for a CSV (header, records, sheet row numbers, problems), so one
// import serves both; writing gives the exports' rows as a sheet per table, header bold and frozen, numbers as numbers.
//
// Text is written as typed string cells, as it is: an .xlsx cell carries its type, and a spreadsheet never runs a
// string cell as a formula when it opens the file (CSV has no types, hence the apostrophe of neutraliseCell there).
// An apostrophe written into an .xlsx cell would be shown as part of the text ("'- see paragraph 12"), since the hidden
// "quote prefix" Excel uses is a style exceljs cannot write. Reading is the exact inverse: text cells are read as
// they are, so "=1+1" and "'=already" both come back unchanged.
import ExcelJS from 'exceljs';
import type { CsvRecords } from './csv.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What the parts of an uploaded workbook may unpack to: far above any import, far below what would hurt the server. */
export const XLSX_MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

type Problem = CsvRecords['problems'][number];

/** The column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "Row 5, column C (value)": where a problem is, as a person finds it in the spreadsheet. */
function place(row: number, column: number, name: string | undefined): string {
  return `Row ${row}, column ${columnLetter(column)}${name ? ` (${name})` : ''}`;
}

/** A number as its text with a dot, without the binary noise of a sum (0.1 + 0.2 → "0.3", as the spreadsheet shows it). */
function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

/** A date cell as ISO 8601: yyyy-mm-dd, with the time only when it has one. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

type Scalar = number | string | boolean | Date | ExcelJS.CellErrorValue | ExcelJS.RichText[] | undefined;

/** A cell's value as text, or a problem (an error value, a formula the file keeps no result for). */
function scalarText(value: Scalar): { text: string } | { problem: string } {
  if (value === undefined || value === null) return { text: '' };
  if (typeof value === 'number') return Number.isFinite(value) ? { text: numberText(value) } : { problem: 'the number cannot be read.' };
  if (typeof value === 'string') return { text: value.trim() };
  if (typeof value === 'boolean') return { text: value ? 'true' : 'false' };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { problem: 'the date cannot be read.' } : { text: dateText(value) };
  if (Array.isArray(value)) return { text: value.map((run) => run.text).join('').trim() };
  return { problem: `the cell shows the error ${value.error}; correct it or type the value.` };
}

function cellText(cell: ExcelJS.Cell): { text: string } | { problem: string } {
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return { text: '' }; // the part of a merged block that shows nothing of its own
    case ExcelJS.ValueType.RichText:
      return scalarText((value as ExcelJS.CellRichTextValue).richText);
    case ExcelJS.ValueType.Hyperlink: {
      const text = (value as ExcelJS.CellHyperlinkValue).text as string | { richText: ExcelJS.RichText[] } | undefined;
      return scalarText(typeof text === 'object' ? text.richText : (text ?? (value as ExcelJS.CellHyperlinkValue).hyperlink));
    }
    case ExcelJS.ValueType.Formula: {
      const formula = value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
      if (formula.result === undefined || formula.result === null) {
        const shown = 'formula' in formula && formula.formula ? ` (=${formula.formula.slice(0, 60)})` : '';
        return { problem: `the cell holds a formula${shown} with no saved result; open the file in a spreadsheet and save it again, or paste the values only.` };
      }
      return scalarText(formula.result);
    }
    case ExcelJS.ValueType.Error:
      return scalarText(value as ExcelJS.CellErrorValue);
    default:
      return scalarText(value as Scalar);
  }
}

const OLD_EXCEL = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * What stops the bytes from being opened as a workbook, before unpacking anything: not a zip (an old .xls, a CSV
 * renamed), or parts that unpack to more than XLSX_MAX_UNPACKED_BYTES (read from the zip's central directory).
 */
function packagingProblem(buffer: Buffer): string | null {
  if (buffer.subarray(0, 8).equals(OLD_EXCEL)) {
    return 'The file is an Excel 97–2003 workbook (.xls); save it as an Excel Workbook (.xlsx) or as CSV and import that.';
  }
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== 0x04034b50) return 'The file is not an Excel workbook (.xlsx): it is not a zip package.';
  // The end-of-central-directory record: the last 22 bytes, or earlier when the zip has a comment (at most 64 KB).
  let end = -1;
  for (let at = buffer.length - 22; at >= Math.max(0, buffer.length - 22 - 0xffff); at -= 1) {
    if (buffer.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return 'The file is not a complete Excel workbook (.xlsx): its zip directory is missing.';
  const entries = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  let unpacked = 0;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== 0x02014b50) return 'The file is not a complete Excel workbook (.xlsx): its zip directory is damaged.';
    const size = buffer.readUInt32LE(at + 24);
    if (size === 0xffffffff) return 'The workbook is too large to import.';
    unpacked += size;
    at += 46 + buffer.readUInt16LE(at + 28) + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  if (unpacked > XLSX_MAX_UNPACKED_BYTES) {
    return `The workbook unpacks to ${Math.round(unpacked / 1024 / 1024)} MB; at most ${XLSX_MAX_UNPACKED_BYTES / 1024 / 1024} MB are imported. Import its first sheet alone, or as CSV.`;
  }
  return null;
}

/**
 * The first worksheet of an .xlsx file as a table: the first row with a value is the header, each later row with a
 * value is a record keyed by the header, and its sheet row number is its line. Numbers are their text with a dot
 * ("0.5"), dates ISO ("2025-09-01"), true/false for logical cells, a formula its saved result, rich text its plain
 * text. A formula without a saved result, an error value (#DIV/0!), a duplicate or empty header name over values is a
 * problem naming the row and the column ("Row 5, column C (value): …").
 */
export async function readXlsxTable(buffer: Buffer): Promise<CsvRecords> {
  const result: CsvRecords = { header: [], records: [], lines: [], problems: [] };
  const refuse = (message: string) => {
    result.problems.push({ line: null, column: null, message });
    return result;
  };
  const packaging = packagingProblem(buffer);
  if (packaging) return refuse(packaging);

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : 'unreadable';
    return refuse(`The file is not a readable Excel workbook (.xlsx): ${reason}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return refuse('The workbook has no worksheet.');

  const problems: Problem[] = [];
  let header: (string | undefined)[] | null = null;
  let headerRow = 0;
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: ({ text: string } | { problem: string })[] = [];
    for (let c = 1; c <= width; c += 1) cells.push(cellText(row.getCell(c)));
    if (cells.every((cell) => 'text' in cell && cell.text === '')) continue;

    if (header === null) {
      headerRow = r;
      header = cells.map((cell, index) => {
        if ('problem' in cell) {
          problems.push({ line: r, column: null, message: `${place(r, index + 1, undefined)} of the header: ${cell.problem}` });
          return undefined;
        }
        return cell.text === '' ? undefined : cell.text;
      });
      header.forEach((name, index) => {
        if (name !== undefined && header?.indexOf(name) !== index) {
          problems.push({ line: r, column: name, message: `${place(r, index + 1, undefined)}: the column "${name}" appears twice in the header.` });
        }
      });
      continue;
    }

    const record: Record<string, string> = {};
    cells.forEach((cell, index) => {
      const name = header?.[index];
      if ('problem' in cell) {
        problems.push({ line: r, column: name ?? null, message: `${place(r, index + 1, name)}: ${cell.problem}` });
      } else if (name === undefined) {
        if (cell.text !== '') {
          problems.push({ line: r, column: null, message: `${place(r, index + 1, undefined)} holds "${cell.text.slice(0, 40)}", but the column has no name in the header (row ${headerRow}).` });
        }
      } else {
        record[name] = cell.text;
      }
    });
    result.records.push(record);
    result.lines.push(r);
  }
  result.header = (header ?? []).filter((name): name is string => name !== undefined);
  result.problems.push(...problems);
  return result;
}

// --- Writing ---------------------------------------------------------------------------------

export interface XlsxSheet<T extends object = Record<string, unknown>> {
  /** The sheet's tab name (at most 31 characters; []:*?/\ are replaced). */
  name: string;
  /** The header row, in order: the rows' keys, as the CSV export names its columns. */
  columns: readonly (keyof T & string)[];
  /** The header row's names, one per column (the export's in the reader's language); by default, the columns' keys. */
  headers?: readonly string[];
  rows: readonly T[];
}

type Written = string | number | boolean | null;

function written(value: unknown): Written {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

const widthOf = (value: Written) => (value === null ? 0 : String(value).length);

/** A workbook of one sheet per table: header bold and frozen with a filter, numbers as numbers, text as typed text. */
export async function writeXlsx<T extends object>(sheets: readonly XlsxSheet<T>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CCM Lausanne Action Plan dashboard';
  for (const { name, columns, headers = columns, rows } of sheets) {
    const sheet = workbook.addWorksheet(name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
    const values = rows.map((row) => columns.map((column) => written(row[column])));
    sheet.columns = columns.map((column, index) => {
      // Wide enough for the header and the longer values (the 200 first rows are a fair sample), within reason.
      const header = headers[index] ?? column;
      const longest = Math.max(header.length + 2, ...values.slice(0, 200).map((row) => widthOf(row[index] ?? null)));
      return { header, key: column, width: Math.min(60, Math.max(8, longest + 1)) };
    });
    sheet.getRow(1).font = { bold: true };
    if (columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    for (const row of values) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
