import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { EXPORT_COLUMNS, ExportResponseSchema, IndicatorsResponseSchema } from '../../shared/src/schemas/api.ts';
import { buildTestApp } from '../helpers/app.ts';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await buildTestApp());
});
afterAll(async () => {
  await app.close();
});

function csvRows(body: string) {
  return parse<Record<string, string>>(body, { bom: true, columns: true, skip_empty_lines: true });
}

describe('exports', () => {
  it('CSV starts with a UTF-8 BOM, uses CRLF and the documented columns', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/export.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const firstLine = res.body.replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(firstLine).toBe(EXPORT_COLUMNS.join(','));
  });

  it('CSV parses back to the same rows as the JSON export', async () => {
    const json = ExportResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/export.json' })).json()).data;
    const csv = csvRows((await app.inject({ method: 'GET', url: '/api/v1/export.csv' })).body);
    expect(csv).toHaveLength(json.length);
    csv.forEach((row, index) => {
      const expected = json[index];
      expect(expected).toBeDefined();
      if (!expected) return;
      for (const column of EXPORT_COLUMNS) {
        const value = expected[column];
        expect(row[column], `${index}.${column}`).toBe(value === null ? '' : String(value));
      }
    });
  });

  it('has one row per observation and honours the /indicators filters', async () => {
    const indicators = IndicatorsResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/indicators?pillar=victim-assistance' })).json()).data;
    const rows = ExportResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/export.json?pillar=victim-assistance' })).json()).data;
    expect(rows.length).toBe(indicators.reduce((n, i) => n + i.observations.length, 0));
    expect(rows.every((r) => r.pillar === 'victim-assistance')).toBe(true);
    const csv = csvRows((await app.inject({ method: 'GET', url: '/api/v1/export.csv?pillar=victim-assistance' })).body);
    expect(csv).toHaveLength(rows.length);
  });
});
