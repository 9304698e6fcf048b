// Cycles belong to a plan: none after its deadline, codes unique without regard to case, ordered by date; an
// unpublished cycle can be edited and deleted (unless something points at it), a published one cannot be deleted.
import { describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/src/api-paths.ts';
import { CyclesResponseSchema } from '../../shared/src/schemas/api.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { ChangeResponseSchema, WorkspaceCycleResponseSchema, WorkspaceCyclesResponseSchema } from '../../shared/src/schemas/workspace.ts';
import { signedInAppPerTest } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';

const isu = signedInAppPerTest('cycles.test');

const send = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT', url: string, payload?: object, cookie = isu.admin) =>
  isu.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const add = (over: Record<string, unknown> = {}) =>
  send('POST', '/api/v1/workspace/cycles', { code: '14MSP', actionPlan: 'LAP', year: 2026, meeting: 'Fourteenth Meeting of States Parties', ...over });
const workspaceOrder = async () =>
  WorkspaceCyclesResponseSchema.parse((await send('GET', '/api/v1/workspace/cycles')).json())
    .data.filter((c) => c.actionPlan === 'LAP')
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((c) => c.code);
const problemOf = (res: { json: () => unknown }) => ProblemSchema.parse(res.json());

describe('adding a cycle to a plan', () => {
  it.each([
    [{ year: 2027 }, 'year'],
    [{ startDate: '2027-01-10' }, 'startDate'],
    [{ startDate: '2026-12-01', endDate: '2027-01-02' }, 'endDate'],
  ])('refuses a cycle after the LAP’s deadline (%o): 400 naming %s, nothing stored', async (over, field) => {
    const before = databaseChecksum(isu.database.sqlite);
    const res = await add(over);
    expect(res.statusCode).toBe(400);
    expect(problemOf(res).parameter).toBe(field);
    expect(problemOf(res).detail).toContain('3RC');
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('refuses a code that exists in another case (14msp = 14MSP, 13msp = 13MSP): 409', async () => {
    expect((await add()).statusCode).toBe(201);
    for (const code of ['14msp', '14Msp', '13msp']) {
      const res = await add({ code });
      expect(res.statusCode, code).toBe(409);
      expect(problemOf(res).parameter).toBe('code');
    }
  });

  it('places a cycle by its date within the plan, the deadline last', async () => {
    expect((await add()).statusCode).toBe(201);
    const earlier = await add({ code: 'IS2024', year: 2024, meeting: 'Intersessional meeting 2024' });
    expect(earlier.statusCode, earlier.body).toBe(201);
    expect(await workspaceOrder()).toEqual(['10MSP', '11MSP', '12MSP', 'IS2024', '13MSP', '14MSP', '3RC']);
    // Open cycles stay out of the public API, whose ordinals do not move.
    const publicCycles = CyclesResponseSchema.parse((await isu.app.inject({ method: 'GET', url: API_PATHS.planCycles('LAP') })).json()).data;
    expect(publicCycles.map((c) => [c.code, c.ordinal])).toEqual([['10MSP', 0], ['11MSP', 1], ['12MSP', 2], ['13MSP', 3], ['3RC', 4]]);
  });

  it('an unknown plan is a 400 naming actionPlan; the plan code is read without regard to case', async () => {
    expect(problemOf(await add({ actionPlan: 'XYZ' })).parameter).toBe('actionPlan');
    const res = await add({ actionPlan: 'lap' });
    expect(res.statusCode).toBe(201);
    expect(WorkspaceCycleResponseSchema.parse(res.json()).data.actionPlan).toBe('LAP');
  });
});

describe('editing and deleting a cycle', () => {
  it('edits an unpublished cycle’s meeting, dates and year, and moves it to its place by date', async () => {
    await add({ startDate: '2026-09-01', endDate: '2026-09-03' });
    const res = await send('PATCH', '/api/v1/workspace/cycles/14MSP', { year: 2024, meeting: 'Fourteenth Meeting (moved)', startDate: null, endDate: null });
    expect(res.statusCode, res.body).toBe(200);
    expect(WorkspaceCycleResponseSchema.parse(res.json()).data).toMatchObject({ code: '14MSP', year: 2024, meeting: 'Fourteenth Meeting (moved)', startDate: null, endDate: null, status: 'open' });
    expect(await workspaceOrder()).toEqual(['10MSP', '11MSP', '12MSP', '14MSP', '13MSP', '3RC']);
  });

  it('refuses an edit past the deadline (400 naming the field), of a published cycle or the deadline (409), of an unknown cycle (404)', async () => {
    await add();
    const before = databaseChecksum(isu.database.sqlite);
    expect(problemOf(await send('PATCH', '/api/v1/workspace/cycles/14MSP', { year: 2027 }))).toMatchObject({ status: 400, parameter: 'year' });
    expect(problemOf(await send('PATCH', '/api/v1/workspace/cycles/14MSP', { endDate: '2027-02-01' }))).toMatchObject({ status: 400, parameter: 'endDate' });
    expect(problemOf(await send('PATCH', '/api/v1/workspace/cycles/14MSP', { startDate: '2026-09-03', endDate: '2026-09-01' }))).toMatchObject({ status: 400, parameter: 'endDate' });
    expect(problemOf(await send('PATCH', '/api/v1/workspace/cycles/14MSP', {})).status).toBe(400);
    expect(problemOf(await send('PATCH', '/api/v1/workspace/cycles/13MSP', { meeting: 'Renamed meeting' }))).toMatchObject({ status: 409, parameter: 'code' });
    expect(problemOf(await send('PATCH', '/api/v1/workspace/cycles/3RC', { meeting: 'Renamed meeting' })).status).toBe(409);
    expect((await send('PATCH', '/api/v1/workspace/cycles/99MSP', { meeting: 'Renamed meeting' })).statusCode).toBe(404);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('deletes an unpublished cycle nothing points at, and renumbers the plan', async () => {
    await add();
    await add({ code: 'IS2024', year: 2024, meeting: 'Intersessional meeting 2024' });
    const res = await send('DELETE', '/api/v1/workspace/cycles/IS2024');
    expect(res.statusCode, res.body).toBe(204);
    expect(await workspaceOrder()).toEqual(['10MSP', '11MSP', '12MSP', '13MSP', '14MSP', '3RC']);
    const ordinals = WorkspaceCyclesResponseSchema.parse((await send('GET', '/api/v1/workspace/cycles')).json()).data.map((c) => c.ordinal).sort();
    expect(ordinals).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('refuses to delete a cycle with a draft or a figure (409 naming them), a published cycle (409), and changes nothing', async () => {
    await add();
    const draft = await send('PUT', '/api/v1/workspace/observations', { indicatorId: 'a27-re-integrated', cycle: '14MSP', value: 10, denominator: 10, source: 'Article 7 reports 2026' }, isu.editor);
    expect(draft.statusCode, draft.body).toBe(200);
    const before = databaseChecksum(isu.database.sqlite);
    const withDraft = await send('DELETE', '/api/v1/workspace/cycles/14MSP');
    expect(problemOf(withDraft)).toMatchObject({ status: 409, parameter: 'code' });
    expect(problemOf(withDraft).detail).toMatch(/1 draft/);
    const published = await send('DELETE', '/api/v1/workspace/cycles/13MSP');
    expect(problemOf(published).status).toBe(409);
    expect(problemOf(published).detail).toMatch(/published/);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);

    // Discarded, the draft stays in the history, so the cycle is still named there.
    const changeId = ChangeResponseSchema.parse(draft.json()).data.id;
    expect((await send('POST', `/api/v1/workspace/changes/${changeId}/discard`, undefined, isu.editor)).statusCode).toBe(204);
    expect(problemOf(await send('DELETE', '/api/v1/workspace/cycles/14MSP')).detail).toMatch(/history/);
  });

  it('editing and deleting need an admin', async () => {
    await add();
    expect((await send('PATCH', '/api/v1/workspace/cycles/14MSP', { meeting: 'Renamed meeting' }, isu.editor)).statusCode).toBe(403);
    expect((await send('DELETE', '/api/v1/workspace/cycles/14MSP', undefined, isu.editor)).statusCode).toBe(403);
    expect((await isu.app.inject({ method: 'DELETE', url: '/api/v1/workspace/cycles/14MSP' })).statusCode).toBe(401);
  });
});
