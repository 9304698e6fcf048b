// Accounts and sessions: argon2id hashes, random session tokens stored hashed, idle and absolute expiry, throttled sign-in.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { User } from '@ccm/shared/schemas/workspace';
import type { Db } from '../../db/client.ts';
import type { UserRow } from '../../db/schema.ts';
import { BadRequestError, ConflictError, HttpError, NotFoundError } from '../../lib/errors.ts';
import * as repo from './auth.repository.ts';
import type { FailureCounts, SignInThrottle } from './sign-in-throttle.ts';

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

export type SignInResult =
  | { ok: true; token: string; user: User }
  | { ok: false; reason: 'throttled'; waitMs: number }
  | { ok: false; reason: 'failed'; userId: number | null; failures: FailureCounts };

/**
 * Checks the password unless this address must wait first (then the password is not even looked at). The right
 * password from an address without recent failures always signs in, whatever happened elsewhere.
 */
export async function signIn(
  db: Db,
  throttle: SignInThrottle,
  attempt: { email: string; password: string; address: string },
  now = new Date(),
): Promise<SignInResult> {
  const waitMs = throttle.waitMs(attempt.address, attempt.email, now.getTime());
  if (waitMs > 0) return { ok: false, reason: 'throttled', waitMs };
  const row = repo.findUserByEmail(db, attempt.email);
  const ok = row ? await verify(row.passwordHash, attempt.password) : (await verify(await DUMMY_HASH_PROMISE, attempt.password), false);
  if (!row || !ok) {
    return { ok: false, reason: 'failed', userId: row?.id ?? null, failures: throttle.recordFailure(attempt.address, attempt.email, now.getTime()) };
  }
  throttle.recordSuccess(attempt.address, attempt.email);
  const token = randomBytes(32).toString('base64url');
  repo.insertSession(db, hashToken(token), row.id, now.toISOString());
  return { ok: true, token, user: toUser(row) };
}

export interface SessionLimits {
  /** A session ends after this long without a request. */
  idleMs: number;
  /** A session ends this long after sign-in, however active. */
  maxMs: number;
}

/**
 * The user of a session token, or null when unknown, idle for idleMs or more, or older than maxMs (an expired
 * session is deleted). Every request carrying the session records its time, so idle expiry is exact.
 */
export function userOfSession(db: Db, token: string, limits: SessionLimits, now = new Date()): User | null {
  const id = hashToken(token);
  const session = repo.findSession(db, id);
  if (!session) return null;
  const at = now.getTime();
  if (at - Date.parse(session.lastSeenAt) >= limits.idleMs || at - Date.parse(session.createdAt) >= limits.maxMs) {
    repo.deleteSession(db, id);
    return null;
  }
  const row = repo.findUserById(db, session.userId);
  if (!row) return null;
  repo.touchSession(db, id, now.toISOString());
  return toUser(row);
}

export function signOut(db: Db, token: string): void {
  repo.deleteSession(db, hashToken(token));
}

/** Sets a new password and ends every other session of the user (the one making the change stays signed in). */
export async function changePassword(db: Db, userId: number, current: string, next: string, keepToken: string): Promise<{ endedSessions: number }> {
  const row = repo.findUserById(db, userId);
  if (!row || !(await verify(row.passwordHash, current))) throw new HttpError(400, 'Bad Request', 'The current password is not right.', 'currentPassword');
  if (current === next) throw new HttpError(400, 'Bad Request', 'The new password must differ from the current one.', 'newPassword');
  const passwordHash = await hash(next);
  return db.transaction((tx) => {
    repo.updatePassword(tx, userId, passwordHash);
    return { endedSessions: repo.deleteOtherSessionsOfUser(tx, userId, hashToken(keepToken)) };
  });
}

/** An admin's reset: a new one-time password (to change at next sign-in) and every session of the user ended. */
export async function resetPassword(db: Db, admin: User, userId: number): Promise<{ user: User; password: string; endedSessions: number }> {
  if (admin.id === userId) throw new BadRequestError('Change your own password with your current one, not with a reset.', 'id');
  const row = repo.findUserById(db, userId);
  if (!row) throw new NotFoundError(`No account ${userId}.`);
  const password = generatePassword();
  const passwordHash = await hash(password);
  const endedSessions = db.transaction((tx) => {
    repo.updatePassword(tx, userId, passwordHash, true);
    return repo.deleteSessionsOfUser(tx, userId);
  });
  return { user: toUser({ ...row, mustChangePassword: true }), password, endedSessions };
}
