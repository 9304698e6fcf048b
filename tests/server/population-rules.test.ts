// The pure rules behind the ISU's population lists, table-driven at their boundaries: which figures a list would cover
// (the catalogue's own rule), and each reason to refuse a list.
import { describe, expect, it } from 'vitest';
import { checkPopulationList, figuresCoveredBy, type CoverableFigure, type CycleInfo } from '../../server/src/modules/populations/population-rules.ts';

const CYCLES = new Map<string, CycleInfo>(
  [
    ['10MSP', 'LAP', 0],
    ['11MSP', 'LAP', 1],
    ['12MSP', 'LAP', 2],
    ['13MSP', 'LAP', 3],
    ['N1MSP', 'NAP', 0],
    ['N2MSP', 'NAP', 1],
  ].map(([code, actionPlan, ordinal]) => [code as string, { code: code as string, actionPlan: actionPlan as string, ordinal: ordinal as number }]),
);
const figure = (cycle: string, value: number | null, extra: Partial<CoverableFigure> = {}): CoverableFigure => ({ indicatorId: 'a33', cycle, spanFrom: null, value, qualifier: 'exact', counted: [], draft: false, ...extra });
const KNOWN = new Set(['AFG', 'LBN', 'IRQ', 'ALB']);

describe('figuresCoveredBy', () => {
  const figures = [figure('11MSP', 1), figure('12MSP', 2), figure('13MSP', 3, { spanFrom: '10MSP' }), figure('N1MSP', 4)];
  it.each([
    ['a cycle list covers its own cycle only', { cycle: '12MSP', spanFrom: null }, [], ['12MSP']],
    ['a span covers the single cycles inside it and the span figure itself', { cycle: '13MSP', spanFrom: '10MSP' }, [], ['11MSP', '12MSP', '13MSP']],
    ['a span leaves a cycle to a narrower list that covers it', { cycle: '13MSP', spanFrom: '10MSP' }, [{ cycle: '12MSP', spanFrom: null }], ['11MSP', '13MSP']],
    ['a span of one plan never covers another plan’s cycle with the same ordinal', { cycle: '11MSP', spanFrom: '10MSP' }, [], ['11MSP']],
  ])('%s', (_name, list, others, covered) => {
    expect(figuresCoveredBy(list, others, figures, CYCLES).map((f) => f.cycle)).toEqual(covered);
  });
});

describe('checkPopulationList', () => {
  const list = (states: string[], size: number | null) => ({ cycle: '12MSP', spanFrom: null, states, size });
  it.each([
    ['a complete list of known States, none covered', list(['AFG', 'LBN'], null), [], null],
    ['size exactly the number of States named is complete', list(['AFG', 'LBN'], 2), [], null],
    ['size one below the States named is refused', list(['AFG', 'LBN'], 1), [], 'size'],
    ['size 197 is the most', list(['AFG'], 197), [], null],
    ['size 198 is refused', list(['AFG'], 198), [], 'size'],
    ['no States and no size is refused', list([], null), [], 'states'],
    ['a size with no States named is a list of unnamed States', list([], 5), [], null],
    ['a duplicate code is refused', list(['AFG', 'AFG'], null), [], 'states'],
    ['an unknown code is refused', list(['AFG', 'XXX'], null), [], 'states'],
    ['N exactly the figure is accepted', list(['AFG', 'LBN'], null), [figure('12MSP', 2)], null],
    ['N one below the figure is refused', list(['AFG', 'LBN'], null), [figure('12MSP', 3)], 'size'],
    ['an upper bound ("at most") above N does not bind', list(['AFG', 'LBN'], null), [figure('12MSP', 3, { qualifier: 'at_most' })], null],
    ['a figure without a value does not bind', list(['AFG'], null), [figure('12MSP', null)], null],
    ['a complete list leaving out a counted State is refused', list(['AFG', 'LBN'], null), [figure('12MSP', 2, { counted: ['AFG', 'IRQ'] })], 'states'],
    ['a partial list may leave out a counted State', list(['AFG', 'LBN'], 3), [figure('12MSP', 2, { counted: ['AFG', 'IRQ'] })], null],
  ])('%s', (_name, input, covered, field) => {
    expect(checkPopulationList(input, { knownStates: KNOWN, covered })?.field ?? null).toBe(field);
  });

  it('names every figure above the N, drafts marked', () => {
    const problem = checkPopulationList(list(['AFG'], 1), { knownStates: KNOWN, covered: [figure('12MSP', 2), figure('12MSP', 3, { indicatorId: 'a37', draft: true })] });
    expect(problem?.message).toContain('a33 12MSP: 2; a37 12MSP: 3 (draft)');
  });
});
