// Plans over time: the plan definition the ISU imports or builds by forms, the crosswalk between plans, and a plan's
// results. One contract for the server (validation, storage), the workspace forms and the public pages.
import { z } from 'zod';
import { safeText } from '../domain/text.ts';
import { MAX_STATES } from '../domain/population-consistency.ts';
import { CycleCodeSchema, DirectionSchema, ParagraphSchema, ProblemSchema, SlugSchema, StatusCodeSchema } from './common.ts';

/** A plan's code: letters and digits, upper case as stored ("LAP"); URLs use it in lower case. */
export const PlanCodeSchema = z
  .string()
  .min(2)
  .max(16)
  .regex(/^[A-Z][A-Z0-9]*$/, 'must be capital letters and digits, starting with a letter, e.g. LAP');

const title = () => safeText().trim().min(3).max(300);
const optionalTitle = () => safeText().trim().min(3).max(300).nullable().optional();

/** The plan's title in the three languages besides English (English is `title`). Missing ones fall back to English. */
export const PlanTitlesSchema = z
  .object({ fr: optionalTitle(), es: optionalTitle(), ar: optionalTitle() })
  .strict()
  .meta({ description: 'The plan title in French, Spanish and Arabic; a missing one is shown in English and marked so.' });

// --- The plan definition (the import file, and what the forms build one piece at a time) ----------------------------

export const PlanHeaderInputSchema = z
  .object({
    code: PlanCodeSchema,
    title: title(),
    titles: PlanTitlesSchema.optional(),
    adoptedAt: z.iso.date().nullable().optional().meta({ description: 'The day the plan was adopted (ISO 8601), if known.' }),
    startYear: z.number().int().min(2000).max(2100),
    endYear: z.number().int().min(2000).max(2100).meta({ description: 'The year of the plan’s deadline (its review conference).' }),
    deadline: z
      .object({
        code: CycleCodeSchema.meta({ description: 'The deadline cycle’s code, e.g. 4RC.' }),
        meeting: safeText().trim().min(3).max(200),
      })
      .strict()
      .meta({ description: 'The meeting that closes the plan; created with the plan, dated its end year, with no figures.' }),
    previousPlan: PlanCodeSchema.nullable().optional().meta({ description: 'The plan this one follows (the crosswalk goes back to it).' }),
  })
  .strict()
  .refine((p) => p.endYear >= p.startYear, { message: 'endYear (the deadline) must not be before startYear', path: ['endYear'] });
export type PlanHeaderInput = z.infer<typeof PlanHeaderInputSchema>;

export const PillarInputSchema = z
  .object({
    slug: SlugSchema,
    name: title(),
    actionFrom: z.number().int().min(1).max(999),
    actionTo: z.number().int().min(1).max(999),
  })
  .strict()
  .refine((p) => p.actionTo >= p.actionFrom, { message: 'actionTo must not be below actionFrom', path: ['actionTo'] });
export type PillarInput = z.infer<typeof PillarInputSchema>;

export const ActionInputSchema = z
  .object({
    number: z.number().int().min(1).max(999),
    pillar: SlugSchema.meta({ description: 'The slug of the pillar the action belongs to.' }),
    title: title(),
    summary: safeText().trim().max(4000).optional(),
  })
  .strict();
export type ActionInput = z.infer<typeof ActionInputSchema>;

export const IndicatorInputSchema = z
  .object({
    id: SlugSchema.meta({ description: 'Permanent id, unique across every plan (e.g. nap-a4-reports).' }),
    action: z.number().int().min(1).max(999),
    title: title(),
    unit: safeText().trim().min(1).max(80),
    direction: DirectionSchema,
    populationDescription: safeText().trim().min(3).max(500),
    populationSize: z.number().int().min(1).max(MAX_STATES, `must be at most ${MAX_STATES}, the number of States in the world`).nullable().optional(),
    populationSource: safeText().trim().max(300).nullable().optional().meta({ description: 'Where the population size comes from.' }),
    populationParagraph: ParagraphSchema.nullable().optional(),
    targetShare: z.number().min(0).max(1).nullable().optional(),
  })
  .strict();
export type IndicatorInput = z.infer<typeof IndicatorInputSchema>;

export const CROSSWALK_RELATIONS = ['carried_over', 'revised', 'replaced', 'new', 'discontinued'] as const;
export const CrosswalkRelationSchema = z.enum(CROSSWALK_RELATIONS).meta({
  description:
    'How a new indicator or action relates to the previous plan: carried over (same measure), revised (changed definition), replaced (another measure of the same aim), new (no predecessor); discontinued marks an old one with no successor.',
});
export type CrosswalkRelation = z.infer<typeof CrosswalkRelationSchema>;
export const CROSSWALK_ENTITIES = ['indicator', 'action'] as const;

/**
 * One old→new relation. `from` is the previous plan's indicator id (or action number as text); `to` the new plan's.
 * `new` has no `from`; `discontinued` has no `to`; every other relation has both.
 */
