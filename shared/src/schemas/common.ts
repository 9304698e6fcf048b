// Vocabulary shared by the seed files, the database, the API and the client.
import { z } from 'zod';
import { safeText } from '../domain/text.ts';

export const QUALIFIERS = ['exact', 'at_least', 'at_most', 'average', 'approximate'] as const;
export const QualifierSchema = z.enum(QUALIFIERS).meta({
  description:
    'How the document states the figure: exact, a lower bound ("at least"), an upper bound ("has not exceeded"), a period average, or an approximation.',
});
export type Qualifier = z.infer<typeof QualifierSchema>;

export const REPORTING_STATES = ['reported', 'not_reported', 'not_applicable'] as const;
export const ReportingSchema = z.enum(REPORTING_STATES).meta({
  description: 'Whether a figure was reported for the cycle. "not_reported" is never zero.',
});
export type Reporting = z.infer<typeof ReportingSchema>;

export const DIRECTIONS = ['increase', 'decrease'] as const;
export const DirectionSchema = z.enum(DIRECTIONS).meta({
  description: '"increase" when more is better, "decrease" when fewer is better.',
});
export type Direction = z.infer<typeof DirectionSchema>;

/** A reporting cycle is open for entry until an admin publishes it. */
export const CYCLE_STATES = ['open', 'published'] as const;

/** What content edits and translations are about. */
export const CONTENT_ENTITIES = ['action', 'indicator', 'pillar'] as const;

/** Most severe first: the order used to sort flagged lists. */
export const STATUS_CODES = [
  'declining',
  'stalled',
  'off_track',
  'needs_acceleration',
  'improving',
  'on_track',
  'achieved',
  'insufficient_data',
] as const;
export const StatusCodeSchema = z.enum(STATUS_CODES);
export type StatusCode = z.infer<typeof StatusCodeSchema>;
/** Flagged: moving the wrong way, not moving, or moving the right way far too slowly for the deadline. */
export const FLAGGED_STATUS_CODES = ['declining', 'stalled', 'off_track'] as const satisfies readonly StatusCode[];
export function isFlagged(code: StatusCode): boolean {
  return (FLAGGED_STATUS_CODES as readonly StatusCode[]).includes(code);
}

export const SlugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens');

export const CycleCodeSchema = z
  .string()
  .min(2)
  .max(16)
  .regex(/^[0-9A-Za-z]+$/, 'must be letters and digits, e.g. 13MSP');

export const ParagraphSchema = z.number().int().positive().max(100000);

/**
 * Set when the figure comes from a paragraph the drafters marked for checking ("ISU IS COLLATING FURTHER INFO",
 * "UPDATE THE STATS"…): the figure is shown, marked "under review by the ISU", until the ISU clears the flag.
 */
export const UnderReviewSchema = z
  .object({
    note: z.string().trim().min(3, 'underReview.note must say what is being reviewed').max(1000),
    paragraph: ParagraphSchema.nullable().meta({ description: 'The paragraph that carries the drafters’ comment.' }),
  })
  .nullable()
  .meta({ description: 'Under review by the ISU (the drafters’ comment and its paragraph), or null.' });
export type UnderReview = z.infer<typeof UnderReviewSchema>;

/** The under-review flag as the workspace accepts it: the note normalised and refused when it holds hostile characters. */
export const UnderReviewInputSchema = z
  .object({
    note: safeText().trim().min(3, 'underReview.note must say what is being reviewed').max(1000),
    paragraph: ParagraphSchema.nullable().meta({ description: 'The paragraph that carries the drafters’ comment.' }),
  })
  .nullable()
  .meta({ description: 'Under review by the ISU (the drafters’ comment and its paragraph), or null.' });

export const SourceSchema = z.object({
  document: z.string().min(1),
  paragraph: ParagraphSchema,
});
export type Source = z.infer<typeof SourceSchema>;

/** RFC 9457 problem document: the one error shape of the API. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  parameter: z.string().optional().meta({ description: 'The offending parameter or field, for 400s.' }),
  errors: z
    .array(z.object({ parameter: z.string(), message: z.string() }))
    .optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;
