// Plans over time: with a fixture second plan (NAP) whose action number and pillar slug repeat the LAP's, everything
// done to the NAP stays on the NAP — translations, overrides, cycles, figures — and the LAP's statuses do not move.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { API_PATHS } from '../../shared/src/api-paths.ts';
import {
  ActionPlanResponseSchema,
  ActionPlansResponseSchema,
  ActionResponseSchema,
  ActionsResponseSchema,
  CyclesResponseSchema,
  ExportResponseSchema,
  IndicatorResponseSchema,
  IndicatorsResponseSchema,
  PillarsResponseSchema,
  SummaryResponseSchema,
} from '../../shared/src/schemas/api.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { ContentChangesResponseSchema } from '../../shared/src/schemas/workspace.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import { buildTestApp } from '../helpers/app.ts';
import { createAccount, signIn } from '../helpers/auth.ts';
import { FIXTURE_PLAN, insertFixturePlan } from '../helpers/db.ts';

let app: FastifyInstance;
let database: Database_;
let admin: string;
/** Every LAP indicator's status before the NAP existed. */
let lapStatusesBefore: Record<string, unknown>;

const get = (url: string) => app.inject({ method: 'GET', url });
const write = (method: 'POST' | 'PUT', url: string, payload?: object) =>
  app.inject({ method, url, headers: { cookie: admin }, ...(payload ? { payload } : {}) });

/** Drafts a French translation (of action 27's title unless told otherwise) for a plan. */
const translate = (actionPlan: string, value: string, entity = 'action', key = '27', field = 'title') =>
  write('PUT', '/api/v1/workspace/translations', { actionPlan, entity, key, field, lang: 'fr', value });
const publish = () => write('POST', '/api/v1/workspace/content/publish');

async function lapStatuses() {
  const indicators = IndicatorsResponseSchema.parse((await get(API_PATHS.planIndicators('LAP'))).json()).data;
  return Object.fromEntries(indicators.map((i) => [i.id, { status: i.status, override: i.override }]));
}

beforeEach(async () => {
  ({ app, database } = await buildTestApp());
  await createAccount(database, 'admin@plans.test', 'admin');
  admin = await signIn(app, 'admin@plans.test');
  lapStatusesBefore = await lapStatuses();
  insertFixturePlan(database);
});
afterEach(async () => {
  await app.close();
});

