// Workspace routes for populations as lists of States: editors read them as stored; admins record lists and ledger
// entries (applied at once, logged, public at once).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CycleCodeSchema } from '@ccm/shared/schemas/common';
import {
  PopulationCreateInputSchema,
  PopulationDeleteInputSchema,
  PopulationLedgerInputSchema,
  PopulationListInputSchema,
  PopulationListQuerySchema,
  PopulationWriteResponseSchema,
  WorkspacePopulationsResponseSchema,
} from '@ccm/shared/schemas/workspace-populations';
import { logWrite, noStore, SlugParams, userOf, workspaceRoute } from '../../lib/workspace-routes.ts';
import * as service from './populations.service.ts';

const ListParams = SlugParams.extend({ cycle: CycleCodeSchema });
const EntryParams = SlugParams.extend({ entryId: z.coerce.number().int().positive() });

/** A population's list by its cycle and, for a span ending at that cycle, its first cycle (?spanFrom). */
const listKey = (cycle: string, spanFrom: string | undefined) => ({ cycle, spanFrom: spanFrom ?? null });

const populationRoutes: FastifyPluginAsyncZod = async (app) => {
  noStore(app);

  app.get(
    '/populations',
    workspaceRoute('editor', 'Every population with its indicators, lists of States and ledger, as stored (names whatever the publication level)', { response: { 200: WorkspacePopulationsResponseSchema } }),
    async () => ({ data: service.listPopulations(app.database.db) }),
  );

  app.post(
    '/populations',
    workspaceRoute('admin', 'A new population made by the ISU, for indicators in no population yet (admin)', { body: PopulationCreateInputSchema, response: { 201: PopulationWriteResponseSchema } }),
    async (request, reply) => {
      const result = service.createPopulation(app.database.db, userOf(request), request.body);
      logWrite(request, { population: request.body.id }, 'population created');
      return reply.code(201).send({ data: result });
    },
  );

  app.put(
    '/populations/:id/lists/:cycle',
    workspaceRoute('admin', 'Record or replace the list of States of a population for a cycle (?spanFrom: a span ending at it); refused when its N is below a figure it would cover, or a complete list leaves out a State such a figure counts (admin)', {
      params: ListParams,
      querystring: PopulationListQuerySchema,
      body: PopulationListInputSchema,
      response: { 200: PopulationWriteResponseSchema },
    }),
    async (request) => {
      const key = listKey(request.params.cycle, request.query.spanFrom);
      const result = service.recordList(app.database.db, userOf(request), request.params.id, key, request.body);
      logWrite(request, { population: request.params.id, ...key }, 'population list recorded');
      return { data: result };
    },
  );

  app.delete(
    '/populations/:id/lists/:cycle',
    workspaceRoute('admin', 'Delete a list the ISU recorded (a bundled one cannot be deleted: 409) (admin)', {
      params: ListParams,
      querystring: PopulationListQuerySchema,
      body: PopulationDeleteInputSchema,
      response: { 200: PopulationWriteResponseSchema },
    }),
    async (request) => {
      const key = listKey(request.params.cycle, request.query.spanFrom);
      const result = service.deleteList(app.database.db, userOf(request), request.params.id, key, request.body.reason);
      logWrite(request, { population: request.params.id, ...key }, 'population list deleted');
      return { data: result };
    },
  );

  app.post(
    '/populations/:id/ledger',
    workspaceRoute('admin', 'Add an entry to a population’s ledger: a State (or one not named) entered or left (admin)', { params: SlugParams, body: PopulationLedgerInputSchema, response: { 201: PopulationWriteResponseSchema } }),
    async (request, reply) => {
      const result = service.addLedgerEntry(app.database.db, userOf(request), request.params.id, request.body);
      logWrite(request, { population: request.params.id }, 'population ledger entry added');
      return reply.code(201).send({ data: result });
    },
  );

  app.delete(
    '/populations/:id/ledger/:entryId',
    workspaceRoute('admin', 'Delete a ledger entry the ISU added (a bundled one cannot be deleted: 409) (admin)', { params: EntryParams, body: PopulationDeleteInputSchema, response: { 200: PopulationWriteResponseSchema } }),
    async (request) => {
      const result = service.deleteLedgerEntry(app.database.db, userOf(request), request.params.id, request.params.entryId, request.body.reason);
      logWrite(request, { population: request.params.id, entry: request.params.entryId }, 'population ledger entry deleted');
      return { data: result };
    },
  );
};

export default populationRoutes;
