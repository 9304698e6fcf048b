// Contracts of review and publishing: the drafts an admin reviews (with the status each gives), what a publication would
// change on the public site, publishing a selection, the list of publications and the undo of the latest.
import { z } from 'zod';
import { safeText } from '../domain/text.ts';
import { StatusCodeSchema } from './common.ts';
import { StatusCountsSchema } from './api.ts';
import { CHANGE_KINDS, CHANGE_STATES, ObservationRecordSchema } from './workspace.ts';

const idList = (field: string) =>
  z
    .array(z.number({ error: `${field} must hold change ids` }).int(`${field} must hold whole ids`).positive(`${field} must hold ids above 0`), { error: `${field} must be a list of ids` })
    .max(2000, `${field} must hold at most 2000 ids`);

/** The indicator a draft is about, as the review names it. */
const IndicatorRefShape = {
  indicatorId: z.string(),
  title: z.string(),
  action: z.number().int().nullable(),
  actionPlan: z.string().nullable(),
};

export const ReviewChangeSchema = z.object({
  id: z.number().int(),
  kind: z.enum(CHANGE_KINDS),
  ...IndicatorRefShape,
  cycle: z.string(),
  spanFrom: z.string().nullable(),
  before: ObservationRecordSchema.nullable().meta({ description: 'The published figure the draft replaces (null: a new figure).' }),
  after: ObservationRecordSchema.nullable().meta({ description: 'The figure the draft publishes (null: it withdraws the figure).' }),
  statesAdded: z.array(z.string()).meta({ description: 'States the draft’s list counts that the published one does not.' }),
  statesRemoved: z.array(z.string()).meta({ description: 'States of the published list the draft leaves out.' }),
  reason: z.string().nullable(),
  author: z.string(),
  createdAt: z.string(),
  revertsChangeId: z.number().int().nullable(),
  statusBefore: StatusCodeSchema.nullable().meta({ description: 'The public status now (null: the indicator is not public).' }),
  statusAfter: StatusCodeSchema.nullable().meta({ description: 'The status once the drafts reviewed together are published.' }),
});
export type ReviewChange = z.infer<typeof ReviewChangeSchema>;

export const OverrideItemSchema = z.object({
  id: z.number().int(),
  ...IndicatorRefShape,
  code: StatusCodeSchema.nullable().meta({ description: 'The status set; null: a withdrawal.' }),
  justification: z.string(),
  author: z.string(),
  createdAt: z.string(),
  state: z.enum(CHANGE_STATES),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  computedStatus: StatusCodeSchema.nullable().meta({ description: 'What the status rule gives on the published figures.' }),
});
export type OverrideItem = z.infer<typeof OverrideItemSchema>;

export const ReviewOverrideSchema = OverrideItemSchema.extend({
  inForce: z.object({ code: StatusCodeSchema, justification: z.string() }).nullable().meta({ description: 'The override in force now, if any.' }),
  statusBefore: StatusCodeSchema.nullable(),
  statusAfter: StatusCodeSchema.nullable(),
});
export type ReviewOverride = z.infer<typeof ReviewOverrideSchema>;

export const ReviewQuerySchema = z.object({ cycle: z.string().regex(/^[A-Za-z0-9-]{1,16}$/, 'cycle must be a cycle code such as 14MSP').optional() }).strict();
export const ReviewSchema = z.object({
  cycle: z.string().nullable(),
  changes: z.array(ReviewChangeSchema),
  overrides: z.array(ReviewOverrideSchema),
});
export type Review = z.infer<typeof ReviewSchema>;
export const ReviewResponseSchema = z.object({ data: ReviewSchema });

export const OverridesSchema = z.object({ drafts: z.array(OverrideItemSchema), inForce: z.array(OverrideItemSchema) });
export type Overrides = z.infer<typeof OverridesSchema>;
export const OverridesResponseSchema = z.object({ data: OverridesSchema });

// --- What a publication changes ---------------------------------------------------------------

