// The entry grid's rules without a browser: numbers as a spreadsheet writes them, a pasted block, where the keyboard
// moves, the search and the filter, the session's default source, and the typed figures kept in localStorage.
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultSourceOf,
  isBlock,
  matchesSearch,
  moveOf,
  parseClipboard,
  parseSpreadsheetNumber,
  placeBlock,
  qualifierOf,
  withCell,
  withoutFigure,
  type KeyContext,
} from '../../client/src/features/workspace/entry/utils/entry-grid.ts';
import { initialValues } from '../../client/src/features/workspace/utils/entry-form.ts';
import { sessionEndOf } from '../../client/src/features/workspace/hooks/use-session-warning.ts';
import { localDraftsKey, readLocalDrafts, typedCellsOf, withTypedCells, writeLocalDrafts } from '../../client/src/features/workspace/hooks/use-local-drafts.ts';
import { entryRow } from '../helpers/client-fixtures.ts';

const ROW = entryRow({ action: 5, title: 'Victims réintégrés into their communities' });

describe('numbers as a spreadsheet writes them', () => {
  it('reads points and decimal commas, and refuses "1,000" rather than guess', () => {
    expect(parseSpreadsheetNumber(' 9 ')).toEqual({ ok: true, value: 9 });
    expect(parseSpreadsheetNumber('31,5')).toEqual({ ok: true, value: 31.5 });
    expect(parseSpreadsheetNumber('0.25')).toEqual({ ok: true, value: 0.25 });
    expect(parseSpreadsheetNumber('1\u00a0000')).toEqual({ ok: true, value: 1000 });
    expect(parseSpreadsheetNumber('')).toEqual({ ok: true, value: null });
    expect(parseSpreadsheetNumber('1,000')).toEqual({ ok: false, reason: 'ambiguous' });
    expect(parseSpreadsheetNumber('12,345')).toEqual({ ok: false, reason: 'ambiguous' });
    expect(parseSpreadsheetNumber('1,0000')).toEqual({ ok: true, value: 1 });
    expect(parseSpreadsheetNumber('seven')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseSpreadsheetNumber('-3')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('a pasted block', () => {
  it('splits lines and tabs, trims, drops the newline a spreadsheet ends with, unquotes', () => {
    expect(parseClipboard('9\r\n 10 \r\n11\r\n')).toEqual([['9'], ['10'], ['11']]);
    expect(parseClipboard('9\tat least\n"10"\texact\n')).toEqual([
      ['9', 'at least'],
      ['10', 'exact'],
    ]);
    expect(isBlock('31,5')).toBe(false);
    expect(isBlock('31,5\n')).toBe(false);
    expect(isBlock('1\n2')).toBe(true);
    expect(isBlock('1\t2')).toBe(true);
  });

  it('goes down for lines and right for columns from the cell, counting what falls outside', () => {
    expect(placeBlock([['1'], ['2'], ['3']], 1, 'value', 3)).toEqual({
      cells: [
        { row: 1, column: 'value', text: '1' },
        { row: 2, column: 'value', text: '2' },
      ],
      left: 1,
    });
    expect(placeBlock([['a', 'b'], ['c', 'd']], 0, 'source', 5)).toEqual({
      cells: [
        { row: 0, column: 'source', text: 'a' },
        { row: 0, column: 'note', text: 'b' },
        { row: 1, column: 'source', text: 'c' },
        { row: 1, column: 'note', text: 'd' },
      ],
      left: 0,
    });
    expect(placeBlock([['1', 'x', '10', 's', 'n', 'extra']], 0, 'value', 1).left).toBe(1);
  });

  it('puts a cell into the row: qualifiers by code or label, no value for a figure not reported', () => {
    const labels = { at_least: 'Au moins', exact: 'Exact' };
    expect(qualifierOf('at least', labels)).toBe('at_least');
    expect(qualifierOf('AU MOINS', labels)).toBe('at_least');
    expect(qualifierOf('at_most', labels)).toBe('at_most');
    expect(qualifierOf('about', labels)).toBeNull();
    const values = initialValues(ROW);
    expect(withCell(values, 'value', '31,5', labels)?.value).toBe('31,5');
    expect(withCell(values, 'qualifier', 'about', labels)).toBeNull();
    expect(withCell({ ...values, reporting: 'not_reported' }, 'value', '3', labels)).toBeNull();
  });
});

describe('the keyboard', () => {
  const key = (overrides: Partial<KeyContext>): KeyContext => ({ key: 'ArrowDown', shiftKey: false, altKey: false, isSelect: false, caret: null, rtl: false, ...overrides });
  const caret = (start: number, end: number, length: number) => ({ start, end, length });

  it('up and down stay in the column; Enter moves down, Shift+Enter up; nothing past the edges', () => {
    expect(moveOf(key({ key: 'ArrowDown' }), 0, 'value', 3)).toEqual({ row: 1, column: 'value' });
    expect(moveOf(key({ key: 'ArrowUp' }), 0, 'value', 3)).toBeNull();
    expect(moveOf(key({ key: 'Enter' }), 1, 'source', 3)).toEqual({ row: 2, column: 'source' });
    expect(moveOf(key({ key: 'Enter', shiftKey: true }), 1, 'source', 3)).toEqual({ row: 0, column: 'source' });
    expect(moveOf(key({ key: 'ArrowDown' }), 2, 'value', 3)).toBeNull();
    expect(moveOf(key({ key: 'Tab' }), 0, 'value', 3)).toBeNull();
  });

  it('left and right leave a text field only from its start or its end; a selection stays inside', () => {
    expect(moveOf(key({ key: 'ArrowRight', caret: caret(2, 2, 2) }), 0, 'value', 3)).toEqual({ row: 0, column: 'qualifier' });
    expect(moveOf(key({ key: 'ArrowRight', caret: caret(1, 1, 2) }), 0, 'value', 3)).toBeNull();
    expect(moveOf(key({ key: 'ArrowLeft', caret: caret(0, 0, 2) }), 0, 'denominator', 3)).toEqual({ row: 0, column: 'qualifier' });
    expect(moveOf(key({ key: 'ArrowLeft', caret: caret(0, 2, 2) }), 0, 'denominator', 3)).toBeNull();
    expect(moveOf(key({ key: 'ArrowLeft', caret: caret(0, 0, 0) }), 0, 'value', 3)).toBeNull();
    // In Arabic the next column is to the left.
    expect(moveOf(key({ key: 'ArrowLeft', caret: caret(2, 2, 2), rtl: true }), 0, 'value', 3)).toEqual({ row: 0, column: 'qualifier' });
  });

  it('a select keeps its arrows; Alt+arrow moves from it', () => {
    expect(moveOf(key({ key: 'ArrowDown', isSelect: true }), 0, 'qualifier', 3)).toBeNull();
    expect(moveOf(key({ key: 'ArrowDown', isSelect: true, altKey: true }), 0, 'qualifier', 3)).toEqual({ row: 1, column: 'qualifier' });
    expect(moveOf(key({ key: 'ArrowRight', isSelect: true, altKey: true }), 0, 'qualifier', 3)).toEqual({ row: 0, column: 'denominator' });
    expect(moveOf(key({ key: 'Enter', isSelect: true }), 0, 'qualifier', 3)).toEqual({ row: 1, column: 'qualifier' });
  });
});

describe('search and filter', () => {
  it('finds an indicator by its number or by words of its title, any case and accents', () => {
    for (const query of ['27', 'A27', 'a27', ' a 27 ']) expect(matchesSearch(ROW, query), query).toBe(true);
    expect(matchesSearch(ROW, '2')).toBe(false);
    expect(matchesSearch(ROW, '5')).toBe(false);
    expect(matchesSearch(ROW, 'reintegres victims')).toBe(true);
    expect(matchesSearch(ROW, 'VICTIMS Réintégrés')).toBe(true);
    expect(matchesSearch(ROW, 'victims clearance')).toBe(false);
    expect(matchesSearch(ROW, '')).toBe(true);
  });

  it('"rows without a figure": none published and none in a draft (not reported is a figure)', () => {
    const record = { value: 3, qualifier: 'exact', denominator: 10, reporting: 'reported', source: 'x', paragraph: null, note: null, cycleInferred: false, underReview: null } as const;
    expect(withoutFigure(ROW)).toBe(true);
    expect(withoutFigure({ ...ROW, published: record })).toBe(false);
    expect(withoutFigure({ ...ROW, published: { ...record, value: null, reporting: 'not_reported' } })).toBe(false);
    expect(withoutFigure({ ...ROW, published: { ...record, value: null } })).toBe(true);
  });

  it('the session default source carries its date', () => {
    expect(defaultSourceOf({ source: ' Article 7 reports 2026 ', date: '2026-04-30' })).toBe('Article 7 reports 2026, 2026-04-30');
    expect(defaultSourceOf({ source: 'Article 7 reports 2026', date: '' })).toBe('Article 7 reports 2026');
    expect(defaultSourceOf({ source: '', date: '2026-04-30' })).toBe('');
  });
});

describe('typed figures in the browser', () => {
  const key = localDraftsKey('Editor@ISU.test', 'LAP', '14MSP');
  afterEach(() => window.localStorage.clear());

  it('keeps only the typed cells, per user, plan and cycle, and forgets a row once it is saved', () => {
    const baseline = initialValues(ROW);
    const typed = { ...baseline, value: '9', source: 'Article 7 reports 2026' };
    expect(typedCellsOf(baseline, baseline)).toBeNull();
    expect(typedCellsOf(typed, baseline)).toEqual({ value: '9', source: 'Article 7 reports 2026' });

    writeLocalDrafts(key, { [ROW.indicatorId]: typedCellsOf(typed, baseline), other: { value: '2' } }, new Date('2026-05-01T10:42:00Z'));
    expect(key).toBe('ccm.entry-drafts.v1:editor@isu.test:LAP:14MSP');
    const stored = readLocalDrafts(key);
    expect(stored).toEqual({ savedAt: '2026-05-01T10:42:00.000Z', rows: { [ROW.indicatorId]: { value: '9', source: 'Article 7 reports 2026' }, other: { value: '2' } } });
    expect(withTypedCells(baseline, stored?.rows[ROW.indicatorId] ?? {})).toEqual(typed);
    expect(readLocalDrafts(localDraftsKey('other@isu.test', 'LAP', '14MSP'))).toBeNull();

    writeLocalDrafts(key, { [ROW.indicatorId]: null, other: null });
    expect(window.localStorage.getItem(key)).toBeNull();
  });

  it('ignores what it cannot read', () => {
    window.localStorage.setItem(key, '{not json');
    expect(readLocalDrafts(key)).toBeNull();
    window.localStorage.setItem(key, JSON.stringify({ rows: 'no' }));
    expect(readLocalDrafts(key)).toBeNull();
  });
});

describe('when the session ends', () => {
  const times = { expiresAt: '2026-05-01T11:00:00.000Z', endsAt: '2026-05-01T20:00:00.000Z', idleMinutes: 60 };
  it('each request moves the idle end on, up to the absolute one', () => {
    expect(sessionEndOf(times, Date.parse('2026-05-01T09:30:00Z'))).toEqual({ at: Date.parse('2026-05-01T11:00:00Z'), final: false });
    expect(sessionEndOf(times, Date.parse('2026-05-01T10:30:00Z'))).toEqual({ at: Date.parse('2026-05-01T11:30:00Z'), final: false });
    expect(sessionEndOf(times, Date.parse('2026-05-01T19:30:00Z'))).toEqual({ at: Date.parse('2026-05-01T20:00:00Z'), final: true });
  });
});
