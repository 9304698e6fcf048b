// The entry grid's pure rules: its editable columns, numbers as a spreadsheet writes them, a pasted block, where the
// keyboard moves, and which rows a filter keeps. No React here: tests/client/entry-grid-utils.test.ts covers them.
import { QUALIFIERS, type Qualifier } from '@ccm/shared/domain/vocabulary';
import type { EntryRow, ObservationRecord } from '@ccm/shared/schemas/workspace';
import type { EntryValues } from '../../utils/entry-form.ts';

/** The editable cells of a row, left to right (in reading order: right to left in Arabic). */
export const GRID_COLUMNS = ['value', 'qualifier', 'denominator', 'source', 'note'] as const;
export type GridColumn = (typeof GRID_COLUMNS)[number];

/**
 * A number as a spreadsheet writes it, as the server's CSV import reads it: "9", "0.5", or with a decimal comma ("31,5");
 * a comma followed by exactly three digits ("1,000") is ambiguous and refused rather than guessed.
 */
export type ParsedNumber = { ok: true; value: number | null } | { ok: false; reason: 'ambiguous' | 'invalid' };
export function parseSpreadsheetNumber(raw: string): ParsedNumber {
  const text = raw.trim().replace(/\u00a0|\u202f/g, '');
  if (text === '') return { ok: true, value: null };
  if (/^\d{1,3},\d{3}$/.test(text)) return { ok: false, reason: 'ambiguous' };
  const normal = /^\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  return /^\d+(\.\d+)?$/.test(normal) ? { ok: true, value: Number(normal) } : { ok: false, reason: 'invalid' };
}

/** A pasted text as rows of cells: lines down, tabs across; values trimmed; the newline a spreadsheet ends with dropped. */
export function parseClipboard(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
  // A cell a spreadsheet quoted (it held a quote or a separator) loses its quotes.
  const unquote = (cell: string) => (/^".*"$/s.test(cell) ? cell.slice(1, -1).replace(/""/g, '"') : cell);
  return lines.map((line) => line.split('\t').map((cell) => unquote(cell.trim()).trim()));
}

/** True when a pasted text is a block (several lines or columns), not a value to paste into one cell. */
export const isBlock = (text: string) => /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));

export interface PastedCell {
  row: number;
  column: GridColumn;
  text: string;
}

/**
 * Where a block goes from the cell (row, column): down one row per line, right one column per tab, within the grid.
 * `left` counts the values that fell outside it (more lines than rows below, more columns than cells to the right).
 */
export function placeBlock(block: string[][], row: number, column: GridColumn, rowCount: number): { cells: PastedCell[]; left: number } {
  const start = GRID_COLUMNS.indexOf(column);
  const cells: PastedCell[] = [];
  let left = 0;
  block.forEach((line, i) =>
    line.forEach((text, j) => {
      const target = GRID_COLUMNS[start + j];
      if (row + i >= rowCount || target === undefined) left += 1;
      else cells.push({ row: row + i, column: target, text });
    }),
  );
  return { cells, left };
}

/** A pasted qualifier: its code ("at_least") or its label in any language offered ("at least", "au moins"), any case. */
export function qualifierOf(text: string, labels: Partial<Record<Qualifier, string>>): Qualifier | null {
  const wanted = fold(text).replace(/[_\s]+/g, ' ');
  if (wanted === '') return null;
  return QUALIFIERS.find((q) => q.replace(/_/g, ' ') === wanted || fold(labels[q] ?? '') === wanted) ?? null;
}

/** A grid cell's text, put into the row's values (a figure not reported keeps no value). */
export function withCell(values: EntryValues, column: GridColumn, text: string, labels: Partial<Record<Qualifier, string>>): EntryValues | null {
  if (column === 'qualifier') {
    const qualifier = qualifierOf(text, labels);
    return qualifier ? { ...values, qualifier } : null;
  }
  if (column === 'value' && values.reporting !== 'reported') return null;
  if (column === 'value' && values.statesComplete) return null;
  return { ...values, [column]: text };
}

export type GridKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Enter';
export interface KeyContext {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  /** A select keeps its own arrows: it moves with Alt+arrow only. */
  isSelect: boolean;
  /** The caret, for a text field: moving across leaves it only from its start or end (a selection stays inside). */
  caret: { start: number | null; end: number | null; length: number } | null;
  rtl: boolean;
}

/** The cell a key moves to from (row, column), or null when the key stays with the field (Tab moves as usual). */
export function moveOf(context: KeyContext, row: number, column: GridColumn, rowCount: number): { row: number; column: GridColumn } | null {
  const { key, shiftKey, altKey, isSelect, caret, rtl } = context;
  const col = GRID_COLUMNS.indexOf(column);
  const at = (r: number, c: number) => (r >= 0 && r < rowCount && c >= 0 && c < GRID_COLUMNS.length ? { row: r, column: GRID_COLUMNS[c] as GridColumn } : null);
  if (key === 'Enter') return altKey ? null : at(shiftKey ? row - 1 : row + 1, col);
  if (shiftKey) return null;
  if (isSelect && !altKey) return null;
  if (key === 'ArrowUp') return at(row - 1, col);
  if (key === 'ArrowDown') return at(row + 1, col);
  if (key !== 'ArrowLeft' && key !== 'ArrowRight') return null;
  // In Arabic the next column is to the left, and so is the end of the text.
  const forward = rtl ? key === 'ArrowLeft' : key === 'ArrowRight';
  if (caret && !isSelect) {
    if (caret.start === null || caret.start !== caret.end) return null;
    if (forward && caret.end !== caret.length) return null;
    if (!forward && caret.start !== 0) return null;
  }
  return at(row, forward ? col + 1 : col - 1);
}

/** Lower case without accents ("Réintégrés" → "reintegres"), for search. */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim();

/** The indicator's number: a27-re-integrated → 27. */
export const indicatorNumber = (indicatorId: string) => {
  const match = /^[a-z]?(\d+)/i.exec(indicatorId);
  return match ? Number(match[1]) : null;
};

/** A search: an indicator number ("27", "A27", "a27") or words that all appear in the title (any case, any accents). */
export function matchesSearch(row: Pick<EntryRow, 'indicatorId' | 'title'>, query: string): boolean {
  const wanted = fold(query);
  if (wanted === '') return true;
  const number = /^(?:a|#)?\s*(\d+)$/.exec(wanted);
  if (number) return indicatorNumber(row.indicatorId) === Number(number[1]);
  const haystack = `${fold(row.title)} ${row.indicatorId.toLowerCase()}`;
  return wanted.split(/\s+/).every((word) => haystack.includes(word));
}

const hasFigure = (record: ObservationRecord | null | undefined) => record != null && (record.value !== null || record.reporting !== 'reported');
/** No figure published and none in a draft. */
export const withoutFigure = (row: Pick<EntryRow, 'published' | 'draft'>) => !hasFigure(row.published) && !hasFigure(row.draft?.after);

/** The session's default source: "<source>, <date>" (the date as typed, YYYY-MM-DD), or the source alone. */
export function defaultSourceOf(defaults: { source: string; date: string }): string {
  const source = defaults.source.trim();
  if (source === '') return '';
  return defaults.date ? `${source}, ${defaults.date}` : source;
}
