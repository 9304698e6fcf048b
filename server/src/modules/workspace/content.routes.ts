// ISU workspace routes: content. Each declares the role it needs (config.role); the auth plugin enforces it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ContentChangeInputSchema,
  ContentChangeResponseSchema,
  ContentChangesResponseSchema,
  PublicationLevelInputSchema,
  PublicationLevelResponseSchema,
  TranslationInputSchema,
} from '@ccm/shared/schemas/workspace';
import { logWrite, noStore, SlugParams, userOf, workspaceRoute } from '../../lib/workspace-routes.ts';
import * as service from './content.service.ts';

const contentRoutes: FastifyPluginAsyncZod = async (app) => {
  noStore(app);

  app.put(
    '/indicators/:id/publication-level',
    workspaceRoute('admin', 'Set which States the public sees named for an indicator’s figures: named, counts_only, or missing_only (for now published like counts_only, until populations are lists of States); applied at once and logged as a content change (admin)', {
      params: SlugParams,
      body: PublicationLevelInputSchema,
      response: { 200: PublicationLevelResponseSchema },
    }),
    async (request) => {
      const change = service.setPublicationLevel(app.database.db, userOf(request), request.params.id, request.body);
      logWrite(request, { indicator: change.indicatorId, level: change.level, previous: change.previous }, 'publication level set');
      return { data: change };
    },
  );

  app.put(
    '/content',
    workspaceRoute('editor', 'Draft an edit of an action text or an indicator’s title, population or target', { body: ContentChangeInputSchema, response: { 200: ContentChangeResponseSchema } }),
    async (request) => ({ data: service.saveContentDraft(app.database.db, userOf(request), request.body) }),
  );

  app.put(
    '/translations',
    workspaceRoute('editor', 'Draft a French, Spanish or Arabic translation of a pillar name, action title or summary, or indicator title', { body: TranslationInputSchema, response: { 200: ContentChangeResponseSchema } }),
    async (request) => ({ data: service.saveTranslationDraft(app.database.db, userOf(request), request.body) }),
  );

  app.get(
    '/content/changes',
    workspaceRoute('editor', 'Content edits, newest first', { response: { 200: ContentChangesResponseSchema } }),
    async () => {
      return { data: service.listContentChanges(app.database.db) };
    },
  );

  app.post(
    '/content/publish',
    workspaceRoute('admin', 'Publish every content draft (admin)', { response: { 200: z.object({ data: z.object({ published: z.number().int() }) }) } }),
    async (request) => ({ data: { published: service.publishContent(app.database.db, userOf(request)) } }),
  );
};

export default contentRoutes;
