// Enumerates every registered route: each one that changes state must refuse anonymous, under-privileged and cross-site callers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/src/app.ts';
import { buildTestApp, freshDatabase, testConfig } from '../helpers/app.ts';
import { signIn, signInAdminAndEditor } from '../helpers/auth.ts';
import { createUser } from '../../server/src/modules/auth/auth.service.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The only state-changing methods open to everyone: they store nothing (classify) or only manage the caller's own session. */
const PUBLIC_WRITES = ['POST /api/v1/auth/sign-in', 'POST /api/v1/auth/sign-out', 'POST /api/v1/classify'];

let app: FastifyInstance;
let admin: string;
let editor: string;
let mustChange: string;

beforeAll(async () => {
  let database;
  ({ app, database } = await buildTestApp());
  ({ admin, editor } = await signInAdminAndEditor(app, database, 'guard.test'));
  await createUser(database.db, { email: 'fresh@guard.test', role: 'admin', password: 'one-time password here', mustChangePassword: true });
  mustChange = await signIn(app, 'fresh@guard.test', 'one-time password here');
});
afterAll(async () => {
  await app.close();
});

const concrete = (url: string) => url.replace(':code', '13MSP').replace(':id', '1').replace(':number', '1').replace(':name', 'membership');

function writes() {
  return app.routeTable.filter((r) => UNSAFE.has(r.method) && r.url.startsWith('/api/'));
}

describe('route guard', () => {
  it('finds the workspace write routes, and only the known public writes are open', () => {
    const all = writes();
    expect(all.length).toBeGreaterThanOrEqual(16);
    expect(all.filter((r) => r.public).map((r) => `${r.method} ${r.url}`).sort()).toEqual(PUBLIC_WRITES);
    // Cycles belong to a plan: adding, editing and deleting one is an admin's.
    const cycleWrites = all.filter((r) => r.url.startsWith('/api/v1/workspace/cycles') && !r.url.endsWith('/publish'));
    expect(cycleWrites.map((r) => `${r.method} ${r.url} ${r.role}`).sort()).toEqual([
      'DELETE /api/v1/workspace/cycles/:code admin',
      'PATCH /api/v1/workspace/cycles/:code admin',
      'POST /api/v1/workspace/cycles admin',
    ]);
  });

  it('every state-changing route answers 401 without a session, 403 cross-site and 403 for the wrong role', async () => {
    const checked: string[] = [];
    for (const route of writes().filter((r) => !r.public)) {
      const url = concrete(route.url);
      const name = `${route.method} ${route.url}`;
      const send = (cookie: string | null, headers: Record<string, string> = {}) =>
        app.inject({ method: route.method as 'POST', url, payload: {}, headers: { ...(cookie ? { cookie } : {}), ...headers } });

      expect((await send(null)).statusCode, `${name} anonymous`).toBe(401);
      expect((await send(admin, { origin: 'https://evil.example' })).statusCode, `${name} cross-origin`).toBe(403);
      expect((await send(admin, { 'sec-fetch-site': 'cross-site' })).statusCode, `${name} sec-fetch-site`).toBe(403);
      // Only the password change itself is open to a user who must still change a one-time password.
      if (route.url !== '/api/v1/auth/password') expect((await send(mustChange)).statusCode, `${name} password not changed`).toBe(403);
      if (route.role === 'admin') expect((await send(editor)).statusCode, `${name} editor`).toBe(403);
      else expect(route.role, `${name} declares a role`).toBe('editor');
      checked.push(name);
    }
    expect(checked.length).toBeGreaterThanOrEqual(13);
  });

  it('refuses a new write route that forgets to declare its guard', async () => {
    const rogue = await buildApp({ config: testConfig(), database: freshDatabase(), logger: false });
    rogue.post('/api/v1/workspace/forgotten', async () => ({ done: true }));
    await rogue.ready();
    const res = await rogue.inject({ method: 'POST', url: '/api/v1/workspace/forgotten', payload: {} });
    expect(res.statusCode).toBe(403);
    expect(res.json<{ detail: string }>().detail).toMatch(/no access rule/);
    await rogue.close();
  });
});
