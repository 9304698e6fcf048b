// The rule behind a tick list of who is counted: a complete list is the count, a partial one no longer than it.
import { describe, expect, it } from 'vitest';
import { checkCountedEntry, derivedValue, statesDiff, type CountedEntry } from '../../shared/src/domain/counted-entry.ts';

const entry = (over: Partial<CountedEntry>): CountedEntry => ({ value: null, qualifier: 'exact', reporting: 'reported', states: null, statesComplete: false, ...over });
const NINE = ['AFG', 'AGO', 'ALB', 'BIH', 'CHL', 'COL', 'DEU', 'ESP', 'FIN'];
const KNOWN = new Set([...NINE, 'LBN']);

describe('checkCountedEntry', () => {
  it.each([
    ['no list at all is fine', entry({ value: 10 }), []],
    ['a complete list with no typed value derives the count', entry({ states: NINE, statesComplete: true }), []],
    ['a complete list with the same typed value is fine', entry({ value: 9, states: NINE, statesComplete: true }), []],
    ['a complete list of 9 with 10 typed is a mismatch', entry({ value: 10, states: NINE, statesComplete: true }), ['mismatch']],
    ['a complete list of 9 with 8 typed is a mismatch', entry({ value: 8, states: NINE, statesComplete: true }), ['mismatch']],
    ['a partial list exactly as long as the value is fine', entry({ value: 9, states: NINE }), []],
    ['a partial list one longer than the value is too many', entry({ value: 8, states: NINE }), ['tooMany']],
    ['a partial list shorter than the value is fine', entry({ value: 12, states: NINE }), []],
    ['a duplicate code is refused', entry({ value: 12, states: ['AFG', 'AFG'] }), ['duplicate']],
    ['a complete list that is not exact is refused', entry({ qualifier: 'at_least', states: NINE, statesComplete: true }), ['notExact']],
    ['a figure not reported ticks no State', entry({ reporting: 'not_reported', states: ['AFG'] }), ['notReported']],
    ['a figure not reported with an empty list is fine', entry({ reporting: 'not_reported', states: [] }), []],
    ['complete without a list is refused', entry({ statesComplete: true }), ['noList']],
  ])('%s', (_title, input, kinds) => {
    expect(checkCountedEntry(input).map((p) => p.kind)).toEqual(kinds);
  });

  it('the mismatch names both numbers and the field', () => {
    const [problem] = checkCountedEntry(entry({ value: 10, states: NINE, statesComplete: true }));
    expect(problem).toMatchObject({ field: 'value', ticked: 9, typed: 10 });
    expect(problem?.message).toMatch(/^You ticked 9 States but typed 10 as the value: with a complete list the count must be 9, or untick "the list is complete"/);
  });

  it('unknown codes are named when the known States are given', () => {
    const [problem] = checkCountedEntry(entry({ value: 10, states: ['AFG', 'XYZ', 'QQQ'] }), KNOWN);
    expect(problem).toMatchObject({ kind: 'unknown', codes: ['XYZ', 'QQQ'] });
    expect(problem?.message).toMatch(/XYZ, QQQ/);
  });
});

describe('derivedValue and statesDiff', () => {
  it('a complete list gives its length, a partial one the typed value', () => {
    expect(derivedValue(entry({ value: 3, states: NINE, statesComplete: true }))).toBe(9);
    expect(derivedValue(entry({ value: 12, states: NINE }))).toBe(12);
  });
  it('lists what a change adds and removes; no list after: nothing', () => {
    expect(statesDiff(['LTU'], ['ESP', 'LTU'])).toEqual({ added: ['ESP'], removed: [] });
    expect(statesDiff(['ESP', 'LTU'], ['LTU'])).toEqual({ added: [], removed: ['ESP'] });
    expect(statesDiff(['LTU'], null)).toEqual({ added: [], removed: [] });
  });
});
