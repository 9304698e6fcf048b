// ISU workspace routes: accounts. Each declares the role it needs (config.role); the auth plugin enforces it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateUserInputSchema,
  CreateUserResponseSchema,
  PasswordResetResponseSchema,
  UsersResponseSchema,
} from '@ccm/shared/schemas/workspace';
import { admin, errors, noStore, userOf } from '../../lib/workspace-routes.ts';
import { createUser, resetPassword, toUser } from '../auth/auth.service.ts';
import { listUsers } from '../auth/auth.repository.ts';

const UserParams = z.object({ id: z.coerce.number().int().positive() });


const accountsRoutes: FastifyPluginAsyncZod = async (app) => {
  noStore(app);

  app.get(
    '/users',
    { ...admin, schema: { tags: ['workspace'], summary: 'Accounts (admin)', response: { 200: UsersResponseSchema, ...errors } } },
    async () => ({ data: listUsers(app.database.db).map(toUser) }),
  );

  app.post(
    '/users',
    { ...admin, schema: { tags: ['workspace'], summary: 'Create an account with a one-time password (admin)', body: CreateUserInputSchema, response: { 201: CreateUserResponseSchema, ...errors } } },
    async (request, reply) => {
      const { user, password } = await createUser(app.database.db, { email: request.body.email, role: request.body.role });
      return reply.code(201).send({ data: { ...user, oneTimePassword: password } });
    },
  );

  app.post(
    '/users/:id/password-reset',
    {
      ...admin,
      schema: {
        tags: ['workspace'],
        summary: 'Give an account a new one-time password and end all its sessions (admin)',
        params: UserParams,
        response: { 200: PasswordResetResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { user, password, endedSessions } = await resetPassword(app.database.db, userOf(request), request.params.id);
      request.log.info({ userId: user.id, by: userOf(request).id, endedSessions }, 'password reset; sessions ended');
      return { data: { ...user, oneTimePassword: password } };
    },
  );
};

export default accountsRoutes;
