// A plan's results and the crosswalk: the LAP's results follow from its real statuses (computed here from the API, never
// hard-coded), the CSV speaks the reader's language, and a second plan changes nothing of the LAP's record.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { parse } from 'csv-parse/sync';
import { API_PATHS } from '../../shared/src/api-paths.ts';
import { ActionsResponseSchema, IndicatorsResponseSchema, type Indicator } from '../../shared/src/schemas/api.ts';
import { isFlagged, ProblemSchema, STATUS_CODES } from '../../shared/src/schemas/common.ts';
import { CrosswalkResponseSchema, PlanResultsResponseSchema, type PlanResults } from '../../shared/src/schemas/plans.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import { RESULTS_CSV_HEADERS } from '../../server/src/modules/catalogue/results.ts';
import { buildTestApp } from '../helpers/app.ts';
import { FIXTURE_PLAN, insertFixturePlan } from '../helpers/db.ts';

let app: FastifyInstance;
let database: Database_;

const get = (url: string) => app.inject({ method: 'GET', url });
const results = async (url = API_PATHS.planResults('LAP')): Promise<PlanResults> => {
  const res = await get(url);
  expect(res.statusCode, url).toBe(200);
  return PlanResultsResponseSchema.parse(res.json()).data;
};
const lapIndicators = async (lang = 'en'): Promise<Indicator[]> =>
  IndicatorsResponseSchema.parse((await get(`${API_PATHS.planIndicators('LAP')}?lang=${lang}`)).json()).data;
const severity = (code: Indicator['status']['code']) => STATUS_CODES.indexOf(code);
/** A CSV body as rows of cells (the BOM dropped). */
const csvRows = (text: string): string[][] => parse(text, { bom: true });

beforeEach(async () => {
  ({ app, database } = await buildTestApp());
});
afterEach(async () => {
  await app.close();
});

