// Contracts of the workspace's users: roles, sign-in and passwords, the signed-in user and session, account creation.
import { z } from 'zod';

export const ROLES = ['editor', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'email must be an email address' }));

export const PASSWORD_MIN_LENGTH = 12;
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, 'password must be at most 200 characters');

export const SignInInputSchema = z.object({ email: EmailSchema, password: z.string().min(1).max(200) }).strict();
export const ChangePasswordInputSchema = z.object({ currentPassword: z.string().min(1).max(200), newPassword: PasswordSchema }).strict();

export const UserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  role: RoleSchema,
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;
/** When the session ends: the workspace warns before, and a request (any) renews the idle limit. */
export const SessionTimesSchema = z.object({
  expiresAt: z.string().meta({ description: 'When the session ends unless another request comes first (ISO 8601): the idle limit, or the absolute one when sooner.' }),
  endsAt: z.string().meta({ description: 'When the session ends however active (ISO 8601): SESSION_MAX_HOURS after sign-in.' }),
  idleMinutes: z.number().int().meta({ description: 'A session ends this long after its latest request (SESSION_IDLE_MINUTES).' }),
});
export type SessionTimes = z.infer<typeof SessionTimesSchema>;
export const MeResponseSchema = z.object({ data: UserSchema, session: SessionTimesSchema.optional() });
// The accounts list (with state and sessions) is AccountsResponseSchema in ./accounts.ts.
export const CreateUserInputSchema = z.object({ email: EmailSchema, role: RoleSchema }).strict();
export const CreateUserResponseSchema = z.object({
  data: UserSchema.extend({ oneTimePassword: z.string().meta({ description: 'Shown once; the user must change it at first sign-in.' }) }),
});
/** An admin's password reset: the account with its new one-time password (all its sessions have ended). */
export const PasswordResetResponseSchema = CreateUserResponseSchema;
