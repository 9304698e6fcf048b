// The workspace is told when its session ends (to warn before): the sign-in answer and /auth/me say when, and a request
// renews the idle limit up to the absolute one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { MeResponseSchema } from '../../shared/src/schemas/workspace.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import { buildTestApp } from '../helpers/app.ts';
import { createAccount, TEST_PASSWORD } from '../helpers/auth.ts';

let app: FastifyInstance;
let database: Database_;
const T0 = new Date('2026-03-02T08:00:00.000Z').getTime();
const MINUTE = 60_000;
const at = (ms: number) => vi.setSystemTime(new Date(T0 + ms));
const iso = (ms: number) => new Date(T0 + ms).toISOString();

beforeEach(async () => {
  ({ app, database } = await buildTestApp({ config: { SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '2' } }));
  await createAccount(database, 'editor@times.test', 'editor');
});
afterEach(async () => {
  vi.useRealTimers();
  await app.close();
});

describe('session times', () => {
  it('sign-in and /me say when the session ends; each request moves the idle end, never past the absolute one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at(0);
    const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'editor@times.test', password: TEST_PASSWORD } });
    expect(signIn.statusCode, signIn.body).toBe(200);
    expect(MeResponseSchema.parse(signIn.json()).session).toEqual({ expiresAt: iso(30 * MINUTE), endsAt: iso(120 * MINUTE), idleMinutes: 30 });
    const cookie = `ccm_session=${signIn.cookies.find((c) => c.name === 'ccm_session')?.value ?? ''}`;

    at(20 * MINUTE);
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(MeResponseSchema.parse(me.json()).session).toEqual({ expiresAt: iso(50 * MINUTE), endsAt: iso(120 * MINUTE), idleMinutes: 30 });

    // Near the absolute end, the idle limit no longer matters.
    for (const minutes of [45, 70, 95, 110]) {
      at(minutes * MINUTE);
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
    }
    const late = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(MeResponseSchema.parse(late.json()).session?.expiresAt).toBe(iso(120 * MINUTE));
    at(120 * MINUTE);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });
});
