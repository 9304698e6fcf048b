// ISU workspace routes. Each declares the role it needs (config.role) and enforces it with requireRole.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema, SlugSchema, CycleCodeSchema } from '@ccm/shared/schemas/common';
import {
  ChangeResponseSchema,
  ChangesResponseSchema,
  ContentChangeInputSchema,
  ContentChangeResponseSchema,
  ContentChangesResponseSchema,
  CreateCycleInputSchema,
  CreateUserInputSchema,
  CreateUserResponseSchema,
  CSV_MEDIA_TYPES,
  CountedImportResponseSchema,
  PasswordResetResponseSchema,
  PublicationLevelInputSchema,
  PublicationLevelResponseSchema,
  EntryGridResponseSchema,
  ImportQuerySchema,
  ImportResponseSchema,
  ObservationEntryInputSchema,
  PublishResponseSchema,
  RevertInputSchema,
  StatusOverrideInputSchema,
  StatusOverrideResponseSchema,
  TranslationInputSchema,
  UpdateCycleInputSchema,
  UsersResponseSchema,
  WorkspaceCycleResponseSchema,
  WorkspaceCyclesResponseSchema,
} from '@ccm/shared/schemas/workspace';
import { HttpError, NotFoundError, UnauthorizedError } from '../../lib/errors.ts';
import { BODY_LIMIT_BYTES } from '../../lib/limits.ts';
import { createUser, resetPassword, toUser } from '../auth/auth.service.ts';
import { listUsers } from '../auth/auth.repository.ts';
import * as repo from './workspace.repository.ts';
import * as service from './workspace.service.ts';
import { importCountedStates } from './counted-states.service.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };
const ChangeIdParams = z.object({ id: z.coerce.number().int().positive() });
const CycleParams = z.object({ code: CycleCodeSchema });
const IndicatorParams = z.object({ id: SlugSchema });
const UserParams = z.object({ id: z.coerce.number().int().positive() });

