// The public API v1 against a fresh migrated in-memory database with the bundled data; every body parsed with the shared schema.
import { describe, expect, it } from 'vitest';
import {
  ActionPlansResponseSchema,
  ActionResponseSchema,
  ActionsResponseSchema,
  ConflictsResponseSchema,
  CyclesResponseSchema,
  IndicatorResponseSchema,
  IndicatorsResponseSchema,
  PillarsResponseSchema,
  SeriesListResponseSchema,
  SeriesResponseSchema,
  SummaryResponseSchema,
} from '../../shared/src/schemas/api.ts';
import { ProblemSchema, STATUS_CODES } from '../../shared/src/schemas/common.ts';
import { appPerFile } from '../helpers/app.ts';

const current = appPerFile();

async function getJson(url: string, headers: Record<string, string> = {}) {
  const res = await current.app.inject({ method: 'GET', url, headers });
  return { res, body: res.body ? (JSON.parse(res.body) as unknown) : null };
}

describe('catalogue routes', () => {
  it.each([
    ['/api/v1/action-plans', ActionPlansResponseSchema],
    ['/api/v1/action-plans/lap/cycles', CyclesResponseSchema],
    ['/api/v1/action-plans/lap/pillars', PillarsResponseSchema],
    ['/api/v1/action-plans/lap/actions', ActionsResponseSchema],
    ['/api/v1/action-plans/lap/actions?pillar=risk-education', ActionsResponseSchema],
    ['/api/v1/action-plans/lap/actions/27', ActionResponseSchema],
    ['/api/v1/indicators', IndicatorsResponseSchema],
    ['/api/v1/indicators/a27-re-integrated', IndicatorResponseSchema],
    ['/api/v1/action-plans/lap/summary', SummaryResponseSchema],
    ['/api/v1/conflicts', ConflictsResponseSchema],
    ['/api/v1/series', SeriesListResponseSchema],
    ['/api/v1/series/isu-contributions', SeriesResponseSchema],
  ] as const)('%s answers 200 with a body matching its contract', async (url, schema) => {
    const { res, body } = await getJson(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(() => schema.parse(body)).not.toThrow();
  });

  it('lists the LAP with its four reporting cycles and the 3RC deadline last', async () => {
    const { body } = await getJson('/api/v1/action-plans');
    const [plan] = ActionPlansResponseSchema.parse(body).data;
    expect(plan?.code).toBe('LAP');
    expect(plan?.cycles).toEqual(['10MSP', '11MSP', '12MSP', '13MSP', '3RC']);
    expect(plan?.deadlineCycle).toBe('3RC');
  });

  it('serves all 48 actions, each in a pillar whose range contains it', async () => {
    const actions = ActionsResponseSchema.parse((await getJson('/api/v1/action-plans/lap/actions')).body).data;
    const pillars = PillarsResponseSchema.parse((await getJson('/api/v1/action-plans/lap/pillars')).body).data;
    expect(actions.map((a) => a.number)).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
    for (const action of actions) {
      const pillar = pillars.find((p) => p.slug === action.pillar);
      expect(pillar, `action ${action.number}`).toBeDefined();
      expect(action.number).toBeGreaterThanOrEqual(pillar?.actionFrom ?? Infinity);
      expect(action.number).toBeLessThanOrEqual(pillar?.actionTo ?? -Infinity);
    }
  });

  it('filters indicators by pillar: risk education lists only its own, with observations', async () => {
    const data = IndicatorsResponseSchema.parse((await getJson('/api/v1/indicators?pillar=risk-education')).body).data;
    expect(data.length).toBeGreaterThan(0);
    for (const indicator of data) {
      expect(indicator.pillar).toBe('risk-education');
      expect(indicator.action).toBeGreaterThanOrEqual(27);
      expect(indicator.action).toBeLessThanOrEqual(30);
      expect(indicator.observations.length).toBeGreaterThan(0);
    }
    expect(data.map((i) => i.id)).toContain('a27-re-integrated');
  });

  it('gives Action 27 the figures of paragraph 123: 8, 8, 10, 10', async () => {
    const { data } = IndicatorResponseSchema.parse((await getJson('/api/v1/indicators/a27-re-integrated')).body);
    const exact = data.observations.filter((o) => o.spanFrom === null);
    expect(exact.map((o) => [o.cycle, o.value, o.qualifier, o.source.paragraph])).toEqual([
      ['10MSP', 8, 'exact', 123],
      ['11MSP', 8, 'exact', 123],
      ['12MSP', 10, 'exact', 123],
      ['13MSP', 10, 'exact', 123],
    ]);
  });

  it('filters by action and by status, and the status filter agrees with each indicator’s status', async () => {
    const byAction = IndicatorsResponseSchema.parse((await getJson('/api/v1/indicators?action=1')).body).data;
    expect(byAction.length).toBeGreaterThan(0);
    expect(byAction.every((i) => i.action === 1)).toBe(true);
    const all = IndicatorsResponseSchema.parse((await getJson('/api/v1/indicators')).body).data;
    for (const code of STATUS_CODES) {
      const filtered = IndicatorsResponseSchema.parse((await getJson(`/api/v1/indicators?status=${code}`)).body).data;
      expect(filtered.map((i) => i.id)).toEqual(all.filter((i) => i.status.code === code).map((i) => i.id));
    }
  });

  it('summarises status counts per pillar that add up to the indicator list', async () => {
    const summary = SummaryResponseSchema.parse((await getJson('/api/v1/action-plans/lap/summary')).body).data;
    const all = IndicatorsResponseSchema.parse((await getJson('/api/v1/indicators')).body).data;
    expect(summary.indicatorCount).toBe(all.length);
    for (const code of STATUS_CODES) {
      expect(summary.counts[code]).toBe(all.filter((i) => i.status.code === code).length);
    }
    for (const pillar of summary.pillars) {
      const total = Object.values(pillar.counts).reduce((a, b) => a + b, 0);
      expect(total).toBe(all.filter((i) => i.pillar === pillar.slug).length);
    }
    expect(summary.latestCycle).toBe('13MSP');
  });

  it('lists the four non-action series by name', async () => {
    const names = SeriesListResponseSchema.parse((await getJson('/api/v1/series')).body).data.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['isu-contributions', 'extension-requests', 'unga-votes', 'membership']));
  });
});

