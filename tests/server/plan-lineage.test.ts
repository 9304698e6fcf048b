// The chain across plans, on the real app with the fixture second plan (NAP): each indicator names where it came from
// and where it went, briefings are served per plan (the unqualified paths 308 to the LAP's), and a later plan's arrival
// leaves the LAP's summary and briefings as they were.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { API_PATHS } from '../../shared/src/api-paths.ts';
import { IndicatorResponseSchema, IndicatorsResponseSchema, SummaryResponseSchema } from '../../shared/src/schemas/api.ts';
import { BriefingResponseSchema } from '../../shared/src/schemas/briefing.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import { buildTestApp } from '../helpers/app.ts';
import { FIXTURE_PLAN, insertFixturePlan } from '../helpers/db.ts';

let app: FastifyInstance;
let database: Database_;

const get = (url: string) => app.inject({ method: 'GET', url });
const indicatorOf = async (id: string) => IndicatorResponseSchema.parse((await get(API_PATHS.indicator(id))).json()).data;

beforeEach(async () => {
  ({ app, database } = await buildTestApp());
});
afterEach(async () => {
  await app.close();
});

describe('lineage', () => {
  beforeEach(() => insertFixturePlan(database));

  it('the NAP indicator’s predecessor is the LAP’s a27-re-integrated, revised, with the crosswalk’s note', async () => {
    const nap = await indicatorOf(FIXTURE_PLAN.indicator);
    expect(nap.actionPlan).toBe('NAP');
    expect(nap.lineage.predecessor).toEqual({
      indicator: FIXTURE_PLAN.predecessor,
      plan: 'LAP',
      relation: 'revised',
      note: 'Fixture: measured against a narrower population.',
    });
    expect(nap.lineage.successors).toEqual([]);
  });

  it('the LAP indicator says it was revised into the NAP one; a28-tailored-re that it was discontinued', async () => {
    const revised = await indicatorOf(FIXTURE_PLAN.predecessor);
    expect(revised.lineage.predecessor).toBeNull();
    expect(revised.lineage.successors).toEqual([
      { indicator: FIXTURE_PLAN.indicator, plan: 'NAP', relation: 'revised', note: 'Fixture: measured against a narrower population.' },
    ]);
    const discontinued = await indicatorOf(FIXTURE_PLAN.discontinued);
    expect(discontinued.lineage.successors).toEqual([
      { indicator: null, plan: 'NAP', relation: 'discontinued', note: 'Fixture: not carried into the next plan.' },
    ]);
  });

  it('an indicator outside the crosswalk has no chain', async () => {
    const lap = IndicatorsResponseSchema.parse((await get(API_PATHS.planIndicators('LAP'))).json()).data;
    const outside = lap.find((i) => i.id !== FIXTURE_PLAN.predecessor && i.id !== FIXTURE_PLAN.discontinued);
    expect(outside?.lineage).toEqual({ predecessor: null, successors: [] });
  });
});

