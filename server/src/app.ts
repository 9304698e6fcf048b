// Builds the Fastify app (never listens): plugins, then routes. Used by server.ts, the tests and the benchmark.
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database_ } from './db/client.ts';
import errors, { clientErrorHandler, frameworkErrors } from './plugins/errors.ts';
import { BODY_LIMIT_BYTES, MAX_PARAM_LENGTH } from './lib/limits.ts';
import routeTable from './plugins/route-table.ts';
import security from './plugins/security.ts';
import openapi from './plugins/openapi.ts';
import data from './plugins/data.ts';
import frontCache from './plugins/front-cache.ts';
import catalogue from './modules/catalogue/catalogue.plugin.ts';
import auth from './modules/auth/auth.plugin.ts';
import authRoutes from './modules/auth/auth.routes.ts';
import accountRoutes from './modules/accounts/accounts.routes.ts';
import contentRoutes from './modules/workspace/content.routes.ts';
import cycleRoutes from './modules/workspace/cycles.routes.ts';
import importRoutes from './modules/workspace/imports.routes.ts';
import observationRoutes from './modules/workspace/observations.routes.ts';
import overrideRoutes from './modules/workspace/overrides.routes.ts';
import publicationRoutes from './modules/workspace/publications.routes.ts';
import planRoutes from './modules/plans/plans.routes.ts';
import populationRoutes from './modules/populations/populations.routes.ts';
import spa from './plugins/spa.ts';
import { createPageRenderer } from './modules/pages/pages.service.ts';
import benchLimit from './plugins/bench-limit.ts';
import catalogueRoutes from './modules/catalogue/catalogue.routes.ts';
import resultsRoutes from './modules/catalogue/results.routes.ts';
import statesRoutes from './modules/states/states.routes.ts';
import exportsRoutes from './modules/exports/exports.routes.ts';
import classifyRoutes from './modules/classify/classify.routes.ts';
import healthRoutes from './modules/health/health.routes.ts';
import briefingsRoutes from './modules/briefings/briefings.routes.ts';

export interface AppOptions {
  config: Config;
  database: Database_;
  logger?: FastifyServerOptions['logger'];
}

/**
 * Fastify's trustProxy from TRUST_PROXY. A hop count trusts that many proxies in front of the server whatever their
 * address (Fastify's own number option trusts none), so it is only safe when nothing but the proxy can reach the port.
 */
function trustProxyOption(setting: Config['TRUST_PROXY']): FastifyServerOptions['trustProxy'] {
  if (typeof setting !== 'number') return setting;
  return (_address: string, hop: number) => hop < setting;
}

export async function buildApp({ config, database, logger }: AppOptions) {
  const app = Fastify({
    logger: logger ?? { level: config.LOG_LEVEL },
    // Behind a reverse proxy: request.ip (rate limits, logs) and request.protocol come from the proxy's headers.
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // A client that drips its request is cut off: headers within HEADERS_TIMEOUT_MS, the whole request within
    // REQUEST_TIMEOUT_MS, checked every second (Node's default check runs every 30 s).
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    http: { headersTimeout: config.HEADERS_TIMEOUT_MS, connectionsCheckingInterval: 1000 },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  // Connections beyond the cap are closed at once, so a flood of idle sockets cannot exhaust the process.
  app.server.maxConnections = config.MAX_CONNECTIONS;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(routeTable);
  await app.register(errors);
  await app.register(security, { config });
  await app.register(openapi);
  await app.register(data, { database });
  await app.register(frontCache);
  await app.register(catalogue, { config });
  await app.register(auth, { config });

  await app.register(healthRoutes, { prefix: '/api' });
  await app.register(
    async (v1) => {
      await v1.register(catalogueRoutes);
      await v1.register(statesRoutes);
      await v1.register(resultsRoutes);
      await v1.register(exportsRoutes);
      await v1.register(briefingsRoutes);
      await v1.register(classifyRoutes, { config });
      await v1.register(authRoutes, { config, prefix: '/auth' });
      for (const routes of [cycleRoutes, observationRoutes, importRoutes, contentRoutes, accountRoutes, overrideRoutes, publicationRoutes]) await v1.register(routes, { prefix: '/workspace' });
      await v1.register(planRoutes, { prefix: '/workspace' });
      await v1.register(populationRoutes, { prefix: '/workspace' });
    },
    { prefix: '/api/v1' },
  );
  if (config.BENCH_LIMIT_ROUTES) await app.register(benchLimit);
  await app.register(spa, { root: config.CLIENT_DIST, prerender: createPageRenderer(app, { clientDist: config.CLIENT_DIST }) });
  return app;
}
