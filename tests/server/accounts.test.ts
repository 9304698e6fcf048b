// Account administration: role changes, deactivation and reactivation (never of yourself, never the last active admin),
// sessions an admin or the user can see and end, and password resets, on screen's API and from the command line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import {
  ACCOUNT_DEACTIVATED,
  AccountResponseSchema,
  AccountsResponseSchema,
  EndedSessionsResponseSchema,
  SessionsResponseSchema,
} from '../../shared/src/schemas/accounts.ts';
import { MeResponseSchema, PasswordResetResponseSchema } from '../../shared/src/schemas/workspace.ts';
import { migrateDatabase, openDatabase, type Database_ } from '../../server/src/db/client.ts';
import { refusalOfChange } from '../../server/src/modules/accounts/accounts.service.ts';
import { createUser } from '../../server/src/modules/auth/auth.service.ts';
import { buildTestApp, REPO_ROOT } from '../helpers/app.ts';
import { createAccount, signIn, TEST_PASSWORD } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';

let app: FastifyInstance;
let database: Database_;
let admin: string;
let adminId: number;
let editorId: number;

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

beforeEach(async () => {
  ({ app, database } = await buildTestApp({ seed: false, config: { SIGNIN_RATE_LIMIT: '1000' } }));
  adminId = (await createAccount(database, 'admin@accounts.test', 'admin')).id;
  editorId = (await createAccount(database, 'editor@accounts.test', 'editor')).id;
  admin = await signIn(app, 'admin@accounts.test');
});
afterEach(async () => {
  await app.close();
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, cookie: string | null, payload?: object) =>
  app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
const me = (cookie: string) => call('GET', '/api/v1/auth/me', cookie);
const patch = (id: number, body: object, cookie = admin) => call('PATCH', `/api/v1/workspace/users/${id}`, cookie, body);
const accounts = async () => AccountsResponseSchema.parse((await call('GET', '/api/v1/workspace/users', admin)).json()).data;
const accountOf = async (id: number) => (await accounts()).find((a) => a.id === id);
const signInAs = (email: string, password: string, userAgent?: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password }, headers: userAgent ? { 'user-agent': userAgent } : {} });
async function cookieOf(email: string, password = TEST_PASSWORD, userAgent?: string) {
  const res = await signInAs(email, password, userAgent);
  expect(res.statusCode, res.body).toBe(200);
  return `ccm_session=${res.cookies.find((c) => c.name === 'ccm_session')?.value ?? ''}`;
}