describe('one plan at a time', () => {
  it('serves a plan by its code without regard to case, and a 404 problem for an unknown plan', async () => {
    for (const code of ['nap', 'NAP', 'Nap']) {
      const res = await get(`/api/v1/action-plans/${code}`);
      expect(res.statusCode, code).toBe(200);
      expect(ActionPlanResponseSchema.parse(res.json()).data).toMatchObject({ code: 'NAP', deadlineCycle: '4RC', cycles: [...FIXTURE_PLAN.cycles] });
    }
    for (const url of ['/api/v1/action-plans/xyz', '/api/v1/action-plans/xyz/pillars', '/api/v1/action-plans/xyz/actions/27', '/api/v1/action-plans/xyz/summary', '/api/v1/action-plans/xyz/indicators', '/api/v1/action-plans/xyz/cycles']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(ProblemSchema.parse(res.json()).detail).toContain('xyz');
    }
  });

  it('restricts cycles, pillars, actions and indicators to the plan', async () => {
    const cycles = CyclesResponseSchema.parse((await get(API_PATHS.planCycles('NAP'))).json()).data;
    expect(cycles.map((c) => c.code)).toEqual([...FIXTURE_PLAN.cycles]);
    expect(CyclesResponseSchema.parse((await get(API_PATHS.planCycles('LAP'))).json()).data.map((c) => c.code)).toEqual(['10MSP', '11MSP', '12MSP', '13MSP', '3RC']);

    const pillars = PillarsResponseSchema.parse((await get(API_PATHS.planPillars('NAP'))).json()).data;
    expect(pillars).toEqual([expect.objectContaining({ slug: 'risk-education', actionPlan: 'NAP', actionCount: 1, indicatorCount: 1 })]);
    const lapRiskEducation = PillarsResponseSchema.parse((await get(API_PATHS.planPillars('LAP'))).json()).data.find((p) => p.slug === 'risk-education');
    expect(lapRiskEducation?.indicatorCount).toBeGreaterThan(0);
    expect(lapRiskEducation?.actionPlan).toBe('LAP');

    const napActions = ActionsResponseSchema.parse((await get(`${API_PATHS.planActions('NAP')}?pillar=risk-education`)).json()).data;
    expect(napActions.map((a) => [a.actionPlan, a.number])).toEqual([['NAP', 27]]);
    expect((await get(`${API_PATHS.planActions('NAP')}?pillar=victim-assistance`)).statusCode).toBe(404);
    const lapAction = ActionResponseSchema.parse((await get(API_PATHS.planAction('LAP', 27))).json()).data;
    const napAction = ActionResponseSchema.parse((await get(API_PATHS.planAction('NAP', 27))).json()).data;
    expect(lapAction).toMatchObject({ actionPlan: 'LAP', title: 'Risk education integrated into national strategies and work plans' });
    expect(napAction).toMatchObject({ actionPlan: 'NAP', title: 'Next plan action 27 (fixture)', indicators: [FIXTURE_PLAN.indicator] });
    expect((await get(API_PATHS.planAction('NAP', 28))).statusCode).toBe(404);

    const napIndicators = IndicatorsResponseSchema.parse((await get(API_PATHS.planIndicators('NAP'))).json()).data;
    expect(napIndicators.map((i) => i.id)).toEqual([FIXTURE_PLAN.indicator]);
    expect(napIndicators[0]?.status.inputs.deadlineCycle).toBe('4RC');
    const lapIds = Object.keys(await lapStatuses());
    expect(lapIds).not.toContain(FIXTURE_PLAN.indicator);
    // ?pillar&action filter inside the plan: the LAP's action 27 indicators, none of the NAP's.
    const lapA27 = IndicatorsResponseSchema.parse((await get(`${API_PATHS.planIndicators('LAP')}?pillar=risk-education&action=27`)).json()).data;
    expect(lapA27.length).toBeGreaterThan(0);
    expect(lapA27.every((i) => i.id !== FIXTURE_PLAN.indicator && i.action === 27)).toBe(true);
    // The unqualified list still has every plan's indicators.
    const all = IndicatorsResponseSchema.parse((await get(API_PATHS.indicators())).json()).data;
    expect(all.map((i) => i.id)).toEqual(expect.arrayContaining([...lapIds, FIXTURE_PLAN.indicator]));
  });

  it('summarises only the plan’s indicators, against its own deadline', async () => {
    const nap = SummaryResponseSchema.parse((await get(API_PATHS.planSummary('nap'))).json()).data;
    expect(nap.actionPlan).toMatchObject({ code: 'NAP', deadlineCycle: '4RC' });
    expect(nap.indicatorCount).toBe(1);
    expect(Object.values(nap.counts).reduce((a, b) => a + b, 0)).toBe(1);
    expect(nap.pillars).toEqual([expect.objectContaining({ slug: 'risk-education', indicatorCount: 1, latestCycle: 'N2MSP' })]);
    expect(nap.latestCycle).toBe('N2MSP');

    const lap = SummaryResponseSchema.parse((await get(API_PATHS.planSummary('LAP'))).json()).data;
    expect(lap.actionPlan).toMatchObject({ code: 'LAP', deadlineCycle: '3RC' });
    expect(lap.indicatorCount).toBe(Object.keys(lapStatusesBefore).length);
  });

  it('answers the summary per data version, with an ETag, like every catalogue route', async () => {
    const first = await get(API_PATHS.planSummary('NAP'));
    const second = await app.inject({ method: 'GET', url: API_PATHS.planSummary('NAP'), headers: { 'if-none-match': String(first.headers.etag) } });
    expect(second.statusCode).toBe(304);
    expect(first.headers.etag).not.toBe((await get(API_PATHS.planSummary('LAP'))).headers.etag);
  });

  it('classifies what-if figures against the plan named, with its own cycles and deadline', async () => {
    const classify = (payload: object) => app.inject({ method: 'POST', url: API_PATHS.classify(), payload });
    const nap = await classify({ actionPlan: 'nap', direction: 'increase', denominator: 10, observations: [{ cycle: 'N1MSP', value: 2 }, { cycle: 'N2MSP', value: 3 }] });
    expect(nap.statusCode, nap.body).toBe(200);
    expect(nap.json<{ data: { inputs: { deadlineCycle: string } } }>().data.inputs.deadlineCycle).toBe('4RC');
    const wrongPlan = await classify({ actionPlan: 'NAP', direction: 'increase', denominator: 10, observations: [{ cycle: '12MSP', value: 2 }] });
    expect(wrongPlan.statusCode).toBe(400);
    expect(ProblemSchema.parse(wrongPlan.json()).parameter).toBe('observations.0.cycle');
    const unknown = await classify({ actionPlan: 'XYZ', direction: 'increase', observations: [{ cycle: '12MSP', value: 2 }] });
    expect(ProblemSchema.parse(unknown.json())).toMatchObject({ status: 400, parameter: 'actionPlan' });
  });
});

