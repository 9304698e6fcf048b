// Accounts and sessions: argon2id hashes, random session tokens stored hashed, idle expiry, per-account failure limits.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { User } from '@ccm/shared/schemas/workspace';
import type { Db } from '../../db/client.ts';
import type { UserRow } from '../../db/schema.ts';
import { ConflictError, HttpError, UnauthorizedError } from '../../lib/errors.ts';
import * as repo from './auth.repository.ts';

// A hash of a random password, verified against when the account does not exist, so both paths take the same time.
const DUMMY_HASH_PROMISE = hash(randomBytes(16).toString('hex'));

export const SIGN_IN_FAILED = 'The email or password is not right.';

export function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, role: row.role, mustChangePassword: row.mustChangePassword, createdAt: row.createdAt };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function generatePassword(): string {
  // 18 random bytes → 24 URL-safe characters: far above the minimum length, easy to copy once.
  return randomBytes(18).toString('base64url');
}

export async function createUser(
  db: Db,
  input: { email: string; role: 'editor' | 'admin'; password?: string; mustChangePassword?: boolean },
  now = new Date(),
): Promise<{ user: User; password: string }> {
  if (repo.findUserByEmail(db, input.email)) throw new ConflictError(`An account for ${input.email} exists already.`, 'email');
  const password = input.password ?? generatePassword();
  const row = repo.insertUser(db, {
    email: input.email,
    role: input.role,
    passwordHash: await hash(password),
    mustChangePassword: input.mustChangePassword ?? input.password === undefined,
    createdAt: now.toISOString(),
  });
  return { user: toUser(row), password };
}

/** Counts failed sign-ins per account in a sliding window; the address limit is @fastify/rate-limit's. */
export class FailureCounter {
  private readonly failures = new Map<string, number[]>();
  constructor(
    private readonly max: number,
    private readonly windowMs = 15 * 60_000,
  ) {}
  isBlocked(key: string, now = Date.now()): boolean {
    return this.recent(key, now).length >= this.max;
  }
  record(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value ?? '');
  }
  clear(key: string): void {
    this.failures.delete(key);
  }
  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
  }
}

export async function signIn(db: Db, counter: FailureCounter, email: string, password: string, now = new Date()) {
  if (counter.isBlocked(email, now.getTime())) {
    throw new HttpError(429, 'Too Many Requests', 'Too many failed sign-ins for this account. Wait 15 minutes and try again.');
  }
  const row = repo.findUserByEmail(db, email);
  const ok = row ? await verify(row.passwordHash, password) : (await verify(await DUMMY_HASH_PROMISE, password), false);
  if (!row || !ok) {
    counter.record(email, now.getTime());
    throw new UnauthorizedError(SIGN_IN_FAILED);
  }
  counter.clear(email);
  const token = randomBytes(32).toString('base64url');
  repo.insertSession(db, hashToken(token), row.id, now.toISOString());
  return { token, user: toUser(row) };
}

/** The user of a session token, or null when unknown or idle for too long (an expired session is deleted). */
export function userOfSession(db: Db, token: string, idleMs: number, now = new Date()): User | null {
  const id = hashToken(token);
  const session = repo.findSession(db, id);
  if (!session) return null;
  if (now.getTime() - Date.parse(session.lastSeenAt) > idleMs) {
    repo.deleteSession(db, id);
    return null;
  }
  const row = repo.findUserById(db, session.userId);
  if (!row) return null;
  // Write at most once a minute: reads stay reads.
  if (now.getTime() - Date.parse(session.lastSeenAt) > 60_000) repo.touchSession(db, id, now.toISOString());
  return toUser(row);
}

export function signOut(db: Db, token: string): void {
  repo.deleteSession(db, hashToken(token));
}

export async function changePassword(db: Db, userId: number, current: string, next: string): Promise<void> {
  const row = repo.findUserById(db, userId);
  if (!row || !(await verify(row.passwordHash, current))) throw new HttpError(400, 'Bad Request', 'The current password is not right.', 'currentPassword');
  if (current === next) throw new HttpError(400, 'Bad Request', 'The new password must differ from the current one.', 'newPassword');
  repo.updatePassword(db, userId, await hash(next));
}
