// Contracts of value entry: what an editor enters for a figure (the same rules in the browser and on the server),
// the outlier rule, and the entry grid of a cycle.
import { MAX_STATES } from '../domain/population-consistency.ts';
import { z } from 'zod';
import { safeText } from '../domain/text.ts';
import { CycleCodeSchema, ParagraphSchema, QualifierSchema, ReportingSchema, SlugSchema, UnderReviewInputSchema } from './common.ts';
import { checkCountedEntry, derivedValue } from '../domain/counted-entry.ts';
import { ChangeSchema, ObservationRecordSchema, reasonText } from './workspace-changes.ts';
import { WorkspaceCycleSchema } from './workspace-cycles.ts';

/** At most this many States in one figure's list (there are fewer than 200 States). */
export const MAX_COUNTED_STATES = 300;
/** A State code as the ISU types or ticks it: any case, stored in capitals ("lbn" → "LBN"). */
export const EntryStateCodeSchema = z
  .string({ error: 'states must hold State codes' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'states must hold ISO 3166-1 alpha-3 codes, such as LBN');

/** What an editor enters for one indicator and cycle. The same rules run in the browser and on the server. */
export const ObservationEntryInputSchema = z
  .object({
    indicatorId: SlugSchema,
    cycle: CycleCodeSchema,
    spanFrom: CycleCodeSchema.nullable().default(null),
    value: z.number({ error: 'value must be a number' }).min(0, 'value must be 0 or more').nullable(),
    qualifier: QualifierSchema.default('exact'),
    denominator: z
      .number({ error: 'denominator must be a whole number' })
      .int('denominator must be a whole number')
      .positive('denominator must be above 0')
      .max(MAX_STATES, `denominator must be at most ${MAX_STATES}, the number of States in the world`)
      .nullable()
      .default(null),
    reporting: ReportingSchema.default('reported'),
    source: safeText().trim().min(3, 'source must name the report or document the figure comes from').max(300),
    paragraph: ParagraphSchema.nullable().default(null),
    note: safeText().trim().max(2000).nullable().default(null),
    cycleInferred: z.boolean({ error: 'cycleInferred must be true or false' }).default(false),
    underReview: UnderReviewInputSchema.default(null),
    reason: reasonText(),
    states: z
      .array(EntryStateCodeSchema, { error: 'states must be a list of State codes' })
      .max(MAX_COUNTED_STATES, `states must list at most ${MAX_COUNTED_STATES} States`)
      .nullable()
      .default(null)
      .meta({ description: 'The States the figure counts (ISO 3166-1 alpha-3, each once); null or omitted: the published list of who is counted stays as it is.' }),
    statesComplete: z
      .boolean({ error: 'statesComplete must be true or false' })
      .default(false)
      .meta({ description: 'The list accounts for the whole count: the value is then the number of States listed (a typed value that differs is refused).' }),
    basedOn: z
      .number({ error: 'basedOn must be a change id' })
      .int('basedOn must be a change id')
      .positive('basedOn must be a change id')
      .nullable()
      .optional()
      .meta({
        description:
          "The id of the figure's latest change the author saw (the row's draft id, else its publishedChangeId); null: the figure had no change. Omitted (older clients): only someone else's pending draft is protected.",
      }),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.cycleInferred && !o.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'an inferred cycle needs a note saying which cycle was assumed and why' });
    }
    // Who is counted: the list and the count agree (unknown codes need the States table: the server checks those).
    for (const problem of checkCountedEntry(o)) {
      ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message, params: { counted: problem.kind, ticked: problem.ticked, typed: problem.typed } });
    }
    // A complete list is the count: the value may be left empty and is derived from it.
    const derived = o.statesComplete && o.states !== null;
    if (o.reporting === 'reported' && o.value === null && !derived) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'value is required when the figure is reported' });
    }
    if (o.reporting !== 'reported' && o.value !== null) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'value must be empty when the figure is not reported or not applicable (not reported is never zero)' });
    }
    if (o.value !== null && o.qualifier === 'exact' && !Number.isInteger(o.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'value must be a whole number of States Parties' });
    }
    const count = derivedValue(o);
    if (count !== null && o.denominator !== null && count > o.denominator) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `value must not be above the denominator (${o.denominator})` });
    }
    if (o.spanFrom !== null && o.spanFrom === o.cycle) {
      ctx.addIssue({ code: 'custom', path: ['spanFrom'], message: 'spanFrom must be an earlier cycle than cycle' });
    }
  });
export type ObservationEntryInput = z.input<typeof ObservationEntryInputSchema>;
export type ObservationEntry = z.output<typeof ObservationEntryInputSchema>;

/** Outlier rule: a value that moves by more than half of the previous cycle's value needs a confirming note. */
export const OUTLIER_SHARE = 0.5;
export function isOutlier(previous: number | null | undefined, next: number | null): boolean {
  if (previous === null || previous === undefined || next === null || previous <= 0) return false;
  return Math.abs(next - previous) > OUTLIER_SHARE * previous;
}

export const EntryRowSchema = z.object({
  indicatorId: z.string(),
  action: z.number().int(),
  title: z.string(),
  unit: z.string(),
  direction: z.enum(['increase', 'decrease']),
  populationSize: z.number().int().nullable(),
  previous: z.object({ cycle: z.string(), value: z.number().nullable() }).nullable(),
  published: ObservationRecordSchema.nullable(),
  publishedChangeId: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'The id of the published change the public figure came from; null for a bundled figure never changed in the workspace (or no figure).' }),
  draft: ChangeSchema.nullable(),
});
export type EntryRow = z.infer<typeof EntryRowSchema>;
export const EntryGridResponseSchema = z.object({ data: z.object({ cycle: WorkspaceCycleSchema, rows: z.array(EntryRowSchema) }) });
