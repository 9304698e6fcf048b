// A population is never smaller than what it counts: a population size (a content edit of the indicator) below a
// published or drafted figure is refused naming the figures, at saving and again at publishing; a population or a
// figure's own N above the number of States in the world is refused.
import { describe, expect, it } from 'vitest';
import { IndicatorResponseSchema } from '../../shared/src/schemas/api.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { figuresAbove, type CountedFigure } from '../../shared/src/domain/population-consistency.ts';
import { signedInAppPerTest } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';

const isu = signedInAppPerTest('isu.test');

const population = (key: string, value: number | null, cookie = isu.editor) =>
  isu.app.inject({ method: 'PUT', url: '/api/v1/workspace/content', payload: { entity: 'indicator', key, field: 'populationSize', value, reason: 'Population revised after the 13MSP.' }, headers: { cookie } });
const indicator = async (id: string) => IndicatorResponseSchema.parse((await isu.app.inject({ method: 'GET', url: `/api/v1/indicators/${id}` })).json()).data;

describe('population size and the figures it counts', () => {
  it('refuses a population below a published figure, naming it, and changes nothing (the public page never reads "10 of 9")', async () => {
    const published = (await indicator('a27-re-integrated')).observations.filter((o) => o.value !== null && o.qualifier !== 'at_most');
    const highest = Math.max(...published.map((o) => o.value ?? 0));
    const before = databaseChecksum(isu.database.sqlite);
    const res = await population('a27-re-integrated', highest - 1);
    expect(res.statusCode).toBe(400);
    const problem = ProblemSchema.parse(res.json());
    expect(problem.detail).toContain(`A population of ${highest - 1} would put`);
    expect(problem.detail).toMatch(/MSP: \d+ \(published\)/);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
    expect((await population('a27-re-integrated', highest + 1)).statusCode).toBe(200);
  });

  it('counts drafts too, and checks again at publishing: a figure drafted above the drafted population blocks it', async () => {
    // a28-tailored-re has no population: a drafted figure of 13 is accepted, then a drafted population of 12 would be below it.
    const cycle = { code: '14MSP', actionPlan: 'LAP', year: 2026, meeting: 'Fourteenth Meeting of States Parties', startDate: '2026-09-01', endDate: '2026-09-03' };
    expect((await isu.app.inject({ method: 'POST', url: '/api/v1/workspace/cycles', payload: cycle, headers: { cookie: isu.admin } })).statusCode).toBe(201);
    expect((await population('a28-tailored-re', 12)).statusCode).toBe(200);
    const figure = { indicatorId: 'a28-tailored-re', cycle: '14MSP', spanFrom: null, value: 13, qualifier: 'exact', denominator: null, reporting: 'reported', source: 'Article 7 reports 2026', paragraph: null, note: null, cycleInferred: false, underReview: null, reason: null };
    expect((await isu.app.inject({ method: 'PUT', url: '/api/v1/workspace/observations', payload: figure, headers: { cookie: isu.editor } })).statusCode).toBe(200);
    const before = databaseChecksum(isu.database.sqlite);
    const publish = await isu.app.inject({ method: 'POST', url: '/api/v1/workspace/content/publish', headers: { cookie: isu.admin } });
    expect(publish.statusCode).toBe(400);
    expect(ProblemSchema.parse(publish.json()).detail).toContain('14MSP: 13 (draft)');
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
    // A new draft of the population below the draft is refused at once.
    expect(ProblemSchema.parse((await population('a28-tailored-re', 11)).json()).detail).toContain('14MSP: 13 (draft)');
  });

  it.each([
    ['a population above the number of States in the world', () => population('a27-re-integrated', 198), 'value must be at most 197'],
    ['a population of 0', () => population('a27-re-integrated', 0), 'value must be above 0'],
  ])('refuses %s', async (_label, send, message) => {
    const before = databaseChecksum(isu.database.sqlite);
    const res = await send();
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain(message);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('refuses a figure whose own N is above the number of States in the world', async () => {
    const figure = { indicatorId: 'a27-re-integrated', cycle: '13MSP', spanFrom: null, value: 9, qualifier: 'exact', denominator: 250, reporting: 'reported', source: 'Article 7 reports 2026', paragraph: null, note: null, cycleInferred: false, underReview: null, reason: 'Test.' };
    const res = await isu.app.inject({ method: 'PUT', url: '/api/v1/workspace/observations', payload: figure, headers: { cookie: isu.editor } });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('denominator must be at most 197');
  });
});

describe('figuresAbove (pure)', () => {
  const f = (value: number | null, extra: Partial<CountedFigure> = {}) => ({ cycle: '13MSP', spanFrom: null, value, qualifier: 'exact' as const, denominator: null, state: 'published' as const, ...extra });
  it('keeps the figures above the size, whatever N they state, but not "at most" bounds', () => {
    expect(figuresAbove(9, [f(10), f(9), f(null), f(12, { qualifier: 'at_most' }), f(12, { denominator: 20 }), f(11, { qualifier: 'at_least' })]).map((x) => x.value)).toEqual([10, 12, 11]);
  });
});
