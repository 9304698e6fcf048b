// The public API v1 contract: the server validates and serializes with these, the client and the tests parse with them.
import { z } from 'zod';
import {
  CycleCodeSchema,
  DirectionSchema,
  LanguageSchema,
  ParagraphSchema,
  QualifierSchema,
  ReportingSchema,
  SlugSchema,
  SourceSchema,
  StatusCodeSchema,
  UnderReviewSchema,
} from './common.ts';
import { IndicatorStatusSchema } from './status.ts';
import { LineageSchema } from './plans.ts';
import { CountedSchema, PublicationLevelSchema } from './counted.ts';
import { FigurePopulationSchema, PopulationStatesSchema } from './populations.ts';

/** Which language the texts of an object are in, and which fields fell back to English for want of a translation. */
export const TextLanguageSchema = z.object({
  lang: z.string(),
  fallback: z.array(z.string()).meta({ description: 'Fields shown in English because no translation has been entered.' }),
});
export type TextLanguage = z.infer<typeof TextLanguageSchema>;

export const StatusCountsSchema = z.record(StatusCodeSchema, z.number().int().min(0));
export type StatusCounts = z.infer<typeof StatusCountsSchema>;

export const ActionPlanSchema = z.object({
  code: z.string(),
  title: z.string(),
  adoptedAt: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  deadlineCycle: CycleCodeSchema,
  paragraphs: z.array(ParagraphSchema),
  cycles: z.array(CycleCodeSchema).meta({ description: 'The plan’s reporting cycles in order, the deadline last (with any cycle shared with the previous plan first).' }),
  previousPlan: z.string().nullable().meta({ description: 'The plan this one follows.' }),
  publishedAt: z.string().nullable(),
  current: z.boolean().meta({ description: 'The plan the public pages show by default: the latest published one.' }),
  ended: z.boolean().meta({ description: 'A later plan has been published: this plan’s pages are its record, read-only.' }),
  i18n: TextLanguageSchema,
});
export type ActionPlan = z.infer<typeof ActionPlanSchema>;

export const CycleSchema = z.object({
  code: CycleCodeSchema,
  actionPlan: z.string(),
  ordinal: z.number().int().meta({ description: 'Position within the plan: 10MSP = 0, 11MSP = 1, …' }),
  year: z.number().int(),
  meeting: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  isDeadline: z.boolean(),
  status: z.enum(['open', 'published']),
  publishedAt: z.string().nullable(),
});
export type Cycle = z.infer<typeof CycleSchema>;

export const PillarSchema = z.object({
  slug: SlugSchema,
  actionPlan: z.string(),
  name: z.string(),
  actionFrom: z.number().int(),
  actionTo: z.number().int(),
  order: z.number().int(),
  paragraphs: z.array(ParagraphSchema),
  actionCount: z.number().int(),
  indicatorCount: z.number().int(),
  i18n: TextLanguageSchema,
});
export type Pillar = z.infer<typeof PillarSchema>;

