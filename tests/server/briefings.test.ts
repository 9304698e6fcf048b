// Briefings through the API: the Word file is a valid Office Open XML package with the pillar's flagged indicators.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ExportResponseSchema, PillarsResponseSchema } from '../../shared/src/schemas/api.ts';
import { BriefingResponseSchema } from '../../shared/src/schemas/briefing.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { buildTestApp } from '../helpers/app.ts';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await buildTestApp());
});
afterAll(async () => {
  await app.close();
});

async function docxText(pillar: string): Promise<{ text: string; xml: string; files: string[] }> {
  const res = await app.inject({ method: 'GET', url: `/api/v1/briefings/${pillar}.docx` });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const zip = await JSZip.loadAsync(res.rawPayload);
  const files = Object.keys(zip.files);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const text = xml.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  return { text, xml, files };
}

describe('briefings', () => {
  it('answers a briefing for every pillar, flagged indicators first', async () => {
    const pillars = PillarsResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/pillars' })).json()).data;
    for (const pillar of pillars) {
      const res = await app.inject({ method: 'GET', url: `/api/v1/briefings/${pillar.slug}` });
      expect(res.statusCode, pillar.slug).toBe(200);
      const { data } = BriefingResponseSchema.parse(res.json());
      expect(data.headline.length).toBeGreaterThan(0);
      expect(data.flagged.every((b) => ['stalled', 'declining'].includes(b.effectiveStatus))).toBe(true);
      expect(data.flagged.length + data.others.length).toBe(pillar.indicatorCount);
    }
  });

  it('the Word file is an OOXML package whose text holds the flagged indicators, with headings, tables and chart images', async () => {
    const { data } = BriefingResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/briefings/victim-assistance' })).json());
    expect(data.flagged.length).toBeGreaterThan(0);
    const { text, xml, files } = await docxText('victim-assistance');
    expect(files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    expect(files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    for (const flagged of data.flagged) expect(text).toContain(flagged.indicator.title);
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('<w:tbl>');
    expect(text).toContain('Questions for the meeting');
    for (const sentence of data.headline) expect(text).toContain(sentence);
  });

  it('the CSV holds exactly the export rows of the pillar', async () => {
    const rows = ExportResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/export.json?pillar=victim-assistance' })).json()).data;
    const csv = (await app.inject({ method: 'GET', url: '/api/v1/briefings/victim-assistance.csv' })).body;
    const exported = (await app.inject({ method: 'GET', url: '/api/v1/export.csv?pillar=victim-assistance' })).body;
    expect(csv).toBe(exported);
    expect(csv.trim().split('\r\n')).toHaveLength(rows.length + 1);
  });

  it('answers 404 for an unknown pillar and 400 for an unknown language', async () => {
    for (const url of ['/api/v1/briefings/nope', '/api/v1/briefings/nope.docx', '/api/v1/briefings/nope.csv']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(ProblemSchema.parse(res.json()).status).toBe(404);
    }
    expect((await app.inject({ method: 'GET', url: '/api/v1/briefings/risk-education?lang=xx' })).statusCode).toBe(400);
  });
});
