// Records every registered route with its access rule, so tests (and operators) can list them all, and so an
// unknown method on a known path can be answered 405 with the methods it does accept.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export interface RouteEntry {
  method: string;
  url: string;
  role: 'editor' | 'admin' | null;
  public: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
    /** The methods registered for a concrete path ("/api/v1/indicators/a27"), empty when no route has it. */
    allowedMethods(path: string): string[];
  }
}

/** A route pattern as a regular expression: ":name" matches one path segment (or part of one, as in ":pillar.docx"). */
function patternOf(url: string): RegExp {
  const source = url
    .split(/(:[A-Za-z0-9_]+)/)
    .map((part) => (part.startsWith(':') ? '[^/]+?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export default fp(function routeTablePlugin(app: FastifyInstance, _opts: unknown, done: () => void) {
  const table: RouteEntry[] = [];
  let patterns: { method: string; pattern: RegExp }[] | null = null;
  app.decorate('routeTable', table);
  app.decorate('allowedMethods', (path: string) => {
    // Catch-all routes (CORS preflight "OPTIONS *", static wildcards) would make every path look known.
    patterns ??= table.filter((r) => !r.url.includes('*')).map((r) => ({ method: r.method, pattern: patternOf(r.url) }));
    return [...new Set(patterns.filter((p) => p.pattern.test(path)).map((p) => p.method))].sort();
  });
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { role?: 'editor' | 'admin'; public?: boolean };
    for (const method of [route.method].flat()) {
      table.push({ method, url: route.url, role: config.role ?? null, public: config.public === true });
    }
    patterns = null;
  });
  done();
});
