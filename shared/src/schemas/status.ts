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
});
export type StatusInputs = z.infer<typeof StatusInputsSchema>;

export const StatusHistoryEntrySchema = z.object({ cycle: z.string(), code: StatusCodeSchema });
export type StatusHistoryEntry = z.infer<typeof StatusHistoryEntrySchema>;

/** Which step of the rule decided, as data: clients render it from `key` and `params`, never by parsing text. */
export const StatusRuleSchema = z.object({
  step: z.number().int().min(1).max(8).meta({ description: 'The numbered step of docs/status-rule.md that decided.' }),
  key: z.string().meta({ description: 'e.g. "stalled_recent", "off_track_pace", "achieved"; a key of the rule-step templates.' }),
  params: ReasonParamsSchema.meta({ description: 'The thresholds and counts the step compared, e.g. { ratio: 0.26, stalledBelow: 0.5 }.' }),
});
export type StatusRule = z.infer<typeof StatusRuleSchema>;

/** Where the indicator would be at the deadline if it kept its pace so far ("At this pace, about 75 of 112 by the 3RC"). */
export const StatusProjectionSchema = z.object({
  deadlineCycle: z.string(),
  /** The projected count at the deadline (rounded to a whole State), clipped to 0..N. */
  value: z.number(),
  /** N, when known. */
  of: z.number().nullable(),
  /** The count the target needs at the deadline (target × N), when there is a target. */
  needed: z.number().nullable(),
  /** Template key and params of the projection sentence, and the sentence itself. */
  key: z.string(),
  params: ReasonParamsSchema,
  text: z.string(),
});
export type StatusProjection = z.infer<typeof StatusProjectionSchema>;

export const IndicatorStatusSchema = z.object({
  code: StatusCodeSchema,
  /** One plain sentence with the numbers (the projection sentence, when there is one, comes first in `projection.text`). */
  reason: z.string(),
  /** Key of the sentence template, e.g. 'status.reason.stalled_recent_share', for translation. */
  reasonKey: z.string(),
  reasonParams: ReasonParamsSchema,
  rule: StatusRuleSchema,
  projection: StatusProjectionSchema.nullable(),
  /**
   * The statuses that some series consistent with the figures (exact points, bounds, inferred points) would get.
   * One code: the figures settle the status. Several: `code` is insufficient_data and the reason names the range.
   */
  possible: z.array(StatusCodeSchema),
  /** Cycles whose figures the document gives for an unnamed period and that were placed by inference; they entered the arithmetic. */
  inferredCycles: z.array(z.string()),
  inputs: StatusInputsSchema,
  history: z.array(StatusHistoryEntrySchema),
});
export type IndicatorStatus = z.infer<typeof IndicatorStatusSchema>;

// ---------------------------------------------------------------------------------------------
// What-if request body: a delegate tries figures and sees which status they would give.

/** N, the population a figure is counted in: a whole number above 0, or null when unknown. */
const DenominatorSchema = z
  .number({ error: 'denominator must be a whole number above 0, or null' })
  .int('denominator must be a whole number')
  .positive('denominator must be above 0')
  .nullable()
  .optional();

export const ClassifyRequestObservationSchema = z
  .object({
    cycle: CycleCodeSchema,
    value: z
      .number({ error: 'value must be a number, or null when no figure was given' })
      .min(0, 'value must be 0 or more')
      .nullable(),
    denominator: DenominatorSchema,
    qualifier: QualifierSchema.optional(),
    reporting: ReportingSchema.optional(),
    spanFrom: CycleCodeSchema.nullable().optional(),
    cycleInferred: z.boolean().optional().meta({ description: 'The document gives the figure for an unnamed period; its cycle was inferred.' }),
  })
  .strict();
export type ClassifyRequestObservation = z.infer<typeof ClassifyRequestObservationSchema>;

export const ClassifyRequestSchema = z
  .object({
    direction: DirectionSchema,
    denominator: DenominatorSchema,
    target: z
      .number({ error: 'target must be a share between 0 and 1, or null' })
      .min(0, 'target must be a share between 0 and 1')
      .max(1, 'target must be a share between 0 and 1')
      .nullable()
      .optional(),
    actionPlan: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/, 'actionPlan must be an action plan code such as "LAP"')
      .optional()
      .meta({ description: 'The plan whose cycles and deadline apply (code, any case); omitted: the current plan.' }),
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
