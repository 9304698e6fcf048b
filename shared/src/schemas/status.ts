// Shapes of a computed trend status (what the API returns) and of the what-if request body (what the API accepts).
import { z } from 'zod';
import {
  CycleCodeSchema,
  DirectionSchema,
  QualifierSchema,
  ReportingSchema,
  StatusCodeSchema,
} from './common.ts';

export const ReasonParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
export type ReasonParams = z.infer<typeof ReasonParamsSchema>;

export const RecentStepSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** p_to − p_from, in the unit the rule works on (a share when usesShares, else a count); not multiplied by the direction. */
  change: z.number(),
});
export type RecentStep = z.infer<typeof RecentStepSchema>;

export const StatusInputsSchema = z.object({
  baselineCycle: z.string().nullable(),
  p0: z.number().nullable(),
  latestCycle: z.string().nullable(),
  pk: z.number().nullable(),
  /** The raw counts behind p0 and pk. */
  n0: z.number().nullable(),
  nk: z.number().nullable(),
  /** N of the latest usable point (its own denominator, else the indicator's). */
  denominator: z.number().nullable(),
  target: z.number().nullable(),
  deadlineCycle: z.string(),
  rObs: z.number().nullable(),
  rReq: z.number().nullable(),
  ratio: z.number().nullable(),
  recentSteps: z.array(RecentStepSchema),
  epsilon: z.number().nullable(),
  usesShares: z.boolean(),
  usablePoints: z.number().int(),
  /** Which numbered rule matched, e.g. '5: recent test (b)'. */
  rule: z.string(),
});
export type StatusInputs = z.infer<typeof StatusInputsSchema>;

export const StatusHistoryEntrySchema = z.object({ cycle: z.string(), code: StatusCodeSchema });
export type StatusHistoryEntry = z.infer<typeof StatusHistoryEntrySchema>;

export const IndicatorStatusSchema = z.object({
  code: StatusCodeSchema,
  /** One plain English sentence with the numbers. */
  reason: z.string(),
  /** Key of the sentence template, e.g. 'status.reason.stalled_recent_share', for later translation. */
  reasonKey: z.string(),
  reasonParams: ReasonParamsSchema,
  inputs: StatusInputsSchema,
  history: z.array(StatusHistoryEntrySchema),
});
export type IndicatorStatus = z.infer<typeof IndicatorStatusSchema>;

// ---------------------------------------------------------------------------------------------
// What-if request body: a delegate tries figures and sees which status they would give.

export const ClassifyRequestObservationSchema = z
  .object({
    cycle: CycleCodeSchema,
    value: z
      .number({ error: 'value must be a number, or null when no figure was given' })
      .min(0, 'value must be 0 or more')
      .nullable(),
    denominator: z
      .number({ error: 'denominator must be a whole number above 0, or null' })
      .int('denominator must be a whole number')
      .positive('denominator must be above 0')
      .nullable()
      .optional(),
    qualifier: QualifierSchema.optional(),
    reporting: ReportingSchema.optional(),
    spanFrom: CycleCodeSchema.nullable().optional(),
  })
  .strict();
export type ClassifyRequestObservation = z.infer<typeof ClassifyRequestObservationSchema>;

export const ClassifyRequestSchema = z
  .object({
    direction: DirectionSchema,
    denominator: z
      .number({ error: 'denominator must be a whole number above 0, or null' })
      .int('denominator must be a whole number')
      .positive('denominator must be above 0')
      .nullable()
      .optional(),
    target: z
      .number({ error: 'target must be a share between 0 and 1, or null' })
      .min(0, 'target must be a share between 0 and 1')
      .max(1, 'target must be a share between 0 and 1')
      .nullable()
      .optional(),
    deadlineCycle: CycleCodeSchema.optional(),
    observations: z
      .array(ClassifyRequestObservationSchema)
      .min(1, 'give at least one observation')
      .max(100, 'give at most 100 observations'),
  })
  .strict()
  .superRefine((body, ctx) => {
    body.observations.forEach((o, i) => {
      const reporting = o.reporting ?? 'reported';
      if (reporting !== 'reported' && o.value !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['observations', i, 'value'],
          message: `a value is only given for a reported figure; use null when reporting is "${reporting}"`,
        });
      }
      const n = o.denominator ?? body.denominator ?? null;
      if (o.value !== null && n !== null && o.value > n) {
        ctx.addIssue({
          code: 'custom',
          path: ['observations', i, 'value'],
          message: `value ${o.value} is above its denominator ${n}`,
        });
      }
      if (o.spanFrom !== undefined && o.spanFrom !== null && o.spanFrom === o.cycle) {
        ctx.addIssue({
          code: 'custom',
          path: ['observations', i, 'spanFrom'],
          message: 'spanFrom must name an earlier cycle than cycle; use null for a single-cycle figure',
        });
      }
    });
  });
export type ClassifyRequest = z.infer<typeof ClassifyRequestSchema>;