export const CrosswalkInputSchema = z
  .object({
    entity: z.enum(CROSSWALK_ENTITIES),
    from: z.string().min(1).max(80).nullable(),
    to: z.string().min(1).max(80).nullable(),
    relation: CrosswalkRelationSchema,
    note: safeText().trim().max(2000).nullable().optional(),
  })
  .strict()
  .refine((c) => c.relation === 'new' || c.from !== null, { message: 'from is required unless the relation is new', path: ['from'] })
  .refine((c) => c.relation === 'discontinued' || c.to !== null, { message: 'to is required unless the relation is discontinued', path: ['to'] })
  .refine((c) => c.relation !== 'new' || c.from === null, { message: 'a new item has no from', path: ['from'] })
  .refine((c) => c.relation !== 'discontinued' || c.to === null, { message: 'a discontinued item has no to', path: ['to'] });
export type CrosswalkInput = z.infer<typeof CrosswalkInputSchema>;

/** A crosswalk entry entered in the workspace: `plan` is the new plan; `from` names an item of its previous plan. */
export const CrosswalkCreateInputSchema = z
  .object({ plan: PlanCodeSchema, entry: CrosswalkInputSchema })
  .strict();
export type CrosswalkCreateInput = z.infer<typeof CrosswalkCreateInputSchema>;

/** A whole plan as one file (JSON; the CSV format maps onto it row by row, see docs/plan-definition.md). */
export const PlanDefinitionSchema = z
  .object({
    plan: PlanHeaderInputSchema,
    pillars: z.array(PillarInputSchema).min(1).max(50),
    actions: z.array(ActionInputSchema).min(1).max(500),
    indicators: z.array(IndicatorInputSchema).max(2000).default([]),
    crosswalk: z.array(CrosswalkInputSchema).max(5000).default([]),
  })
  .strict();
export type PlanDefinition = z.infer<typeof PlanDefinitionSchema>;
export type PlanDefinitionInput = z.input<typeof PlanDefinitionSchema>;

export const PLAN_FILE_SECTIONS = ['plan', 'pillars', 'actions', 'indicators', 'crosswalk'] as const;
export type PlanFileSection = (typeof PLAN_FILE_SECTIONS)[number];

/** One thing wrong with a plan file: where (section and row, 1-based; the CSV's line number for CSV) and which field. */
export const PlanProblemSchema = z.object({
  section: z.enum(PLAN_FILE_SECTIONS).nullable(),
  row: z.number().int().nullable().meta({ description: 'The row within its section (JSON, 1-based) or the CSV line number; null for the file.' }),
  field: z.string().nullable(),
  message: z.string(),
});
export type PlanProblem = z.infer<typeof PlanProblemSchema>;

export const PlanImportInputSchema = z
  .object({
    format: z.enum(['json', 'csv']),
    content: z.string().min(1, 'content is empty').max(2_000_000),
  })
  .strict();
export const PlanImportQuerySchema = z.object({ dryRun: z.enum(['true', 'false']).default('true') }).strict();

/** What an import creates (dry run) or created (apply). Nothing is created unless the whole file is valid. */
export const PlanImportReportSchema = z.object({
  dryRun: z.boolean(),
  plan: z.object({ code: PlanCodeSchema, title: z.string(), startYear: z.number().int(), endYear: z.number().int() }),
  creates: z.object({
    pillars: z.array(z.object({ slug: z.string(), name: z.string() })),
    actions: z.array(z.object({ number: z.number().int(), pillar: z.string(), title: z.string() })),
    indicators: z.array(z.object({ id: z.string(), action: z.number().int(), title: z.string() })),
    crosswalk: z.array(z.object({ entity: z.string(), from: z.string().nullable(), to: z.string().nullable(), relation: CrosswalkRelationSchema })),
    cycles: z.array(z.object({ code: z.string(), year: z.number().int(), isDeadline: z.boolean() })),
  }),
});
export type PlanImportReport = z.infer<typeof PlanImportReportSchema>;
export const PlanImportResponseSchema = z.object({ data: PlanImportReportSchema });

/** The 422 answer to a plan file (or a publication) that cannot go ahead: a problem document listing every problem. */
export const PlanProblemDocumentSchema = ProblemSchema.extend({
  problems: z.array(PlanProblemSchema).meta({ description: 'Every problem found, each with its section, row and field; nothing was written.' }),
});
export type PlanProblemDocument = z.infer<typeof PlanProblemDocumentSchema>;

// --- The workspace's view of plans -----------------------------------------------------------------------------------

export const WorkspacePlanSchema = z.object({
  code: PlanCodeSchema,
  title: z.string(),
  titles: z.object({ fr: z.string().nullable(), es: z.string().nullable(), ar: z.string().nullable() }),
  startYear: z.number().int(),
  endYear: z.number().int(),
  deadlineCycle: z.string(),
  previousPlan: z.string().nullable(),
  publishedAt: z.string().nullable().meta({ description: 'null while the plan is being set up: nothing of it is public.' }),
  counts: z.object({ pillars: z.number().int(), actions: z.number().int(), indicators: z.number().int(), cycles: z.number().int(), crosswalk: z.number().int() }),
});
export type WorkspacePlan = z.infer<typeof WorkspacePlanSchema>;
export const WorkspacePlansResponseSchema = z.object({ data: z.array(WorkspacePlanSchema) });
export const WorkspacePlanResponseSchema = z.object({ data: WorkspacePlanSchema });

