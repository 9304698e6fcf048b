// The grid's keyboard and clipboard: the arrow keys and Enter move between its cells (mirrored right to left), and a
// spreadsheet block pasted into a cell fills the cells from there, with an announcement of what was pasted.
import { useEffect, useState, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Qualifier } from '@ccm/shared/domain/vocabulary';
import type { EntryRow as Row } from '@ccm/shared/schemas/workspace';
import type { EntryValues } from '../../utils/entry-form.ts';
import { isBlock, moveOf, parseClipboard, placeBlock, withCell, type GridColumn } from '../utils/entry-grid.ts';

export function useGridKeys({
  table,
  visible,
  rtl,
  qualifierLabels,
  valuesOf,
  update,
}: {
  table: RefObject<HTMLTableElement | null>;
  /** The rows in view, top to bottom: a cell's data-grid-row is its index here. */
  visible: readonly Row[];
  rtl: boolean;
  qualifierLabels: Record<Qualifier, string>;
  valuesOf: (id: string) => EntryValues;
  update: (changes: Record<string, EntryValues>) => void;
}) {
  const { t } = useTranslation('workspace');
  const [announcement, setAnnouncement] = useState('');

  const focusCell = (row: number, column: GridColumn) => {
    const target = table.current?.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-grid-row="${row}"][data-grid-col="${column}"]`);
    if (!target) return;
    target.focus();
    if (target instanceof HTMLInputElement) target.select();
  };

  const cellOf = (element: EventTarget) => {
    if (!(element instanceof HTMLElement)) return null;
    const row = element.dataset.gridRow;
    const column = element.dataset.gridCol as GridColumn | undefined;
    return row !== undefined && column !== undefined ? { row: Number(row), column, element } : null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const cell = cellOf(event.target);
    if (!cell || event.ctrlKey || event.metaKey) return;
    const { element } = cell;
    const input = element instanceof HTMLInputElement ? element : null;
    const move = moveOf(
      {
        key: event.key,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        isSelect: element instanceof HTMLSelectElement,
        caret: input ? { start: input.selectionStart, end: input.selectionEnd, length: input.value.length } : null,
        rtl,
      },
      cell.row,
      cell.column,
      visible.length,
    );
    if (event.key === 'Enter') event.preventDefault();
    if (!move) return;
    event.preventDefault();
    focusCell(move.row, move.column);
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    const cell = cellOf(event.target);
    const text = event.clipboardData.getData('text/plain');
    if (!cell || !isBlock(text)) return;
    event.preventDefault();
    const { cells, left } = placeBlock(parseClipboard(text), cell.row, cell.column, visible.length);
    const changes: Record<string, EntryValues> = {};
    let pasted = 0;
    let refused = left;
    for (const { row, column, text: value } of cells) {
      const id = visible[row]?.indicatorId;
      if (!id) continue;
      const next = withCell(changes[id] ?? valuesOf(id), column, value, qualifierLabels);
      if (next) {
        changes[id] = next;
        pasted += 1;
      } else refused += 1;
    }
    update(changes);
    const count = Object.keys(changes).length;
    setAnnouncement(
      [t('entry.grid.pasted', { count: pasted, rows: t('entry.grid.rows', { count }) }), refused > 0 ? t('entry.grid.pasteLeft', { count: refused }) : null].filter(Boolean).join(' '),
    );
  };

  useEffect(() => {
    if (announcement === '') return;
    const timer = window.setTimeout(() => setAnnouncement(''), 8000);
    return () => window.clearTimeout(timer);
  }, [announcement]);

  return { onKeyDown, onPaste, announcement };
}