describe('the accounts list', () => {
  it('lists each account with its role, state, sessions and last request', async () => {
    const before = await accountOf(editorId);
    expect(before).toMatchObject({ email: 'editor@accounts.test', role: 'editor', active: true, deactivatedAt: null, mustChangePassword: false, sessions: 0, lastSeenAt: null });
    await cookieOf('editor@accounts.test');
    await cookieOf('editor@accounts.test');
    const after = await accountOf(editorId);
    expect(after?.sessions).toBe(2);
    expect(Date.parse(after?.lastSeenAt ?? '')).toBeGreaterThan(Date.parse(after?.createdAt ?? ''));
    expect(await accountOf(adminId)).toMatchObject({ role: 'admin', sessions: 1 });
  });

  it('is for admins only', async () => {
    const editor = await cookieOf('editor@accounts.test');
    expect((await call('GET', '/api/v1/workspace/users', editor)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/workspace/users', null)).statusCode).toBe(401);
  });
});

describe('role changes', () => {
  it('an admin makes an editor admin and back; the new role applies to the open session at once', async () => {
    const editor = await cookieOf('editor@accounts.test');
    expect((await call('GET', '/api/v1/workspace/users', editor)).statusCode).toBe(403);
    const promoted = await patch(editorId, { role: 'admin' });
    expect(promoted.statusCode, promoted.body).toBe(200);
    expect(AccountResponseSchema.parse(promoted.json()).data).toMatchObject({ id: editorId, role: 'admin', active: true, sessions: 1 });
    expect((await call('GET', '/api/v1/workspace/users', editor)).statusCode).toBe(200);
    expect(AccountResponseSchema.parse((await patch(editorId, { role: 'editor' })).json()).data.role).toBe('editor');
    expect((await call('GET', '/api/v1/workspace/users', editor)).statusCode).toBe(403);
  });

  it('an admin cannot demote or deactivate themselves (409 naming why), and nothing changes', async () => {
    const before = databaseChecksum(database.sqlite);
    const demote = await patch(adminId, { role: 'editor' });
    expect(demote.statusCode).toBe(409);
    expect(ProblemSchema.parse(demote.json()).parameter).toBe('role');
    expect(ProblemSchema.parse(demote.json()).detail).toMatch(/admin role from your own account/);
    const deactivate = await patch(adminId, { active: false });
    expect(deactivate.statusCode).toBe(409);
    expect(ProblemSchema.parse(deactivate.json()).parameter).toBe('active');
    expect(ProblemSchema.parse(deactivate.json()).detail).toMatch(/deactivate your own account/);
    expect(databaseChecksum(database.sqlite)).toBe(before);
    expect((await me(admin)).statusCode).toBe(200);
  });

  it('the last active admin is never demoted or deactivated', () => {
    const lastAdmin = { id: 2, role: 'admin' as const, active: true };
    expect(refusalOfChange({ id: 1 }, lastAdmin, { role: 'editor' }, 1)).toEqual({
      parameter: 'role',
      message: 'Making an editor of this account would leave no active admin; make another account admin first.',
    });
    expect(refusalOfChange({ id: 1 }, lastAdmin, { active: false }, 1)).toEqual({
      parameter: 'active',
      message: 'Deactivating this account would leave no active admin; make another account admin first.',
    });
    // With a second active admin, or for an editor, or when nothing is taken away, the change is allowed.
    expect(refusalOfChange({ id: 1 }, lastAdmin, { role: 'editor' }, 2)).toBeNull();
    expect(refusalOfChange({ id: 1 }, { id: 2, role: 'editor', active: true }, { active: false }, 1)).toBeNull();
    expect(refusalOfChange({ id: 1 }, lastAdmin, { role: 'admin', active: true }, 1)).toBeNull();
    // Reactivating your own account is no refusal (you could not be signed in otherwise), demoting yourself always is.
    expect(refusalOfChange({ id: 2 }, lastAdmin, { active: true }, 1)).toBeNull();
    expect(refusalOfChange({ id: 2 }, lastAdmin, { role: 'editor' }, 5)).toMatchObject({ parameter: 'role' });
  });

  it('a second admin may be demoted by the first; bad bodies get a 400 naming the field and change nothing', async () => {
    const other = await createAccount(database, 'second@accounts.test', 'admin');
    expect((await patch(other.id, { role: 'editor' })).statusCode).toBe(200);
    const before = databaseChecksum(database.sqlite);
    for (const [body, parameter] of [
      [{ role: 'owner' }, 'role'],
      [{ active: 'no' }, 'active'],
      [{}, 'role'],
      [{ role: 'admin', email: 'x@y.z' }, 'email'],
    ] as const) {
      const res = await patch(editorId, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(ProblemSchema.parse(res.json())), JSON.stringify(body)).toContain(parameter);
    }
    expect((await patch(9999, { role: 'admin' })).statusCode).toBe(404);
    expect(databaseChecksum(database.sqlite)).toBe(before);
  });
});

describe('deactivation', () => {
  it('ends every session at once and refuses sign-in after the right password only; reactivation lets the account in again', async () => {
    const editor = await cookieOf('editor@accounts.test');
    const other = await cookieOf('editor@accounts.test');
    const res = await patch(editorId, { active: false });
    expect(res.statusCode, res.body).toBe(200);
    const account = AccountResponseSchema.parse(res.json()).data;
    expect(account).toMatchObject({ active: false, sessions: 0 });
    expect(Date.parse(account.deactivatedAt ?? '')).not.toBeNaN();
    expect((await me(editor)).statusCode).toBe(401);
    expect((await me(other)).statusCode).toBe(401);

    const right = await signInAs('editor@accounts.test', TEST_PASSWORD);
    expect(right.statusCode).toBe(403);
    expect(ProblemSchema.parse(right.json()).detail).toBe(ACCOUNT_DEACTIVATED);
    expect(right.cookies.find((c) => c.name === 'ccm_session')).toBeUndefined();
    // A wrong password hears what it would for any account: nothing about the deactivation.
    const wrong = await signInAs('editor@accounts.test', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(ProblemSchema.parse(wrong.json()).detail).toBe('The email or password is not right.');

    const reactivated = await patch(editorId, { active: true });
    expect(AccountResponseSchema.parse(reactivated.json()).data).toMatchObject({ active: true, deactivatedAt: null });
    const back = await cookieOf('editor@accounts.test');
    expect(MeResponseSchema.parse((await me(back)).json()).data.email).toBe('editor@accounts.test');
  });

  it('a session left over from before the deactivation opens nothing', async () => {
    const editor = await cookieOf('editor@accounts.test');
    // As if the deactivation raced a request: the flag is set but the session row is still there.
    database.sqlite.prepare('update users set deactivated_at = ? where id = ?').run(new Date().toISOString(), editorId);
    expect((await me(editor)).statusCode).toBe(401);
    expect(database.sqlite.prepare('select count(*) from sessions where user_id = ?').pluck().get(editorId)).toBe(0);
  });
});

describe('sessions', () => {
  it('an admin sees an account’s sessions with their browsers, ends one, then all', async () => {
    const laptop = await cookieOf('editor@accounts.test', TEST_PASSWORD, FIREFOX);
    const phone = await cookieOf('editor@accounts.test', TEST_PASSWORD, PHONE);
    const long = await cookieOf('editor@accounts.test', TEST_PASSWORD, `${'x'.repeat(250)}`);
    const list = SessionsResponseSchema.parse((await call('GET', `/api/v1/workspace/users/${editorId}/sessions`, admin)).json()).data;
    expect(list.map((s) => s.userAgent)).toEqual([FIREFOX, PHONE, 'x'.repeat(200)]);
    expect(list.every((s) => !s.current && s.id.length === 16)).toBe(true);
    // The public id is no session token.
    expect(laptop).not.toContain(list[0]?.id);

    const ended = await call('DELETE', `/api/v1/workspace/users/${editorId}/sessions/${list[1]?.id}`, admin);
    expect(ended.statusCode, ended.body).toBe(204);
    expect((await me(phone)).statusCode).toBe(401);
    expect((await me(laptop)).statusCode).toBe(200);
    expect((await call('DELETE', `/api/v1/workspace/users/${editorId}/sessions/${list[1]?.id}`, admin)).statusCode).toBe(404);
    const bad = await call('DELETE', `/api/v1/workspace/users/${editorId}/sessions/not-an-id`, admin);
    expect(bad.statusCode).toBe(400);
    expect(ProblemSchema.parse(bad.json()).parameter).toBe('sessionId');

    const all = await call('DELETE', `/api/v1/workspace/users/${editorId}/sessions`, admin);
    expect(EndedSessionsResponseSchema.parse(all.json()).data.endedSessions).toBe(2);
    expect((await me(laptop)).statusCode).toBe(401);
    expect((await me(long)).statusCode).toBe(401);
    expect((await me(admin)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/workspace/users/9999/sessions', admin)).statusCode).toBe(404);
  });

  it('an admin ending their own sessions keeps the one they use, and marks it current', async () => {
    const elsewhere = await cookieOf('admin@accounts.test', TEST_PASSWORD, PHONE);
    const list = SessionsResponseSchema.parse((await call('GET', `/api/v1/workspace/users/${adminId}/sessions`, admin)).json()).data;
    expect(list.map((s) => s.current)).toEqual([true, false]);
    const current = await call('DELETE', `/api/v1/workspace/users/${adminId}/sessions/${list[0]?.id}`, admin);
    expect(current.statusCode).toBe(409);
    expect(ProblemSchema.parse(current.json()).detail).toMatch(/sign out/);
    expect(EndedSessionsResponseSchema.parse((await call('DELETE', `/api/v1/workspace/users/${adminId}/sessions`, admin)).json()).data.endedSessions).toBe(1);
    expect((await me(elsewhere)).statusCode).toBe(401);
    expect((await me(admin)).statusCode).toBe(200);
  });

  it('a user sees their own sessions and ends another one, but not the current one (sign out does that)', async () => {
    const laptop = await cookieOf('editor@accounts.test', TEST_PASSWORD, FIREFOX);
    const phone = await cookieOf('editor@accounts.test', TEST_PASSWORD, PHONE);
    const third = await cookieOf('editor@accounts.test', TEST_PASSWORD, PHONE);
    const res = await call('GET', '/api/v1/auth/sessions', laptop);
    expect(res.headers['cache-control']).toBe('no-store');
    const own = SessionsResponseSchema.parse(res.json()).data;
    expect(own.map((s) => [s.userAgent, s.current])).toEqual([
      [FIREFOX, true],
      [PHONE, false],
      [PHONE, false],
    ]);
    // Only their own: the admin's session is not in the list and cannot be ended by its id.
    const adminSession = SessionsResponseSchema.parse((await call('GET', '/api/v1/auth/sessions', admin)).json()).data[0];
    expect((await call('DELETE', `/api/v1/auth/sessions/${adminSession?.id}`, laptop)).statusCode).toBe(404);
    expect((await me(admin)).statusCode).toBe(200);

    expect((await call('DELETE', `/api/v1/auth/sessions/${own[1]?.id}`, laptop)).statusCode).toBe(204);
    expect((await me(phone)).statusCode).toBe(401);
    expect((await call('DELETE', `/api/v1/auth/sessions/${own[0]?.id}`, laptop)).statusCode).toBe(409);
    expect(EndedSessionsResponseSchema.parse((await call('DELETE', '/api/v1/auth/sessions', laptop)).json()).data.endedSessions).toBe(1);
    expect((await me(third)).statusCode).toBe(401);
    expect((await me(laptop)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/auth/sessions', null)).statusCode).toBe(401);
  });

  it('sessions past their idle limit are neither counted nor listed', async () => {
    await cookieOf('editor@accounts.test');
    database.sqlite.prepare("update sessions set last_seen_at = '2020-01-01T00:00:00.000Z' where user_id = ?").run(editorId);
    expect(await accountOf(editorId)).toMatchObject({ sessions: 0, lastSeenAt: null });
    expect(SessionsResponseSchema.parse((await call('GET', `/api/v1/workspace/users/${editorId}/sessions`, admin)).json()).data).toEqual([]);
  });
});

describe('password reset', () => {
  it('ends the old sessions, and the one-time password must be changed before anything else', async () => {
    const editor = await cookieOf('editor@accounts.test');
    const res = await call('POST', `/api/v1/workspace/users/${editorId}/password-reset`, admin);
    const reset = PasswordResetResponseSchema.parse(res.json()).data;
    expect(reset.mustChangePassword).toBe(true);
    expect((await me(editor)).statusCode).toBe(401);
    expect(await accountOf(editorId)).toMatchObject({ sessions: 0, mustChangePassword: true });
    const fresh = await cookieOf('editor@accounts.test', reset.oneTimePassword);
    expect((await call('GET', '/api/v1/auth/sessions', fresh)).statusCode).toBe(403);
    const changed = await call('POST', '/api/v1/auth/password', fresh, { currentPassword: reset.oneTimePassword, newPassword: 'a brand new passphrase' });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await call('GET', '/api/v1/auth/sessions', fresh)).statusCode).toBe(200);
  });

  it('of a deactivated account is allowed and does not reactivate it', async () => {
    await patch(editorId, { active: false });
    const reset = PasswordResetResponseSchema.parse((await call('POST', `/api/v1/workspace/users/${editorId}/password-reset`, admin)).json()).data;
    expect(await accountOf(editorId)).toMatchObject({ active: false, mustChangePassword: true });
    const refused = await signInAs('editor@accounts.test', reset.oneTimePassword);
    expect(refused.statusCode).toBe(403);
    expect(ProblemSchema.parse(refused.json()).detail).toBe(ACCOUNT_DEACTIVATED);
  });
});

describe('npm run user:reset-password', () => {
  const run = (databasePath: string, ...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'server/src/scripts/user-reset-password.ts', ...args], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_PATH: databasePath, LOG_LEVEL: 'warn' },
    });

  it('prints a new one-time password once, ends the sessions, and fails with one clear line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccm-reset-'));
    try {
      const path = join(dir, 'dashboard.db');
      const onDisk = openDatabase(path);
      migrateDatabase(onDisk);
      await createUser(onDisk.db, { email: 'only-admin@accounts.test', role: 'admin', password: TEST_PASSWORD, mustChangePassword: false });
      const disk = await buildTestApp({ database: onDisk, config: { DATABASE_PATH: path } });
      const res = await disk.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'only-admin@accounts.test', password: TEST_PASSWORD } });
      const cookie = `ccm_session=${res.cookies.find((c) => c.name === 'ccm_session')?.value ?? ''}`;

      const result = run(path, 'Only-Admin@accounts.test');
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^New one-time password for admin only-admin@accounts\.test \(1 session ended\)\./);
      const password = /shown once; it must be changed at the next sign-in\): (\S+)\n$/.exec(result.stdout)?.[1] ?? '';
      expect(password.length).toBeGreaterThanOrEqual(20);

      expect((await disk.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
      const signedIn = await disk.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'only-admin@accounts.test', password } });
      expect(MeResponseSchema.parse(signedIn.json()).data.mustChangePassword).toBe(true);
      await disk.app.close();

      for (const [args, message] of [
        [['nobody@accounts.test'], 'No account for nobody@accounts.test.\n'],
        [['not-an-email'], '"not-an-email" is not an email address. Usage: npm run user:reset-password -- someone@example.org\n'],
        [[], 'Give exactly one email address. Usage: npm run user:reset-password -- someone@example.org\n'],
      ] as const) {
        const failed = run(path, ...args);
        expect(failed.status, args.join(' ')).toBe(1);
        expect(failed.stderr).toBe(message);
        expect(failed.stdout).toBe('');
      }
      const missing = run(join(dir, 'missing.db'), 'only-admin@accounts.test');
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(/^There is no database at .*missing\.db \(DATABASE_PATH\)\.\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
