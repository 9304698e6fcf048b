// Records every registered route with its access rule, so tests (and operators) can list them all.
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
  }
}

export default fp(function routeTablePlugin(app: FastifyInstance, _opts: unknown, done: () => void) {
  const table: RouteEntry[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { role?: 'editor' | 'admin'; public?: boolean };
    for (const method of [route.method].flat()) {
      table.push({ method, url: route.url, role: config.role ?? null, public: config.public === true });
    }
  });
  done();
});