describe('the LAP’s results', () => {
  it('count what its indicators say: every indicator, those achieved, those flagged, those with no figure', async () => {
    const data = await results();
    const indicators = await lapIndicators();
    expect(data.plan).toMatchObject({ code: 'LAP', deadlineCycle: '3RC', ended: false });
    expect(data.indicatorCount).toBe(indicators.length);
    expect(data.reachedTarget).toBe(indicators.filter((i) => i.status.code === 'achieved').length);
    expect(data.reachedTarget).toBeGreaterThan(0);
    const flagged = indicators.filter((i) => isFlagged(i.status.code));
    expect(flagged.length).toBeGreaterThan(0);
    expect(data.flagged.map((f) => f.id).sort()).toEqual(flagged.map((i) => i.id).sort());
    for (const f of data.flagged) expect(f.status, f.id).toBe(indicators.find((i) => i.id === f.id)?.status.code);
    // Most severe first.
    expect(data.flagged.map((f) => severity(f.status))).toEqual([...data.flagged.map((f) => severity(f.status))].sort((a, b) => a - b));
    const unmeasured = indicators.filter((i) => !i.observations.some((o) => o.reporting === 'reported' && o.value !== null));
    expect(data.neverMeasured.indicators.map((i) => i.id)).toEqual(unmeasured.map((i) => i.id));
  });

  it('list every action 1–48 once, each with its indicators and final status; actions without an indicator are never measured', async () => {
    const data = await results();
    const indicators = await lapIndicators();
    const actions = ActionsResponseSchema.parse((await get(API_PATHS.planActions('LAP'))).json()).data;
    expect(data.actions.map((a) => a.number)).toEqual(Array.from({ length: 48 }, (_, k) => k + 1));
    const bare = actions.filter((a) => a.indicators.length === 0);
    expect(bare.length).toBeGreaterThan(0);
    expect(data.neverMeasured.actions.map((a) => a.number)).toEqual(bare.map((a) => a.number));
    for (const action of data.actions) {
      const own = indicators.filter((i) => i.action === action.number);
      expect(action.indicators.map((i) => i.id).sort(), `action ${action.number}`).toEqual(own.map((i) => i.id).sort());
      const judged = own.map((i) => i.status.code).filter((c) => c !== 'insufficient_data');
      const expected = own.length === 0 ? null : judged.length === 0 ? 'insufficient_data' : STATUS_CODES[Math.min(...judged.map(severity))];
      expect(action.status, `action ${action.number}`).toBe(expected);
      for (const i of action.indicators) {
        expect(i.status).toBe(own.find((o) => o.id === i.id)?.status.code);
        expect(i.latest, i.id).toMatch(/\S/);
      }
    }
    // An action with no indicator has no status, and is in the never-measured list.
    const first = bare[0];
    expect(data.actions.find((a) => a.number === first?.number)?.status).toBeNull();
  });

  it('word the latest figure as the pillar briefing does, in the chosen language', async () => {
    const en = await results();
    const fr = await results(`${API_PATHS.planResults('LAP')}?lang=fr`);
    const pick = (r: PlanResults) => r.actions.flatMap((a) => a.indicators).find((i) => i.id === 'a27-re-integrated');
    expect(pick(en)?.latest).toMatch(/ in \d+MSP/);
    expect(pick(fr)?.latest).not.toBe(pick(en)?.latest);
  });

  it('as CSV: translated headers in each language, one row per indicator, as an attachment', async () => {
    const indicators = await lapIndicators();
    for (const lang of ['en', 'fr', 'es', 'ar'] as const) {
      const res = await get(`${API_PATHS.planResultsCsv('LAP')}?lang=${lang}`);
      expect(res.statusCode, lang).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="lap-results-${lang}.csv"`);
      expect(res.body.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = csvRows(res.body);
      expect(header, lang).toEqual(Object.values(RESULTS_CSV_HEADERS[lang]));
      expect(rows).toHaveLength(indicators.length);
      expect(rows.map((r) => r[3]).sort()).toEqual(indicators.map((i) => i.id).sort());
      for (const row of rows) {
        const indicator = indicators.find((i) => i.id === row[3]);
        expect(row[0]).toBe(String(indicator?.action));
        expect(row[5]).toBe(indicator?.status.code);
        expect(row[6], `${lang} ${row[3]}`).toMatch(/\S/);
      }
    }
    const fr = csvRows((await get(`${API_PATHS.planResultsCsv('lap')}?lang=fr`)).body);
    expect(fr[0]?.[7]).toBe('Dernier chiffre');
    expect(fr.slice(1).find((r) => r[5] === 'achieved')?.[6]).toBe('Atteint');
  });

  it('a 404 problem for an unknown plan, JSON and CSV alike', async () => {
    for (const url of [API_PATHS.planResults('nope'), API_PATHS.planResultsCsv('nope'), `${API_PATHS.crosswalk()}?plan=nope`]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(ProblemSchema.parse(res.json()).detail).toContain('nope');
    }
  });
});

describe('with a second plan (the NAP fixture)', () => {
  it('the crosswalk lists its three relations with their titles, and ?plan= filters on either end', async () => {
    expect(CrosswalkResponseSchema.parse((await get(API_PATHS.crosswalk())).json()).data).toEqual([]);
    insertFixturePlan(database);
    const all = CrosswalkResponseSchema.parse((await get(API_PATHS.crosswalk())).json()).data;
    expect(all.map((x) => [x.entity, x.fromPlan, x.from, x.relation, x.toPlan, x.to])).toEqual([
      ['indicator', 'LAP', FIXTURE_PLAN.predecessor, 'revised', 'NAP', FIXTURE_PLAN.indicator],
      ['indicator', 'LAP', FIXTURE_PLAN.discontinued, 'discontinued', 'NAP', null],
      ['action', 'LAP', '27', 'carried_over', 'NAP', '27'],
    ]);
    const indicators = await lapIndicators();
    expect(all[0]?.fromTitle).toBe(indicators.find((i) => i.id === FIXTURE_PLAN.predecessor)?.title);
    expect(all[0]?.toTitle).toBe('States Parties with a fixture measure');
    expect(all[1]?.toTitle).toBeNull();
    expect(all[2]?.toTitle).toBe('Next plan action 27 (fixture)');
    for (const x of all) expect(x.fromTitle, `${x.entity} ${x.from}`).toMatch(/\S/);

    for (const plan of ['NAP', 'nap', 'LAP']) {
      expect(CrosswalkResponseSchema.parse((await get(`${API_PATHS.crosswalk()}?plan=${plan}`)).json()).data, plan).toEqual(all);
    }
    const res = await get(`${API_PATHS.crosswalk()}?plan=lap&lang=xx`);
    expect(res.statusCode).toBe(400);
  });

  it('the LAP’s results do not move: byte for byte the same, but for "ended" and the data version', async () => {
    const before = await get(API_PATHS.planResults('LAP'));
    insertFixturePlan(database);
    const after = PlanResultsResponseSchema.parse((await get(API_PATHS.planResults('LAP'))).json());
    const was = PlanResultsResponseSchema.parse(before.json()).data;
    // A later plan is published: the LAP has ended (its pages are now its record).
    expect(was.plan.ended).toBe(false);
    expect(after.data.plan.ended).toBe(true);
    expect(after.data.dataVersion).toBeGreaterThan(was.dataVersion);
    const normalised = { data: { ...after.data, plan: { ...after.data.plan, ended: false }, dataVersion: was.dataVersion, updatedAt: was.updatedAt } };
    expect(JSON.stringify(normalised)).toBe(before.body);
  });

  it('the NAP has its own results: its one indicator, and an action that carries on the LAP’s number 27', async () => {
    insertFixturePlan(database);
    const nap = await results(API_PATHS.planResults('nap'));
    expect(nap.plan).toMatchObject({ code: 'NAP', deadlineCycle: FIXTURE_PLAN.deadlineCycle, ended: false });
    expect(nap.indicatorCount).toBe(1);
    expect(nap.actions.map((a) => [a.number, a.indicators.map((i) => i.id)])).toEqual([[27, [FIXTURE_PLAN.indicator]]]);
    expect(nap.neverMeasured).toEqual({ indicators: [], actions: [] });
    const csv = csvRows((await get(API_PATHS.planResultsCsv('NAP'))).body);
    expect(csv).toHaveLength(2);
  });
});
