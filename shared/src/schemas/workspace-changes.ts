// Contracts of a figure's changes: the record a change sets, the change itself, conflicts between editors' changes,
// reverting one and publishing a cycle's drafts.
import { z } from 'zod';
import { safeText } from '../domain/text.ts';
import { ProblemSchema, QualifierSchema, ReportingSchema, UnderReviewSchema } from './common.ts';

/**
 * Every text the workspace stores goes through safeText: NFC, plain line breaks (a vertical tab from Word becomes a
 * newline), and a 400 naming the field for control characters, lone surrogates and bidirectional overrides.
 */
export const reasonText = () => safeText().trim().max(2000).nullable().default(null);

export const ObservationRecordSchema = z.object({
  value: z.number().nullable(),
  qualifier: QualifierSchema,
  denominator: z.number().int().nullable(),
  reporting: ReportingSchema,
  source: z.string(),
  paragraph: z.number().int().nullable(),
  note: z.string().nullable(),
  /** Absent in records written before these fields existed: read as false / null. */
  cycleInferred: z.boolean().default(false),
  underReview: UnderReviewSchema.default(null),
  /** Absent in records written before who is counted could be entered: read as null / false. */
  states: z
    .array(z.string())
    .nullable()
    .optional()
    .meta({ description: 'The States the figure counts, sorted by code. In a draft, null or absent: the change leaves the published list as it is. In a published record, [] when none is listed.' }),
  statesComplete: z.boolean().optional().meta({ description: 'The list accounts for the whole count (absent: false).' }),
});
export type ObservationRecord = z.infer<typeof ObservationRecordSchema>;

/** The key of a figure in a response: its indicator, its cycle, and the first cycle of its span (null: one cycle). */
export const FIGURE_KEY = { indicatorId: z.string(), cycle: z.string(), spanFrom: z.string().nullable() };

export const CHANGE_STATES = ['draft', 'published', 'superseded', 'discarded'] as const;
export const CHANGE_KINDS = ['entry', 'import', 'correction', 'revert'] as const;

export const ChangeSchema = z.object({
  id: z.number().int(),
  ...FIGURE_KEY,
  kind: z.enum(CHANGE_KINDS),
  state: z.enum(CHANGE_STATES),
  before: ObservationRecordSchema.nullable().meta({ description: 'The published record when the change was made (null: none).' }),
  after: ObservationRecordSchema.nullable().meta({ description: 'The record the change sets (null: removes the figure).' }),
  reason: z.string().nullable(),
  author: z.string(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  revertsChangeId: z.number().int().nullable(),
  basedOnChangeId: z
    .number()
    .int()
    .nullable()
    .optional()
    .meta({ description: "The figure's latest change the author saw when making this one (their basedOn); a change made over someone else's draft names it. null: none, or a change older than this record." }),
});
export type Change = z.infer<typeof ChangeSchema>;
export const ChangeResponseSchema = z.object({ data: ChangeSchema });
export const ChangesResponseSchema = z.object({ data: z.array(ChangeSchema) });

/** The figure values two editors disagree on. */
export const ConflictValueSchema = z.object({ value: z.number().nullable(), qualifier: QualifierSchema, denominator: z.number().int().nullable() });
export const ConflictTheirsSchema = ConflictValueSchema.extend({
  changeId: z.number().int().meta({ description: 'Their change: send it as basedOn to save yours over it.' }),
  state: z.enum(['draft', 'published']),
  author: z.string().meta({ description: "The other editor's email." }),
  at: z.string().meta({ description: 'When their change was made (draft) or published (ISO 8601).' }),
});
/** A save refused because someone else's newer change (a pending draft, or a publication) would be replaced unseen. */
export const DraftConflictSchema = z.object({
  ...FIGURE_KEY,
  title: z.string(),
  yours: ConflictValueSchema,
  theirs: ConflictTheirsSchema,
});
export type DraftConflict = z.infer<typeof DraftConflictSchema>;
export const DRAFT_CONFLICT_PROBLEM_TYPE = 'urn:ccm:problem:draft-conflict';
/** The 409 answer to such a save: nothing was written. Keep yours: re-send with basedOn = theirs.changeId; keep theirs: drop yours. */
export const DraftConflictProblemSchema = ProblemSchema.extend({ draftConflict: DraftConflictSchema });
export type DraftConflictProblem = z.infer<typeof DraftConflictProblemSchema>;

export const RevertInputSchema = z.object({ reason: safeText().trim().min(3, 'reason must say why the value is reverted').max(2000) }).strict();
export const PublishResponseSchema = z.object({ data: z.object({ cycle: z.string(), published: z.number().int(), dataVersion: z.number().int() }) });
