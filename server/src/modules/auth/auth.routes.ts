// Sign-in, sign-out, the current user and password change.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChangePasswordInputSchema, MeResponseSchema, SignInInputSchema } from '@ccm/shared/schemas/workspace';
import { ProblemSchema } from '@ccm/shared/schemas/common';
import type { Config } from '../../config.ts';
import { UnauthorizedError } from '../../lib/errors.ts';
import { SESSION_COOKIE } from '../../plugins/auth.ts';
import { changePassword, FailureCounter, signIn, signOut } from './auth.service.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 429: ProblemSchema };

const authRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const failures = new FailureCounter(config.SIGNIN_MAX_FAILURES);

  app.post(
    '/sign-in',
    {
      config: { public: true, rateLimit: { max: config.SIGNIN_RATE_LIMIT, timeWindow: '1 minute' } },
      schema: { tags: ['workspace'], summary: 'Sign in; sets an HttpOnly SameSite=Strict session cookie', body: SignInInputSchema, response: { 200: MeResponseSchema, ...errors } },
    },
    async (request, reply) => {
      if (request.sessionToken) signOut(app.database.db, request.sessionToken);
      const { token, user } = await signIn(app.database.db, failures, request.body.email, request.body.password);
      request.log.info({ userId: user.id }, 'signed in');
      reply.setCookie(SESSION_COOKIE, token, app.sessionCookieOptions).header('Cache-Control', 'no-store');
      return { data: user };
    },
  );

  app.post(
    '/sign-out',
    { config: { public: true }, schema: { tags: ['workspace'], summary: 'End the session on the server', response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      if (request.sessionToken) signOut(app.database.db, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, app.sessionCookieOptions);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    { schema: { tags: ['workspace'], summary: 'The signed-in user', response: { 200: MeResponseSchema, 401: ProblemSchema } } },
    async (request, reply) => {
      if (!request.user) throw new UnauthorizedError('Not signed in.');
      reply.header('Cache-Control', 'no-store');
      return { data: request.user };
    },
  );

  app.post(
    '/password',
    {
      config: { role: 'editor', allowPasswordChange: true, rateLimit: { max: config.SIGNIN_RATE_LIMIT, timeWindow: '1 minute' } },
      schema: { tags: ['workspace'], summary: 'Change the password (required after a one-time password)', body: ChangePasswordInputSchema, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      const user = request.user;
      if (!user) throw new UnauthorizedError();
      await changePassword(app.database.db, user.id, request.body.currentPassword, request.body.newPassword);
      return reply.code(204).send(null);
    },
  );
};

export default authRoutes;
