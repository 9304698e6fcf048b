// ISU workspace routes: content. Each declares the role it needs (config.role); the auth plugin enforces it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SlugSchema } from '@ccm/shared/schemas/common';
import {
  ContentChangeInputSchema,
  ContentChangeResponseSchema,
  ContentChangesResponseSchema,
  PublicationLevelInputSchema,
  PublicationLevelResponseSchema,
  TranslationInputSchema,
} from '@ccm/shared/schemas/workspace';
import { admin, editor, errors, noStore, userOf } from '../../lib/workspace-routes.ts';
import * as service from './content.service.ts';

const IndicatorParams = z.object({ id: SlugSchema });


const contentRoutes: FastifyPluginAsyncZod = async (app) => {
  noStore(app);

  app.put(
    '/indicators/:id/publication-level',
    {
      ...admin,
      schema: {
        tags: ['workspace'],
        summary: 'Set which States the public sees named for an indicator’s figures: named, counts_only, or missing_only (for now published like counts_only, until populations are lists of States); applied at once and logged as a content change (admin)',
        params: IndicatorParams,
        body: PublicationLevelInputSchema,
        response: { 200: PublicationLevelResponseSchema, ...errors },
      },
    },
    async (request) => {
      const change = service.setPublicationLevel(app.database.db, userOf(request), request.params.id, request.body);
      request.log.info({ indicator: change.indicatorId, level: change.level, previous: change.previous, by: userOf(request).id }, 'publication level set');
      return { data: change };
    },
  );

  app.put(
    '/content',
    { ...editor, schema: { tags: ['workspace'], summary: 'Draft an edit of an action text or an indicator’s title, population or target', body: ContentChangeInputSchema, response: { 200: ContentChangeResponseSchema, ...errors } } },
    async (request) => ({ data: service.saveContentDraft(app.database.db, userOf(request), request.body) }),
  );

  app.put(
    '/translations',
    { ...editor, schema: { tags: ['workspace'], summary: 'Draft a French, Spanish or Arabic translation of a pillar name, action title or summary, or indicator title', body: TranslationInputSchema, response: { 200: ContentChangeResponseSchema, ...errors } } },
    async (request) => ({ data: service.saveTranslationDraft(app.database.db, userOf(request), request.body) }),
  );

  app.get(
    '/content/changes',
    { ...editor, schema: { tags: ['workspace'], summary: 'Content edits, newest first', response: { 200: ContentChangesResponseSchema, ...errors } } },
    async () => {
      return { data: service.listContentChanges(app.database.db) };
    },
  );

  app.post(
    '/content/publish',
    { ...admin, schema: { tags: ['workspace'], summary: 'Publish every content draft (admin)', response: { 200: z.object({ data: z.object({ published: z.number().int() }) }), ...errors } } },
    async (request) => ({ data: { published: service.publishContent(app.database.db, userOf(request)) } }),
  );
};

export default contentRoutes;