describe('today’s paths', () => {
  it.each([
    ['/api/v1/actions/27', '/api/v1/action-plans/lap/actions/27'],
    ['/api/v1/actions?pillar=risk-education&lang=fr', '/api/v1/action-plans/lap/actions?pillar=risk-education&lang=fr'],
    ['/api/v1/pillars', '/api/v1/action-plans/lap/pillars'],
    ['/api/v1/cycles?lang=es', '/api/v1/action-plans/lap/cycles?lang=es'],
    ['/api/v1/summary', '/api/v1/action-plans/lap/summary'],
    ['/api/v1/briefings/risk-education', '/api/v1/action-plans/lap/briefings/risk-education'],
    ['/api/v1/briefings/risk-education?lang=fr', '/api/v1/action-plans/lap/briefings/risk-education?lang=fr'],
    ['/api/v1/briefings/victim-assistance.docx?lang=ar', '/api/v1/action-plans/lap/briefings/victim-assistance.docx?lang=ar'],
    ['/api/v1/briefings/victim-assistance.csv', '/api/v1/action-plans/lap/briefings/victim-assistance.csv'],
  ])('%s redirects (308) to the LAP’s %s, even with a later plan loaded', async (from, to) => {
    const res = await get(from);
    expect(res.statusCode).toBe(308);
    expect(res.headers.location).toBe(to);
    expect((await get(to)).statusCode).toBe(200);
  });

  it('the redirect target of /api/v1/actions/27 is the LAP’s action 27', async () => {
    const res = await get('/api/v1/actions/27');
    expect(res.headers.location).toBe(API_PATHS.planAction('LAP', 27));
    const action = ActionResponseSchema.parse((await get(String(res.headers.location))).json()).data;
    expect(action).toMatchObject({ actionPlan: 'LAP', number: 27, pillar: 'risk-education' });
  });

  it('still refuses bad input before redirecting', async () => {
    expect(ProblemSchema.parse((await get('/api/v1/actions/0')).json()).parameter).toBe('number');
    expect((await get('/api/v1/pillars?colour=red')).statusCode).toBe(400);
  });
});

