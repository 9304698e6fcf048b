// A thematic briefing for Coordinators: the same content feeds the page, the Word document and the CSV.
import { z } from 'zod';
import { ActionPlanSchema, ConflictSchema, IndicatorSchema, LangQuerySchema, TextLanguageSchema } from './api.ts';
import { ParagraphSchema, QualifierSchema, ReportingSchema, StatusCodeSchema } from './common.ts';

/** Why a figure must be read with care: the ISU is reviewing it, or its cycle was inferred. */
export const BRIEFING_MARKER_KINDS = ['under_review', 'cycle_inferred'] as const;
export const BriefingMarkerSchema = z.object({
  kind: z.enum(BRIEFING_MARKER_KINDS),
  cycle: z.string().meta({ description: 'The cycle of the marked figure (its last cycle, for a period figure).' }),
  label: z.string().meta({ description: 'The marker in words: "under review by the ISU", "cycle inferred".' }),
  note: z.string().nullable().meta({ description: 'The drafters’ comment (under review) or how the cycle was inferred (the observation’s note).' }),
  paragraph: ParagraphSchema.nullable().meta({ description: 'The paragraph carrying the drafters’ comment, for an under-review figure.' }),
  text: z.string().meta({ description: 'Label and note in one phrase, as printed next to the figure.' }),
});
export type BriefingMarker = z.infer<typeof BriefingMarkerSchema>;

/** One figure of an indicator in words, as the document states it (a bound, a period average, "all 12"…). */
export const BriefingFigureSchema = z.object({
  cycle: z.string(),
  spanFrom: z.string().nullable(),
  value: z.number().nullable(),
  qualifier: QualifierSchema,
  denominator: z.number().int().nullable(),
  reporting: ReportingSchema,
  paragraph: ParagraphSchema.nullable(),
  words: z.string().meta({ description: 'e.g. "at least 8 of 10 States Parties over the review period (10MSP–13MSP)", "all 12 States Parties in 13MSP".' }),
  markers: z.array(BriefingMarkerSchema),
  text: z.string().meta({ description: 'The words with their paragraph and markers: "9 of 12 (75%) in 13MSP (¶92) [under review by the ISU (…)]".' }),
  counted: z.string().nullable().meta({ description: 'Who the figure counts, as the indicator’s publication level allows: "Counted: Chad, Iraq and 2 not named.", "Not counted: Somalia.", "Names withheld by the ISU."; null when the source names none.' }),
});
export type BriefingFigure = z.infer<typeof BriefingFigureSchema>;

export const BriefingChangeSchema = z.object({
  fromCycle: z.string(),
  toCycle: z.string(),
  deltaCount: z.number().nullable().meta({ description: 'null when either end is a bound or an average: no exact change can be computed.' }),
  deltaPoints: z.number().nullable().meta({ description: 'Change in percentage points of the population, when its size is known and both ends are exact.' }),
  markers: z.array(BriefingMarkerSchema).meta({ description: 'The markers of the two figures compared.' }),
  skipped: z.array(z.string()).optional().meta({ description: 'Reporting cycles between the two compared that have no figure of their own.' }),
  sentence: z.string(),
});

export const BriefingIndicatorSchema = z.object({
  indicator: IndicatorSchema,
  effectiveStatus: StatusCodeSchema,
  latest: z
    .string()
    .meta({ description: 'The latest figure in words with its paragraph and markers, e.g. "9 of 12 (75%) in 13MSP (¶92)"; null only when the document gives no figure at all.' })
    .nullable(),
  latestFigure: BriefingFigureSchema.nullable(),
  /** One per observation, in the same order as `indicator.observations`. */
  figures: z.array(BriefingFigureSchema),
  projection: z.string().nullable().meta({ description: 'Where the pace so far leads by the deadline (the status projection sentence), for a judged indicator.' }),
  sincePrevious: BriefingChangeSchema.nullable(),
  sinceBaseline: BriefingChangeSchema.nullable(),
  paragraphs: z.array(z.number().int()),
});

export const BriefingRecentChangeSchema = z.object({
  indicatorId: z.string(),
  indicatorTitle: z.string(),
  cycle: z.string(),
  value: z.number().nullable(),
  previousValue: z.number().nullable(),
  revisedAt: z.string(),
  kind: z.enum(['added', 'revised']),
});

