// Workspace routes for populations as lists of States: editors read them as stored; admins record lists and ledger
// entries (applied at once, logged, public at once).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CycleCodeSchema, SlugSchema } from '@ccm/shared/schemas/common';
import {
  PopulationCreateInputSchema,
  PopulationDeleteInputSchema,
  PopulationLedgerInputSchema,
  PopulationListInputSchema,
  PopulationListQuerySchema,
  PopulationWriteResponseSchema,
  WorkspacePopulationsResponseSchema,
} from '@ccm/shared/schemas/workspace-populations';
import { admin, editor, errors, noStore, userOf } from '../../lib/workspace-routes.ts';
import * as service from './populations.service.ts';

const PopulationParams = z.object({ id: SlugSchema });
const ListParams = PopulationParams.extend({ cycle: CycleCodeSchema });
const EntryParams = PopulationParams.extend({ entryId: z.coerce.number().int().positive() });

const populationRoutes: FastifyPluginAsyncZod = async (app) => {
  noStore(app);

  app.get(
    '/populations',
    {
      ...editor,
      schema: { tags: ['workspace'], summary: 'Every population with its indicators, lists of States and ledger, as stored (names whatever the publication level)', response: { 200: WorkspacePopulationsResponseSchema, ...errors } },
    },
    async () => ({ data: service.listPopulations(app.database.db) }),
  );

  app.post(
    '/populations',
    {
      ...admin,
      schema: { tags: ['workspace'], summary: 'A new population made by the ISU, for indicators in no population yet (admin)', body: PopulationCreateInputSchema, response: { 201: PopulationWriteResponseSchema, ...errors } },
    },
    async (request, reply) => {
      const result = service.createPopulation(app.database.db, userOf(request), request.body);
      request.log.info({ population: request.body.id, by: userOf(request).id }, 'population created');
      return reply.code(201).send({ data: result });
    },
  );

  app.put(
    '/populations/:id/lists/:cycle',
    {
      ...admin,
      schema: {
        tags: ['workspace'],
        summary:
          'Record or replace the list of States of a population for a cycle (?spanFrom: a span ending at it); refused when its N is below a figure it would cover, or a complete list leaves out a State such a figure counts (admin)',
        params: ListParams,
        querystring: PopulationListQuerySchema,
        body: PopulationListInputSchema,
        response: { 200: PopulationWriteResponseSchema, ...errors },
      },
    },
    async (request) => {
      const key = { cycle: request.params.cycle, spanFrom: request.query.spanFrom ?? null };
      const result = service.recordList(app.database.db, userOf(request), request.params.id, key, request.body);
      request.log.info({ population: request.params.id, ...key, by: userOf(request).id }, 'population list recorded');
      return { data: result };
    },
  );

  app.delete(
    '/populations/:id/lists/:cycle',
    {
      ...admin,
      schema: {
        tags: ['workspace'],
        summary: 'Delete a list the ISU recorded (a bundled one cannot be deleted: 409) (admin)',
        params: ListParams,
        querystring: PopulationListQuerySchema,
        body: PopulationDeleteInputSchema,
        response: { 200: PopulationWriteResponseSchema, ...errors },
      },
    },
    async (request) => {
      const key = { cycle: request.params.cycle, spanFrom: request.query.spanFrom ?? null };
      const result = service.deleteList(app.database.db, userOf(request), request.params.id, key, request.body.reason);
      request.log.info({ population: request.params.id, ...key, by: userOf(request).id }, 'population list deleted');
      return { data: result };
    },
  );

  app.post(
    '/populations/:id/ledger',
    {
      ...admin,
      schema: { tags: ['workspace'], summary: 'Add an entry to a population’s ledger: a State (or one not named) entered or left (admin)', params: PopulationParams, body: PopulationLedgerInputSchema, response: { 201: PopulationWriteResponseSchema, ...errors } },
    },
    async (request, reply) => {
      const result = service.addLedgerEntry(app.database.db, userOf(request), request.params.id, request.body);
      request.log.info({ population: request.params.id, by: userOf(request).id }, 'population ledger entry added');
      return reply.code(201).send({ data: result });
    },
  );

  app.delete(
    '/populations/:id/ledger/:entryId',
    {
      ...admin,
      schema: {
        tags: ['workspace'],
        summary: 'Delete a ledger entry the ISU added (a bundled one cannot be deleted: 409) (admin)',
        params: EntryParams,
        body: PopulationDeleteInputSchema,
        response: { 200: PopulationWriteResponseSchema, ...errors },
      },
    },
    async (request) => {
      const result = service.deleteLedgerEntry(app.database.db, userOf(request), request.params.id, request.params.entryId, request.body.reason);
      request.log.info({ population: request.params.id, entry: request.params.entryId, by: userOf(request).id }, 'population ledger entry deleted');
      return { data: result };
    },
  );
};

export default populationRoutes;