describe('content stays on its plan', () => {
  const actionIn = async (plan: string) => ActionResponseSchema.parse((await get(`${API_PATHS.planAction(plan, 27)}?lang=fr`)).json()).data;

  it('a French title of LAP action 27 never shows on NAP action 27, and the other way round', async () => {
    expect((await translate('LAP', 'L’éducation aux risques intégrée aux stratégies nationales')).statusCode).toBe(200);
    expect((await publish()).statusCode).toBe(200);
    expect(await actionIn('LAP')).toMatchObject({ title: 'L’éducation aux risques intégrée aux stratégies nationales', i18n: { lang: 'fr', fallback: ['summary'] } });
    expect(await actionIn('NAP')).toMatchObject({ title: 'Next plan action 27 (fixture)', i18n: { lang: 'fr', fallback: ['title', 'summary'] } });

    expect((await translate('nap', 'Action 27 du prochain plan')).statusCode).toBe(200);
    expect((await publish()).statusCode).toBe(200);
    expect((await actionIn('NAP')).title).toBe('Action 27 du prochain plan');
    expect((await actionIn('LAP')).title).toBe('L’éducation aux risques intégrée aux stratégies nationales');
    // The indicator lists carry each plan's own action title.
    const napIndicators = IndicatorsResponseSchema.parse((await get(`${API_PATHS.planIndicators('NAP')}?lang=fr`)).json()).data;
    expect(napIndicators[0]?.actionTitle).toBe('Action 27 du prochain plan');
    const lapA27 = IndicatorsResponseSchema.parse((await get(`${API_PATHS.planIndicators('LAP')}?action=27&lang=fr`)).json()).data;
    expect(lapA27.every((i) => i.actionTitle === 'L’éducation aux risques intégrée aux stratégies nationales')).toBe(true);

    const changes = ContentChangesResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/workspace/content/changes', headers: { cookie: admin } })).json()).data;
    expect(changes.map((c) => [c.actionPlan, c.key, c.after])).toEqual([
      ['NAP', '27', 'Action 27 du prochain plan'],
      ['LAP', '27', 'L’éducation aux risques intégrée aux stratégies nationales'],
    ]);
  });

  it('a pillar name translated for the NAP leaves the LAP’s pillar of the same slug untranslated', async () => {
    expect((await translate('NAP', 'Éducation aux risques (prochain plan)', 'pillar', 'risk-education', 'name')).statusCode).toBe(200);
    await publish();
    const pillar = async (plan: string) =>
      PillarsResponseSchema.parse((await get(`${API_PATHS.planPillars(plan)}?lang=fr`)).json()).data.find((p) => p.slug === 'risk-education');
    expect(await pillar('NAP')).toMatchObject({ name: 'Éducation aux risques (prochain plan)', i18n: { fallback: [] } });
    expect(await pillar('LAP')).toMatchObject({ name: 'Risk Education', i18n: { fallback: ['name'] } });
  });

  it('a content edit names its plan; an indicator’s defaults to its own plan; an unknown or wrong plan is refused', async () => {
    const edit = (payload: object) => write('PUT', '/api/v1/workspace/content', payload);
    expect((await edit({ actionPlan: 'NAP', entity: 'action', key: '27', field: 'title', value: 'Edited NAP action 27' })).statusCode).toBe(200);
    expect((await edit({ entity: 'indicator', key: FIXTURE_PLAN.indicator, field: 'title', value: 'Edited fixture indicator' })).statusCode).toBe(200);
    expect((await publish()).statusCode).toBe(200);
    expect((await actionIn('NAP')).title).toBe('Edited NAP action 27');
    expect((await actionIn('LAP')).title).toBe('Risk education integrated into national strategies and work plans');

    const unknown = await edit({ actionPlan: 'XYZ', entity: 'action', key: '27', field: 'title', value: 'x y z' });
    expect(ProblemSchema.parse(unknown.json())).toMatchObject({ status: 400, parameter: 'actionPlan' });
    const wrongPlan = await translate('LAP', 'Titre', 'indicator', FIXTURE_PLAN.indicator);
    expect(wrongPlan.statusCode).toBe(404);
    expect((await translate('NAP', 'Éducation', 'action', '28')).statusCode).toBe(404);
  });
});

