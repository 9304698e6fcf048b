// Excel both ways: the public exports as .xlsx (the CSV's columns, numbers as numbers, header bold and frozen), which the
// workspace import takes back unchanged; and workbooks people make themselves, read from their first sheet, with
// decimals, dates and formulas, every problem named by its row and column letter.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { API_PATHS } from '../../shared/src/api-paths.ts';
import { EXPORT_COLUMNS, EXPORT_STATE_COLUMNS } from '../../shared/src/schemas/api.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { CountedImportResponseSchema, ImportResponseSchema, XLSX_MEDIA_TYPE } from '../../shared/src/schemas/workspace.ts';
import { columnLetter, readXlsxTable } from '../../server/src/lib/xlsx.ts';
import { signedInAppPerTest } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';

const SAME_ORIGIN = { origin: 'http://localhost:80', host: 'localhost:80' };

const isu = signedInAppPerTest('xlsx.test', { withNextCycle: true });

const get = (url: string, headers: Record<string, string> = {}) => isu.app.inject({ method: 'GET', url, headers });
const importFile = (body: Buffer | string, dryRun: boolean, type = XLSX_MEDIA_TYPE, path = '/api/v1/workspace/import') =>
  isu.app.inject({ method: 'POST', url: `${path}?dryRun=${dryRun}`, payload: body, headers: { cookie: isu.editor, 'content-type': type, ...SAME_ORIGIN } });