/** One thing a Coordinator can say at the meeting, built from an indicator's figures (or from a conflict in the source). */
export const BriefingTalkingPointSchema = z.object({
  indicatorId: z.string().nullable().meta({ description: 'The indicator the point is about; null for a conflict.' }),
  conflictId: z.string().nullable().meta({ description: 'The conflict the point is about; null for an indicator.' }),
  text: z.string().meta({ description: 'One or two sentences: what moved and by how much, what the deadline still needs (with the figure’s qualifier), what is under review.' }),
});
export type BriefingTalkingPoint = z.infer<typeof BriefingTalkingPointSchema>;

export const BriefingSchema = z.object({
  pillar: z.object({ slug: z.string(), name: z.string(), actionFrom: z.number().int(), actionTo: z.number().int(), i18n: TextLanguageSchema.optional() }),
  actionPlan: ActionPlanSchema,
  cyclesCovered: z.array(z.string()),
  lang: z.string(),
  title: z.string(),
  headline: z.array(z.string()),
  flagged: z.array(BriefingIndicatorSchema),
  others: z.array(BriefingIndicatorSchema),
  actionsWithoutFigures: z.array(
    z.object({ number: z.number().int(), title: z.string(), summary: z.string(), paragraphs: z.array(z.number().int()), i18n: TextLanguageSchema.optional() }),
  ),
  conflicts: z.array(ConflictSchema).meta({ description: 'Every conflict naming one of the pillar’s indicators or filed under one of its actions.' }),
  talkingPoints: z.array(BriefingTalkingPointSchema).meta({ description: 'For each flagged or changed indicator, in the briefing’s order, then each conflict.' }),
  sinceLastMeeting: z.object({ sentence: z.string(), changes: z.array(BriefingRecentChangeSchema) }),
  generatedFrom: z.object({
    dataVersion: z.number().int(),
    updatedAt: z
      .string()
      .nullable()
      .meta({ description: 'When a figure or status of the pillar last changed by publication; null while the data is as bundled from the source document.' }),
    document: z.string(),
  }),
});
export type Briefing = z.infer<typeof BriefingSchema>;
export type BriefingIndicator = z.infer<typeof BriefingIndicatorSchema>;
export type BriefingChange = z.infer<typeof BriefingChangeSchema>;
export type BriefingRecentChange = z.infer<typeof BriefingRecentChangeSchema>;
export const BriefingResponseSchema = z.object({ data: BriefingSchema });

/** The Word and CSV downloads' query: the language, and the Coordinator's choice of indicators in order (all without it). */
export const BriefingDownloadQuerySchema = LangQuerySchema.extend({
  indicators: z
    .string()
    .max(4000)
    .optional()
    .meta({ description: 'Comma-separated indicator ids of the briefing, in the order they go in; an unknown id is a 400 naming it.' }),
});

/** One figure published or withdrawn on or after the compared date, before → after. */
export const BriefingComparisonChangeSchema = z.object({
  indicatorId: z.string(),
  indicatorTitle: z.string(),
  cycle: z.string().nullable().meta({ description: 'The cycle of the figure; null for a status set by the ISU.' }),
  spanFrom: z.string().nullable(),
  kind: z.enum(['added', 'revised', 'withdrawn', 'status']).meta({ description: 'status: the ISU set and published the public status (before/after null).' }),
  before: z.number().nullable(),
  after: z.number().nullable(),
  publishedAt: z.string(),
  text: z.string().meta({ description: 'e.g. "…, 13MSP: 9 → 10 of 12 (83%) in 13MSP (published 4 December 2026)."' }),
});
export type BriefingComparisonChange = z.infer<typeof BriefingComparisonChangeSchema>;

export const BriefingComparisonSchema = z.object({
  since: z.string(),
  sentence: z.string(),
  changes: z.array(BriefingComparisonChangeSchema),
});
export type BriefingComparison = z.infer<typeof BriefingComparisonSchema>;
export const BriefingComparisonResponseSchema = z.object({ data: BriefingComparisonSchema });

/** `since=YYYY-MM-DD`: a real calendar date. */
export const BriefingCompareQuerySchema = LangQuerySchema.extend({
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD.')
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'Not a calendar date.')
    .meta({ description: 'The date of the earlier briefing: figures published or withdrawn on or after it are listed.' }),
});
