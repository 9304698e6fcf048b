// Sessions from the HttpOnly cookie, a same-origin check on every state-changing request, and role guards for routes.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import type { Role, User } from '@ccm/shared/schemas/workspace';
import type { Config } from '../../config.ts';
import { ForbiddenError, UnauthorizedError } from '../../lib/errors.ts';
import { type SessionLimits, userOfSession } from './auth.service.ts';

export const SESSION_COOKIE = 'ccm_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
    sessionToken: string | null;
  }
  interface FastifyInstance {
    /** The session cookie's attributes for this request (Secure over HTTPS, per COOKIE_SECURE). */
    sessionCookieOptions(request: FastifyRequest): { httpOnly: true; sameSite: 'strict'; secure: boolean; path: string; maxAge: number };
    /** How long sessions live (SESSION_IDLE_MINUTES, SESSION_MAX_HOURS), for the routes that list them. */
    sessionLimits: SessionLimits;
  }
  interface FastifyContextConfig {
    /** The minimum role the route needs, enforced before the body is even read. */
    role?: Role;
    /** The route may be called without a session although its method is not GET (it changes no stored data). */
    public?: boolean;
    /** A signed-in user who must still change a one-time password may call this route. */
    allowPasswordChange?: boolean;
  }
}

const RANK: Record<Role, number> = { editor: 1, admin: 2 };

/** True when the request comes from another site (Origin differs from this host, or the browser says cross-site). */
export function isCrossOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  if (!origin) return false;
  try {
    const from = new URL(origin);
    // Compare through URL so default ports (:80, :443) are normalised on both sides. request.host is the Host header,
    // or a trusted proxy's X-Forwarded-Host.
    return from.host !== new URL(`${from.protocol}//${request.host}`).host;
  } catch {
    return true;
  }
}

export default fp(
  async function authPlugin(app: FastifyInstance, opts: { config: Config }) {
    const limits = { idleMs: opts.config.SESSION_IDLE_MINUTES * 60_000, maxMs: opts.config.SESSION_MAX_HOURS * 3_600_000 };
    const secure = opts.config.COOKIE_SECURE;
    await app.register(cookie);
    app.decorateRequest('user', null);
    app.decorateRequest('sessionToken', null);
    app.decorate('sessionLimits', limits);
    app.decorate('sessionCookieOptions', (request: FastifyRequest) => ({
      httpOnly: true as const,
      sameSite: 'strict' as const,
      secure: secure === 'auto' ? app.isHttps(request) : secure === 'true',
      path: '/',
      // The browser forgets the cookie when the server would refuse it anyway.
      maxAge: opts.config.SESSION_MAX_HOURS * 3600,
    }));

    // Deny by default: every state-changing API route must declare a role or be marked public, and the rule is
    // enforced here, before the body is parsed, so a route cannot forget its guard.
    app.addHook('onRequest', async (request) => {
      const unsafe = UNSAFE_METHODS.has(request.method) && request.url.startsWith('/api/');
      if (unsafe && isCrossOrigin(request)) {
        throw new ForbiddenError('Cross-site requests may not change anything.');
      }
      const token = request.cookies[SESSION_COOKIE];
      if (token && token.length <= 200) {
        request.sessionToken = token;
        request.user = userOfSession(app.database.db, token, limits);
      }
      const config = request.routeOptions.config;
      const role = config.role;
      if (!role) {
        if (unsafe && !config.public && request.is404 !== true) throw new ForbiddenError('This route declares no access rule.');
        return;
      }
      const user = request.user;
      if (!user) throw new UnauthorizedError();
      if (RANK[user.role] < RANK[role]) throw new ForbiddenError(`This needs the ${role} role.`);
      if (user.mustChangePassword && !config.allowPasswordChange) throw new ForbiddenError('Set a new password before anything else.');
    });
  },
  { name: 'auth', dependencies: ['data', 'security'] },
);
