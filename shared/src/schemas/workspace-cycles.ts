// Contracts of the workspace's cycles: creating and editing one, and a cycle with its pending drafts.
import { z } from 'zod';
import { safeText } from '../domain/text.ts';
import { CycleCodeSchema } from './common.ts';
import { CycleSchema } from './api.ts';

export const CreateCycleInputSchema = z
  .object({
    code: CycleCodeSchema,
    actionPlan: safeText().min(1).max(16),
    year: z.number().int().min(2000).max(2100),
    meeting: safeText().trim().min(3).max(200),
    startDate: z.iso.date().nullable().optional(),
    endDate: z.iso.date().nullable().optional(),
  })
  .strict()
  .refine((c) => !c.startDate || !c.endDate || c.startDate <= c.endDate, {
    message: 'endDate must not be before startDate',
    path: ['endDate'],
  });
export type CreateCycleInput = z.infer<typeof CreateCycleInputSchema>;

/** An edit of an unpublished cycle: any of its meeting, year and dates (null clears a date). */
export const UpdateCycleInputSchema = z
  .object({
    year: z.number().int().min(2000).max(2100).optional(),
    meeting: safeText().trim().min(3).max(200).optional(),
    startDate: z.iso.date().nullable().optional(),
    endDate: z.iso.date().nullable().optional(),
  })
  .strict()
  .refine((c) => Object.values(c).some((v) => v !== undefined), { message: 'name at least one of year, meeting, startDate, endDate', path: ['meeting'] })
  .refine((c) => !c.startDate || !c.endDate || c.startDate <= c.endDate, {
    message: 'endDate must not be before startDate',
    path: ['endDate'],
  });
export type UpdateCycleInput = z.infer<typeof UpdateCycleInputSchema>;

/** A cycle as the public API gives it, with the count of its figures' pending drafts. */
export const WorkspaceCycleSchema = CycleSchema.extend({ pendingChanges: z.number().int() });
export const WorkspaceCyclesResponseSchema = z.object({ data: z.array(WorkspaceCycleSchema) });
export const WorkspaceCycleResponseSchema = z.object({ data: WorkspaceCycleSchema });
