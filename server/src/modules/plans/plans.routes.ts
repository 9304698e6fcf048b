// Plan set-up routes (admin): the next plan, its structure by forms or one plan file, shared cycles, crosswalk, publication.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CycleCodeSchema } from '@ccm/shared/schemas/common';
import {
  ActionInputSchema,
  CrosswalkCreateInputSchema,
  CrosswalkEntryResponseSchema,
  CrosswalkResponseSchema,
  IndicatorInputSchema,
  PillarInputSchema,
  PlanHeaderInputSchema,
  PlanImportInputSchema,
  PlanImportQuerySchema,
  PlanImportResponseSchema,
  PlanProblemDocumentSchema,
  SharedCycleInputSchema,
  WorkspacePlanDetailResponseSchema,
  WorkspacePlanResponseSchema,
  WorkspacePlansResponseSchema,
} from '@ccm/shared/schemas/plans';
import type { PlanProblemDocument, WorkspacePlanDetail } from '@ccm/shared/schemas/plans';
import { IdParams, logWrite, noStore, userOf, workspaceRoute } from '../../lib/workspace-routes.ts';
import * as service from './plans.service.ts';
import * as planFile from './plan-file.service.ts';
import * as links from './plan-links.service.ts';

/** A plan in a path: its code in any case ("nap"). */
const PlanParams = z.object({ plan: z.string().min(1).max(16) });
const SharedCycleParams = PlanParams.extend({ cycle: CycleCodeSchema });

const planRoutes: FastifyPluginAsyncZod = async (app) => {
  noStore(app);
  // A refused plan file or publication carries every problem; every other error goes on to the app's handler.
  app.setErrorHandler((error, request, reply) => {
    if (!(error instanceof service.PlanProblemsError)) throw error;
    const body: PlanProblemDocument = {
      type: 'urn:ccm:problem:plan',
      title: error.title,
      status: error.statusCode,
      ...(error.detail === undefined ? {} : { detail: error.detail }),
      instance: request.url.split('?')[0] ?? request.url,
      ...(error.parameter === undefined ? {} : { parameter: error.parameter }),
      problems: error.problems,
    };
    return reply.code(error.statusCode).type('application/problem+json; charset=utf-8').send(JSON.stringify(body));
  });

  app.get(
    '/plans',
    workspaceRoute('admin', 'Every plan, published or being set up, with its counts (admin)', { response: { 200: WorkspacePlansResponseSchema } }),
    async () => ({ data: service.listPlans(app.database.db) }),
  );

  app.post(
    '/plans',
    workspaceRoute('admin', 'Create a plan (unpublished) with its deadline cycle (admin)', { body: PlanHeaderInputSchema, response: { 201: WorkspacePlanResponseSchema } }),
    async (request, reply) => {
      const plan = service.createPlan(app.database.db, request.body);
      logWrite(request, { plan: plan.code }, 'plan created');
      return reply.code(201).send({ data: plan });
    },
  );

  app.post(
    '/plans/import',
    workspaceRoute('admin', 'Check a plan definition file (JSON or CSV) and list what it creates (dryRun=true), or create all of it (dryRun=false) (admin)', {
      querystring: PlanImportQuerySchema,
      body: PlanImportInputSchema,
      response: { 200: PlanImportResponseSchema, 422: PlanProblemDocumentSchema },
    }),
    async (request) => {
      const dryRun = request.query.dryRun === 'true';
      const report = planFile.importPlan(app.database.db, userOf(request), request.body, dryRun);
      if (!dryRun) logWrite(request, { plan: report.plan.code }, 'plan imported');
      return { data: report };
    },
  );

  app.get(
    '/plans/:plan',
    workspaceRoute('admin', 'A plan’s structure and cycles, published or not (admin)', { params: PlanParams, response: { 200: WorkspacePlanDetailResponseSchema } }),
    async (request) => ({ data: service.planDetail(app.database.db, request.params.plan) }),
  );

  /** A pillar, an action or an indicator added to an unpublished plan: 201 with the plan's structure as it now is. */
  const addTo = <const B extends z.ZodType>(part: string, summary: string, body: B, add: (db: typeof app.database.db, plan: string, input: z.output<B>) => WorkspacePlanDetail) =>
    app.post(`/plans/:plan/${part}`, workspaceRoute('admin', summary, { params: PlanParams, body, response: { 201: WorkspacePlanDetailResponseSchema } }), async (request, reply) =>
      // The body was validated against `body`; the type provider cannot resolve a schema that is a type parameter.
      reply.code(201).send({ data: add(app.database.db, request.params.plan, request.body as z.output<B>) }),
    );
  addTo('pillars', 'Add a pillar to an unpublished plan (admin)', PillarInputSchema, service.addPillar);
  addTo('actions', 'Add an action to a pillar of an unpublished plan (admin)', ActionInputSchema, service.addAction);
  addTo('indicators', 'Add an indicator to an action of an unpublished plan; ids are unique across all plans (admin)', IndicatorInputSchema, service.addIndicator);

  app.post(
    '/plans/:plan/publish',
    workspaceRoute('admin', 'Publish a plan: it needs a pillar, an action, and an action in every pillar (admin)', { params: PlanParams, response: { 200: WorkspacePlanResponseSchema, 422: PlanProblemDocumentSchema } }),
    async (request) => {
      const plan = service.publishPlan(app.database.db, request.params.plan);
      logWrite(request, { plan: plan.code }, 'plan published');
      return { data: plan };
    },
  );

  app.put(
    '/plans/:plan/shared-cycles/:cycle',
    workspaceRoute('admin', 'Let another plan’s cycle (not its deadline, not after this plan’s deadline) count for this plan too (admin)', {
      params: SharedCycleParams,
      body: SharedCycleInputSchema.nullish(),
      response: { 200: WorkspacePlanDetailResponseSchema },
    }),
    async (request) => ({ data: links.shareCycle(app.database.db, request.params.plan, request.params.cycle, request.body) }),
  );

  app.delete(
    '/plans/:plan/shared-cycles/:cycle',
    workspaceRoute('admin', 'Stop a shared cycle counting for this plan, unless the plan’s indicators have figures on it (admin)', { params: SharedCycleParams, response: { 204: z.null() } }),
    async (request, reply) => {
      links.unshareCycle(app.database.db, request.params.plan, request.params.cycle);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/crosswalk',
    workspaceRoute('admin', 'The crosswalk entries into a plan, published or not (admin)', { querystring: z.object({ plan: z.string().min(1).max(16) }).strict(), response: { 200: CrosswalkResponseSchema } }),
    async (request) => ({ data: links.planCrosswalk(app.database.db, request.query.plan) }),
  );

  app.post(
    '/crosswalk',
    workspaceRoute('admin', 'Relate an item of a plan to one of its previous plan (admin)', { body: CrosswalkCreateInputSchema, response: { 201: CrosswalkEntryResponseSchema } }),
    async (request, reply) => reply.code(201).send({ data: links.createCrosswalkEntry(app.database.db, userOf(request), request.body) }),
  );

  app.delete(
    '/crosswalk/:id',
    workspaceRoute('admin', 'Delete a crosswalk entry (admin)', { params: IdParams, response: { 204: z.null() } }),
    async (request, reply) => {
      links.deleteCrosswalkEntry(app.database.db, request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default planRoutes;
