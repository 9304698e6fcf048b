// The figures import reads what spreadsheets write in every locale: comma, semicolon (Excel in French and Spanish) or
// tab separated, with a BOM or without, decimal commas; a number it cannot read unambiguously ("1,000") is refused
// naming the row and the column, and a file without the needed columns says which it has.
import { describe, expect, it } from 'vitest';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { ImportResponseSchema } from '../../shared/src/schemas/workspace.ts';
import { delimiterOf, numberCell } from '../../server/src/lib/csv.ts';
import { signedInAppPerTest } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';

const isu = signedInAppPerTest('isu.test', { withNextCycle: true });

const importCsv = (csv: string, dryRun = true) => isu.app.inject({ method: 'POST', url: `/api/v1/workspace/import?dryRun=${dryRun}`, payload: csv, headers: { cookie: isu.editor, 'content-type': 'text/csv' } });
const COLUMNS = ['indicatorId', 'cycle', 'spanFrom', 'value', 'qualifier', 'denominator', 'reporting', 'document', 'paragraph', 'note'];
const ROWS = [
  ['a27-re-integrated', '14MSP', '', '10', 'exact', '10', 'reported', 'Article 7 reports 2026', '', 'Dix sur dix; confirmé'],
  ['a9-assessed-contributions-on-time', '14MSP', '', '31,5', 'average', '', 'reported', 'Article 7 reports 2026', '', ''],
];
const file = (d: string, rows = ROWS, bom = '') => bom + [COLUMNS, ...rows].map((r) => r.map((c) => (c.includes(d) ? `"${c}"` : c)).join(d)).join('\r\n');

describe('separators and decimal commas', () => {
  it.each([
    ['comma', ','],
    ['semicolon (Excel in French or Spanish)', ';'],
    ['tab (pasted from a spreadsheet)', '\t'],
  ])('reads a %s separated file, with or without a BOM, decimal commas as decimals', async (_label, d) => {
    for (const bom of ['', '\uFEFF']) {
      const csv = file(d, d === ',' ? ROWS.map((r) => r.map((c) => c.replace('31,5', '31.5'))) : ROWS, bom);
      const report = ImportResponseSchema.parse((await importCsv(csv)).json()).data;
      expect(report.rejected).toEqual([]);
      expect(report.changes.map((c) => [c.row, c.indicatorId, c.after.value, c.after.qualifier, c.after.note])).toEqual([
        [2, 'a27-re-integrated', 10, 'exact', 'Dix sur dix; confirmé'],
        [3, 'a9-assessed-contributions-on-time', 31.5, 'average', null],
      ]);
    }
  });

  it('applies a semicolon file as drafts', async () => {
    const res = await importCsv(file(';'), false);
    expect(res.statusCode).toBe(200);
    expect(ImportResponseSchema.parse(res.json()).data).toMatchObject({ applied: true, rows: 2 });
  });

  it('refuses a thousands-looking "1,000" rather than guess, naming row and column, and changes nothing', async () => {
    const before = databaseChecksum(isu.database.sqlite);
    const rows = [['a27-re-integrated', '14MSP', '', '1,000', 'exact', '10', 'reported', 'Article 7 reports 2026', '', '']];
    const report = ImportResponseSchema.parse((await importCsv(file(';', rows))).json()).data;
    expect(report.rejected.map((r) => [r.row, r.field])).toEqual([[2, 'value']]);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('names the missing columns and the ones the header has, as the file writes them', async () => {
    // "Valeur" is the French export's name for value; "indicateur" is its indicator's title, not its id.
    const res = await importCsv('indicateur;cycle;valeur\r\na27-re-integrated;14MSP;9');
    expect(res.statusCode).toBe(400);
    const problem = ProblemSchema.parse(res.json());
    expect(problem.detail).toBe("Missing column(s): indicatorId (the header has: indicateur, cycle, valeur). Use the export's long format.");
    const unknown = await importCsv('indicator;cycle;amount\r\na27-re-integrated;14MSP;9');
    expect(ProblemSchema.parse(unknown.json()).detail).toBe("Missing column(s): indicatorId, value (the header has: indicator, cycle, amount). Use the export's long format.");
  });
});

describe('delimiterOf and numberCell (pure)', () => {
  it('picks the separator the header holds most of, outside quotes', () => {
    expect(delimiterOf('a,b,c')).toBe(',');
    expect(delimiterOf('\uFEFFa;b;c')).toBe(';');
    expect(delimiterOf('a\tb\tc')).toBe('\t');
    expect(delimiterOf('"a,b";c;d')).toBe(';');
    expect(delimiterOf('single')).toBe(',');
  });
  it.each([
    ['9', 9],
    ['0.5', 0.5],
    ['0,5', 0.5],
    ['-2,25', -2.25],
    ['12', 12],
    [' 7 ', 7],
    ['', null],
  ] as const)('reads %j as %j', (raw, expected) => {
    expect(numberCell(raw)).toBe(expected);
  });
  it.each(['1,000', 'abc', '1.2.3', '9 States'])('refuses %j (NaN, so the row is rejected)', (raw) => {
    expect(numberCell(raw)).toBeNaN();
  });
});
