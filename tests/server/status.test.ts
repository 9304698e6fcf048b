// Every served status is the shared rule applied to the served figures, and the what-if endpoint uses the same rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { classifyIndicator } from '../../shared/src/domain/classify.ts';
import { classifierInputFor } from '../../shared/src/domain/status-input.ts';
import { ActionPlansResponseSchema, CyclesResponseSchema, IndicatorsResponseSchema, SummaryResponseSchema } from '../../shared/src/schemas/api.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { IndicatorStatusSchema } from '../../shared/src/schemas/status.ts';
import { buildTestApp } from '../helpers/app.ts';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await buildTestApp());
});
afterAll(async () => {
  await app.close();
});

const classify = async (body: unknown) => app.inject({ method: 'POST', url: '/api/v1/classify', payload: body as object });

describe('statuses of the bundled data', () => {
  it('match the shared classifier applied to each indicator’s figures', async () => {
    const indicators = IndicatorsResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/indicators' })).json()).data;
    const cycles = CyclesResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/cycles' })).json()).data;
    const [plan] = ActionPlansResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/action-plans' })).json()).data;
    expect(plan?.deadlineCycle).toBe('3RC');
    if (!plan) return;
    for (const indicator of indicators) {
      const input = classifierInputFor(
        { direction: indicator.direction, populationSize: indicator.population.size, targetShare: null, unit: indicator.unit, observations: indicator.observations },
        cycles,
        plan,
      );
      expect(input, indicator.id).not.toBeNull();
      if (!input) continue;
      expect(indicator.status, indicator.id).toEqual(classifyIndicator(input));
      expect(indicator.status.reason.length, indicator.id).toBeGreaterThan(20);
    }
  });

  it('flags the Action 36 figures (6, 9, 9, 9 of 12) as stalled since 13MSP, with the numbers in the reason', async () => {
    const [a36] = IndicatorsResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/indicators?action=36' })).json()).data.filter((i) => i.id === 'a36-legislation-policies');
    expect(a36?.status.code).toBe('stalled');
    expect(a36?.status.reason).toBe(
      'Stalled: 9 of 12 States Parties (75%) in 13MSP, after 9 in 11MSP and 9 in 12MSP, with no gain of even one in the last two cycles; 3 still to go by the 3RC.',
    );
  });

  it('summary counts equal the statuses served, for every status', async () => {
    const summary = SummaryResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/summary' })).json()).data;
    for (const code of ['stalled', 'off_track', 'declining', 'insufficient_data'] as const) {
      const listed = IndicatorsResponseSchema.parse((await app.inject({ method: 'GET', url: `/api/v1/indicators?status=${code}` })).json()).data;
      expect(summary.counts[code], code).toBe(listed.length);
    }
  });
});

describe('POST /api/v1/classify', () => {
  it.each([
    ['0 → 7 of 10 between 10MSP and 13MSP needs acceleration', { direction: 'increase', denominator: 10, observations: [{ cycle: '10MSP', value: 0 }, { cycle: '13MSP', value: 7 }] }, 'needs_acceleration'],
    ['no movement over three consecutive cycles is stalled', { direction: 'increase', denominator: 12, observations: [{ cycle: '11MSP', value: 9 }, { cycle: '12MSP', value: 9 }, { cycle: '13MSP', value: 9 }] }, 'stalled'],
    ['a single point at the target is achieved', { direction: 'increase', denominator: 10, observations: [{ cycle: '13MSP', value: 10 }] }, 'achieved'],
    ['a fall of one State is declining', { direction: 'increase', denominator: 10, observations: [{ cycle: '10MSP', value: 5 }, { cycle: '13MSP', value: 4 }] }, 'declining'],
    ['fewer is better: 3 → 0 is achieved', { direction: 'decrease', denominator: 10, observations: [{ cycle: '10MSP', value: 3 }, { cycle: '13MSP', value: 0 }] }, 'achieved'],
    ['counts without a population: a gain is improving', { direction: 'increase', observations: [{ cycle: '10MSP', value: 12 }, { cycle: '13MSP', value: 15 }] }, 'improving'],
    ['an "at least" span alone is insufficient data', { direction: 'increase', denominator: 10, observations: [{ cycle: '13MSP', spanFrom: '10MSP', value: 8, qualifier: 'at_least' }] }, 'insufficient_data'],
    ['not reported is never zero', { direction: 'increase', denominator: 10, observations: [{ cycle: '10MSP', value: 5 }, { cycle: '13MSP', value: null, reporting: 'not_reported' }] }, 'insufficient_data'],
  ])('%s', async (_name, body, code) => {
    const res = await classify(body);
    expect(res.statusCode, res.body).toBe(200);
    expect(IndicatorStatusSchema.parse(res.json<{ data: unknown }>().data).code).toBe(code);
  });

  it.each([
    [{ direction: 'sideways', observations: [{ cycle: '13MSP', value: 1 }] }, 'direction'],
    [{ direction: 'increase', denominator: 10, observations: [{ cycle: '13MSP', value: 11 }] }, 'observations.0.value'],
    [{ direction: 'increase', observations: [{ cycle: '99MSP', value: 1 }] }, 'observations.0.cycle'],
    [{ direction: 'increase', observations: [] }, 'observations'],
  ])('rejects %j with a problem naming %s', async (body, parameter) => {
    const res = await classify(body);
    expect(res.statusCode).toBe(400);
    expect(ProblemSchema.parse(res.json()).parameter).toBe(parameter);
  });

  it('is rate-limited', async () => {
    const { app: limited } = await buildTestApp({ config: { CLASSIFY_RATE_LIMIT: '3' } });
    const codes: number[] = [];
    for (let i = 0; i < 5; i += 1) codes.push((await limited.inject({ method: 'POST', url: '/api/v1/classify', payload: { direction: 'increase', observations: [{ cycle: '13MSP', value: 1 }] } })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    await limited.close();
  });
});

describe('seeding', () => {
  it('is idempotent: seeding twice leaves identical rows', async () => {
    const { freshDatabase, SEED_DIR } = await import('../helpers/app.ts');
    const { seedDatabase } = await import('../../server/src/db/seed.ts');
    const { loadSeedBundle } = await import('../../server/src/db/seed-files.ts');
    const { databaseChecksum } = await import('../helpers/db.ts');
    const database = freshDatabase();
    const before = databaseChecksum(database.sqlite);
    expect(seedDatabase(database, loadSeedBundle(SEED_DIR)).inserted).toBe(0);
    expect(databaseChecksum(database.sqlite)).toBe(before);
  });
});