describe('bad input and unknown ids', () => {
  it.each([
    ['/api/v1/indicators?pillar=%3Cscript%3E', 'pillar'],
    ['/api/v1/indicators?status=nope', 'status'],
    ['/api/v1/indicators?action=1e9', 'action'],
    ['/api/v1/indicators?action=abc', 'action'],
    ['/api/v1/action-plans/lap/actions/0', 'number'],
    ['/api/v1/action-plans/lap/actions?pillar=BAD%20SLUG', 'pillar'],
    ['/api/v1/export.csv?status=nope', 'status'],
  ])('%s answers a 400 problem document naming "%s"', async (url, parameter) => {
    const { res, body } = await getJson(url);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = ProblemSchema.parse(body);
    expect(problem.status).toBe(400);
    expect(problem.parameter).toBe(parameter);
    expect(problem.detail).toContain(parameter);
  });

  it('rejects an unknown query parameter instead of ignoring it', async () => {
    const { res, body } = await getJson('/api/v1/indicators?colour=red');
    expect(res.statusCode).toBe(400);
    expect(ProblemSchema.parse(body).detail).toContain('colour');
  });

  it.each(['/api/v1/indicators/no-such-indicator', '/api/v1/action-plans/lap/actions/99', '/api/v1/series/no-such-series', '/api/v1/nothing-here', '/api/v1/action-plans/lap/actions?pillar=no-such-pillar'])(
    '%s answers a 404 problem document',
    async (url) => {
      const { res, body } = await getJson(url);
      expect(res.statusCode).toBe(404);
      expect(ProblemSchema.parse(body).status).toBe(404);
    },
  );
});

describe('caching', () => {
  it('sends a strong ETag and Cache-Control, and answers 304 to If-None-Match', async () => {
    const first = await current.app.inject({ method: 'GET', url: '/api/v1/indicators?pillar=risk-education' });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"v\d+-[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const second = await current.app.inject({ method: 'GET', url: '/api/v1/indicators?pillar=risk-education', headers: { 'if-none-match': etag } });
    expect(second.statusCode).toBe(304);
    expect(second.body).toBe('');
    const other = await current.app.inject({ method: 'GET', url: '/api/v1/indicators', headers: { 'if-none-match': etag } });
    expect(other.statusCode).toBe(200);
  });

  it('compresses large bodies for clients that accept it', async () => {
    const res = await current.app.inject({ method: 'GET', url: '/api/v1/indicators', headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.rawPayload.length).toBeLessThan(Number(res.headers['content-length'] ?? Infinity) + 1);
  });
});

describe('security and documentation', () => {
  it('sends security headers on API responses', async () => {
    const res = await current.app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/pillars' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(res.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('publishes an OpenAPI document listing every public route, and a reference page', async () => {
    const { res, body } = await getJson('/api/v1/openapi.json');
    expect(res.statusCode).toBe(200);
    const paths = Object.keys((body as { paths: Record<string, unknown> }).paths);
    for (const path of [
      '/api/health',
      '/api/v1/action-plans',
      '/api/v1/action-plans/{plan}',
      '/api/v1/action-plans/{plan}/cycles',
      '/api/v1/action-plans/{plan}/pillars',
      '/api/v1/action-plans/{plan}/actions',
      '/api/v1/action-plans/{plan}/actions/{number}',
      '/api/v1/action-plans/{plan}/indicators',
      '/api/v1/action-plans/{plan}/summary',
      // Today's unqualified paths stay documented (deprecated: 308 to the LAP's).
      '/api/v1/cycles',
      '/api/v1/pillars',
      '/api/v1/actions',
      '/api/v1/actions/{number}',
      '/api/v1/summary',
      '/api/v1/indicators',
      '/api/v1/indicators/{id}',
      '/api/v1/series',
      '/api/v1/series/{name}',
      '/api/v1/export.csv',
      '/api/v1/export.json',
      '/api/v1/classify',
    ]) {
      expect(paths).toContain(path);
    }
    const docs = await current.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});
