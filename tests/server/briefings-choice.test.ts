// The Coordinator's choice through the downloads: `indicators=<ids in order>` puts only those indicators, in that order,
// in the Word file and the CSV; an unknown id is a 400 naming it; without the parameter the full briefing, as before.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { BriefingResponseSchema, type Briefing } from '../../shared/src/schemas/briefing.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { readCsvRecords } from '../../server/src/lib/csv.ts';
import { buildTestApp } from '../helpers/app.ts';

const BASE = '/api/v1/action-plans/lap/briefings/victim-assistance';
let app: FastifyInstance;
let briefing: Briefing;
beforeAll(async () => {
  ({ app } = await buildTestApp());
  briefing = BriefingResponseSchema.parse((await app.inject({ method: 'GET', url: BASE })).json()).data;
});
afterAll(async () => {
  await app.close();
});

async function docxText(query: string): Promise<string> {
  const res = await app.inject({ method: 'GET', url: `${BASE}.docx?${query}` });
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  const xml = (await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

const ids = () => [...briefing.flagged, ...briefing.others].map((b) => b.indicator.id);
const titleOf = (id: string) => [...briefing.flagged, ...briefing.others].find((b) => b.indicator.id === id)?.indicator.title ?? id;

describe('briefing downloads with a choice of indicators', () => {
  it('the Word file has only the chosen indicators of the Others section, in the chosen order, and their talking points only', async () => {
    const others = briefing.others.map((b) => b.indicator.id);
    expect(others.length).toBeGreaterThanOrEqual(3);
    const [first, second, third] = others as [string, string, string];
    const flagged = briefing.flagged.map((b) => b.indicator.id);
    const text = await docxText(`lang=en&indicators=${[third, first, ...flagged].join(',')}`);
    const at = (id: string) => text.indexOf(`: ${titleOf(id)}`);
    expect(at(third)).toBeGreaterThan(-1);
    expect(at(first)).toBeGreaterThan(at(third));
    expect(text).not.toContain(`: ${titleOf(second)}Status`);
    for (const id of flagged) expect(at(id)).toBeGreaterThan(-1);
    // The talking points follow the choice: none about a left-out indicator.
    const points = text.slice(text.indexOf('Talking points for the meeting'));
    for (const p of briefing.talkingPoints) if (p.indicatorId === second) expect(points).not.toContain(p.text);
    for (const p of briefing.talkingPoints) if (p.indicatorId && flagged.includes(p.indicatorId)) expect(points).toContain(p.text);
  });

  it('the CSV has the rows of the chosen indicators only, in the chosen order', async () => {
    const [a, b] = [ids().at(-1) ?? '', ids()[0] ?? ''];
    const res = await app.inject({ method: 'GET', url: `${BASE}.csv?indicators=${a},${b}` });
    expect(res.statusCode).toBe(200);
    const { records } = readCsvRecords(res.body);
    const order = [...new Set(records.map((r) => r.indicatorId))];
    expect(order).toEqual([a, b]);
    const full = readCsvRecords((await app.inject({ method: 'GET', url: `${BASE}.csv` })).body).records;
    expect(records.length).toBeLessThan(full.length);
  });

  it('an unknown id is a 400 naming it and the parameter; an empty choice is a 400 too', async () => {
    const known = ids()[0] ?? '';
    for (const url of [`${BASE}.docx?indicators=${known},no-such-indicator`, `${BASE}.csv?indicators=no-such-indicator`]) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      const problem = ProblemSchema.parse(res.json());
      expect(problem.parameter).toBe('indicators');
      expect(problem.detail).toContain('no-such-indicator');
    }
    // An indicator of another pillar is not one of this briefing's.
    const other = BriefingResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/briefings/guiding-principles' })).json()).data;
    const foreign = [...other.flagged, ...other.others][0]?.indicator.id ?? '';
    const res = await app.inject({ method: 'GET', url: `${BASE}.csv?indicators=${foreign}` });
    expect(res.statusCode).toBe(400);
    expect(ProblemSchema.parse(res.json()).detail).toContain(foreign);
    expect((await app.inject({ method: 'GET', url: `${BASE}.docx?indicators=` })).statusCode).toBe(400);
  });

  it('without a choice the full briefing, cached as before', async () => {
    const res = await app.inject({ method: 'GET', url: `${BASE}.csv` });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBeTruthy();
    const chosen = await app.inject({ method: 'GET', url: `${BASE}.csv?indicators=${ids()[0] ?? ''}` });
    expect(chosen.headers['cache-control']).toBe('no-store');
  });
});
