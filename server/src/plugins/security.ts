// Security headers, CORS for public reads, and rate limiting (enabled per route). HTTPS-only headers (HSTS,
// upgrade-insecure-requests) are sent only when the site is served over HTTPS: over plain HTTP they would make the
// browser fetch the scripts over HTTPS and show a blank page.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { Config } from '../config.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** True when people reach this request over HTTPS: per PUBLIC_URL, else TLS here or a trusted proxy's X-Forwarded-Proto. */
    isHttps(request: FastifyRequest): boolean;
  }
}

export const HSTS = 'max-age=31536000';

/** Host names a browser trusts as secure over plain HTTP (https://w3c.github.io/webappsec-secure-contexts/). */
const isLocalhost = (hostname: string) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$|\.localhost$/i.test(hostname.replace(/:\d+$/, ''));

export default fp(
  async function securityPlugin(app: FastifyInstance, opts: { config: Config }) {
    const publicHttps = opts.config.PUBLIC_URL ? opts.config.PUBLIC_URL.protocol === 'https:' : null;
    // request.protocol reads X-Forwarded-Proto only from a proxy TRUST_PROXY names.
    const isHttps = (request: FastifyRequest) => publicHttps ?? request.protocol === 'https';
    app.decorate('isHttps', isHttps);

    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          // Added per request below, only over HTTPS.
          'upgrade-insecure-requests': null,
        },
      },
      strictTransportSecurity: false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    });
    app.addHook('onRequest', async (request, reply) => {
      // Over plain HTTP on a host other than localhost the browser ignores Cross-Origin-Opener-Policy and says so in
      // the console on every page: it is only sent where it takes effect.
      if (!isHttps(request)) {
        if (!isLocalhost(request.hostname)) reply.removeHeader('cross-origin-opener-policy');
        return;
      }
      reply.header('Strict-Transport-Security', HSTS);
      const csp = reply.getHeader('content-security-policy');
      if (typeof csp === 'string') reply.header('Content-Security-Policy', `${csp};upgrade-insecure-requests`);
    });
    // Public data may be read from any origin; writes are never allowed cross-origin. A bare OPTIONS (no preflight
    // headers) gets a 204 rather than the plugin's plain-text 400, so every error stays a problem document.
    await app.register(cors, { origin: '*', methods: ['GET', 'HEAD'], exposedHeaders: ['ETag'], strictPreflight: false });
    await app.register(rateLimit, { global: false });
  },
  { name: 'security' },
);
