import { describe, expect, it } from 'vitest';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { buildTestApp } from '../helpers/app.ts';

describe('GET /api/health', () => {
  it('answers {"status":"ok"} after querying the database', async () => {
    const { app } = await buildTestApp();
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
    await app.close();
  });

  it('answers 503 with a problem document when the database is unusable', async () => {
    const { app, database } = await buildTestApp();
    database.sqlite.close();
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(503);
    const problem = ProblemSchema.parse(res.json());
    expect(problem.detail).toMatch(/database/i);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    await app.close();
  });
});
