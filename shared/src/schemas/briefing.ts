// A thematic briefing for Coordinators: the same content feeds the page, the Word document and the CSV.
import { z } from 'zod';
import { ActionPlanSchema, ConflictSchema, IndicatorSchema } from './api.ts';
import { StatusCodeSchema } from './common.ts';

export const BriefingChangeSchema = z.object({
  fromCycle: z.string(),
  toCycle: z.string(),
  deltaCount: z.number().nullable(),
  deltaPoints: z.number().nullable().meta({ description: 'Change in percentage points of the population, when its size is known.' }),
  sentence: z.string(),
});

export const BriefingIndicatorSchema = z.object({
  indicator: IndicatorSchema,
  effectiveStatus: StatusCodeSchema,
  latest: z.string().meta({ description: 'The latest usable figure in words, e.g. "9 of 12 (75%) in 13MSP".' }).nullable(),
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

export const BriefingSchema = z.object({
  pillar: z.object({ slug: z.string(), name: z.string(), actionFrom: z.number().int(), actionTo: z.number().int() }),
  actionPlan: ActionPlanSchema,
  cyclesCovered: z.array(z.string()),
  lang: z.string(),
  title: z.string(),
  headline: z.array(z.string()),
  flagged: z.array(BriefingIndicatorSchema),
  others: z.array(BriefingIndicatorSchema),
  actionsWithoutFigures: z.array(z.object({ number: z.number().int(), title: z.string(), summary: z.string(), paragraphs: z.array(z.number().int()) })),
  conflicts: z.array(ConflictSchema),
  questions: z.array(z.string()),
  sinceLastMeeting: z.object({ sentence: z.string(), changes: z.array(BriefingRecentChangeSchema) }),
  generatedFrom: z.object({ dataVersion: z.number().int(), updatedAt: z.string().nullable(), document: z.string() }),
});
export type Briefing = z.infer<typeof BriefingSchema>;
export type BriefingIndicator = z.infer<typeof BriefingIndicatorSchema>;
export type BriefingRecentChange = z.infer<typeof BriefingRecentChangeSchema>;
export const BriefingResponseSchema = z.object({ data: BriefingSchema });
