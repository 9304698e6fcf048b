// One CSV cell rule both ways: the export puts an apostrophe before text a spreadsheet would run as a formula, and the
// import removes exactly that apostrophe, so every value, hostile or not, comes back as it was written.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neutraliseCell, unneutraliseCell } from '../../shared/src/domain/csv-cell.ts';

describe('neutraliseCell and unneutraliseCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM', "'@SUM"],
    ['\t=x', "'\t=x"],
    ['\r=x', "'\r=x"],
    ["'=already", "''=already"],
    ["'plain", "'plain"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('writes %j as %j and reads it back unchanged', (value, written) => {
    expect(neutraliseCell(value)).toBe(written);
    expect(unneutraliseCell(written)).toBe(value);
  });

  it('leaves alone an apostrophe it did not add', () => {
    expect(unneutraliseCell("'plain")).toBe("'plain");
    expect(unneutraliseCell("'")).toBe("'");
    expect(unneutraliseCell("it's -2")).toBe("it's -2");
  });

  it('reads back any text exactly, and never writes a cell that starts with a formula character', () => {
    const hostile = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', '1', ' ') });
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string()), (value) => {
        const written = neutraliseCell(value);
        expect(unneutraliseCell(written)).toBe(value);
        expect(written).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 2000 },
    );
  });
});
