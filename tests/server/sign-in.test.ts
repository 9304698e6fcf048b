// Sign-in throttling that cannot be turned against the person: failures count per address and per address and
// account with growing waits, never per account alone, and every failure is logged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { MeResponseSchema } from '../../shared/src/schemas/workspace.ts';
import { buildApp } from '../../server/src/app.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import { SignInThrottle } from '../../server/src/modules/auth/sign-in-throttle.ts';
import { freshDatabase, testConfig } from '../helpers/app.ts';
import { createAccount, TEST_PASSWORD } from '../helpers/auth.ts';
import { captureLogs } from '../helpers/logs.ts';

let app: FastifyInstance;
let database: Database_;
let logs: Record<string, unknown>[];

async function start(config: Record<string, string> = {}) {
  const capture = captureLogs();
  logs = capture.lines;
  const stream = capture.stream;
  database = freshDatabase();
  app = await buildApp({ config: testConfig(config), database, logger: { level: 'info', stream } });
  await app.ready();
  await createAccount(database, 'admin@isu.test', 'admin');
  await createAccount(database, 'editor@isu.test', 'editor');
}
afterEach(async () => {
  await app.close();
});

const attempt = (email: string, password: string, from: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password }, remoteAddress: from });

describe('sign-in throttling', () => {
  beforeEach(async () => {
    // The per-minute rate limit would answer 429 first and hide the throttle these tests are about.
    await start({ SIGNIN_RATE_LIMIT: '1000' });
  });

  it('50 wrong passwords from one address do not stop the right password from another address', async () => {
    const codes = new Set<number>();
    for (let i = 0; i < 50; i += 1) codes.add((await attempt('admin@isu.test', `wrong guess ${i}`, '203.0.113.66')).statusCode);
    expect([...codes].sort()).toEqual([401, 429]);
    expect((await attempt('admin@isu.test', TEST_PASSWORD, '203.0.113.66')).statusCode).toBe(429);
    const res = await attempt('admin@isu.test', TEST_PASSWORD, '198.51.100.7');
    expect(res.statusCode, res.body).toBe(200);
    expect(MeResponseSchema.parse(res.json()).data.email).toBe('admin@isu.test');
  });

  it('the address that failed waits, and each further failure doubles the wait (Retry-After)', async () => {
    const from = '203.0.113.9';
    for (let i = 0; i < 5; i += 1) expect((await attempt('editor@isu.test', `wrong ${i}`, from)).statusCode).toBe(401);
    // Five free failures (SIGNIN_MAX_FAILURES), then a wait, even for the right password from that address.
    const waiting = await attempt('editor@isu.test', TEST_PASSWORD, from);
    expect(waiting.statusCode).toBe(429);
    expect(waiting.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(ProblemSchema.parse(waiting.json()).detail).toMatch(/Try again in 1 second\./);
    expect(waiting.headers['retry-after']).toBe('1');
  });

  it('waits grow: 1 s, 2 s, 4 s, 8 s… as failures go on after each wait, up to 15 minutes, forgotten after an hour without one', () => {
    // The throttle itself with an explicit clock: waiting real seconds in a test would prove nothing more.
    const throttle = new SignInThrottle({ perAddressAndAccount: 5, perAddress: 1000 });
    let now = 0;
    const waits: number[] = [];
    for (let i = 0; i < 16; i += 1) {
      now += throttle.waitMs('a', 'x', now);
      throttle.recordFailure('a', 'x', now);
      waits.push(throttle.waitMs('a', 'x', now) / 1000);
    }
    expect(waits).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
    // Another address, and another account from the same address, are not slowed by these failures.
    expect(throttle.waitMs('b', 'x', now)).toBe(0);
    expect(throttle.waitMs('a', 'y', now)).toBe(0);
    // Waiting out the longest wait does not reset the count; an hour without a failure does.
    now += throttle.waitMs('a', 'x', now);
    expect(throttle.recordFailure('a', 'x', now).addressAndAccount).toBe(17);
    expect(throttle.waitMs('a', 'x', now + 60 * 60_000)).toBe(0);
    expect(throttle.recordFailure('a', 'x', now + 60 * 60_000).addressAndAccount).toBe(1);
  });

  it('one address guessing many accounts is slowed down too (SIGNIN_ADDRESS_MAX_FAILURES, 20)', async () => {
    const from = '203.0.113.20';
    for (let i = 0; i < 20; i += 1) expect((await attempt(`nobody${i}@isu.test`, 'wrong password', from)).statusCode).toBe(401);
    expect((await attempt('editor@isu.test', TEST_PASSWORD, from)).statusCode).toBe(429);
    expect((await attempt('editor@isu.test', TEST_PASSWORD, '203.0.113.21')).statusCode).toBe(200);
  });

  it('the right password after a few failures signs in and clears that account’s failures from that address', async () => {
    const from = '203.0.113.30';
    for (let i = 0; i < 4; i += 1) await attempt('editor@isu.test', `wrong ${i}`, from);
    expect((await attempt('editor@isu.test', TEST_PASSWORD, from)).statusCode).toBe(200);
    for (let i = 0; i < 4; i += 1) expect((await attempt('editor@isu.test', `wrong again ${i}`, from)).statusCode).toBe(401);
  });

  it('logs every failure with the address and whether the account exists, and every refusal to try', async () => {
    await attempt('editor@isu.test', 'wrong password', '203.0.113.40');
    await attempt('nobody@isu.test', 'wrong password', '203.0.113.41');
    const failures = logs.filter((l) => l.msg === 'sign-in failed');
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatchObject({ level: 40, address: '203.0.113.40', knownAccount: true, failures: { address: 1, addressAndAccount: 1 } });
    expect(failures[1]).toMatchObject({ address: '203.0.113.41', knownAccount: false, userId: null });
    // The password is never logged.
    expect(JSON.stringify(logs)).not.toContain('wrong password');
    for (let i = 0; i < 6; i += 1) await attempt('editor@isu.test', `wrong ${i}`, '203.0.113.42');
    expect(logs.filter((l) => typeof l.msg === 'string' && l.msg.startsWith('sign-in refused'))).toHaveLength(1);
  });
});

describe('with the default limits', () => {
  it('50 wrong passwords from one address (rate-limited too) do not stop the right password from another address', async () => {
    await start();
    for (let i = 0; i < 50; i += 1) expect([401, 429]).toContain((await attempt('admin@isu.test', `wrong guess ${i}`, '203.0.113.67')).statusCode);
    expect((await attempt('admin@isu.test', TEST_PASSWORD, '198.51.100.8')).statusCode).toBe(200);
  });
});

describe('a failed sign-in keeps the session the browser had', () => {
  it('a wrong password typed while signed in does not sign you out', async () => {
    await start();
    const ok = await attempt('editor@isu.test', TEST_PASSWORD, '203.0.113.50');
    const cookie = `ccm_session=${ok.cookies.find((c) => c.name === 'ccm_session')?.value ?? ''}`;
    const wrong = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'editor@isu.test', password: 'not it at all' }, headers: { cookie }, remoteAddress: '203.0.113.50' });
    expect(wrong.statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
  });
});
