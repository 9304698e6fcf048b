// The ISU sets up the next plan: by forms (one item per request) and from one plan file (JSON or CSV) with a dry run and
// an all-or-nothing apply; shared cycles, the crosswalk back to the LAP, publication, and the LAP left exactly as it was.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS, WORKSPACE_PLAN_PATHS as P } from '../../shared/src/api-paths.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import {
  CrosswalkEntryResponseSchema,
  CrosswalkResponseSchema,
  PlanImportResponseSchema,
  PlanProblemDocumentSchema,
  WorkspacePlanDetailResponseSchema,
  WorkspacePlanResponseSchema,
  WorkspacePlansResponseSchema,
  type PlanProblem,
} from '../../shared/src/schemas/plans.ts';
import { ChangeResponseSchema, WorkspaceCycleResponseSchema } from '../../shared/src/schemas/workspace.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import { readDataVersion } from '../../server/src/db/data-version.ts';
import { REPO_ROOT, buildTestApp } from '../helpers/app.ts';
import { createAccount, signIn, signedInAppPerTest } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';

const EXAMPLE_JSON = readFileSync(resolve(REPO_ROOT, 'docs/examples/next-plan.example.json'), 'utf8');
const EXAMPLE_CSV = readFileSync(resolve(REPO_ROOT, 'docs/examples/next-plan.example.csv'), 'utf8');
const TABLES = ['action_plans', 'cycles', 'pillars', 'actions', 'indicators', 'crosswalk', 'cycle_plans', 'observations', 'observation_changes'];

const isu = signedInAppPerTest('plan-setup.test');

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const send = (method: Method, url: string, payload?: object, cookie: string | null = isu.admin) =>
  isu.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
