// Contracts of account administration: the accounts list, role and active changes, and sessions (an admin's view of
// anyone's, and each user's own).
import { z } from 'zod';
import { RoleSchema, UserSchema } from './workspace.ts';

/** A session as people see it: never its token or stored hash, only a short public id. */
export const SESSION_ID_LENGTH = 16;
export const SessionIdSchema = z
  .string()
  .regex(new RegExp(`^[A-Za-z0-9_-]{${SESSION_ID_LENGTH}}$`), `sessionId must be a session id of ${SESSION_ID_LENGTH} letters, digits, "-" or "_"`);

export const SessionSchema = z.object({
  id: SessionIdSchema,
  createdAt: z.string().meta({ description: 'When the session signed in.' }),
  lastSeenAt: z.string().meta({ description: 'The session’s last request.' }),
  userAgent: z.string().nullable().meta({ description: 'The browser that signed in (its User-Agent, at most 200 characters); null when it sent none.' }),
  current: z.boolean().meta({ description: 'True for the session making this request.' }),
});
export type Session = z.infer<typeof SessionSchema>;
export const SessionsResponseSchema = z.object({ data: z.array(SessionSchema) });
export const EndedSessionsResponseSchema = z.object({ data: z.object({ endedSessions: z.number().int().nonnegative() }) });

export const AccountSchema = UserSchema.extend({
  active: z.boolean(),
  deactivatedAt: z.string().nullable().meta({ description: 'When an admin deactivated the account; null while it is active.' }),
  sessions: z.number().int().nonnegative().meta({ description: 'Sessions that have not ended.' }),
  lastSeenAt: z.string().nullable().meta({ description: 'The latest request of any of those sessions; null when there is none.' }),
});
export type Account = z.infer<typeof AccountSchema>;
export const AccountsResponseSchema = z.object({ data: z.array(AccountSchema) });
export const AccountResponseSchema = z.object({ data: AccountSchema });

/** An admin's change to an account: its role, or whether it may sign in (deactivating ends its sessions). */
export const UpdateAccountInputSchema = z
  .object({
    role: RoleSchema.optional(),
    active: z.boolean({ error: 'active must be true or false' }).optional(),
  })
  .strict()
  .refine((input) => input.role !== undefined || input.active !== undefined, { message: 'Give role or active (or both).', path: ['role'] });
export type UpdateAccountInput = z.infer<typeof UpdateAccountInputSchema>;

export const AccountParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const AccountSessionParamsSchema = AccountParamsSchema.extend({ sessionId: SessionIdSchema });
export const OwnSessionParamsSchema = z.object({ sessionId: SessionIdSchema });

/** What a deactivated account hears after the right password (a wrong one gets the usual message, so nothing is revealed). */
export const ACCOUNT_DEACTIVATED = 'This account is deactivated. Ask an ISU administrator to reactivate it.';
