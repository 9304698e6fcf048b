// OpenAPI generated from the same zod schemas that validate the routes, and a reference page at /api/docs.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export default fp(async function openapiPlugin(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Lausanne Action Plan dashboard API',
        version: '1.0.0',
        description:
          'Indicators of the Convention on Cluster Munitions’ Lausanne Action Plan, per reporting cycle, with their source paragraphs in the draft Review Document 2021–2025 and a computed trend status. Errors are application/problem+json (RFC 9457). Every GET carries a strong ETag and answers 304 to If-None-Match.',
      },
      tags: [
        { name: 'catalogue', description: 'Action plans, cycles, pillars, actions' },
        { name: 'indicators', description: 'Indicator series and their status' },
        { name: 'series', description: 'Series not tied to one action' },
        { name: 'exports', description: 'Long-format downloads' },
        { name: 'briefings', description: 'Thematic briefings for Coordinators (JSON, Word, CSV)' },
        { name: 'health', description: 'Service health' },
        { name: 'workspace', description: 'ISU workspace (session cookie required; same-origin only)' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, () => app.swagger());
});