describe('the LAP is unchanged by what is done to the NAP', () => {
  it('an override on the NAP indicator, a NAP cycle, figures and translations change none of the LAP’s statuses', async () => {
    const override = await write('POST', `/api/v1/workspace/indicators/${FIXTURE_PLAN.indicator}/override`, { code: 'on_track', justification: 'Fixture: the next plan’s indicator is on track.' });
    expect(override.statusCode, override.body).toBe(200);
    expect((await write('POST', '/api/v1/workspace/publications', { overrideIds: [override.json<{ data: { id: number } }>().data.id] })).statusCode).toBe(200);
    const napIndicator = IndicatorsResponseSchema.parse((await get(API_PATHS.planIndicators('NAP'))).json()).data[0];
    expect(napIndicator?.override?.code).toBe('on_track');

    const cycle = await write('POST', '/api/v1/workspace/cycles', { code: 'N4MSP', actionPlan: 'nap', year: 2030, meeting: 'Fixture meeting of 2030' });
    expect(cycle.statusCode, cycle.body).toBe(201);
    const entry = await write('PUT', '/api/v1/workspace/observations', { indicatorId: FIXTURE_PLAN.indicator, cycle: 'N4MSP', value: 4, denominator: 10, source: 'Fixture report 2030' });
    expect(entry.statusCode, entry.body).toBe(200);
    expect((await write('POST', '/api/v1/workspace/cycles/N4MSP/publish')).statusCode).toBe(200);
    expect((await translate('NAP', 'Un indicateur du prochain plan')).statusCode).toBe(200);

    expect(CyclesResponseSchema.parse((await get(API_PATHS.planCycles('NAP'))).json()).data.map((c) => c.code)).toEqual(['N1MSP', 'N2MSP', 'N3MSP', 'N4MSP', '4RC']);
    expect(await lapStatuses()).toEqual(lapStatusesBefore);
  });

  it('a figure of the NAP indicator cannot be entered for a LAP cycle, nor a LAP figure for a NAP cycle', async () => {
    const enter = (indicatorId: string, cycle: string) => write('PUT', '/api/v1/workspace/observations', { indicatorId, cycle, value: 3, denominator: 10, source: 'Fixture report', reason: 'Fixture correction' });
    expect(ProblemSchema.parse((await enter(FIXTURE_PLAN.indicator, '13MSP')).json())).toMatchObject({ status: 400, parameter: 'cycle' });
    expect(ProblemSchema.parse((await enter('a27-re-integrated', 'N2MSP')).json())).toMatchObject({ status: 400, parameter: 'cycle' });
  });

  it('a cycle dated after the LAP’s deadline cannot join it, and changes nothing', async () => {
    const late = await write('POST', '/api/v1/workspace/cycles', { code: '14MSP', actionPlan: 'LAP', year: 2027, meeting: 'Fourteenth Meeting of States Parties' });
    expect(late.statusCode).toBe(400);
    expect(ProblemSchema.parse(late.json()).parameter).toBe('year');
    const lateDate = await write('POST', '/api/v1/workspace/cycles', { code: '14MSP', actionPlan: 'LAP', year: 2026, meeting: 'Fourteenth Meeting of States Parties', startDate: '2027-09-01' });
    expect(ProblemSchema.parse(lateDate.json())).toMatchObject({ status: 400, parameter: 'startDate' });
    // The same meeting belongs to the next plan.
    expect((await write('POST', '/api/v1/workspace/cycles', { code: '14MSP', actionPlan: 'NAP', year: 2027, meeting: 'Fourteenth Meeting of States Parties' })).statusCode).toBe(201);
    expect(await lapStatuses()).toEqual(lapStatusesBefore);
  });

  it('a NAP translation of action 27 leaves the LAP’s French actions byte for byte as they were', async () => {
    const before = (await get(`${API_PATHS.planActions('LAP')}?lang=fr`)).body;
    await translate('NAP', 'Action 27 du prochain plan');
    await publish();
    expect((await get(`${API_PATHS.planActions('LAP')}?lang=fr`)).body).toBe(before);
  });
});