/** The media type of a request without its parameters ("text/csv; charset=utf-8" → "text/csv"). */
const mediaTypeOf = (header: string | undefined) => (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** Before the body is read: a JSON string or plain text is not a CSV file, whatever it holds. */
const requireCsv = async (request: FastifyRequest) => {
  const type = mediaTypeOf(request.headers['content-type']);
  if (!(CSV_MEDIA_TYPES as readonly string[]).includes(type)) {
    throw new HttpError(415, 'Unsupported Media Type', `The import takes a CSV file (Content-Type text/csv or application/vnd.ms-excel), not ${type ? `"${type.slice(0, 100)}"` : 'a body without a Content-Type'}.`);
  }
};

const workspaceRoutes: FastifyPluginAsyncZod = async (app) => {
  const editor = { config: { role: 'editor' as const } };
  const admin = { config: { role: 'admin' as const } };
  const userOf = (request: FastifyRequest) => {
    if (!request.user) throw new UnauthorizedError();
    return request.user;
  };
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
  });
  // CSV as browsers send it: text/csv, or application/vnd.ms-excel on Windows with Excel installed.
  app.addContentTypeParser([...CSV_MEDIA_TYPES], { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));

  app.get(
    '/cycles',
    { ...editor, schema: { tags: ['workspace'], summary: 'All cycles with their state and pending drafts', response: { 200: WorkspaceCyclesResponseSchema, ...errors } } },
    async () => ({ data: service.cyclesWithCounts(app.database.db) }),
  );

  app.post(
    '/cycles',
    { ...admin, schema: { tags: ['workspace'], summary: 'Add a reporting cycle (admin)', body: CreateCycleInputSchema, response: { 201: WorkspaceCycleResponseSchema, ...errors } } },
    async (request, reply) => {
      const cycle = service.createCycle(app.database.db, request.body);
      request.log.info({ cycle: cycle.code, by: userOf(request).id }, 'cycle created');
      return reply.code(201).send({ data: cycle });
    },
  );

  app.patch(
    '/cycles/:code',
    {
      ...admin,
      schema: {
        tags: ['workspace'],
        summary: 'Edit an unpublished cycle’s meeting, year or dates; it is placed by date and must stay before its plan’s deadline (admin)',
        params: CycleParams,
        body: UpdateCycleInputSchema,
        response: { 200: WorkspaceCycleResponseSchema, ...errors },
      },
    },
    async (request) => {
      const cycle = service.updateCycle(app.database.db, request.params.code, request.body);
      request.log.info({ cycle: cycle.code, by: userOf(request).id }, 'cycle edited');
      return { data: cycle };
    },
  );

  app.delete(
    '/cycles/:code',
    {
      ...admin,
      schema: {
        tags: ['workspace'],
        summary: 'Delete an unpublished cycle that no figure, draft or history entry names (admin)',
        params: CycleParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const code = service.deleteCycle(app.database.db, request.params.code);
      request.log.info({ cycle: code, by: userOf(request).id }, 'cycle deleted');
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/cycles/:code/entries',
    {
      ...editor,
      schema: {
        tags: ['workspace'],
        summary: 'The entry grid of a cycle: indicators with published and draft figures',
        params: CycleParams,
        querystring: z.object({ pillar: SlugSchema.optional() }).strict(),
        response: { 200: EntryGridResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { rows } = service.entryGrid(app.database.db, request.params.code, request.query.pillar);
      const cycle = service.cyclesWithCounts(app.database.db).find((c) => c.code === request.params.code);
      if (!cycle) throw new NotFoundError(`No cycle "${request.params.code}".`);
      return { data: { cycle, rows } };
    },
  );

  app.get(
    '/cycles/:code/diff',
    { ...editor, schema: { tags: ['workspace'], summary: 'Drafts of a cycle against what is published', params: CycleParams, response: { 200: ChangesResponseSchema, ...errors } } },
    async (request) => {
      const emails = repo.userEmails(app.database.db);
      return { data: repo.draftsOfCycle(app.database.db, request.params.code).map((row) => service.toChange(row, emails)) };
    },
  );

  app.post(
    '/cycles/:code/publish',
    { ...admin, schema: { tags: ['workspace'], summary: 'Publish every draft of a cycle (admin)', params: CycleParams, response: { 200: PublishResponseSchema, ...errors } } },
    async (request) => {
      const result = service.publishCycle(app.database.db, userOf(request), request.params.code);
      request.log.info({ ...result, by: userOf(request).id }, 'cycle published');
      return { data: { ...result, dataVersion: app.dataVersion() } };
    },
  );

  app.put(
    '/observations',
    { ...editor, schema: { tags: ['workspace'], summary: 'Enter or correct a figure (saved as a draft)', body: ObservationEntryInputSchema, response: { 200: ChangeResponseSchema, ...errors } } },
    async (request) => ({ data: service.saveEntry(app.database.db, userOf(request), request.body) }),
  );

  app.post(
    '/changes/:id/revert',
    { ...editor, schema: { tags: ['workspace'], summary: 'Draft a change that restores the figure before a published change', params: ChangeIdParams, body: RevertInputSchema, response: { 200: ChangeResponseSchema, ...errors } } },
    async (request) => ({ data: service.revertChange(app.database.db, userOf(request), request.params.id, request.body.reason) }),
  );

  app.post(
    '/changes/:id/discard',
    { ...editor, schema: { tags: ['workspace'], summary: 'Discard a draft (it stays in the history as discarded)', params: ChangeIdParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      service.discardDraft(app.database.db, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/history',
    {
      ...editor,
      schema: {
        tags: ['workspace'],
        summary: 'Every change, newest first (who, when, before, after, reason, state)',
        querystring: z.object({ indicator: SlugSchema.optional(), cycle: CycleCodeSchema.optional() }).strict(),
        response: { 200: ChangesResponseSchema, ...errors },
      },
    },
    async (request) => ({ data: service.history(app.database.db, { indicatorId: request.query.indicator, cycle: request.query.cycle }) }),
  );

  app.post(
    '/import',
    {
      ...editor,
      schema: {
        tags: ['workspace'],
        summary: 'Import figures from CSV in the export’s long format (dryRun=true lists changes; false applies all or none)',
        querystring: ImportQuerySchema,
        consumes: [...CSV_MEDIA_TYPES],
        body: z.string().max(BODY_LIMIT_BYTES),
        response: { 200: ImportResponseSchema, 415: ProblemSchema, ...errors },
      },
      preParsing: requireCsv,
    },
    async (request) => ({ data: service.importCsv(app.database.db, userOf(request), request.body, request.query.dryRun === 'true') }),
  );

  app.post(
    '/counted-states/import',
    {
      ...editor,
      schema: {
        tags: ['workspace'],
        summary:
          'Import who is counted from CSV: rows of indicator, cycle, state (optional span_from, value, source, reason), one per State; each figure’s list is complete and its length the count (dryRun=true reports every figure and problem; false drafts all or none)',
        querystring: ImportQuerySchema,
        consumes: [...CSV_MEDIA_TYPES],
        body: z.string().max(BODY_LIMIT_BYTES),
        response: { 200: CountedImportResponseSchema, 415: ProblemSchema, ...errors },
      },
      preParsing: requireCsv,
    },
    async (request) => {
      const report = importCountedStates(app.database.db, userOf(request), request.body, request.query.dryRun === 'true');
      if (report.applied) request.log.info({ figures: report.figures.filter((f) => f.outcome === 'draft').length, by: userOf(request).id }, 'counted States imported');
      return { data: report };
    },
  );

  app.post(
    '/indicators/:id/override',
    { ...admin, schema: { tags: ['workspace'], summary: 'Override (or withdraw the override of) a computed status, with a justification (admin)', params: IndicatorParams, body: StatusOverrideInputSchema, response: { 200: StatusOverrideResponseSchema, ...errors } } },
    async (request) => ({ data: service.overrideStatus(app.database.db, userOf(request), request.params.id, request.body.code, request.body.justification) }),
  );

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
      const emails = repo.userEmails(app.database.db);
      return { data: repo.listContentChanges(app.database.db, 500).map((row) => service.toContentChange(row, emails)) };
    },
  );

  app.post(
    '/content/publish',
    { ...admin, schema: { tags: ['workspace'], summary: 'Publish every content draft (admin)', response: { 200: z.object({ data: z.object({ published: z.number().int() }) }), ...errors } } },
    async (request) => ({ data: { published: service.publishContent(app.database.db, userOf(request)) } }),
  );

  app.get(
    '/users',
    { ...admin, schema: { tags: ['workspace'], summary: 'Accounts (admin)', response: { 200: UsersResponseSchema, ...errors } } },
    async () => ({ data: listUsers(app.database.db).map(toUser) }),
  );

  app.post(
    '/users',
    { ...admin, schema: { tags: ['workspace'], summary: 'Create an account with a one-time password (admin)', body: CreateUserInputSchema, response: { 201: CreateUserResponseSchema, ...errors } } },
    async (request, reply) => {
      const { user, password } = await createUser(app.database.db, { email: request.body.email, role: request.body.role });
      return reply.code(201).send({ data: { ...user, oneTimePassword: password } });
    },
  );

  app.post(
    '/users/:id/password-reset',
    {
      ...admin,
      schema: {
        tags: ['workspace'],
        summary: 'Give an account a new one-time password and end all its sessions (admin)',
        params: UserParams,
        response: { 200: PasswordResetResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { user, password, endedSessions } = await resetPassword(app.database.db, userOf(request), request.params.id);
      request.log.info({ userId: user.id, by: userOf(request).id, endedSessions }, 'password reset; sessions ended');
      return { data: { ...user, oneTimePassword: password } };
    },
  );
};

export default workspaceRoutes;
