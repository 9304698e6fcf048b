// The API in the four working languages: translated content with the English fallback flagged, and localised reasons.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { IndicatorResponseSchema, PillarsResponseSchema } from '../../shared/src/schemas/api.ts';
import { BriefingResponseSchema } from '../../shared/src/schemas/briefing.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import { buildTestApp } from '../helpers/app.ts';
import { createAccount, signIn } from '../helpers/auth.ts';

let app: FastifyInstance;
let database: Database_;
beforeAll(async () => {
  ({ app, database } = await buildTestApp());
});
afterAll(async () => {
  await app.close();
});

const indicator = async (query: string, headers: Record<string, string> = {}) => {
  const res = await app.inject({ method: 'GET', url: `/api/v1/indicators/a36-legislation-policies${query}`, headers });
  return { res, data: IndicatorResponseSchema.parse(res.json()).data };
};

describe('languages', () => {
  it('serves English by default with no fallback flagged', async () => {
    const { res, data } = await indicator('');
    expect(res.headers['content-language']).toBe('en');
    expect(data.i18n).toEqual({ lang: 'en', fallback: [] });
    expect(data.status.reason).toMatch(/^Stalled: 9 of 12 States Parties/);
  });

  it.each([
    ['fr', 'États parties'],
    ['es', 'Estados Partes'],
    ['ar', 'الدول الأطراف'],
  ])('?lang=%s gives the status reason in that language, and flags the untranslated title', async (lang, statesParties) => {
    const { res, data } = await indicator(`?lang=${lang}`);
    expect(res.headers['content-language']).toBe(lang);
    expect(data.status.reason).toContain(statesParties);
    expect(data.status.reason).toContain('9');
    expect(data.status.reason).not.toContain('{');
    expect(data.i18n).toEqual({ lang, fallback: ['title'] });
    expect(data.unit).toBe(statesParties);
  });

  it('follows Accept-Language when no ?lang= is given, and caches each language apart', async () => {
    const es = await indicator('', { 'accept-language': 'es-ES,es;q=0.9,en;q=0.5' });
    const en = await indicator('', { 'accept-language': 'de' });
    expect(es.data.i18n.lang).toBe('es');
    expect(en.data.i18n.lang).toBe('en');
    expect(es.res.headers.etag).not.toBe(en.res.headers.etag);
    expect(String(es.res.headers.vary)).toContain('Accept-Language');
  });

  it('rejects an unsupported ?lang=', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/pillars?lang=de' })).statusCode).toBe(400);
  });

  it('shows a translation once entered in the workspace and published', async () => {
    await createAccount(database, 'admin@i18n.test', 'admin');
    const cookie = await signIn(app, 'admin@i18n.test');
    const put = (payload: object) => app.inject({ method: 'PUT', url: '/api/v1/workspace/translations', headers: { cookie }, payload });
    expect((await put({ entity: 'pillar', key: 'victim-assistance', field: 'name', lang: 'fr', value: 'Assistance aux victimes' })).statusCode).toBe(200);
    expect((await put({ entity: 'indicator', key: 'a36-legislation-policies', field: 'title', lang: 'fr', value: 'États parties ayant adopté des lois et politiques avec la participation des victimes' })).statusCode).toBe(200);
    expect((await put({ entity: 'pillar', key: 'victim-assistance', field: 'summary', lang: 'fr', value: 'x' })).statusCode).toBe(400);
    expect((await indicator('?lang=fr')).data.i18n.fallback).toEqual(['title']);

    expect((await app.inject({ method: 'POST', url: '/api/v1/workspace/content/publish', headers: { cookie } })).statusCode).toBe(200);
    const { data } = await indicator('?lang=fr');
    expect(data.title).toBe('États parties ayant adopté des lois et politiques avec la participation des victimes');
    expect(data.i18n.fallback).toEqual([]);
    const pillars = PillarsResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/pillars?lang=fr' })).json()).data;
    expect(pillars.find((p) => p.slug === 'victim-assistance')?.name).toBe('Assistance aux victimes');
    expect(pillars.find((p) => p.slug === 'risk-education')?.i18n.fallback).toEqual(['name']);
    expect((await indicator('?lang=es')).data.i18n.fallback).toEqual(['title']);
  });

  it('writes the briefing and its Word file in the chosen language, right to left in Arabic', async () => {
    const { data } = BriefingResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/briefings/victim-assistance?lang=ar' })).json());
    expect(data.lang).toBe('ar');
    expect(data.headline.join(' ')).toMatch(/[\u0600-\u06FF]/);
    const docx = await app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/briefings/victim-assistance.docx?lang=ar' });
    const xml = (await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('<w:bidi');
    expect(xml).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('what-if classification in other languages', () => {
  it('gives the reason in the requested language', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/classify?lang=es',
      payload: { direction: 'increase', denominator: 12, observations: [{ cycle: '11MSP', value: 9 }, { cycle: '12MSP', value: 9 }, { cycle: '13MSP', value: 9 }] },
    });
    expect(res.statusCode).toBe(200);
    const { data } = res.json<{ data: { code: string; reason: string } }>();
    expect(data.code).toBe('stalled');
    expect(data.reason).toMatch(/Estancado|estancado/);
    expect(data.reason).toContain('Estados Partes');
  });
});
