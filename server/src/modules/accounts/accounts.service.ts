// Account administration: the accounts list, role changes, deactivation and reactivation, and anyone's sessions.
import type { Account, Session, UpdateAccountInput } from '@ccm/shared/schemas/accounts';
import type { Role, User } from '@ccm/shared/schemas/workspace';
import type { Db } from '../../db/client.ts';
import type { UserRow } from '../../db/schema.ts';
import { ConflictError, NotFoundError } from '../../lib/errors.ts';
import * as repo from '../auth/auth.repository.ts';
import { createUser, endSessionOf, endSessionsOf, pruneExpiredSessions, resetPassword, sessionsOf, toUser, type SessionLimits } from '../auth/auth.service.ts';

export interface AccountState {
  id: number;
  role: Role;
  active: boolean;
}

export interface Refusal {
  message: string;
  parameter: 'role' | 'active';
}

/**
 * Why a change may not be made, or null: nobody deactivates or demotes themselves (another admin must), and at least
 * one active admin always remains, so someone can still manage accounts.
 */
export function refusalOfChange(actor: { id: number }, target: AccountState, change: UpdateAccountInput, activeAdmins: number): Refusal | null {
  const demotes = change.role !== undefined && change.role !== 'admin' && target.role === 'admin';
  const deactivates = change.active === false && target.active;
  if (target.id === actor.id && deactivates) return { message: 'You cannot deactivate your own account; another admin must do it.', parameter: 'active' };
  if (target.id === actor.id && demotes) return { message: 'You cannot take the admin role from your own account; another admin must do it.', parameter: 'role' };
  if (target.role === 'admin' && target.active && (demotes || deactivates) && activeAdmins <= 1) {
    return {
      message: `${deactivates ? 'Deactivating' : 'Making an editor of'} this account would leave no active admin; make another account admin first.`,
      parameter: deactivates ? 'active' : 'role',
    };
  }
  return null;
}

function toAccount(row: UserRow, counts: { sessions: number; lastSeenAt: string | null } | undefined): Account {
  return {
    ...toUser(row),
    active: row.deactivatedAt === null,
    deactivatedAt: row.deactivatedAt,
    sessions: counts?.sessions ?? 0,
    lastSeenAt: counts?.lastSeenAt ?? null,
  };
}

/** Every account with its live sessions' count and last request (expired sessions are deleted first). */
export function listAccounts(db: Db, limits: SessionLimits, now = new Date()): Account[] {
  pruneExpiredSessions(db, limits, now);
  const counts = new Map(repo.sessionCounts(db).map((c) => [c.userId, c]));
  return repo.listUsers(db).map((row) => toAccount(row, counts.get(row.id)));
}

function accountRow(db: Db, id: number): UserRow {
  const row = repo.findUserById(db, id);
  if (!row) throw new NotFoundError(`No account ${id}.`);
  return row;
}

function accountOf(db: Db, id: number): Account {
  const counts = repo.sessionCounts(db).find((c) => c.userId === id);
  return toAccount(accountRow(db, id), counts);
}

/** Changes an account's role or active state; deactivating ends every session of the account. Nothing changes on a refusal. */
export function updateAccount(db: Db, actor: User, id: number, change: UpdateAccountInput, now = new Date()): { account: Account; endedSessions: number } {
  return db.transaction((tx) => {
    const row = accountRow(tx, id);
    const refusal = refusalOfChange(actor, { id: row.id, role: row.role, active: row.deactivatedAt === null }, change, repo.countActiveAdmins(tx));
    if (refusal) throw new ConflictError(refusal.message, refusal.parameter);
    const deactivatedAt = change.active === undefined ? row.deactivatedAt : change.active ? null : (row.deactivatedAt ?? now.toISOString());
    repo.updateUser(tx, id, { ...(change.role === undefined ? {} : { role: change.role }), deactivatedAt });
    const endedSessions = deactivatedAt === null ? 0 : repo.deleteSessionsOfUser(tx, id);
    return { account: accountOf(tx, id), endedSessions };
  });
}

export async function createAccount(db: Db, input: { email: string; role: Role }) {
  return createUser(db, input);
}

export async function resetAccountPassword(db: Db, actor: User, id: number) {
  return resetPassword(db, actor, id);
}

/** The live sessions of an account; `currentToken` marks the admin's own session when it is among them. */
export function sessionsOfAccount(db: Db, id: number, currentToken: string | null, limits: SessionLimits, now = new Date()): Session[] {
  accountRow(db, id);
  return sessionsOf(db, id, currentToken, limits, now);
}

export function endAccountSession(db: Db, id: number, sessionId: string, currentToken: string | null): void {
  accountRow(db, id);
  endSessionOf(db, id, sessionId, currentToken);
}

/** Ends every session of an account (of the admin's own account: every other one); returns how many ended. */
export function endAccountSessions(db: Db, id: number, currentToken: string | null): number {
  accountRow(db, id);
  return endSessionsOf(db, id, currentToken);
}
