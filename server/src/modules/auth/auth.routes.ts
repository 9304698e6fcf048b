// Sign-in, sign-out, the current user and password change.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChangePasswordInputSchema, MeResponseSchema, SignInInputSchema } from '@ccm/shared/schemas/workspace';
import { ProblemSchema } from '@ccm/shared/schemas/common';
import { ACCOUNT_DEACTIVATED, EndedSessionsResponseSchema, OwnSessionParamsSchema, SessionsResponseSchema } from '@ccm/shared/schemas/accounts';
import type { Config } from '../../config.ts';
import { ForbiddenError, HttpError, UnauthorizedError } from '../../lib/errors.ts';
import { routeSchema } from '../../lib/route-schema.ts';
import { SESSION_COOKIE } from './auth.plugin.ts';
import { changePassword, endSessionOf, endSessionsOf, sessionsOf, sessionTimes, SIGN_IN_FAILED, signIn, signOut } from './auth.service.ts';
import { SignInThrottle } from './sign-in-throttle.ts';
import { workspaceRoute } from '../../lib/workspace-routes.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 429: ProblemSchema };

const authRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  // The client is told when its session ends, to warn before (the auth plugin enforces the same limits).
  const limits = { idleMs: config.SESSION_IDLE_MINUTES * 60_000, maxMs: config.SESSION_MAX_HOURS * 3_600_000 };
  const throttle = new SignInThrottle({ perAddressAndAccount: config.SIGNIN_MAX_FAILURES, perAddress: config.SIGNIN_ADDRESS_MAX_FAILURES });

  app.post(
    '/sign-in',
    {
      config: { public: true, rateLimit: { max: config.SIGNIN_RATE_LIMIT, timeWindow: '1 minute' } },
      schema: routeSchema('workspace', 'Sign in; sets an HttpOnly SameSite=Strict session cookie', { body: SignInInputSchema, response: { 200: MeResponseSchema } }, errors),
    },
    async (request, reply) => {
      // request.ip is the client's address, also behind a proxy named in TRUST_PROXY.
      const result = await signIn(app.database.db, throttle, {
        email: request.body.email,
        password: request.body.password,
        address: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      if (!result.ok && result.reason === 'throttled') {
        const seconds = Math.ceil(result.waitMs / 1000);
        request.log.warn({ address: request.ip, waitSeconds: seconds }, 'sign-in refused: too many recent failures from this address');
        reply.header('Retry-After', String(seconds));
        throw new HttpError(429, 'Too Many Requests', `Too many failed sign-ins from your address. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`);
      }
      if (!result.ok && result.reason === 'deactivated') {
        request.log.warn({ address: request.ip, userId: result.userId }, 'sign-in refused: the account is deactivated');
        throw new ForbiddenError(ACCOUNT_DEACTIVATED);
      }
      if (!result.ok) {
        request.log.warn({ address: request.ip, userId: result.userId, knownAccount: result.userId !== null, failures: result.failures }, 'sign-in failed');
        throw new UnauthorizedError(SIGN_IN_FAILED);
      }
      // Only a successful sign-in replaces the session the browser had.
      if (request.sessionToken) signOut(app.database.db, request.sessionToken);
      request.log.info({ userId: result.user.id, address: request.ip }, 'signed in');
      reply.setCookie(SESSION_COOKIE, result.token, app.sessionCookieOptions(request)).header('Cache-Control', 'no-store');
      return { data: result.user, session: sessionTimes(app.database.db, result.token, limits) ?? undefined };
    },
  );

  app.post(
    '/sign-out',
    { config: { public: true }, schema: routeSchema('workspace', 'End the session on the server', { response: { 204: z.null() } }, errors) },
    async (request, reply) => {
      if (request.sessionToken) signOut(app.database.db, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, app.sessionCookieOptions(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    { schema: routeSchema('workspace', 'The signed-in user', { response: { 200: MeResponseSchema } }, { 401: ProblemSchema }) },
    async (request, reply) => {
      if (!request.user) throw new UnauthorizedError('Not signed in.');
      reply.header('Cache-Control', 'no-store');
      return { data: request.user, session: request.sessionToken ? (sessionTimes(app.database.db, request.sessionToken, limits) ?? undefined) : undefined };
    },
  );

  app.post(
    '/password',
    {
      config: { role: 'editor', allowPasswordChange: true, rateLimit: { max: config.SIGNIN_RATE_LIMIT, timeWindow: '1 minute' } },
      schema: routeSchema('workspace', 'Change the password (required after a one-time password); ends every other session of the account', { body: ChangePasswordInputSchema, response: { 204: z.null() } }, errors),
    },
    async (request, reply) => {
      const user = request.user;
      if (!user || !request.sessionToken) throw new UnauthorizedError();
      const { endedSessions } = await changePassword(app.database.db, user.id, request.body.currentPassword, request.body.newPassword, request.sessionToken);
      request.log.info({ userId: user.id, endedSessions }, 'password changed; other sessions ended');
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/sessions',
    workspaceRoute('editor', 'Your sessions (current: the one making this request)', { response: { 200: SessionsResponseSchema } }),
    async (request, reply) => {
      const user = request.user;
      if (!user) throw new UnauthorizedError();
      reply.header('Cache-Control', 'no-store');
      return { data: sessionsOf(app.database.db, user.id, request.sessionToken, app.sessionLimits) };
    },
  );

  app.delete(
    '/sessions',
    workspaceRoute('editor', 'End every one of your sessions but this one', { response: { 200: EndedSessionsResponseSchema } }),
    async (request, reply) => {
      const user = request.user;
      if (!user || !request.sessionToken) throw new UnauthorizedError();
      const endedSessions = endSessionsOf(app.database.db, user.id, request.sessionToken);
      request.log.info({ userId: user.id, endedSessions }, 'own other sessions ended');
      reply.header('Cache-Control', 'no-store');
      return { data: { endedSessions } };
    },
  );

  app.delete(
    '/sessions/:sessionId',
    workspaceRoute('editor', 'End one of your other sessions (this one ends by signing out)', { params: OwnSessionParamsSchema, response: { 204: z.null() } }),
    async (request, reply) => {
      const user = request.user;
      if (!user || !request.sessionToken) throw new UnauthorizedError();
      endSessionOf(app.database.db, user.id, request.params.sessionId, request.sessionToken);
      request.log.info({ userId: user.id }, 'own session ended');
      return reply.code(204).send(null);
    },
  );
};

export default authRoutes;