describe('briefings by plan', () => {
  beforeEach(() => insertFixturePlan(database));

  // The briefings' old paths redirect like the catalogue's: see "today's paths" in plans.test.ts.
  it('the old paths still refuse bad input before redirecting', async () => {
    expect((await get('/api/v1/briefings/risk-education?lang=xx')).statusCode).toBe(400);
  });

  it('the NAP’s briefing for its pillar lists only NAP indicators (the slug repeats the LAP’s)', async () => {
    const res = await get(API_PATHS.planBriefing('NAP', FIXTURE_PLAN.pillar));
    expect(res.statusCode).toBe(200);
    const { data } = BriefingResponseSchema.parse(res.json());
    expect(data.actionPlan.code).toBe('NAP');
    const ids = [...data.flagged, ...data.others].map((i) => i.indicator.id);
    expect(ids).toEqual([FIXTURE_PLAN.indicator]);
    // The LAP's briefing for the same slug has none of the NAP's.
    const lap = BriefingResponseSchema.parse((await get(API_PATHS.planBriefing('LAP', FIXTURE_PLAN.pillar))).json()).data;
    const lapIds = [...lap.flagged, ...lap.others].map((i) => i.indicator.id);
    expect(lapIds).toContain(FIXTURE_PLAN.predecessor);
    expect(lapIds).not.toContain(FIXTURE_PLAN.indicator);
  });

  it('the NAP’s CSV holds only its indicator’s rows; its Word file is built; an unknown plan or pillar is a 404', async () => {
    const csv = await get(`${API_PATHS.planBriefing('nap', FIXTURE_PLAN.pillar)}.csv`);
    expect(csv.statusCode).toBe(200);
    const rows = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toContain(FIXTURE_PLAN.indicator);
    const docx = await get(`${API_PATHS.planBriefing('NAP', FIXTURE_PLAN.pillar)}.docx?lang=fr`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toBe('attachment; filename="briefing-nap-risk-education-fr.docx"');
    for (const url of [API_PATHS.planBriefing('XYZ', 'risk-education'), API_PATHS.planBriefing('NAP', 'victim-assistance'), `${API_PATHS.planBriefing('NAP', 'nope')}.csv`]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(ProblemSchema.parse(res.json()).status).toBe(404);
    }
  });
});

describe('a later plan leaves the LAP’s record as it was', () => {
  /**
   * The body with only what must move when a later plan is published blanked: the data version and its date (every
   * write bumps them), the LAP's `current`/`ended` flags (it is no longer the current plan) and each indicator's
   * lineage (it now names its successor). Everything else must match byte for byte.
   */
  const stable = (body: string) =>
    JSON.stringify(JSON.parse(body), (key, value: unknown) => {
      if (key === 'dataVersion' || key === 'updatedAt' || key === 'lineage') return null;
      if ((key === 'current' || key === 'ended') && typeof value === 'boolean') return null;
      return value;
    });
  const lineages = (body: string) => {
    const found: Record<string, unknown> = {};
    JSON.parse(body, (key, value: unknown) => {
      if (value && typeof value === 'object' && 'lineage' in value && 'id' in value) found[String(value.id)] = value.lineage;
      return value;
    });
    return found;
  };

  it('the LAP’s summary and briefing bodies are byte-identical before and after the NAP is inserted', async () => {
    const briefing = API_PATHS.planBriefing('LAP', FIXTURE_PLAN.pillar);
    const urls = [API_PATHS.planSummary('LAP'), briefing, `${briefing}?lang=fr`, API_PATHS.planBriefing('LAP', 'victim-assistance')];
    const before = await Promise.all(urls.map(async (url) => (await get(url)).body));
    const csvBefore = (await get(`${briefing}.csv`)).body;
    const summaryBefore = SummaryResponseSchema.parse(JSON.parse(before[0] ?? '')).data;
    expect(summaryBefore.actionPlan).toMatchObject({ current: true, ended: false });

    insertFixturePlan(database);

    const after = await Promise.all(urls.map(async (url) => (await get(url)).body));
    const summaryAfter = SummaryResponseSchema.parse(JSON.parse(after[0] ?? '')).data;
    expect(summaryAfter.actionPlan).toMatchObject({ current: false, ended: true });
    expect(summaryAfter.dataVersion).toBeGreaterThan(summaryBefore.dataVersion);
    urls.forEach((url, i) => expect(stable(after[i] ?? '{}') === stable(before[i] ?? '{}'), url).toBe(true));
    // The lineage moved only where the crosswalk says: the two LAP indicators it names now have successors.
    const moved = (i: number) => {
      const was = lineages(before[i] ?? '{}');
      const now = lineages(after[i] ?? '{}');
      return Object.keys(now).filter((id) => JSON.stringify(now[id]) !== JSON.stringify(was[id])).sort();
    };
    expect(moved(1)).toEqual([FIXTURE_PLAN.predecessor, FIXTURE_PLAN.discontinued].sort());
    expect(moved(3)).toEqual([]);
    // The CSV carries neither the version, the flags nor the lineage: it is identical as served.
    expect((await get(`${briefing}.csv`)).body).toBe(csvBefore);
  });
});
