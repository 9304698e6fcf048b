// Who is counted: /api/v1/states and /api/v1/states/:code over a fresh database with the bundled data and fixture States
// rows; every body parsed with the shared schema. A figure of an unpublished plan never names a State.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { API_PATHS } from '../../shared/src/api-paths.ts';
import { IndicatorResponseSchema } from '../../shared/src/schemas/api.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { StateResponseSchema, StatesResponseSchema } from '../../shared/src/schemas/states.ts';
import { buildTestApp } from '../helpers/app.ts';
import { FIXTURE_PLAN, insertFixturePlan } from '../helpers/db.ts';
import { countInFixturePlan, insertStatesFixture, type StatesFixture } from '../helpers/states-fixture.ts';

let app: FastifyInstance;
let fixture: StatesFixture;

beforeAll(async () => {
  const built = await buildTestApp();
  app = built.app;
  fixture = insertStatesFixture(built.database);
  insertFixturePlan(built.database);
  countInFixturePlan(built.database, FIXTURE_PLAN.indicator, 'N1MSP');
});
afterAll(async () => {
  await app.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('GET /api/v1/states', () => {
  it('lists every State with its status from the latest event, sorted by name', async () => {
    const res = await get(API_PATHS.states());
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBeDefined();
    const { data } = StatesResponseSchema.parse(res.json());
    expect(data.map((s) => s.code)).toEqual(['LAO', 'LBN', 'LTU']);
    expect(Object.fromEntries(data.map((s) => [s.code, s.status]))).toEqual({ LAO: 'state_party', LBN: 'state_party', LTU: 'withdrawn' });
    const lao = data.find((s) => s.code === 'LAO');
    expect(lao?.shortName).toBe('Lao PDR');
    const ltu = data.find((s) => s.code === 'LTU');
    expect(ltu?.events.map((e) => e.kind)).toEqual(['state_party', 'withdrawal_notified', 'withdrawn']);
    expect(ltu?.events.at(-1)?.source).toEqual({ document: fixture.document.shortTitle, paragraph: 14, quote: 'Lithuania’s withdrawal took effect.' });
  });

  it.each([
    ['en', 'Lebanon'],
    ['fr', 'Liban'],
    ['es', 'Líbano'],
    ['ar', 'لبنان'],
  ] as const)('names LBN in %s as %s, and in all four languages', async (lang, name) => {
    const { data } = StatesResponseSchema.parse((await get(`${API_PATHS.states()}?lang=${lang}`)).json());
    const lbn = data.find((s) => s.code === 'LBN');
    expect(lbn?.name).toBe(name);
    expect(lbn?.names).toEqual({ en: 'Lebanon', fr: 'Liban', es: 'Líbano', ar: 'لبنان' });
    expect(lbn?.i18n).toEqual({ lang, fallback: [] });
  });

  it('counts in namedIn the published figures and the series points naming a State, never an unpublished plan’s', async () => {
    const { data } = StatesResponseSchema.parse((await get(API_PATHS.states())).json());
    const namedIn = Object.fromEntries(data.map((s) => [s.code, s.namedIn]));
    // LBN: the LAP figure and the series point (the fixture plan's figure is hidden); LAO the same; LTU none.
    expect(namedIn).toEqual({ LAO: 2, LBN: 2, LTU: 0 });
  });
});

describe('GET /api/v1/states/:code', () => {
  it.each(['LBN', 'lbn', 'Lbn'])('answers %s with the State and its mentions', async (code) => {
    const res = await get(`/api/v1/states/${code}`);
    expect(res.statusCode).toBe(200);
    const { data } = StateResponseSchema.parse(res.json());
    expect(data.code).toBe('LBN');
    expect(data.mentions).toHaveLength(2);
    const figure = data.mentions.find((m) => m.kind === 'figure');
    expect(figure).toMatchObject({ indicator: fixture.figure.indicatorId, actionPlan: 'LAP', cycle: fixture.figure.cycle, spanFrom: null, series: null, period: null });
    expect(figure?.source).toEqual({ document: fixture.document.shortTitle, paragraph: 42, quote: 'Lebanon and the Lao PDR reported.' });
    const point = data.mentions.find((m) => m.kind === 'series');
    expect(point).toMatchObject({ indicator: null, series: fixture.point.series, period: fixture.point.period, cycle: null });
    expect(point?.title).toContain(fixture.point.measure);
  });

  it('never mentions a figure of an unpublished plan', async () => {
    const { data } = StateResponseSchema.parse((await get(API_PATHS.state('LBN'))).json());
    expect(data.mentions.some((m) => m.indicator === FIXTURE_PLAN.indicator || m.actionPlan === 'NAP')).toBe(false);
    expect(data.namedIn).toBe(data.mentions.length);
  });

  it('titles the figure in the language asked for', async () => {
    const en = StateResponseSchema.parse((await get(`${API_PATHS.state('LAO')}?lang=en`)).json());
    const fr = StateResponseSchema.parse((await get(`${API_PATHS.state('LAO')}?lang=fr`)).json());
    expect(fr.data.name).not.toBe(en.data.name);
    expect(fr.data.i18n.lang).toBe('fr');
  });

  it('answers an unknown code with a 404 problem', async () => {
    const res = await get(API_PATHS.state('XYZ'));
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(ProblemSchema.parse(res.json()).status).toBe(404);
  });

  it.each(['lb', 'lbnn', '12a', 'l-n'])('answers the malformed code %s with a 400 problem', async (code) => {
    const res = await get(`/api/v1/states/${code}`);
    expect(res.statusCode).toBe(400);
    expect(ProblemSchema.parse(res.json()).status).toBe(400);
  });
});

describe('counted on the observations', () => {
  it('lists the States a figure counts, sorted by name, with the unnamed rest and the source', async () => {
    const { data } = IndicatorResponseSchema.parse((await get(API_PATHS.indicator(fixture.figure.indicatorId))).json());
    const observation = data.observations.find((o) => o.cycle === fixture.figure.cycle && o.spanFrom === null);
    expect(observation?.counted).toEqual({
      states: ['LAO', 'LBN'],
      complete: fixture.figure.value === 2,
      unnamed: fixture.figure.value - 2,
      missing: null,
      source: { document: fixture.document.shortTitle, paragraph: 42, quote: 'Lebanon and the Lao PDR reported.' },
    });
    expect(data.observations.filter((o) => o !== observation).every((o) => o.counted === null)).toBe(true);
  });
});
