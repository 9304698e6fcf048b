// ISU workspace routes: review (drafts with the status each gives), what a publication changes, publishing a
// selection, the publications and the undo of the latest. A whole cycle is published by POST /cycles/:code/publish.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
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
import { IdParams, logWrite, noStore, userOf, workspaceRoute } from '../../lib/workspace-routes.ts';
import * as service from './publications.service.ts';

const publicationsRoutes: FastifyPluginAsyncZod = async (app) => {
  noStore(app);

  app.get(
    '/review',
    workspaceRoute('editor', 'The drafts of a cycle (or of every cycle) against what is published, with the public status before and after, and the pending override drafts', {
      querystring: ReviewQuerySchema,
      response: { 200: ReviewResponseSchema },
    }),
    async (request) => ({ data: service.review(app.database.db, app.catalogue(), request.query.cycle) }),
  );

  app.post(
    '/publications/preview',
    workspaceRoute('editor', 'What publishing these drafts (or a whole cycle) would change on the public site: statuses, flags and counts; nothing is written', {
      body: PublicationPreviewInputSchema,
      response: { 200: PublicationSummaryResponseSchema },
    }),
    async (request) => ({ data: service.previewPublication(app.database.db, app.catalogue(), request.body) }),
  );

  app.post(
    '/publications',
    workspaceRoute('admin', 'Publish exactly these figure and override drafts, in one go (admin); 409 naming any id that is not a pending draft, and nothing is published', {
      body: PublicationInputSchema,
      response: { 200: PublicationResponseSchema },
    }),
    async (request) => {
      const publication = service.publishSelected(app.database.db, userOf(request), request.body);
      logWrite(request, { publication: publication.id, changes: publication.changes.length, overrides: publication.overrides.length }, 'drafts published');
      return { data: { publication, dataVersion: app.dataVersion() } };
    },
  );

  app.get(
    '/publications',
    workspaceRoute('editor', 'Publications, newest first, with what each published and which one can be undone', { response: { 200: PublicationsResponseSchema } }),
    async () => ({ data: service.listPublications(app.database.db) }),
  );

  app.post(
    '/publications/:id/undo',
    workspaceRoute('admin', 'Undo the latest publication as a new one: its figures go back to the ones before (a figure it added is withdrawn), its overrides to the ones before (admin); 409 when it is not the latest or a figure changed since', {
      params: IdParams,
      body: UndoInputSchema,
      response: { 200: PublicationResponseSchema },
    }),
    async (request) => {
      const publication = service.undoPublication(app.database.db, userOf(request), request.params.id, request.body.reason);
      logWrite(request, { publication: publication.id, undoes: request.params.id }, 'publication undone');
      return { data: { publication, dataVersion: app.dataVersion() } };
    },
  );
};

export default publicationsRoutes;
