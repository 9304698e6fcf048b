// Accounts and signed-in sessions for API tests, through the real sign-in route.
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect } from 'vitest';
import type { Database_ } from '../../server/src/db/client.ts';
import { createUser } from '../../server/src/modules/auth/auth.service.ts';
import { buildTestApp } from './app.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

export async function createAccount(database: Database_, email: string, role: 'editor' | 'admin') {
  return (await createUser(database.db, { email, role, password: TEST_PASSWORD, mustChangePassword: false })).user;
}

/** Signs in through POST /api/v1/auth/sign-in and returns the Cookie header to send. */
export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'ccm_session');
  if (!cookie) throw new Error('no session cookie');
  return `ccm_session=${cookie.value}`;
}

/** An admin and an editor account on `domain` (admin@<domain>, editor@<domain>), each signed in: their Cookie headers. */
export async function signInAdminAndEditor(app: FastifyInstance, database: Database_, domain: string): Promise<{ admin: string; editor: string }> {
  await createAccount(database, `admin@${domain}`, 'admin');
  await createAccount(database, `editor@${domain}`, 'editor');
  return { admin: await signIn(app, `admin@${domain}`), editor: await signIn(app, `editor@${domain}`) };
}

/** The next meeting, as the ISU creates it after the 3RC: the cycle most workspace tests enter figures for. */
export const NEXT_CYCLE = { code: '14MSP', actionPlan: 'LAP', year: 2026, meeting: 'Fourteenth Meeting of States Parties', startDate: '2026-09-01', endDate: '2026-09-03' };

export interface SignedInApp {
  app: FastifyInstance;
  database: Database_;
  /** Cookie headers of admin@<domain> and editor@<domain>. */
  admin: string;
  editor: string;
}

/**
 * Before each test: a fresh app on its own migrated and seeded database, an admin and an editor of `domain` signed in,
 * and (withNextCycle) the 14MSP cycle created; closed after each test. Read the fields inside the tests.
 */
export function signedInAppPerTest(domain: string, { withNextCycle = false }: { withNextCycle?: boolean } = {}): SignedInApp {
  const current = {} as SignedInApp;
  beforeEach(async () => {
    const { app, database } = await buildTestApp();
    Object.assign(current, { app, database }, await signInAdminAndEditor(app, database, domain));
    if (!withNextCycle) return;
    const created = await app.inject({ method: 'POST', url: '/api/v1/workspace/cycles', payload: NEXT_CYCLE, headers: { cookie: current.admin } });
    expect(created.statusCode, created.body).toBe(201);
  });
  afterEach(async () => {
    await current.app.close();
  });
  return current;
}