/** A workbook as a person makes one: a first sheet of rows (the first the header), and any later sheets ignored. */
async function workbook(rows: ExcelJS.CellValue[][], extraSheet = false): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Figures');
  for (const row of rows) sheet.addRow(row);
  if (extraSheet) book.addWorksheet('Notes').addRow(['indicatorId', 'cycle', 'value']).commit();
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function sheetOf(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

async function publishNote(note: string) {
  const put = await isu.app.inject({
    method: 'PUT',
    url: '/api/v1/workspace/observations',
    headers: { cookie: isu.admin, ...SAME_ORIGIN },
    payload: { indicatorId: 'a27-re-integrated', cycle: '14MSP', value: 7, denominator: 10, source: 'Article 7 reports 2026', note, reason: 'test' },
  });
  expect(put.statusCode, put.body).toBe(200);
  const published = await isu.app.inject({ method: 'POST', url: '/api/v1/workspace/cycles/14MSP/publish', headers: { cookie: isu.admin, ...SAME_ORIGIN } });
  expect(published.statusCode, published.body).toBe(200);
}

describe('the exports as Excel workbooks', () => {
  it('hold the CSV’s rows and columns, numbers as numbers, header bold and frozen; named .xlsx; 304 on a matching ETag', async () => {
    const res = await get(`${API_PATHS.exportXlsx()}?plan=lap`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
    expect(res.headers['content-disposition']).toBe('attachment; filename="lap-indicators.xlsx"');
    const sheet = await sheetOf(res.rawPayload);
    expect(sheet.getRow(1).values).toEqual([undefined, ...EXPORT_COLUMNS]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const csv = (await get(`${API_PATHS.exportCsv()}?plan=lap`)).body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(sheet.actualRowCount).toBe(csv.length);
    const valueColumn = EXPORT_COLUMNS.indexOf('value') + 1;
    const numbers = sheet.getColumn(valueColumn).values.slice(2).filter((v) => v !== null && v !== undefined);
    expect(numbers.length).toBeGreaterThan(10);
    expect(numbers.every((v) => typeof v === 'number')).toBe(true);

    const again = await get(`${API_PATHS.exportXlsx()}?plan=lap`, { 'if-none-match': String(res.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect((await get(`${API_PATHS.exportXlsx()}?plan=nope`)).statusCode).toBe(404);
    expect((await get(`${API_PATHS.exportXlsx()}?bogus=1`)).statusCode).toBe(400);
  });

  it('import back as a dry run with no change and no rejected row', async () => {
    const exported = (await get(API_PATHS.exportXlsx())).rawPayload;
    const before = databaseChecksum(isu.database.sqlite);
    const res = await importFile(exported, true);
    expect(res.statusCode, res.body).toBe(200);
    const report = ImportResponseSchema.parse(res.json()).data;
    expect(report.rows).toBeGreaterThan(10);
    expect(report.rejected).toEqual([]);
    expect(report.changes).toEqual([]);
    expect(report.unchanged).toBe(report.rows);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('keep text that looks like a formula as text, and it survives the round trip (CSV neutralises it with an apostrophe)', async () => {
    const note = "=HYPERLINK(\"http://evil.example\",\"x\")+1 and '=already";
    await publishNote(note);
    const sheet = await sheetOf((await get(`${API_PATHS.exportXlsx()}?action=27`)).rawPayload);
    const noteColumn = EXPORT_COLUMNS.indexOf('note') + 1;
    const cells = sheet.getColumn(noteColumn).values.slice(2);
    expect(cells).toContain(note); // a string cell, not a formula: no cell of the sheet holds a formula
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    const csv = (await get(`${API_PATHS.exportCsv()}?action=27`)).body;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example""`);

    for (const [body, type] of [
      [(await get(`${API_PATHS.exportXlsx()}?action=27`)).rawPayload, XLSX_MEDIA_TYPE],
      [csv, 'text/csv'],
    ] as const) {
      const report = ImportResponseSchema.parse((await importFile(body, true, type)).json()).data;
      expect(report.rejected, type).toEqual([]);
      expect(report.changes, type).toEqual([]);
    }
    // A value that starts with an apostrophe before a formula character also comes back as it was.
    await publishNote("'=already");
    const csv2 = (await get(`${API_PATHS.exportCsv()}?action=27`)).body;
    expect(csv2).toContain("''=already");
    for (const [body, type] of [
      [(await get(`${API_PATHS.exportXlsx()}?action=27`)).rawPayload, XLSX_MEDIA_TYPE],
      [csv2, 'text/csv'],
    ] as const) {
      expect(ImportResponseSchema.parse((await importFile(body, true, type)).json()).data.changes, type).toEqual([]);
    }
  });

  it('of who is counted, in the language asked for', async () => {
    const res = await get(`${API_PATHS.exportStatesXlsx()}?plan=lap&lang=fr`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="lap-states-counted.xlsx"');
    expect(res.headers['content-language']).toBe('fr');
    const sheet = await sheetOf(res.rawPayload);
    expect(sheet.getRow(1).values).toEqual([undefined, ...EXPORT_STATE_COLUMNS]);
    const csvLines = (await get(`${API_PATHS.exportStatesCsv()}?plan=lap&lang=fr`)).body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(sheet.actualRowCount).toBe(csvLines.length);
    const names = sheet.getColumn(EXPORT_STATE_COLUMNS.indexOf('stateName') + 1).values;
    if (csvLines.some((l) => l.includes(',LBN,'))) expect(names).toContain('Liban');
  });
});

describe('importing a workbook made by hand', () => {
  it('reads its first sheet: columns in any order, decimals, a date, a formula’s saved result; applies as drafts', async () => {
    const book = await workbook(
      [
        ['value', 'indicatorId', 'cycle', 'qualifier', 'document', 'note', 'denominator'],
        [31.5, 'a9-assessed-contributions-on-time', '14MSP', 'average', 'Article 7 reports 2026', new Date(Date.UTC(2026, 8, 1)), null],
        [],
        [{ formula: '5*2', result: 10 }, 'a27-re-integrated', '14MSP', 'exact', 'Article 7 reports 2026', { richText: [{ text: 'Ten ' }, { text: 'of ten', font: { bold: true } }] }, 10],
      ],
      true,
    );
    const before = databaseChecksum(isu.database.sqlite);
    const dry = await importFile(book, true);
    expect(dry.statusCode, dry.body).toBe(200);
    const report = ImportResponseSchema.parse(dry.json()).data;
    expect(report.rejected).toEqual([]);
    expect(report.changes.map((c) => [c.row, c.indicatorId, c.after.value, c.after.qualifier, c.after.note])).toEqual([
      [2, 'a9-assessed-contributions-on-time', 31.5, 'average', '2026-09-01'],
      [4, 'a27-re-integrated', 10, 'exact', 'Ten of ten'],
    ]);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);

    const applied = await importFile(book, false);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(ImportResponseSchema.parse(applied.json()).data).toMatchObject({ applied: true, rows: 2 });
    expect(databaseChecksum(isu.database.sqlite)).not.toBe(before);
  });

  it('rejects a value cell holding the text "ten", naming its row and column; applying changes nothing', async () => {
    const book = await workbook([
      ['indicatorId', 'cycle', 'value', 'document'],
      ['a27-re-integrated', '14MSP', 9, 'Article 7 reports 2026'],
      ['a29-disaggregated-data', '14MSP', 'ten', 'Article 7 reports 2026'],
    ]);
    const report = ImportResponseSchema.parse((await importFile(book, true)).json()).data;
    expect(report.rejected).toMatchObject([{ row: 3, field: 'value' }]);
    const before = databaseChecksum(isu.database.sqlite);
    const applied = await importFile(book, false);
    expect(applied.statusCode).toBe(400);
    expect(ProblemSchema.parse(applied.json()).detail).toMatch(/row 3/);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('refuses a formula with no saved result and an error value, naming the row, the column letter and its header', async () => {
    const noResult = await workbook([
      ['indicatorId', 'cycle', 'value', 'document'],
      ['a27-re-integrated', '14MSP', 9, 'Article 7 reports 2026'],
      [],
      ['a29-disaggregated-data', '14MSP', { formula: 'C2*2' }, 'Article 7 reports 2026'],
    ]);
    const res = await importFile(noResult, true);
    expect(res.statusCode).toBe(400);
    expect(ProblemSchema.parse(res.json())).toMatchObject({ parameter: 'file' });
    expect(ProblemSchema.parse(res.json()).detail).toMatch(/^Row 4, column C \(value\): the cell holds a formula \(=C2\*2\) with no saved result/);

    const error = await workbook([
      ['indicatorId', 'cycle', 'value'],
      ['a27-re-integrated', '14MSP', { formula: '1/0', result: { error: '#DIV/0!' } }],
    ]);
    expect(ProblemSchema.parse((await importFile(error, true)).json()).detail).toBe('Row 2, column C (value): the cell shows the error #DIV/0!; correct it or type the value.');
  });

  it('refuses what is not a workbook, and a body of another type with a 415 naming both types', async () => {
    const notZip = await importFile(Buffer.from('indicatorId,cycle,value\n'), true);
    expect(notZip.statusCode).toBe(400);
    expect(ProblemSchema.parse(notZip.json()).detail).toMatch(/not an Excel workbook \(\.xlsx\)/);
    const oldExcel = await importFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), true);
    expect(ProblemSchema.parse(oldExcel.json()).detail).toMatch(/Excel 97–2003 workbook \(\.xls\); save it as an Excel Workbook \(\.xlsx\) or as CSV/);

    for (const path of ['/api/v1/workspace/import', '/api/v1/workspace/counted-states/import']) {
      const wrong = await importFile('{"csv":"x"}', true, 'application/json', path);
      expect(wrong.statusCode, path).toBe(415);
      const detail = ProblemSchema.parse(wrong.json()).detail ?? '';
      expect(detail).toContain('text/csv');
      expect(detail).toContain(XLSX_MEDIA_TYPE);
      expect(detail).toContain('"application/json"');
    }
  });

  it('imports who is counted from a workbook too', async () => {
    const states = ['AFG', 'AGO', 'ALB', 'BIH', 'CAN', 'CHL', 'COL', 'DEU', 'ESP', 'FIN'];
    const book = await workbook([['indicator', 'cycle', 'state', 'source'], ...states.map((s) => ['a27-re-integrated', '14MSP', s.toLowerCase(), 'Article 7 reports 2026'])]);
    const res = await importFile(book, true, XLSX_MEDIA_TYPE, '/api/v1/workspace/counted-states/import');
    expect(res.statusCode, res.body).toBe(200);
    const report = CountedImportResponseSchema.parse(res.json()).data;
    expect(report.problems).toEqual([]);
    expect(report.figures).toMatchObject([{ indicatorId: 'a27-re-integrated', cycle: '14MSP', rows: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11], states, derived: 10 }]);
  });
});

describe('readXlsxTable', () => {
  it('numbers read with a dot and without binary noise, booleans as true/false, empty rows skipped, sheet rows as lines', async () => {
    const table = await readXlsxTable(await workbook([[], ['a', 'b', 'c'], [0.1 + 0.2, true, ' padded '], [null, null, null], [1e-7, false, '=1+1']]));
    expect(table.problems).toEqual([]);
    expect(table.header).toEqual(['a', 'b', 'c']);
    expect(table.records).toEqual([
      { a: '0.3', b: 'true', c: 'padded' },
      { a: '1e-7', b: 'false', c: '=1+1' },
    ]);
    expect(table.lines).toEqual([3, 5]);
  });

  it('names a duplicate header and a value under a nameless column', async () => {
    const table = await readXlsxTable(await workbook([['a', 'a', null], ['1', '2', 'stray']]));
    expect(table.problems.map((p) => p.message)).toEqual([
      'Row 1, column B: the column "a" appears twice in the header.',
      'Row 2, column C holds "stray", but the column has no name in the header (row 1).',
    ]);
  });

  it('letters columns as a spreadsheet does', () => {
    expect([1, 3, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'C', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
