// Sessions end when they should: on a password change (every other session), on an admin's reset (every session),
// after SESSION_MAX_HOURS however active, and exactly SESSION_IDLE_MINUTES after the last request.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { MeResponseSchema, PasswordResetResponseSchema } from '../../shared/src/schemas/workspace.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import { buildTestApp } from '../helpers/app.ts';
import { createAccount, signIn, TEST_PASSWORD } from '../helpers/auth.ts';

let app: FastifyInstance;
let database: Database_;

beforeEach(async () => {
  ({ app, database } = await buildTestApp());
  await createAccount(database, 'admin@sessions.test', 'admin');
  await createAccount(database, 'editor@sessions.test', 'editor');
});
afterEach(async () => {
  vi.useRealTimers();
  await app.close();
});

const me = (cookie: string) => app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
const post = (url: string, cookie: string, payload?: object) => app.inject({ method: 'POST', url, headers: { cookie }, ...(payload ? { payload } : {}) });

describe('password change and reset', () => {
  it('a password change ends every other session of the account, and keeps the one that made it', async () => {
    const laptop = await signIn(app, 'editor@sessions.test');
    const phone = await signIn(app, 'editor@sessions.test');
    const otherUser = await signIn(app, 'admin@sessions.test');
    const changed = await post('/api/v1/auth/password', laptop, { currentPassword: TEST_PASSWORD, newPassword: 'a new and longer passphrase' });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await me(laptop)).statusCode).toBe(200);
    expect((await me(phone)).statusCode).toBe(401);
    expect((await me(otherUser)).statusCode).toBe(200);
    await signIn(app, 'editor@sessions.test', 'a new and longer passphrase');
  });

  it('an admin reset gives a one-time password and ends every session of that account', async () => {
    const admin = await signIn(app, 'admin@sessions.test');
    const editorA = await signIn(app, 'editor@sessions.test');
    const editorB = await signIn(app, 'editor@sessions.test');
    const editorId = MeResponseSchema.parse((await me(editorA)).json()).data.id;

    const res = await post(`/api/v1/workspace/users/${editorId}/password-reset`, admin);
    expect(res.statusCode, res.body).toBe(200);
    const reset = PasswordResetResponseSchema.parse(res.json()).data;
    expect(reset).toMatchObject({ id: editorId, email: 'editor@sessions.test', mustChangePassword: true });
    expect(reset.oneTimePassword.length).toBeGreaterThanOrEqual(20);

    expect((await me(editorA)).statusCode).toBe(401);
    expect((await me(editorB)).statusCode).toBe(401);
    expect((await me(admin)).statusCode).toBe(200);
    // The old password no longer works; the one-time password signs in, and must be changed before anything else.
    const old = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'editor@sessions.test', password: TEST_PASSWORD } });
    expect(old.statusCode).toBe(401);
    const fresh = await signIn(app, 'editor@sessions.test', reset.oneTimePassword);
    expect((await app.inject({ method: 'GET', url: '/api/v1/workspace/cycles', headers: { cookie: fresh } })).statusCode).toBe(403);
  });

  it('an admin cannot reset their own password (they change it), nor an account that does not exist', async () => {
    const admin = await signIn(app, 'admin@sessions.test');
    const adminId = MeResponseSchema.parse((await me(admin)).json()).data.id;
    const self = await post(`/api/v1/workspace/users/${adminId}/password-reset`, admin);
    expect(self.statusCode).toBe(400);
    expect(ProblemSchema.parse(self.json()).parameter).toBe('id');
    expect((await post('/api/v1/workspace/users/9999/password-reset', admin)).statusCode).toBe(404);
    expect((await me(admin)).statusCode).toBe(200);
  });
});

describe('expiry', () => {
  const T0 = new Date('2026-03-02T08:00:00.000Z').getTime();
  const at = (ms: number) => vi.setSystemTime(new Date(T0 + ms));
  const MINUTE = 60_000;
  const SECOND = 1000;

  it('idle expiry is exact: 59 min 59 s after the last request the session lives, at 60 min it has ended', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at(0);
    const cookie = await signIn(app, 'editor@sessions.test');
    // A request 50 s in: the session must count idleness from here, not from the sign-in a minute earlier.
    at(50 * SECOND);
    expect((await me(cookie)).statusCode).toBe(200);
    at(50 * SECOND + 59 * MINUTE + 59 * SECOND);
    expect((await me(cookie)).statusCode).toBe(200);
    at(50 * SECOND + 59 * MINUTE + 59 * SECOND + 60 * MINUTE);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('SESSION_MAX_HOURS (12 by default) ends a session however active it is', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at(0);
    const cookie = await signIn(app, 'editor@sessions.test');
    // A request every 30 minutes for 12 hours: never idle, still ended at 12 h.
    for (let minutes = 30; minutes < 12 * 60; minutes += 30) {
      at(minutes * MINUTE);
      expect((await me(cookie)).statusCode, `${minutes} min`).toBe(200);
    }
    at(12 * 60 * MINUTE - SECOND);
    expect((await me(cookie)).statusCode).toBe(200);
    at(12 * 60 * MINUTE);
    expect((await me(cookie)).statusCode).toBe(401);
    // The browser is told the same: the cookie lives 12 hours.
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'editor@sessions.test', password: TEST_PASSWORD } });
    expect(res.cookies.find((c) => c.name === 'ccm_session')?.maxAge).toBe(12 * 3600);
  });

  it('SESSION_MAX_HOURS is configurable', async () => {
    const short = await buildTestApp({ database, config: { SESSION_MAX_HOURS: '1', SESSION_IDLE_MINUTES: '240' } });
    vi.useFakeTimers({ toFake: ['Date'] });
    at(0);
    const cookie = await signIn(short.app, 'editor@sessions.test');
    at(59 * MINUTE);
    expect((await short.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
    at(60 * MINUTE);
    expect((await short.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
    await short.app.close();
  });
});
