// ISU workspace routes: imports. Each declares the role it needs (config.role); the auth plugin enforces it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema } from '@ccm/shared/schemas/common';
import {
  CSV_MEDIA_TYPES,
  CountedImportResponseSchema,
  ImportQuerySchema,
  ImportResponseSchema,
} from '@ccm/shared/schemas/workspace';
import { BODY_LIMIT_BYTES } from '../../lib/limits.ts';
import { acceptCsv, editor, errors, noStore, requireCsv, userOf } from '../../lib/workspace-routes.ts';
import * as service from './imports.service.ts';
import { importCountedStates } from './counted-states.service.ts';



const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  noStore(app);
  acceptCsv(app);

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
};

export default importsRoutes;
