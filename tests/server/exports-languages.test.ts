// The long-format export in the reader's language: headers and coded words (status, qualifier, reporting) translated,
// the codes kept in their own columns; one indicator's rows with ?indicator=; and an export in any language imports back.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { EXPORT_COLUMNS, ExportResponseSchema } from '../../shared/src/schemas/api.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { ImportResponseSchema } from '../../shared/src/schemas/workspace.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import { buildTestApp } from '../helpers/app.ts';
import { signInAdminAndEditor } from '../helpers/auth.ts';

let app: FastifyInstance;
let database: Database_;
let editor: string;
beforeAll(async () => {
  ({ app, database } = await buildTestApp());
  ({ editor } = await signInAdminAndEditor(app, database, 'isu.test'));
});
afterAll(async () => {
  await app.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });
const csvOf = (body: string): string[][] => parse(body, { bom: true, skip_empty_lines: true });
/** The CSV as records keyed by its (translated) header. */
const recordsOf = (body: string) => parse<Record<string, string>>(body, { bom: true, columns: true, skip_empty_lines: true });

describe('the export in the reader’s language', () => {
  it('in Arabic: headers in Arabic, the status, qualifier and reporting in Arabic words beside their codes', async () => {
    const res = await get('/api/v1/export.csv?lang=ar&indicator=a36-legislation-policies');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="a36-legislation-policies.csv"');
    const [header] = csvOf(res.body);
    expect(header).toHaveLength(EXPORT_COLUMNS.length);
    expect(header).toEqual(expect.arrayContaining(['معرّف المؤشر', 'الدورة', 'القيمة', 'الحالة', 'الحالة (رمز)', 'صفة الرقم', 'صفة الرقم (رمز)', 'الإبلاغ']));
    expect(header?.some((h) => /^[a-z]+[A-Z]/.test(h))).toBe(false);
    const rows = recordsOf(res.body);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row['معرّف المؤشر']).toBe('a36-legislation-policies');
      // a36 is stalled: the code stays a code, the words are Arabic.
      expect(row['الحالة (رمز)']).toBe('stalled');
      expect(row['الحالة']).toBe('متعثر');
      expect(row['صفة الرقم (رمز)']).toBe('exact');
      expect(row['صفة الرقم']).toBe('دقيق');
      expect(row['الإبلاغ (رمز)']).toBe('reported');
      expect(row['الإبلاغ']).toBe('مُبلَّغ عنه');
      expect(row['الوحدة']).toBe('الدول الأطراف');
    }
  });

  it('in French: headers and words in French, a bound worded « au moins »', async () => {
    const rows = recordsOf((await get('/api/v1/export.csv?lang=fr')).body);
    expect(Object.keys(rows[0] ?? {})).toEqual(expect.arrayContaining(['Identifiant de l’indicateur', 'Statut', 'Statut (code)', 'Qualificatif', 'Qualificatif (code)', 'Communication']));
    const bound = rows.find((r) => r['Qualificatif (code)'] === 'at_least');
    expect(bound?.['Qualificatif']).toBe('au moins');
    const stalled = rows.find((r) => r['Statut (code)'] === 'stalled');
    expect(stalled?.['Statut']).toBe('Au point mort');
    expect(rows.find((r) => r['Communication (code)'] === 'reported')?.['Communication']).toBe('communiqué');
  });

  it('in English: the documented column names, and the words in English', async () => {
    const res = await get('/api/v1/export.csv?indicator=a36-legislation-policies');
    expect(csvOf(res.body)[0]).toEqual(EXPORT_COLUMNS);
    const json = ExportResponseSchema.parse((await get('/api/v1/export.json?indicator=a36-legislation-policies')).json()).data;
    expect(json.map((r) => [r.status, r.statusText, r.qualifierText, r.reportingText])[0]).toEqual(['stalled', 'Stalled', 'exact', 'reported']);
  });

  it('?indicator= gives that indicator’s rows only, as the JSON export has them; 404 for an unknown one, 400 for a malformed one', async () => {
    const all = ExportResponseSchema.parse((await get('/api/v1/export.json')).json()).data;
    const one = ExportResponseSchema.parse((await get('/api/v1/export.json?indicator=a27-re-integrated')).json()).data;
    expect(one).toEqual(all.filter((r) => r.indicatorId === 'a27-re-integrated'));
    expect(one.length).toBeGreaterThan(0);
    const missing = await get('/api/v1/export.csv?indicator=no-such-indicator');
    expect(missing.statusCode).toBe(404);
    expect(ProblemSchema.parse(missing.json()).status).toBe(404);
    expect((await get('/api/v1/export.csv?indicator=Not%20A%20Slug')).statusCode).toBe(400);
  });

  it('the Excel workbook names its columns as the CSV does', async () => {
    const csvHeader = csvOf((await get('/api/v1/export.csv?lang=es&indicator=a27-re-integrated')).body)[0];
    expect(csvHeader).toContain('Calificativo (código)');
    const xlsx = await get('/api/v1/export.xlsx?lang=es&indicator=a27-re-integrated');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="a27-re-integrated.xlsx"');
  });

  it.each(['ar', 'fr', 'es', 'en'])('an export in %s imports back as a dry run with no changes', async (lang) => {
    const csv = (await get(`/api/v1/export.csv?lang=${lang}`)).body;
    const res = await app.inject({ method: 'POST', url: '/api/v1/workspace/import?dryRun=true', payload: csv, headers: { cookie: editor, 'content-type': 'text/csv' } });
    expect(res.statusCode, res.body).toBe(200);
    const report = ImportResponseSchema.parse(res.json()).data;
    expect(report.rejected).toEqual([]);
    expect(report.changes).toEqual([]);
    expect(report.unchanged).toBe(report.rows);
  });
});