describe('plans being set up, shared cycles and exports', () => {
  const hideNap = () => database.sqlite.prepare("update action_plans set published_at = null where code = 'NAP'").run();

  it('nothing of a plan being set up is public: not listed, 404 for its pages, its indicator and its crosswalk', async () => {
    hideNap();
    // A write bumps the data version, as publishing does; here the test changes the row behind the catalogue's back.
    insertBump(database);
    const plans = ActionPlansResponseSchema.parse((await get(API_PATHS.actionPlans())).json()).data;
    expect(plans.map((p) => p.code)).toEqual(['LAP']);
    for (const url of [API_PATHS.actionPlan('NAP'), API_PATHS.planIndicators('NAP'), API_PATHS.indicator(FIXTURE_PLAN.indicator)]) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
    const lap = IndicatorsResponseSchema.parse((await get(API_PATHS.planIndicators('LAP'))).json()).data;
    const predecessor = lap.find((i) => i.id === FIXTURE_PLAN.predecessor);
    expect(predecessor?.lineage).toEqual({ predecessor: null, successors: [] });
    expect(await lapStatuses()).toEqual(lapStatusesBefore);
  });

  it('the current plan is the latest published one, and the LAP has then ended', async () => {
    const plans = ActionPlansResponseSchema.parse((await get(API_PATHS.actionPlans())).json()).data;
    expect(plans.map(({ code, current, ended }) => ({ code, current, ended }))).toEqual([
      { code: 'LAP', current: false, ended: true },
      { code: 'NAP', current: true, ended: false },
    ]);
  });

  it('a LAP cycle shared with the NAP counts first in the NAP’s frame and leaves the LAP as it was', async () => {
    const lapCycles = CyclesResponseSchema.parse((await get(API_PATHS.planCycles('LAP'))).json()).data;
    database.sqlite.prepare("insert into cycle_plans (cycle, action_plan) values ('13MSP', 'NAP')").run();
    database.sqlite
      .prepare("insert into observations (indicator_id, cycle, value, qualifier, reporting, source_ref, cycle_inferred) values (?, '13MSP', 1, 'exact', 'reported', 'Baseline (fixture)', 0)")
      .run(FIXTURE_PLAN.indicator);
    insertBump(database);
    const napCycles = CyclesResponseSchema.parse((await get(API_PATHS.planCycles('NAP'))).json()).data;
    expect(napCycles.map((c) => [c.code, c.ordinal])).toEqual([['13MSP', 0], ['N1MSP', 1], ['N2MSP', 2], ['N3MSP', 3], ['4RC', 4]]);
    expect(CyclesResponseSchema.parse((await get(API_PATHS.planCycles('LAP'))).json()).data).toEqual(lapCycles);
    const napIndicator = IndicatorResponseSchema.parse((await get(API_PATHS.indicator(FIXTURE_PLAN.indicator))).json()).data;
    expect(napIndicator.observations.map((o) => o.cycle)).toEqual(['13MSP', 'N1MSP', 'N2MSP']);
    // The baseline is the NAP's first cycle: 1, 2, 3 of 10 is judged as three points of the NAP, not as one LAP figure.
    expect(napIndicator.status.inputs).toMatchObject({ baselineCycle: '13MSP', n0: 1, latestCycle: 'N2MSP', nk: 3, deadlineCycle: '4RC', usablePoints: 3 });
    expect(await lapStatuses()).toEqual(lapStatusesBefore);
  });

  it('exports one plan with ?plan= (any case), every plan without it, and a 404 problem for an unknown plan', async () => {
    const rows = async (query: string) => ExportResponseSchema.parse((await get(`${API_PATHS.exportJson()}${query}`)).json()).data;
    expect(new Set((await rows('?plan=nap')).map((r) => r.actionPlan))).toEqual(new Set(['NAP']));
    expect(new Set((await rows('?plan=LAP&pillar=risk-education')).map((r) => r.actionPlan))).toEqual(new Set(['LAP']));
    expect(new Set((await rows('')).map((r) => r.actionPlan))).toEqual(new Set(['LAP', 'NAP']));
    const csv = await get(`${API_PATHS.exportCsv()}?plan=nap`);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="nap-indicators.csv"');
    for (const url of [`${API_PATHS.exportCsv()}?plan=xyz`, `${API_PATHS.exportJson()}?plan=xyz`]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(ProblemSchema.parse(res.json()).detail).toContain('xyz');
    }
  });
});

/** Bumps the data version, so the catalogue is rebuilt from rows a test changed directly. */
function insertBump(db: Database_): void {
  db.sqlite.prepare("update meta set value = cast(value as integer) + 1 where key = 'data_version'").run();
}