export const ConflictSchema = z.object({
  id: SlugSchema,
  indicators: z.array(z.string()).meta({ description: 'Every indicator whose figures the contradiction concerns (it shows on each one’s page and briefing).' }),
  action: z.number().int().nullable().meta({ description: 'The action the conflict is filed under, if any.' }),
  series: z.string().nullable(),
  description: z.string(),
  statements: z.array(z.object({ paragraph: ParagraphSchema, says: z.string(), quote: z.string() })),
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const ActionSchema = z.object({
  number: z.number().int(),
  actionPlan: z.string(),
  pillar: SlugSchema,
  secondaryPillars: z.array(SlugSchema),
  title: z.string(),
  summary: z.string(),
  paragraphs: z.array(ParagraphSchema),
  document: z.string(),
  indicators: z.array(z.string()).meta({ description: 'Ids of the action’s indicators; empty when the document gives no figure.' }),
  i18n: TextLanguageSchema,
});
export type Action = z.infer<typeof ActionSchema>;

export const ObservationSourceSchema = z.object({
  document: z.string().meta({ description: 'The document (or report) the figure comes from.' }),
  paragraph: ParagraphSchema.nullable().meta({ description: 'Its paragraph, when the source is numbered.' }),
});

export const RevisionSchema = z.object({
  revisedAt: z.string().meta({ description: 'When the correction was published (ISO 8601).' }),
  previousValue: z.number().nullable(),
  previousReporting: ReportingSchema,
  reason: z.string().nullable(),
});

export const ObservationSchema = z.object({
  cycle: CycleCodeSchema.meta({ description: 'The cycle, or the last cycle of a span.' }),
  spanFrom: CycleCodeSchema.nullable().meta({ description: 'Set for a figure that covers several cycles.' }),
  value: z.number().nullable(),
  qualifier: QualifierSchema,
  denominator: z.number().int().nullable(),
  reporting: ReportingSchema,
  source: ObservationSourceSchema,
  quote: z.string().nullable().meta({ description: 'The words of the paragraph that give the figure.' }),
  note: z.string().nullable(),
  cycleInferred: z.boolean().meta({
    description: 'The document gives this figure for an unnamed point of a period ("increased from 8 to 9 during the review period"); its cycle was inferred, and the note says how.',
  }),
  underReview: UnderReviewSchema,
  revisions: z.array(RevisionSchema).meta({ description: 'Published corrections of this figure, newest first ("revised on …, was 8").' }),
  counted: CountedSchema,
  population: FigurePopulationSchema,
});
export type Observation = z.infer<typeof ObservationSchema>;

export const IndicatorSchema = z.object({
  id: SlugSchema,
  actionPlan: z.string().meta({ description: 'The plan the indicator belongs to (ids are unique across plans).' }),
  action: z.number().int(),
  actionTitle: z.string(),
  pillar: SlugSchema,
  title: z.string(),
  unit: z.string(),
  direction: DirectionSchema,
  denominator: z.number().int().nullable().meta({ description: 'Latest population size, when known.' }),
  population: z.object({ description: z.string(), size: z.number().int().nullable(), paragraph: ParagraphSchema.nullable() }),
  target: z.number().nullable().meta({ description: 'Target share of the population (0..1) used by the status rule, or null.' }),
  observations: z.array(ObservationSchema),
  status: IndicatorStatusSchema.meta({ description: 'The status the public sees: the rule’s, or while an ISU override is in force its code (the reason and inputs stay the rule’s).' }),
  computedStatus: StatusCodeSchema.optional().meta({ description: 'The status the rule gives (always sent by the server); differs from `status.code` while an override is in force.' }),
  conflicts: z.array(z.string()).meta({ description: 'Ids of data conflicts recorded for this indicator.' }),
  override: z
    .object({
      code: StatusCodeSchema,
      justification: z.string(),
      createdAt: z.string(),
      publishedAt: z.string().nullable().optional().meta({ description: 'When the override was published (null for overrides set before they were drafted and published).' }),
    })
    .nullable()
    .meta({ description: 'A status set by the ISU with a written justification, in force: `status.code` is its code; the rule’s result is `computedStatus`.' }),
  lineage: LineageSchema,
  publicationLevel: PublicationLevelSchema,
  populationStates: PopulationStatesSchema,
  withdrawn: z
    .array(
      z.object({
        cycle: CycleCodeSchema,
        spanFrom: CycleCodeSchema.nullable(),
        previousValue: z.number().nullable().meta({ description: 'The figure as it was published before it was withdrawn.' }),
        withdrawnAt: z.string().meta({ description: 'When the withdrawal was published (ISO 8601).' }),
        reason: z.string().nullable(),
      }),
    )
    .meta({ description: 'Figures the ISU published and then withdrew (a revert of a new figure): the public trace of a figure that is no longer there.' }),
  i18n: TextLanguageSchema,
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const SeriesPointSchema = z.object({
  period: z.string(),
  measure: z.string(),
  value: z.number().nullable(),
  unit: z.string(),
  qualifier: QualifierSchema,
  provisional: z.boolean(),
  states: z.array(z.string()).nullable().meta({ description: 'The States named, in the document’s own English words.' }),
  stateCodes: z.array(z.string()).nullable().meta({ description: 'The same States as ISO 3166-1 alpha-3 codes (GET /api/v1/states/:code), in the same order (a name the States table does not know is left out); null when the point names none.' }),
  source: SourceSchema,
  quote: z.string().nullable(),
  note: z.string().nullable(),
  underReview: UnderReviewSchema,
});
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;

export const SeriesSummarySchema = z.object({
  name: SlugSchema,
  title: z.string(),
  description: z.string(),
  periods: z.array(z.string()),
  measures: z.array(z.string()),
});
export const SeriesSchema = SeriesSummarySchema.extend({
  points: z.array(SeriesPointSchema),
  conflicts: z.array(ConflictSchema),
});
export type SeriesSummary = z.infer<typeof SeriesSummarySchema>;
export type Series = z.infer<typeof SeriesSchema>;

export const PillarSummarySchema = z.object({
  slug: SlugSchema,
  name: z.string(),
  i18n: TextLanguageSchema,
  order: z.number().int(),
  indicatorCount: z.number().int(),
  counts: StatusCountsSchema,
  latestCycle: CycleCodeSchema.nullable().meta({ description: 'Latest cycle with a reported figure in this pillar.' }),
});
export const SummarySchema = z.object({
  actionPlan: ActionPlanSchema,
  latestCycle: CycleCodeSchema.nullable(),
  dataVersion: z.number().int(),
  updatedAt: z.string().nullable(),
  indicatorCount: z.number().int(),
  counts: StatusCountsSchema,
  pillars: z.array(PillarSummarySchema),
});
export type Summary = z.infer<typeof SummarySchema>;
export type PillarSummary = z.infer<typeof PillarSummarySchema>;

export const ExportRowSchema = z.object({
  actionPlan: z.string(),
  action: z.number().int(),
  pillar: SlugSchema,
  indicatorId: SlugSchema,
  indicatorTitle: z.string(),
  unit: z.string(),
  cycle: CycleCodeSchema,
  spanFrom: CycleCodeSchema.nullable(),
  value: z.number().nullable(),
  qualifier: QualifierSchema,
  denominator: z.number().int().nullable(),
  reporting: ReportingSchema,
  document: z.string(),
  paragraph: ParagraphSchema.nullable(),
  note: z.string().nullable(),
  cycleInferred: z.boolean(),
  underReview: z.string().nullable().meta({ description: 'The drafters’ comment when the figure is under review by the ISU, else empty.' }),
  underReviewParagraph: ParagraphSchema.nullable().meta({ description: 'The paragraph that carries that comment.' }),
  // Words beside the codes, in the language asked for (?lang): the codes above stay as they are, for scripts and the import.
  status: StatusCodeSchema.meta({ description: 'The indicator’s status (the ISU’s while an override is in force), as a code.' }),
  statusText: z.string().meta({ description: 'That status in words, in the language asked for.' }),
  qualifierText: z.string().meta({ description: 'The qualifier in words, in the language asked for.' }),
  reportingText: z.string().meta({ description: 'Whether a figure was reported, in words, in the language asked for.' }),
});
export type ExportRow = z.infer<typeof ExportRowSchema>;
export const EXPORT_COLUMNS = Object.keys(ExportRowSchema.shape) as (keyof ExportRow)[];

/** Who is counted in long format: one row per published figure × State its source names. */
export const ExportStateRowSchema = z
  .object({
    actionPlan: z.string(),
    indicatorId: SlugSchema,
    cycle: CycleCodeSchema,
    spanFrom: CycleCodeSchema.nullable(),
    state: z.string().meta({ description: 'ISO 3166-1 alpha-3 code, in capitals.' }),
    stateName: z.string().meta({ description: 'The State’s name in the language asked for (?lang), English where CLDR has none.' }),
    document: z.string(),
    paragraph: ParagraphSchema.nullable().meta({ description: 'The paragraph that names the State for this figure.' }),
  })
  .meta({
    description:
      'One row per published figure and State its source names. Figures of indicators whose publication level is counts_only or missing_only are left out entirely (every cycle of them).',
  });
export type ExportStateRow = z.infer<typeof ExportStateRowSchema>;
export const EXPORT_STATE_COLUMNS = Object.keys(ExportStateRowSchema.shape) as (keyof ExportStateRow)[];

/** A drafters' comment in the margin of the source document ("THE ISU IS WORKING TO UPDATE THIS SECTION"). */
export const DocumentCommentSchema = z.object({
  paragraph: ParagraphSchema,
  text: z.string(),
  underReview: z.boolean().meta({ description: 'The comment puts the paragraph’s figures under review by the ISU.' }),
});
export type DocumentComment = z.infer<typeof DocumentCommentSchema>;

/** Envelopes: every success body is `{ data }`. */
export const envelope = <T extends z.ZodType>(schema: T) => z.object({ data: schema });
export const ActionPlansResponseSchema = envelope(z.array(ActionPlanSchema));
export const CyclesResponseSchema = envelope(z.array(CycleSchema));
export const PillarsResponseSchema = envelope(z.array(PillarSchema));
export const ActionsResponseSchema = envelope(z.array(ActionSchema));
export const ActionResponseSchema = envelope(ActionSchema);
export const IndicatorsResponseSchema = envelope(z.array(IndicatorSchema));
export const IndicatorResponseSchema = envelope(IndicatorSchema);
export const SummaryResponseSchema = envelope(SummarySchema);
export const SeriesListResponseSchema = envelope(z.array(SeriesSummarySchema));
export const SeriesResponseSchema = envelope(SeriesSchema);
export const ConflictsResponseSchema = envelope(z.array(ConflictSchema));
export const ExportResponseSchema = envelope(z.array(ExportRowSchema));
export const ExportStatesResponseSchema = envelope(z.array(ExportStateRowSchema));
export const DocumentCommentsResponseSchema = envelope(z.array(DocumentCommentSchema));
export const HealthResponseSchema = z.object({ status: z.literal('ok') });

/** Query filters, shared by /indicators and the exports. Unknown parameters are rejected, not ignored. */
export const IndicatorFiltersSchema = z
  .object({
    lang: LanguageSchema.optional(),
    pillar: SlugSchema.optional(),
    action: z.coerce.number().int().min(1).max(999).optional(),
    status: StatusCodeSchema.optional(),
  })
  .strict();
export type IndicatorFilters = z.infer<typeof IndicatorFiltersSchema>;
/** The exports' filters: those of /indicators and the plan (its code without regard to case); without it, every plan. */
export const ExportFiltersSchema = IndicatorFiltersSchema.extend({
  plan: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{1,15}$/, 'must be a plan code, e.g. lap')
    .optional()
    .meta({ description: 'Only this plan’s indicators (pillar slugs and action numbers repeat across plans).' }),
  indicator: SlugSchema.optional().meta({ description: 'Only this indicator’s figures (its id); 404 for an unknown one.' }),
}).strict();
export type ExportFilters = z.infer<typeof ExportFiltersSchema>;
export const ActionFiltersSchema = z.object({ lang: LanguageSchema.optional(), pillar: SlugSchema.optional() }).strict();
/** Routes without filters still take the language. */
export const LangQuerySchema = z.object({ lang: LanguageSchema.optional() }).strict();
export const ActionParamsSchema = z.object({ number: z.coerce.number().int().min(1).max(999) });
/** A plan in a path: its code, in any case ("lap" and "LAP" are the same plan). */
export const PlanCodeParamSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/, 'plan must be an action plan code such as "lap"')
  .meta({ description: 'The action plan’s code, without regard to case (lap = LAP).' });
export const PlanParamsSchema = z.object({ plan: PlanCodeParamSchema });
export const PlanActionParamsSchema = PlanParamsSchema.extend(ActionParamsSchema.shape);
export const ActionPlanResponseSchema = envelope(ActionPlanSchema);
export const IndicatorParamsSchema = z.object({ id: SlugSchema });
export const SeriesParamsSchema = z.object({ name: SlugSchema });
