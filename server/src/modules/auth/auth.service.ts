// Accounts and sessions: argon2id hashes, random session tokens stored hashed, idle and absolute expiry, throttled sign-in.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { SESSION_ID_LENGTH, type Session } from '@ccm/shared/schemas/accounts';
import type { SessionTimes, User } from '@ccm/shared/schemas/workspace';
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
  | { ok: false; reason: 'deactivated'; userId: number }
  | { ok: false; reason: 'failed'; userId: number | null; failures: FailureCounts };

/**
 * Checks the password unless this address must wait first (then the password is not even looked at). The right
 * password from an address without recent failures always signs in, whatever happened elsewhere.
 */
export async function signIn(
  db: Db,
  throttle: SignInThrottle,
  attempt: { email: string; password: string; address: string; userAgent?: string | null },
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
  // Only after the right password: a wrong one gets the usual answer, so whether an account is deactivated stays unknown.
  if (row.deactivatedAt !== null) return { ok: false, reason: 'deactivated', userId: row.id };
  const token = randomBytes(32).toString('base64url');
  repo.insertSession(db, hashToken(token), row.id, now.toISOString(), cleanUserAgent(attempt.userAgent));
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
  // Deactivation ends the sessions; should one remain (a race with the deactivation), it still opens nothing.
  if (row.deactivatedAt !== null) {
    repo.deleteSession(db, id);
    return null;
  }
  repo.touchSession(db, id, now.toISOString());
  return toUser(row);
}

/** When a session ends: unless another request comes first (idle limit, or the absolute one when sooner), and at the latest. */
export function sessionTimes(db: Db, token: string, limits: SessionLimits): SessionTimes | null {
  const session = repo.findSession(db, hashToken(token));
  if (!session) return null;
  const endsAt = Date.parse(session.createdAt) + limits.maxMs;
  const idleEnd = Date.parse(session.lastSeenAt) + limits.idleMs;
  return { expiresAt: new Date(Math.min(idleEnd, endsAt)).toISOString(), endsAt: new Date(endsAt).toISOString(), idleMinutes: Math.round(limits.idleMs / 60_000) };
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

export interface ResetResult {
  user: User;
  password: string;
  endedSessions: number;
  /** A reset does not reactivate a deactivated account: it can sign in with the new password once reactivated. */
  deactivated: boolean;
}

/** A new one-time password (to change at next sign-in) and every session of the user ended. */
async function issueOneTimePassword(db: Db, row: UserRow): Promise<ResetResult> {
  const password = generatePassword();
  const passwordHash = await hash(password);
  const endedSessions = db.transaction((tx) => {
    repo.updatePassword(tx, row.id, passwordHash, true);
    return repo.deleteSessionsOfUser(tx, row.id);
  });
  return { user: toUser({ ...row, mustChangePassword: true }), password, endedSessions, deactivated: row.deactivatedAt !== null };
}

/** An admin's reset of another account (their own password they change with the current one). */
export async function resetPassword(db: Db, admin: User, userId: number): Promise<ResetResult> {
  if (admin.id === userId) throw new BadRequestError('Change your own password with your current one, not with a reset.', 'id');
  const row = repo.findUserById(db, userId);
  if (!row) throw new NotFoundError(`No account ${userId}.`);
  return issueOneTimePassword(db, row);
}

/** The operator's reset from the command line (npm run user:reset-password), for any account, an admin's too. */
export async function resetPasswordByEmail(db: Db, email: string): Promise<ResetResult> {
  const row = repo.findUserByEmail(db, email);
  if (!row) throw new NotFoundError(`No account for ${email}.`);
  return issueOneTimePassword(db, row);
}

// --- Sessions as people see them ------------------------------------------------------------

/** The short public id of a session: the start of its stored hash (never the token, never the whole hash). */
export const publicSessionId = (storedId: string) => storedId.slice(0, SESSION_ID_LENGTH);

/** The User-Agent as stored: printable characters only, at most 200; null when the browser sent none. */
export function cleanUserAgent(userAgent: string | null | undefined): string | null {
  const clean = (userAgent ?? '').replace(/[\p{C}]/gu, '').trim().slice(0, 200);
  return clean === '' ? null : clean;
}

/** Deletes every expired session (of anyone), so counts and lists show only sessions that still work. */
export function pruneExpiredSessions(db: Db, limits: SessionLimits, now = new Date()): void {
  const at = now.getTime();
  repo.deleteExpiredSessions(db, new Date(at - limits.idleMs).toISOString(), new Date(at - limits.maxMs).toISOString());
}

/** The live sessions of a user, oldest first; `currentToken` marks the one making the request. */
export function sessionsOf(db: Db, userId: number, currentToken: string | null, limits: SessionLimits, now = new Date()): Session[] {
  pruneExpiredSessions(db, limits, now);
  const currentId = currentToken ? hashToken(currentToken) : null;
  return repo.listSessionsOfUser(db, userId).map((row) => ({
    id: publicSessionId(row.id),
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    userAgent: row.userAgent,
    current: row.id === currentId,
  }));
}

/** Ends one session of a user by its public id; the session making the request is ended by signing out instead. */
export function endSessionOf(db: Db, userId: number, sessionId: string, currentToken: string | null): void {
  const row = repo.listSessionsOfUser(db, userId).find((session) => publicSessionId(session.id) === sessionId);
  if (!row) throw new NotFoundError(`No session ${sessionId} of account ${userId}.`);
  if (currentToken && row.id === hashToken(currentToken)) {
    throw new ConflictError('This is the session you are using; sign out to end it.', 'sessionId');
  }
  repo.deleteSession(db, row.id);
}

/** Ends every session of a user but the one making the request (when it is theirs); returns how many ended. */
export function endSessionsOf(db: Db, userId: number, currentToken: string | null): number {
  return currentToken ? repo.deleteOtherSessionsOfUser(db, userId, hashToken(currentToken)) : repo.deleteSessionsOfUser(db, userId);
}
