// ISU workspace routes: review (drafts with the status each gives), what a publication changes, publishing a
// selection, the publications and the undo of the latest. A whole cycle is published by POST /cycles/:code/publish.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  PublicationInputSchema,
  PublicationPreviewInputSchema,
  PublicationResponseSchema,
  PublicationsResponseSchema,
  PublicationSummaryResponseSchema,
  ReviewQuerySchema,
  ReviewResponseSchema,
  UndoInputSchema,
} from '@ccm/shared/schemas/publishing';
import { admin, editor, errors, noStore, userOf } from '../../lib/workspace-routes.ts';
import * as service from './publications.service.ts';

const PublicationParams = z.object({ id: z.coerce.number().int().positive() });

const publicationsRoutes: FastifyPluginAsyncZod = async (app) => {
  noStore(app);

  app.get(
    '/review',
    {
      ...editor,
      schema: {
        tags: ['workspace'],
        summary: 'The drafts of a cycle (or of every cycle) against what is published, with the public status before and after, and the pending override drafts',
        querystring: ReviewQuerySchema,
        response: { 200: ReviewResponseSchema, ...errors },
      },
    },
    async (request) => ({ data: service.review(app.database.db, app.catalogue(), request.query.cycle) }),
  );

  app.post(
    '/publications/preview',
    {
      ...editor,
      schema: {
        tags: ['workspace'],
        summary: 'What publishing these drafts (or a whole cycle) would change on the public site: statuses, flags and counts; nothing is written',
        body: PublicationPreviewInputSchema,
        response: { 200: PublicationSummaryResponseSchema, ...errors },
      },
    },
    async (request) => ({ data: service.previewPublication(app.database.db, app.catalogue(), request.body) }),
  );

  app.post(
    '/publications',
    {
      ...admin,
      schema: {
        tags: ['workspace'],
        summary: 'Publish exactly these figure and override drafts, in one go (admin); 409 naming any id that is not a pending draft, and nothing is published',
        body: PublicationInputSchema,
        response: { 200: PublicationResponseSchema, ...errors },
      },
    },
    async (request) => {
      const publication = service.publishSelected(app.database.db, userOf(request), request.body);
      request.log.info({ publication: publication.id, changes: publication.changes.length, overrides: publication.overrides.length, by: userOf(request).id }, 'drafts published');
      return { data: { publication, dataVersion: app.dataVersion() } };
    },
  );

  app.get(
    '/publications',
    { ...editor, schema: { tags: ['workspace'], summary: 'Publications, newest first, with what each published and which one can be undone', response: { 200: PublicationsResponseSchema, ...errors } } },
    async () => ({ data: service.listPublications(app.database.db) }),
  );

  app.post(
    '/publications/:id/undo',
    {
      ...admin,
      schema: {
        tags: ['workspace'],
        summary: 'Undo the latest publication as a new one: its figures go back to the ones before (a figure it added is withdrawn), its overrides to the ones before (admin); 409 when it is not the latest or a figure changed since',
        params: PublicationParams,
        body: UndoInputSchema,
        response: { 200: PublicationResponseSchema, ...errors },
      },
    },
    async (request) => {
      const publication = service.undoPublication(app.database.db, userOf(request), request.params.id, request.body.reason);
      request.log.info({ publication: publication.id, undoes: request.params.id, by: userOf(request).id }, 'publication undone');
      return { data: { publication, dataVersion: app.dataVersion() } };
    },
  );
};

export default publicationsRoutes;