export const PublicationPreviewInputSchema = z
  .object({
    changeIds: idList('changeIds').optional(),
    overrideIds: idList('overrideIds').optional(),
    cycle: z.string().regex(/^[A-Za-z0-9-]{1,16}$/, 'cycle must be a cycle code such as 14MSP').optional().meta({ description: 'Every draft of this cycle (what POST /cycles/:code/publish would publish).' }),
  })
  .strict()
  .refine((v) => v.cycle !== undefined || (v.changeIds?.length ?? 0) + (v.overrideIds?.length ?? 0) > 0, { message: 'changeIds must name at least one draft (or overrideIds one override, or cycle a cycle)', path: ['changeIds'] });
export type PublicationPreviewInput = z.infer<typeof PublicationPreviewInputSchema>;

export const PublicationInputSchema = z
  .object({ changeIds: idList('changeIds').default([]), overrideIds: idList('overrideIds').default([]) })
  .strict()
  .refine((v) => v.changeIds.length + v.overrideIds.length > 0, { message: 'changeIds must name at least one draft (or overrideIds one override)', path: ['changeIds'] });
export type PublicationInput = z.infer<typeof PublicationInputSchema>;

const FlagSchema = z.object({ ...IndicatorRefShape, status: StatusCodeSchema });

export const PublicationSummarySchema = z.object({
  changes: z.number().int().meta({ description: 'Figure drafts it publishes.' }),
  overrides: z.number().int().meta({ description: 'Override drafts it publishes.' }),
  statuses: z
    .array(z.object({ ...IndicatorRefShape, before: StatusCodeSchema.nullable(), after: StatusCodeSchema.nullable() }))
    .meta({ description: 'The indicators whose public status changes.' }),
  flaggedAdded: z.array(FlagSchema).meta({ description: 'Indicators that join the flagged list.' }),
  flaggedRemoved: z.array(FlagSchema).meta({ description: 'Indicators that leave the flagged list (with the status they had).' }),
  counts: z.array(z.object({ actionPlan: z.string(), before: StatusCountsSchema, after: StatusCountsSchema })).meta({ description: 'Indicators per status of each public plan, before and after.' }),
});
export type PublicationSummary = z.infer<typeof PublicationSummarySchema>;
export const PublicationSummaryResponseSchema = z.object({ data: PublicationSummarySchema });

// --- Publications -----------------------------------------------------------------------------

export const PUBLICATION_KINDS = ['cycle', 'selected', 'undo'] as const;

export const PublicationSchema = z.object({
  id: z.number().int(),
  kind: z.enum(PUBLICATION_KINDS),
  cycle: z.string().nullable(),
  undoesPublicationId: z.number().int().nullable(),
  undoneByPublicationId: z.number().int().nullable(),
  publishedBy: z.string(),
  publishedAt: z.string(),
  changes: z.array(
    z.object({
      id: z.number().int(),
      kind: z.enum(CHANGE_KINDS),
      ...IndicatorRefShape,
      cycle: z.string(),
      spanFrom: z.string().nullable(),
      before: ObservationRecordSchema.nullable(),
      after: ObservationRecordSchema.nullable(),
      reason: z.string().nullable(),
    }),
  ),
  overrides: z.array(z.object({ id: z.number().int(), ...IndicatorRefShape, code: StatusCodeSchema.nullable(), justification: z.string() })),
  undoable: z.boolean().meta({ description: 'The latest publication that is neither an undo nor undone: the one POST …/undo takes.' }),
});
export type Publication = z.infer<typeof PublicationSchema>;
export const PublicationsResponseSchema = z.object({ data: z.array(PublicationSchema) });
export const PublicationResponseSchema = z.object({ data: z.object({ publication: PublicationSchema, dataVersion: z.number().int() }) });

export const UndoInputSchema = z.object({ reason: safeText().trim().min(3, 'reason must say why the publication is undone').max(2000) }).strict();
export type UndoInput = z.infer<typeof UndoInputSchema>;