const importFile = (format: 'json' | 'csv', content: string, dryRun: boolean) => send('POST', `${P.importPlan()}?dryRun=${dryRun}`, { format, content });
const rowCounts = () =>
  Object.fromEntries(TABLES.map((table) => [table, (isu.database.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n]));
const detail = async (code = 'NAP') => WorkspacePlanDetailResponseSchema.parse((await send('GET', P.plan(code))).json()).data;
const problemsOf = (res: { json: () => unknown }) => PlanProblemDocumentSchema.parse(res.json()).problems;
const problemOf = (res: { json: () => unknown }) => ProblemSchema.parse(res.json());
const at = (problems: PlanProblem[]) => problems.map((p) => [p.section, p.row, p.field]);

const header = (over: Record<string, unknown> = {}) => ({
  code: 'NAP',
  title: 'Example next action plan (fixture, not a real plan)',
  startYear: 2027,
  endYear: 2031,
  deadline: { code: '4RC', meeting: 'Fourth Review Conference' },
  previousPlan: 'LAP',
  ...over,
});
const pillar = (over: Record<string, unknown> = {}) => ({ slug: 'risk-education', name: 'Risk education (fixture)', actionFrom: 1, actionTo: 4, ...over });
const action = (over: Record<string, unknown> = {}) => ({ number: 1, pillar: 'risk-education', title: 'Integrate risk education (fixture)', ...over });
const indicator = (over: Record<string, unknown> = {}) => ({
  id: 'nap-a1-re-integrated',
  action: 1,
  title: 'Affected States Parties with risk education in their plans (fixture)',
  unit: 'States Parties',
  direction: 'increase',
  populationDescription: 'Affected States Parties (fixture)',
  populationSize: 10,
  populationSource: 'Fixture: not a real figure',
  targetShare: 1,
  ...over,
});
/** A NAP with one pillar, one action and one indicator, by forms. */
async function napByForms() {
  expect((await send('POST', P.plans(), header())).statusCode).toBe(201);
  expect((await send('POST', P.pillars('NAP'), pillar())).statusCode).toBe(201);
  expect((await send('POST', P.actions('NAP'), action())).statusCode).toBe(201);
  expect((await send('POST', P.indicators('NAP'), indicator())).statusCode).toBe(201);
}
const entry = (over: Record<string, unknown> = {}) => ({ indicatorId: 'nap-a1-re-integrated', cycle: 'N1MSP', value: 3, denominator: 10, source: 'Article 7 reports 2027 (fixture)', ...over });

describe('who may set plans up', () => {
  it.each([
    ['GET', P.plans()],
    ['POST', P.plans()],
    ['GET', P.plan('lap')],
    ['POST', P.importPlan()],
    ['POST', P.pillars('lap')],
    ['POST', P.publish('lap')],
    ['PUT', P.sharedCycle('lap', '13MSP')],
    ['POST', P.crosswalk()],
    ['DELETE', P.crosswalkEntry(1)],
  ] as const)('%s %s: 401 anonymous, 403 for an editor', async (method, url) => {
    const before = databaseChecksum(isu.database.sqlite);
    expect((await send(method, url, method === 'GET' || method === 'DELETE' ? undefined : {}, null)).statusCode).toBe(401);
    expect((await send(method, url, method === 'GET' || method === 'DELETE' ? undefined : {}, isu.editor)).statusCode).toBe(403);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('lists every plan with its counts, the LAP published', async () => {
    const plans = WorkspacePlansResponseSchema.parse((await send('GET', P.plans())).json()).data;
    expect(plans.map((p) => p.code)).toEqual(['LAP']);
    expect(plans[0]).toMatchObject({ code: 'LAP', deadlineCycle: '3RC', previousPlan: null, counts: { actions: 48, indicators: 57, cycles: 5, crosswalk: 0 } });
    expect(plans[0]?.publishedAt).not.toBeNull();
  });
});

describe('importing a plan file', () => {
  it('dry run lists what will be created and writes nothing', async () => {
    const before = databaseChecksum(isu.database.sqlite);
    const res = await importFile('json', EXAMPLE_JSON, true);
    expect(res.statusCode, res.body).toBe(200);
    const report = PlanImportResponseSchema.parse(res.json()).data;
    expect(report).toMatchObject({ dryRun: true, plan: { code: 'NAP', startYear: 2027, endYear: 2031 } });
    expect(report.creates.pillars.map((p) => p.slug)).toEqual(['risk-education', 'victim-assistance']);
    expect(report.creates.actions.map((a) => a.number)).toEqual([1, 2, 5]);
    expect(report.creates.indicators.map((i) => i.id)).toEqual(['nap-a1-re-integrated', 'nap-a2-tailored-re', 'nap-a5-focal-points', 'nap-a5-services-mapped']);
    expect(report.creates.crosswalk.map((c) => c.relation)).toEqual(['carried_over', 'revised', 'carried_over', 'new']);
    expect(report.creates.cycles).toEqual([{ code: '4RC', year: 2031, isDeadline: true }]);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
    // Without dryRun the import is still a dry run.
    expect(PlanImportResponseSchema.parse((await send('POST', P.importPlan(), { format: 'json', content: EXAMPLE_JSON })).json()).data.dryRun).toBe(true);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('apply creates everything, unpublished, in one go, and bumps the data version', async () => {
    const version = readDataVersion(isu.database.db).version;
    const res = await importFile('json', EXAMPLE_JSON, false);
    expect(res.statusCode, res.body).toBe(200);
    expect(PlanImportResponseSchema.parse(res.json()).data.dryRun).toBe(false);
    expect(readDataVersion(isu.database.db).version).toBe(version + 1);
    const nap = await detail('nap');
    expect(nap).toMatchObject({
      code: 'NAP',
      title: 'Example next action plan (fixture, not a real plan)',
      titles: { fr: 'Exemple de prochain plan d’action (fictif)', es: null, ar: null },
      deadlineCycle: '4RC',
      previousPlan: 'LAP',
      publishedAt: null,
      counts: { pillars: 2, actions: 3, indicators: 4, cycles: 1, crosswalk: 4 },
    });
    expect(nap.actions.map((a) => [a.number, a.pillar])).toEqual([[1, 'risk-education'], [2, 'risk-education'], [5, 'victim-assistance']]);
    expect(nap.indicators.find((i) => i.id === 'nap-a5-services-mapped')).toMatchObject({ action: 5, populationSize: 12, populationSource: 'Fixture: not a real figure', targetShare: 0.5 });
    expect(nap.cycles).toEqual([{ code: '4RC', year: 2031, isDeadline: true, status: 'published', shared: false }]);
    const crosswalk = isu.database.sqlite.prepare('select entity, from_plan, from_key, to_plan, to_key, relation from crosswalk order by id').all();
    expect(crosswalk).toEqual([
      { entity: 'indicator', from_plan: 'LAP', from_key: 'a27-re-integrated', to_plan: 'NAP', to_key: 'nap-a1-re-integrated', relation: 'carried_over' },
      { entity: 'indicator', from_plan: 'LAP', from_key: 'a28-tailored-re', to_plan: 'NAP', to_key: 'nap-a2-tailored-re', relation: 'revised' },
      { entity: 'indicator', from_plan: 'LAP', from_key: 'a33-focal-points', to_plan: 'NAP', to_key: 'nap-a5-focal-points', relation: 'carried_over' },
      { entity: 'indicator', from_plan: 'LAP', from_key: null, to_plan: 'NAP', to_key: 'nap-a5-services-mapped', relation: 'new' },
    ]);
    // The same file again: the plan, its deadline cycle and its indicator ids exist now.
    const again = await importFile('json', EXAMPLE_JSON, false);
    expect(again.statusCode).toBe(422);
    expect(at(problemsOf(again))).toEqual(
      expect.arrayContaining([
        ['plan', null, 'code'],
        ['plan', null, 'deadline.code'],
        ['indicators', 1, 'id'],
        ['indicators', 4, 'id'],
      ]),
    );
  });

  it('nothing of the unpublished plan reaches the public API', async () => {
    expect((await importFile('json', EXAMPLE_JSON, false)).statusCode).toBe(200);
    expect((await isu.app.inject({ method: 'GET', url: API_PATHS.actionPlan('NAP') })).statusCode).toBe(404);
    expect((await isu.app.inject({ method: 'GET', url: API_PATHS.indicator('nap-a1-re-integrated') })).statusCode).toBe(404);
    const plans = (await isu.app.inject({ method: 'GET', url: API_PATHS.actionPlans() })).json<{ data: { code: string }[] }>().data;
    expect(plans.map((p) => p.code)).toEqual(['LAP']);
  });

  it('refuses a file with every kind of problem whole, listing each by row and field, and changes nothing', async () => {
    const csv = [
      'record,code,title,startYear,endYear,deadlineCode,deadlineMeeting,previousPlan,slug,name,actionFrom,actionTo,number,pillar,id,action,unit,direction,populationDescription,entity,from,to,relation,colour',
      'plan,NAP,Example next action plan (fixture),2031,2027,4RC,Fourth Review Conference,LAP,,,,,,,,,,,,,,,,', // line 2: deadline before start
      'pillar,,,,,,,,risk-education,Risk education (fixture),1,4,,,,,,,,,,,,', // 3
      'action,,First action (fixture),,,,,,,,,,1,risk-education,,,,,,,,,,', // 4
      'action,,Same number (fixture),,,,,,,,,,1,risk-education,,,,,,,,,,', // 5: duplicate number
      'action,,In no pillar (fixture),,,,,,,,,,9,victim-assistance,,,,,,,,,,', // 6: pillar not in the file
      'indicator,,In no action (fixture),,,,,,,,,,,,nap-a7-orphan,7,States Parties,increase,Affected States Parties (fixture),,,,,', // 7
      'crosswalk,,,,,,,,,,,,,,,,,,,indicator,a99-not-in-the-lap,nap-a7-orphan,carried_over,', // 8: unknown LAP indicator
    ].join('\n');
    const before = rowCounts();
    const checksum = databaseChecksum(isu.database.sqlite);
    for (const dryRun of [true, false]) {
      const res = await importFile('csv', csv, dryRun);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problems = problemsOf(res);
      expect(at(problems)).toEqual([
        [null, 1, 'colour'],
        ['plan', 2, 'endYear'],
        ['actions', 5, 'number'],
        ['actions', 6, 'pillar'],
        ['indicators', 7, 'action'],
        ['crosswalk', 8, 'from'],
      ]);
      for (const problem of problems) expect(problem.message.length).toBeGreaterThan(10);
      expect(problemOf(res).detail).toMatch(/^Nothing was created: the plan file has 6 problems/);
    }
    expect(rowCounts()).toEqual(before);
    expect(databaseChecksum(isu.database.sqlite)).toBe(checksum);
  });

  it('reads a CSV written by Excel in a French locale: semicolons, a BOM, decimal commas', async () => {
    const semicolons = `\uFEFF${EXAMPLE_CSV.replace(/"[^"]*"|,/g, (m) => (m === ',' ? ';' : m)).replace(';0.5;', ';0,5;')}`;
    expect(semicolons).toContain(';0,5;');
    const res = await importFile('csv', semicolons, false);
    expect(res.statusCode, res.body).toBe(200);
    expect((await detail()).indicators.find((i) => i.id === 'nap-a5-services-mapped')?.targetShare).toBe(0.5);
  });

  it('reports CSV problems on the file’s lines and columns', async () => {
    const csv = EXAMPLE_CSV.replace('pillar,,,,,,,,,,,,risk-education,Risk education (fixture),1,4', 'pillar,,,,,,,,,,,,Risk Education,Risk education (fixture),one,4').replace('\nplan,NAP', '\nPlan,NAP');
    const res = await importFile('csv', csv, true);
    expect(res.statusCode).toBe(422);
    expect(at(problemsOf(res))).toEqual([
      ['pillars', 3, 'slug'],
      ['pillars', 3, 'actionFrom'],
    ]);
  });

  it('the example JSON and CSV files import to the same plan', async () => {
    expect((await importFile('json', EXAMPLE_JSON, false)).statusCode).toBe(200);
    const fromJson = await detail();
    const crosswalkOf = (db: Database_) => db.sqlite.prepare('select entity, from_plan, from_key, to_plan, to_key, relation, note from crosswalk order by id').all();
    const jsonCrosswalk = crosswalkOf(isu.database);
    const planRow = (db: Database_) => db.sqlite.prepare("select * from action_plans where code = 'NAP'").get();
    const jsonPlan = planRow(isu.database);
    await isu.app.close();
    Object.assign(isu, await buildTestApp());
    await createAccount(isu.database, 'admin@plan-setup.test', 'admin');
    isu.admin = await signIn(isu.app, 'admin@plan-setup.test');
    const res = await importFile('csv', EXAMPLE_CSV, false);
    expect(res.statusCode, res.body).toBe(200);
    expect(await detail()).toEqual(fromJson);
    expect(crosswalkOf(isu.database)).toEqual(jsonCrosswalk);
    expect(planRow(isu.database)).toEqual(jsonPlan);
  });

  it('refuses a body that is not a plan file: 400 naming the field; bad JSON content: 422', async () => {
    const res = await send('POST', P.importPlan(), { format: 'xml', content: '<plan/>' });
    expect(res.statusCode).toBe(400);
    expect(problemOf(res).parameter).toBe('format');
    const broken = await importFile('json', '{"plan": ', true);
    expect(broken.statusCode).toBe(422);
    expect(problemsOf(broken)[0]).toMatchObject({ section: null, row: null, field: null });
    const unknown = await importFile('json', JSON.stringify({ ...JSON.parse(EXAMPLE_JSON), extra: 1 }), true);
    expect(at(problemsOf(unknown))).toEqual([[null, null, 'extra']]);
  });
});

describe('the plan and its structure by forms', () => {
  it('creates a plan with its deadline cycle, unpublished, adoptedAt empty when not known', async () => {
    const res = await send('POST', P.plans(), header());
    expect(res.statusCode, res.body).toBe(201);
    expect(WorkspacePlanResponseSchema.parse(res.json()).data).toMatchObject({ code: 'NAP', publishedAt: null, deadlineCycle: '4RC', previousPlan: 'LAP', counts: { cycles: 1 } });
    expect(isu.database.sqlite.prepare("select adopted_at, published_at from action_plans where code = 'NAP'").get()).toEqual({ adopted_at: '', published_at: null });
    expect(isu.database.sqlite.prepare("select action_plan, ordinal, year, meeting, is_deadline, status from cycles where code = '4RC'").get()).toEqual({
      action_plan: 'NAP',
      ordinal: 0,
      year: 2031,
      meeting: 'Fourth Review Conference',
      is_deadline: 1,
      status: 'published',
    });
  });

  it.each([
    [header({ code: 'LAP' }), 409, 'code'],
    [header({ deadline: { code: '3rc', meeting: 'Fourth Review Conference' } }), 409, 'deadline.code'],
    [header({ previousPlan: 'XAP' }), 400, 'previousPlan'],
    [header({ endYear: 2026 }), 400, 'endYear'],
    [header({ code: 'nap' }), 400, 'code'],
    [header({ colour: 'red' }), 400, 'colour'],
  ])('refuses a bad plan (%o): %i naming %s, nothing stored', async (body, status, field) => {
    const before = databaseChecksum(isu.database.sqlite);
    const res = await send('POST', P.plans(), body);
    expect(res.statusCode, res.body).toBe(status);
    expect(problemOf(res).parameter).toBe(field);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('adds pillars, actions and indicators in order, with their cross-checks', async () => {
    await napByForms();
    const res = await send('POST', P.pillars('nap'), pillar({ slug: 'victim-assistance', name: 'Victim assistance (fixture)', actionFrom: 5, actionTo: 8 }));
    expect(res.statusCode).toBe(201);
    expect(WorkspacePlanDetailResponseSchema.parse(res.json()).data.pillars.map((p) => p.slug)).toEqual(['risk-education', 'victim-assistance']);
    expect((await send('POST', P.actions('nap'), action({ number: 5, pillar: 'victim-assistance', title: 'Focal points (fixture)' }))).statusCode).toBe(201);
    expect((await send('POST', P.indicators('nap'), indicator({ id: 'nap-a5-focal-points', action: 5, populationSource: null }))).statusCode).toBe(201);
    const nap = await detail();
    expect(nap.indicators.map((i) => [i.id, i.action, i.populationSource])).toEqual([
      ['nap-a1-re-integrated', 1, 'Fixture: not a real figure'],
      ['nap-a5-focal-points', 5, null],
    ]);
    const orders = isu.database.sqlite.prepare("select id, sort_order from indicators where id like 'nap-%' order by sort_order").all();
    expect(orders).toEqual([{ id: 'nap-a1-re-integrated', sort_order: 0 }, { id: 'nap-a5-focal-points', sort_order: 1 }]);

    const before = databaseChecksum(isu.database.sqlite);
    for (const [url, body, status, field] of [
      [P.pillars('NAP'), pillar(), 409, 'slug'],
      [P.pillars('NAP'), pillar({ slug: 'x', actionFrom: 4, actionTo: 2 }), 400, 'actionTo'],
      [P.actions('NAP'), action(), 409, 'number'],
      [P.actions('NAP'), action({ number: 3, pillar: 'universalization' }), 400, 'pillar'],
      [P.actions('NAP'), action({ number: 7 }), 400, 'number'],
      [P.indicators('NAP'), indicator({ id: 'nap-a3-x', action: 3 }), 400, 'action'],
      [P.indicators('NAP'), indicator({ id: 'a27-re-integrated' }), 409, 'id'],
      [P.indicators('NAP'), indicator({ id: 'nap-a1-re-integrated' }), 409, 'id'],
      [P.indicators('NAP'), indicator({ id: 'nap-a1-other', direction: 'sideways' }), 400, 'direction'],
    ] as const) {
      const res = await send('POST', url, body);
      expect(res.statusCode, `${url} ${JSON.stringify(body)} ${res.body}`).toBe(status);
      expect(problemOf(res).parameter, url).toBe(field);
    }
    expect((await send('POST', P.pillars('XAP'), pillar())).statusCode).toBe(404);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('refuses to add to a published plan, saying why', async () => {
    await napByForms();
    expect((await send('POST', P.publish('NAP'))).statusCode).toBe(200);
    const before = databaseChecksum(isu.database.sqlite);
    for (const [url, body] of [
      [P.pillars('NAP'), pillar({ slug: 'victim-assistance', actionFrom: 5, actionTo: 8 })],
      [P.actions('NAP'), action({ number: 2 })],
      [P.indicators('NAP'), indicator({ id: 'nap-a1-second' })],
    ] as const) {
      const res = await send('POST', url, body);
      expect(res.statusCode).toBe(409);
      expect(problemOf(res).detail).toMatch(/NAP is published/);
    }
    for (const [url, body] of [[P.pillars('LAP'), pillar({ slug: 'new-pillar', actionFrom: 60, actionTo: 61 })]] as const) {
      expect((await send('POST', url, body)).statusCode).toBe(409);
    }
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });
});

describe('publishing a plan', () => {
  it('refuses a plan without pillars or actions, or with a pillar without action, listing what is missing', async () => {
    expect((await send('POST', P.plans(), header())).statusCode).toBe(201);
    const empty = await send('POST', P.publish('NAP'));
    expect(empty.statusCode).toBe(422);
    expect(at(problemsOf(empty))).toEqual([
      ['pillars', null, null],
      ['actions', null, null],
    ]);
    await send('POST', P.pillars('NAP'), pillar());
    await send('POST', P.pillars('NAP'), pillar({ slug: 'victim-assistance', name: 'Victim assistance (fixture)', actionFrom: 5, actionTo: 8 }));
    await send('POST', P.actions('NAP'), action());
    const before = databaseChecksum(isu.database.sqlite);
    const gap = await send('POST', P.publish('NAP'));
    expect(gap.statusCode).toBe(422);
    expect(problemsOf(gap)).toEqual([{ section: 'pillars', row: 2, field: 'slug', message: 'Pillar "victim-assistance" has no action.' }]);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('publishes once, bumping the data version; a second time is a conflict', async () => {
    expect((await importFile('json', EXAMPLE_JSON, false)).statusCode).toBe(200);
    const version = readDataVersion(isu.database.db).version;
    const res = await send('POST', P.publish('nap'));
    expect(res.statusCode, res.body).toBe(200);
    expect(WorkspacePlanResponseSchema.parse(res.json()).data.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(readDataVersion(isu.database.db).version).toBe(version + 1);
    const twice = await send('POST', P.publish('NAP'));
    expect(twice.statusCode).toBe(409);
    expect(problemOf(twice).detail).toMatch(/published already/);
    expect((await send('POST', P.publish('XAP'))).statusCode).toBe(404);
  });
});

describe('cycles of the new plan, and cycles shared with the LAP', () => {
  beforeEach(async () => {
    await napByForms();
  });

  it('adds a NAP cycle before its deadline, takes a figure for a NAP indicator on it, and publishes it', async () => {
    const cycle = await send('POST', '/api/v1/workspace/cycles', { code: 'N1MSP', actionPlan: 'NAP', year: 2028, meeting: 'First Meeting after the 3RC (fixture)' });
    expect(cycle.statusCode, cycle.body).toBe(201);
    expect(WorkspaceCycleResponseSchema.parse(cycle.json()).data).toMatchObject({ actionPlan: 'NAP', ordinal: 0 });
    expect((await detail()).cycles.map((c) => c.code)).toEqual(['N1MSP', '4RC']);
    const late = await send('POST', '/api/v1/workspace/cycles', { code: 'N9MSP', actionPlan: 'NAP', year: 2032, meeting: 'After the deadline (fixture)' });
    expect(late.statusCode).toBe(400);
    expect(problemOf(late).parameter).toBe('year');
    // A cycle after the LAP's 3RC cannot join the LAP.
    expect((await send('POST', '/api/v1/workspace/cycles', { code: 'N8MSP', actionPlan: 'LAP', year: 2028, meeting: 'After the 3RC (fixture)' })).statusCode).toBe(400);

    const saved = await send('PUT', '/api/v1/workspace/observations', entry(), isu.editor);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(ChangeResponseSchema.parse(saved.json()).data).toMatchObject({ cycle: 'N1MSP', state: 'draft' });
    const published = await send('POST', '/api/v1/workspace/cycles/N1MSP/publish');
    expect(published.statusCode, published.body).toBe(200);
    expect(isu.database.sqlite.prepare("select value from observations where indicator_id = 'nap-a1-re-integrated'").all()).toEqual([{ value: 3 }]);
  });

  it('refuses a NAP figure on a LAP-only cycle, naming the cycle; accepts it once the cycle is shared', async () => {
    const before = databaseChecksum(isu.database.sqlite);
    const refused = await send('PUT', '/api/v1/workspace/observations', entry({ cycle: '13MSP' }), isu.editor);
    expect(refused.statusCode).toBe(400);
    expect(problemOf(refused).parameter).toBe('cycle');
    expect(problemOf(refused).detail).toContain('13MSP is a cycle of LAP and does not count for NAP');
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);

    const shared = await send('PUT', P.sharedCycle('nap', '13MSP'));
    expect(shared.statusCode, shared.body).toBe(200);
    expect(WorkspacePlanDetailResponseSchema.parse(shared.json()).data.cycles).toEqual([
      { code: '13MSP', year: 2025, isDeadline: false, status: 'published', shared: true },
      { code: '4RC', year: 2031, isDeadline: true, status: 'published', shared: false },
    ]);
    expect((await send('PUT', P.sharedCycle('NAP', '13MSP'), { plan: 'NAP' })).statusCode).toBe(200); // idempotent, and the body may name the plan
    const mismatch = await send('PUT', P.sharedCycle('NAP', '13MSP'), { plan: 'LAP' });
    expect(mismatch.statusCode).toBe(400);
    expect(problemOf(mismatch).parameter).toBe('plan');
    expect((await detail()).counts.cycles).toBe(2);
    const grid = await send('GET', '/api/v1/workspace/cycles/13MSP/entries', undefined, isu.editor);
    expect(grid.json<{ data: { rows: { indicatorId: string }[] } }>().data.rows.map((r) => r.indicatorId)).toContain('nap-a1-re-integrated');
    const accepted = await send('PUT', '/api/v1/workspace/observations', entry({ cycle: '13MSP', reason: 'Baseline from the last LAP cycle (fixture)' }), isu.editor);
    expect(accepted.statusCode, accepted.body).toBe(200);

    // While a figure of the NAP's is on it, the cycle keeps counting for the NAP.
    const keep = databaseChecksum(isu.database.sqlite);
    const unshare = await send('DELETE', P.sharedCycle('NAP', '13MSP'));
    expect(unshare.statusCode).toBe(409);
    expect(problemOf(unshare).detail).toMatch(/13MSP cannot stop counting for NAP/);
    expect(databaseChecksum(isu.database.sqlite)).toBe(keep);
  });

  it('stops sharing a cycle with no figures of the plan on it', async () => {
    expect((await send('PUT', P.sharedCycle('NAP', '12msp'))).statusCode).toBe(200);
    expect((await send('DELETE', P.sharedCycle('NAP', '12MSP'))).statusCode).toBe(204);
    expect((await detail()).cycles.map((c) => c.code)).toEqual(['4RC']);
    expect((await send('DELETE', P.sharedCycle('NAP', '12MSP'))).statusCode).toBe(404);
  });

  it('refuses the plan’s own cycle, another plan’s deadline, a cycle after the deadline, unknown plans and cycles', async () => {
    await send('POST', '/api/v1/workspace/cycles', { code: 'N2MSP', actionPlan: 'NAP', year: 2029, meeting: 'Second Meeting after the 3RC (fixture)' });
    const before = databaseChecksum(isu.database.sqlite);
    for (const [plan, cycle, status, detail] of [
      ['NAP', '4RC', 409, /cycle of NAP itself/],
      ['NAP', 'N2MSP', 409, /cycle of NAP itself/],
      ['NAP', '3RC', 409, /deadline of LAP/],
      ['LAP', 'N2MSP', 409, /after 3RC \(2026\), the deadline of LAP/],
      ['XAP', '13MSP', 404, /No plan "xap"/],
      ['NAP', '99MSP', 404, /No cycle "99MSP"/],
    ] as const) {
      const res = await send('PUT', P.sharedCycle(plan, cycle));
      expect(res.statusCode, `${plan} ${cycle}`).toBe(status);
      expect(problemOf(res).detail).toMatch(detail);
    }
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });
});

describe('the crosswalk', () => {
  beforeEach(async () => {
    await napByForms();
  });
  const create = (entry: Record<string, unknown>, plan = 'NAP') => send('POST', P.crosswalk(), { plan, entry: { note: null, ...entry } });

  it('records carried over, new and discontinued entries with both ends’ titles', async () => {
    const carried = await create({ entity: 'indicator', from: 'a27-re-integrated', to: 'nap-a1-re-integrated', relation: 'carried_over' });
    expect(carried.statusCode, carried.body).toBe(201);
    expect(CrosswalkEntryResponseSchema.parse(carried.json()).data).toMatchObject({
      fromPlan: 'LAP',
      from: 'a27-re-integrated',
      fromTitle: 'States Parties integrating risk education into national strategies and work plans',
      toPlan: 'NAP',
      to: 'nap-a1-re-integrated',
      toTitle: 'Affected States Parties with risk education in their plans (fixture)',
      relation: 'carried_over',
    });
    const actionEntry = CrosswalkEntryResponseSchema.parse((await create({ entity: 'action', from: '27', to: '1', relation: 'revised', note: 'Merged with 28 (fixture).' })).json()).data;
    expect(actionEntry).toMatchObject({ fromTitle: 'Risk education integrated into national strategies and work plans', toTitle: 'Integrate risk education (fixture)', note: 'Merged with 28 (fixture).' });
    const discontinued = CrosswalkEntryResponseSchema.parse((await create({ entity: 'indicator', from: 'a45-adapted-form', to: null, relation: 'discontinued' })).json()).data;
    expect(discontinued).toMatchObject({ fromPlan: 'LAP', toPlan: 'NAP', to: null, toTitle: null });
    const fresh = await create({ entity: 'indicator', from: null, to: 'nap-a1-re-integrated', relation: 'new' });
    expect(CrosswalkEntryResponseSchema.parse(fresh.json()).data).toMatchObject({ fromPlan: 'LAP', from: null });
    expect((await detail()).counts.crosswalk).toBe(4);
    const list = await send('GET', `${P.crosswalk()}?plan=nap`);
    expect(list.statusCode).toBe(200);
    expect(CrosswalkResponseSchema.parse(list.json()).data.map((e) => [e.entity, e.from, e.to, e.relation])).toEqual([
      ['indicator', 'a27-re-integrated', 'nap-a1-re-integrated', 'carried_over'],
      ['action', '27', '1', 'revised'],
      ['indicator', 'a45-adapted-form', null, 'discontinued'],
      ['indicator', null, 'nap-a1-re-integrated', 'new'],
    ]);
    expect((await send('GET', `${P.crosswalk()}?plan=xap`)).statusCode).toBe(404);
    expect((await send('GET', `${P.crosswalk()}?plan=nap`, undefined, isu.editor)).statusCode).toBe(403);

    const version = readDataVersion(isu.database.db).version;
    expect((await send('DELETE', P.crosswalkEntry(actionEntry.id))).statusCode).toBe(204);
    expect(readDataVersion(isu.database.db).version).toBe(version + 1);
    expect((await send('DELETE', P.crosswalkEntry(actionEntry.id))).statusCode).toBe(404);
  });

  it('refuses an unknown from or to, a duplicate, and a plan with no previous plan', async () => {
    expect((await create({ entity: 'indicator', from: 'a27-re-integrated', to: 'nap-a1-re-integrated', relation: 'carried_over' })).statusCode).toBe(201);
    await send('POST', P.plans(), header({ code: 'ZAP', previousPlan: null, deadline: { code: '9RC', meeting: 'A review conference (fixture)' } }));
    const before = databaseChecksum(isu.database.sqlite);
    for (const [body, plan, status, field] of [
      [{ entity: 'indicator', from: 'a99-unknown', to: 'nap-a1-re-integrated', relation: 'carried_over' }, 'NAP', 400, 'entry.from'],
      [{ entity: 'indicator', from: 'nap-a1-re-integrated', to: 'nap-a1-re-integrated', relation: 'carried_over' }, 'NAP', 400, 'entry.from'],
      [{ entity: 'indicator', from: 'a27-re-integrated', to: 'a28-tailored-re', relation: 'revised' }, 'NAP', 400, 'entry.to'],
      [{ entity: 'action', from: '99', to: '1', relation: 'revised' }, 'NAP', 400, 'entry.from'],
      [{ entity: 'action', from: '27', to: '2', relation: 'revised' }, 'NAP', 400, 'entry.to'],
      [{ entity: 'indicator', from: 'a27-re-integrated', to: 'nap-a1-re-integrated', relation: 'revised' }, 'NAP', 409, 'entry.to'],
      [{ entity: 'indicator', from: 'a27-re-integrated', to: null, relation: 'carried_over' }, 'NAP', 400, 'entry.to'],
      [{ entity: 'indicator', from: 'a27-re-integrated', to: 'nap-a1-re-integrated', relation: 'new' }, 'NAP', 400, 'entry.from'],
      [{ entity: 'indicator', from: 'a27-re-integrated', to: 'nap-a1-re-integrated', relation: 'carried_over' }, 'XAP', 400, 'plan'],
      [{ entity: 'indicator', from: 'a27-re-integrated', to: null, relation: 'discontinued' }, 'ZAP', 400, 'plan'],
    ] as const) {
      const res = await create(body, plan);
      expect(res.statusCode, `${JSON.stringify(body)} ${res.body}`).toBe(status);
      expect(problemOf(res).parameter, JSON.stringify(body)).toBe(field);
    }
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });
});

describe('the LAP stays as it was', () => {
  it('its summary is byte-identical (but for the data version) after importing, adding a NAP cycle, entering and publishing a NAP figure', async () => {
    const summary = async () => {
      const res = await isu.app.inject({ method: 'GET', url: API_PATHS.planSummary('LAP') });
      expect(res.statusCode).toBe(200);
      const { data } = res.json<{ data: Record<string, unknown> }>();
      const { dataVersion: _v, updatedAt: _u, ...rest } = data;
      return JSON.stringify(rest);
    };
    const before = await summary();
    expect((await importFile('json', EXAMPLE_JSON, false)).statusCode).toBe(200);
    expect(await summary()).toBe(before);
    expect((await send('POST', '/api/v1/workspace/cycles', { code: 'N1MSP', actionPlan: 'NAP', year: 2028, meeting: 'First Meeting after the 3RC (fixture)' })).statusCode).toBe(201);
    expect(await summary()).toBe(before);
    expect((await send('PUT', '/api/v1/workspace/observations', entry(), isu.editor)).statusCode).toBe(200);
    expect((await send('POST', '/api/v1/workspace/cycles/N1MSP/publish')).statusCode).toBe(200);
    expect(await summary()).toBe(before);
  });
});
