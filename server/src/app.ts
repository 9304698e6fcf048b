// Builds the Fastify app (never listens): plugins, then routes. Used by server.ts, the tests and the benchmark.
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database_ } from './db/client.ts';
import errors from './plugins/errors.ts';
import routeTable from './plugins/route-table.ts';
import security from './plugins/security.ts';
import openapi from './plugins/openapi.ts';
import data from './plugins/data.ts';
import auth from './plugins/auth.ts';
import authRoutes from './modules/auth/auth.routes.ts';
import workspaceRoutes from './modules/workspace/workspace.routes.ts';
import spa from './plugins/spa.ts';
import benchLimit from './plugins/bench-limit.ts';
import catalogueRoutes from './modules/catalogue/catalogue.routes.ts';
import exportsRoutes from './modules/exports/exports.routes.ts';
import classifyRoutes from './modules/classify/classify.routes.ts';
import healthRoutes from './modules/health/health.routes.ts';
import briefingsRoutes from './modules/briefings/briefings.routes.ts';

export interface AppOptions {
  config: Config;
  database: Database_;
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp({ config, database, logger }: AppOptions) {
  const app = Fastify({
    logger: logger ?? { level: config.LOG_LEVEL },
    bodyLimit: 2 * 1024 * 1024,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(routeTable);
  await app.register(errors);
  await app.register(security);
  await app.register(openapi);
  await app.register(data, { database, config });
  await app.register(auth, { config });

  await app.register(healthRoutes, { prefix: '/api' });
  await app.register(
    async (v1) => {
      await v1.register(catalogueRoutes);
      await v1.register(exportsRoutes);
      await v1.register(briefingsRoutes);
      await v1.register(classifyRoutes, { config });
      await v1.register(authRoutes, { config, prefix: '/auth' });
      await v1.register(workspaceRoutes, { prefix: '/workspace' });
    },
    { prefix: '/api/v1' },
  );
  if (config.BENCH_LIMIT_ROUTES) await app.register(benchLimit);
  await app.register(spa, { root: config.CLIENT_DIST });
  return app;
}
