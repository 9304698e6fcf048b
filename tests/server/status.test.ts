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
    const cycles = CyclesResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/cycles' })).json()).data;
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

  it('keeps Action 36 (6, then 9 for the rest of the period, of 12) stalled, saying it rose first and that the cycles were inferred', async () => {
    const [a36] = IndicatorsResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/indicators?action=36' })).json()).data.filter((i) => i.id === 'a36-legislation-policies');
    expect(a36?.status.code).toBe('stalled');
    expect(a36?.status.rule.key).toBe('recent_test');
    expect(a36?.status.reason).toContain('9 of 12 States Parties (75%) in 13MSP, the same as in 11MSP and 12MSP, up from 6 in 10MSP');
    expect(a36?.status.inferredCycles).toEqual(['11MSP', '12MSP', '13MSP']);
    expect(a36?.status.projection?.text).toMatch(/^At this pace, about \d+ of 12 States Parties by the 3RC \(needed: 12\)\.$/);
  });

  it('no flagged indicator’s reason contradicts the direction of its own figures', async () => {
    const indicators = IndicatorsResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/indicators' })).json()).data;
    const flagged = indicators.filter((i) => ['declining', 'stalled', 'off_track'].includes(i.status.code));
    expect(flagged.length).toBeGreaterThan(0);
    for (const i of flagged) {
      const { n0, nk } = i.status.inputs;
      expect(n0, i.id).not.toBeNull();
      if (n0 === null || nk === null) continue;
      const gain = (i.direction === 'increase' ? 1 : -1) * (nk - n0);
      if (i.status.code === 'declining') expect(gain, i.id).toBeLessThan(0);
      if (i.status.code === 'off_track') expect(gain, i.id).toBeGreaterThan(0);
      // A stalled line that moved since its baseline says so, and is stalled only because the last cycles did not move.
      if (i.status.code === 'stalled' && gain >= 1) {
        expect(i.status.rule.key, i.id).toBe('recent_test');
        expect(i.status.reason, i.id).toMatch(/up from|down from/);
      }
    }
    // A36, A43 and A47 are lines the document calls increasing: none of them is "stalled" for want of movement.
    for (const id of ['a43-timely-reports', 'a47-adequate-legislation']) {
      expect(indicators.find((i) => i.id === id)?.status.code, id).toBe('off_track');
    }
  });

  it('every insufficient_data reason says what figure would settle it, and bounds that leave the status open give the range', async () => {
    const indicators = IndicatorsResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/indicators' })).json()).data;
    const insufficient = indicators.filter((i) => i.status.code === 'insufficient_data');
    for (const i of insufficient) expect(i.status.reason, i.id).toMatch(/would settle it\.( |$)/);
    expect(indicators.some((i) => i.status.code === 'insufficient_data' && i.status.possible.length > 1)).toBe(true);
  });

  it('settles statuses the text settles: all twelve focal points (¶142) is achieved; none declared during the period is achieved', async () => {
    const indicators = IndicatorsResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/indicators' })).json()).data;
    expect(indicators.find((i) => i.id === 'a33-focal-points')?.status.code).toBe('achieved');
    expect(indicators.find((i) => i.id === 'a15-article3-extension-requests')?.status.code).toBe('achieved');
    expect(indicators.find((i) => i.id === 'a11-declared-non-compliance')?.status.code).toBe('achieved');
  });

  it('summary counts equal the statuses served, for every status', async () => {
    const summary = SummaryResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/summary' })).json()).data;
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
