// Vocabulary shared by the seed files, the database, the API and the client.
import { z } from 'zod';
import { safeText } from '../domain/text.ts';
import { DIRECTIONS, QUALIFIERS, REPORTING_STATES, STATUS_CODES } from '../domain/vocabulary.ts';
import { LANGUAGES } from '../i18n/languages.ts';

export {
  QUALIFIERS,
  REPORTING_STATES,
  DIRECTIONS,
  CYCLE_STATES,
  CONTENT_ENTITIES,
  STATUS_CODES,
  FLAGGED_STATUS_CODES,
  isFlagged,
  type Qualifier,
  type Reporting,
  type Direction,
  type StatusCode,
} from '../domain/vocabulary.ts';

export const QualifierSchema = z.enum(QUALIFIERS).meta({
  description:
    'How the document states the figure: exact, a lower bound ("at least"), an upper bound ("has not exceeded"), a period average, or an approximation.',
});

export const ReportingSchema = z.enum(REPORTING_STATES).meta({
  description: 'Whether a figure was reported for the cycle. "not_reported" is never zero.',
});

export const DirectionSchema = z.enum(DIRECTIONS).meta({
  description: '"increase" when more is better, "decrease" when fewer is better.',
});

export const StatusCodeSchema = z.enum(STATUS_CODES);

/** Language of the texts (the query parameter ?lang= and the languages of translated texts). */
export const LanguageSchema = z.enum(LANGUAGES).meta({ description: 'Language of the texts: en, fr, es or ar. Defaults to Accept-Language, then English.' });

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
