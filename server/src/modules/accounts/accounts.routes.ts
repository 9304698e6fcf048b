// ISU workspace routes: accounts and their sessions (admin). Each declares the role it needs (config.role); the auth plugin enforces it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AccountParamsSchema,
  AccountResponseSchema,
  AccountSessionParamsSchema,
  AccountsResponseSchema,
  EndedSessionsResponseSchema,
  SessionsResponseSchema,
  UpdateAccountInputSchema,
} from '@ccm/shared/schemas/accounts';
import { CreateUserInputSchema, CreateUserResponseSchema, PasswordResetResponseSchema } from '@ccm/shared/schemas/workspace';
import { logWrite, noStore, userOf, workspaceRoute } from '../../lib/workspace-routes.ts';
import {
  createAccount,
  endAccountSession,
  endAccountSessions,
  listAccounts,
  resetAccountPassword,
  sessionsOfAccount,
  updateAccount,
} from './accounts.service.ts';

const accountsRoutes: FastifyPluginAsyncZod = async (app) => {
  noStore(app);

  app.get(
    '/users',
    workspaceRoute('admin', 'Accounts with their role, state and sessions (admin)', { response: { 200: AccountsResponseSchema } }),
    async () => ({ data: listAccounts(app.database.db, app.sessionLimits) }),
  );

  app.post(
    '/users',
    workspaceRoute('admin', 'Create an account with a one-time password (admin)', { body: CreateUserInputSchema, response: { 201: CreateUserResponseSchema } }),
    async (request, reply) => {
      const { user, password } = await createAccount(app.database.db, { email: request.body.email, role: request.body.role });
      logWrite(request, { userId: user.id, role: user.role }, 'account created');
      return reply.code(201).send({ data: { ...user, oneTimePassword: password } });
    },
  );

  app.patch(
    '/users/:id',
    workspaceRoute('admin', 'Change an account’s role, or deactivate (ending its sessions) or reactivate it (admin); never your own, never the last active admin', {
      params: AccountParamsSchema,
      body: UpdateAccountInputSchema,
      response: { 200: AccountResponseSchema },
    }),
    async (request) => {
      const by = userOf(request);
      const { account, endedSessions } = updateAccount(app.database.db, by, request.params.id, request.body);
      request.log.info({ userId: account.id, by: by.id, change: request.body, endedSessions }, 'account changed');
      return { data: account };
    },
  );

  app.post(
    '/users/:id/password-reset',
    workspaceRoute('admin', 'Give an account a new one-time password and end all its sessions (admin); a deactivated account stays deactivated', { params: AccountParamsSchema, response: { 200: PasswordResetResponseSchema } }),
    async (request) => {
      const { user, password, endedSessions } = await resetAccountPassword(app.database.db, userOf(request), request.params.id);
      logWrite(request, { userId: user.id, endedSessions }, 'password reset; sessions ended');
      return { data: { ...user, oneTimePassword: password } };
    },
  );

  app.get(
    '/users/:id/sessions',
    workspaceRoute('admin', 'An account’s sessions (admin)', { params: AccountParamsSchema, response: { 200: SessionsResponseSchema } }),
    async (request) => ({ data: sessionsOfAccount(app.database.db, request.params.id, request.sessionToken, app.sessionLimits) }),
  );

  app.delete(
    '/users/:id/sessions',
    workspaceRoute('admin', 'End every session of an account (admin); of your own account, every one but this', { params: AccountParamsSchema, response: { 200: EndedSessionsResponseSchema } }),
    async (request) => {
      const endedSessions = endAccountSessions(app.database.db, request.params.id, request.sessionToken);
      logWrite(request, { userId: request.params.id, endedSessions }, 'sessions ended by an admin');
      return { data: { endedSessions } };
    },
  );

  app.delete(
    '/users/:id/sessions/:sessionId',
    workspaceRoute('admin', 'End one session of an account (admin); your current one ends by signing out', { params: AccountSessionParamsSchema, response: { 204: z.null() } }),
    async (request, reply) => {
      endAccountSession(app.database.db, request.params.id, request.params.sessionId, request.sessionToken);
      logWrite(request, { userId: request.params.id }, 'session ended by an admin');
      return reply.code(204).send(null);
    },
  );
};

export default accountsRoutes;