/** The full structure of a plan for the workspace (published or not). */
export const WorkspacePlanDetailSchema = WorkspacePlanSchema.extend({
  pillars: z.array(z.object({ slug: z.string(), name: z.string(), actionFrom: z.number().int(), actionTo: z.number().int() })),
  actions: z.array(z.object({ number: z.number().int(), pillar: z.string(), title: z.string(), summary: z.string() })),
  indicators: z.array(
    z.object({
      id: z.string(),
      action: z.number().int(),
      title: z.string(),
      unit: z.string(),
      direction: DirectionSchema,
      populationDescription: z.string(),
      populationSize: z.number().int().nullable(),
      populationSource: z.string().nullable(),
      targetShare: z.number().nullable(),
    }),
  ),
  cycles: z.array(z.object({ code: z.string(), year: z.number().int(), isDeadline: z.boolean(), status: z.enum(['open', 'published']), shared: z.boolean() })),
});
export type WorkspacePlanDetail = z.infer<typeof WorkspacePlanDetailSchema>;
export const WorkspacePlanDetailResponseSchema = z.object({ data: WorkspacePlanDetailSchema });

/** A cycle that also counts for another plan (a transition year: the LAP's final figures as the next plan's baseline). */
export const SharedCycleInputSchema = z.object({ plan: PlanCodeSchema }).strict();

// --- Crosswalk (public) ---------------------------------------------------------------------------------------------

export const CrosswalkEntrySchema = z.object({
  id: z.number().int(),
  entity: z.enum(CROSSWALK_ENTITIES),
  fromPlan: z.string().nullable(),
  from: z.string().nullable(),
  fromTitle: z.string().nullable(),
  toPlan: z.string().nullable(),
  to: z.string().nullable(),
  toTitle: z.string().nullable(),
  relation: CrosswalkRelationSchema,
  note: z.string().nullable(),
});
export type CrosswalkEntry = z.infer<typeof CrosswalkEntrySchema>;
export const CrosswalkResponseSchema = z.object({ data: z.array(CrosswalkEntrySchema) });
export const CrosswalkEntryResponseSchema = z.object({ data: CrosswalkEntrySchema });

/** Where an indicator came from and where it went, for its page (the chain across plans). */
export const LineageSchema = z
  .object({
    predecessor: z
      .object({ indicator: z.string(), plan: z.string(), relation: CrosswalkRelationSchema, note: z.string().nullable() })
      .nullable()
      .meta({ description: 'The previous plan’s indicator this one continues; its figures are drawn before a break line.' }),
    successors: z
      .array(z.object({ indicator: z.string().nullable(), plan: z.string(), relation: CrosswalkRelationSchema, note: z.string().nullable() }))
      .meta({ description: 'How a later plan continued this indicator ("continued as …"), or discontinued it (indicator null).' }),
  })
  .meta({ description: 'The indicator’s chain across plans (the crosswalk).' });
export type Lineage = z.infer<typeof LineageSchema>;

// --- A plan's results -----------------------------------------------------------------------------------------------

export const PlanResultsSchema = z.object({
  plan: z.object({ code: z.string(), title: z.string(), startYear: z.number().int(), endYear: z.number().int(), deadlineCycle: z.string(), ended: z.boolean() }),
  lastCycle: z.string().nullable().meta({ description: 'The last cycle with a reported figure.' }),
  dataVersion: z.number().int(),
  updatedAt: z.string().nullable(),
  indicatorCount: z.number().int(),
  reachedTarget: z.number().int().meta({ description: 'Indicators whose status is achieved.' }),
  flagged: z.array(z.object({ id: z.string(), action: z.number().int(), title: z.string(), status: StatusCodeSchema })),
  neverMeasured: z.object({
    indicators: z.array(z.object({ id: z.string(), action: z.number().int(), title: z.string() })),
    actions: z.array(z.object({ number: z.number().int(), title: z.string() })).meta({ description: 'Actions with no indicator at all.' }),
  }),
  actions: z.array(
    z.object({
      number: z.number().int(),
      title: z.string(),
      pillar: z.string(),
      pillarName: z.string(),
      status: StatusCodeSchema.nullable().meta({
        description: 'The action’s final status: its least advanced judged indicator (most severe first), insufficient_data if none is judged, null with no indicator.',
      }),
      indicators: z.array(z.object({ id: z.string(), title: z.string(), status: StatusCodeSchema, latest: z.string().nullable() })),
    }),
  ),
});
export type PlanResults = z.infer<typeof PlanResultsSchema>;
export const PlanResultsResponseSchema = z.object({ data: PlanResultsSchema });
