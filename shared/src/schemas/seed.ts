// Shapes of the reviewable files in seed-data/. Every figure carries its paragraph and a verbatim quote.
import { z } from 'zod';
import {
  CycleCodeSchema,
  DirectionSchema,
  ParagraphSchema,
  QualifierSchema,
  ReportingSchema,
  SlugSchema,
  UnderReviewSchema,
} from './common.ts';

export const SeedDocumentSchema = z.object({
  id: SlugSchema,
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  file: z.string().min(1),
});

export const SeedActionPlanSchema = z.object({
  code: CycleCodeSchema,
  title: z.string().min(1),
  adoptedAt: z.string().min(1),
  startYear: z.number().int(),
  endYear: z.number().int(),
  deadlineCycle: CycleCodeSchema,
  paragraphs: z.array(ParagraphSchema),
});

export const SeedCycleSchema = z.object({
  code: CycleCodeSchema,
  actionPlan: CycleCodeSchema,
  ordinal: z.number().int().min(0),
  year: z.number().int().min(2000).max(2100),
  meeting: z.string().min(1),
  startDate: z.iso.date().nullable(),
  endDate: z.iso.date().nullable(),
  isDeadline: z.boolean(),
  paragraphs: z.array(ParagraphSchema),
});

export const SeedPillarSchema = z.object({
  slug: SlugSchema,
  actionPlan: CycleCodeSchema,
  name: z.string().min(1),
  actionFrom: z.number().int().positive(),
  actionTo: z.number().int().positive(),
  order: z.number().int().min(0),
  paragraphs: z.array(ParagraphSchema),
});

export const SeedActionSchema = z.object({
  number: z.number().int().positive(),
  actionPlan: CycleCodeSchema,
  pillar: SlugSchema,
  secondaryPillars: z.array(SlugSchema),
  title: z.string().min(1).max(140),
  summary: z.string().min(1),
  paragraphs: z.array(ParagraphSchema).min(1),
});

export const SeedObservationSchema = z
  .object({
    cycle: CycleCodeSchema,
    spanFrom: CycleCodeSchema.nullable(),
    value: z.number().min(0).nullable(),
    qualifier: QualifierSchema,
    denominator: z.number().int().positive().nullable(),
    reporting: ReportingSchema,
    paragraph: ParagraphSchema,
    quote: z.string().min(3),
    note: z.string().nullable(),
    /** The document names no cycle for this figure ("from 8 to 9 during the review period"); the note says which was assumed and why. */
    cycleInferred: z.boolean().default(false),
    underReview: UnderReviewSchema.default(null),
  })
  .refine((o) => !o.cycleInferred || (o.note !== null && o.note.length > 0), {
    message: 'an inferred cycle needs a note saying which cycle was assumed and why',
    path: ['note'],
  })
  .refine((o) => o.reporting === 'reported' || o.value === null, {
    message: 'a value is only given for a reported figure',
    path: ['value'],
  })
  .refine((o) => o.value === null || o.denominator === null || o.value <= o.denominator, {
    message: 'value exceeds denominator',
    path: ['value'],
  });

export const SeedPopulationSchema = z.object({
  description: z.string().min(1),
  size: z.number().int().positive().nullable(),
  paragraph: ParagraphSchema.nullable(),
});

export const SeedIndicatorSchema = z.object({
  id: SlugSchema,
  action: z.number().int().positive(),
  title: z.string().min(1),
  unit: z.string().min(1),
  direction: DirectionSchema,
  population: SeedPopulationSchema,
  /** Target share of the population (0..1), when the plan sets one other than the default. */
  targetShare: z.number().min(0).max(1).nullable(),
  observations: z.array(SeedObservationSchema),
});

export const SeedConflictSchema = z.object({
  id: SlugSchema,
  /** Every indicator whose figures the contradiction concerns. */
  indicators: z.array(SlugSchema),
  action: z.number().int().positive().nullable(),
  series: SlugSchema.nullable(),
  description: z.string().min(1),
  statements: z
    .array(z.object({ paragraph: ParagraphSchema, says: z.string().min(1), quote: z.string().min(3) }))
    .min(2),
});

export const SeedSeriesPointSchema = z.object({
  period: z.string().min(1),
  measure: z.string().min(1),
  value: z.number().nullable(),
  unit: z.string().min(1),
  qualifier: QualifierSchema,
  provisional: z.boolean(),
  states: z.array(z.string().min(1)).nullable(),
  paragraph: ParagraphSchema,
  quote: z.string().min(3),
  note: z.string().nullable(),
  underReview: UnderReviewSchema.default(null),
});

/** A drafters' comment in the margin of the document, with the paragraph it sits on. */
export const SeedCommentSchema = z.object({
  /** The paragraph the comment sits on; for a comment on a section heading, the first paragraph of that section. */
  paragraph: ParagraphSchema,
  /** The heading it sits on, when it is a section comment ("Transparency and Exchange of Information Measures"). */
  heading: z.string().min(1).nullable(),
  /** The comment as the document prints it, after "Comment by CCMPRESIDENT3RC: ". */
  text: z.string().min(3),
  /** The comment asks for figures to be checked, collated or updated, so they are flagged "under review by the ISU". */
  underReview: z.boolean(),
  /** The paragraphs whose figures it puts under review (the paragraph itself, or every paragraph of a section); empty when underReview is false. */
  covers: z.array(ParagraphSchema),
});

export const SeedSeriesSchema = z.object({
  name: SlugSchema,
  title: z.string().min(1),
  description: z.string().min(1),
  points: z.array(SeedSeriesPointSchema).min(1),
});

/** ISO 3166-1 alpha-3 in capitals ("LBN"). */
export const SeedStateCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code in capitals, e.g. LBN');

/** A State the document names; shortName is the Convention's English short name where it differs from the ISO name. */
export const SeedStateSchema = z.strictObject({
  code: SeedStateCodeSchema,
  shortName: z.string().min(1).nullable(),
});

/** A step in a State's status (signed, State Party, withdrawal notified, withdrawn), with the words that state it. */
export const SeedStateEventSchema = z.strictObject({
  state: SeedStateCodeSchema,
  kind: z.enum(['signed', 'state_party', 'withdrawal_notified', 'withdrawn']),
  /** As precise as the document gives it: 2025-03-06, 2023-08 or 2023; null when it gives none. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .nullable(),
  paragraph: ParagraphSchema,
  quote: z.string().min(3),
  note: z.string().min(1).nullable(),
});

/** The States a recorded figure (indicator × cycle, or span) counts, where the document names them. */
export const SeedCountedSchema = z
  .strictObject({
    indicator: SlugSchema,
    cycle: CycleCodeSchema,
    spanFrom: CycleCodeSchema.nullable(),
    states: z.array(SeedStateCodeSchema).min(1),
    paragraph: ParagraphSchema,
    quote: z.string().min(3),
  })
  .refine((c) => new Set(c.states).size === c.states.length, { message: 'a State is listed twice', path: ['states'] });

export const SeedStatesSchema = z
  .strictObject({
    states: z.array(SeedStateSchema),
    events: z.array(SeedStateEventSchema),
    counted: z.array(SeedCountedSchema),
  })
  .refine((f) => new Set(f.states.map((s) => s.code)).size === f.states.length, { message: 'a State is listed twice', path: ['states'] })
  .refine((f) => new Set(f.events.map((e) => `${e.state}|${e.kind}|${e.date ?? ''}`)).size === f.events.length, {
    message: 'an event (state, kind, date) is listed twice',
    path: ['events'],
  })
  .refine((f) => new Set(f.counted.map((c) => `${c.indicator}|${c.cycle}|${c.spanFrom ?? ''}`)).size === f.counted.length, {
    message: 'a figure has two lists of counted States',
    path: ['counted'],
  });

/** A population as the document gives it for a cycle or span: the size it states and the States it names. */
export const SeedPopulationListSchema = z
  .strictObject({
    cycle: CycleCodeSchema,
    spanFrom: CycleCodeSchema.nullable(),
    /** The size the paragraph states; null when it states none. */
    size: z.number().int().nonnegative().nullable(),
    /** The States it names; fewer than size when it names only some (or none). */
    states: z.array(SeedStateCodeSchema),
    paragraph: ParagraphSchema,
    quote: z.string().min(3),
    note: z.string().nullable(),
  })
  .refine((l) => new Set(l.states).size === l.states.length, { message: 'a State is listed twice', path: ['states'] });

/** An entry of a population's ledger: a State (null when unnamed) entering or leaving it, dated as the document dates it. */
export const SeedPopulationChangeSchema = z.strictObject({
  state: SeedStateCodeSchema.nullable(),
  change: z.enum(['entered', 'left']),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .nullable(),
  cycle: CycleCodeSchema.nullable(),
  spanFrom: CycleCodeSchema.nullable(),
  paragraph: ParagraphSchema,
  quote: z.string().min(3),
  note: z.string().nullable(),
});

/** A population as a list of States, shared by indicators: its title in the four languages, its lists per cycle and its ledger. */
export const SeedPopulationStatesSchema = z
  .strictObject({
    id: SlugSchema,
    title: z.strictObject({ en: z.string().min(3), fr: z.string().min(3), es: z.string().min(3), ar: z.string().min(3) }),
    indicators: z.array(SlugSchema).min(1),
    lists: z.array(SeedPopulationListSchema),
    ledger: z.array(SeedPopulationChangeSchema),
  })
  .refine((p) => new Set(p.lists.map((l) => `${l.cycle}|${l.spanFrom ?? ''}`)).size === p.lists.length, {
    message: 'two lists for the same cycle',
    path: ['lists'],
  });

export const SeedBundleSchema = z.object({
  document: SeedDocumentSchema,
  actionPlans: z.array(SeedActionPlanSchema).min(1),
  cycles: z.array(SeedCycleSchema).min(1),
  pillars: z.array(SeedPillarSchema).min(1),
  actions: z.array(SeedActionSchema).min(1),
  indicators: z.array(SeedIndicatorSchema),
  conflicts: z.array(SeedConflictSchema),
  series: z.array(SeedSeriesSchema),
  comments: z.array(SeedCommentSchema),
  states: SeedStatesSchema,
  populations: z.array(SeedPopulationStatesSchema),
});

export type SeedBundle = z.infer<typeof SeedBundleSchema>;
export type SeedIndicator = z.infer<typeof SeedIndicatorSchema>;
export type SeedObservation = z.infer<typeof SeedObservationSchema>;
export type SeedSeries = z.infer<typeof SeedSeriesSchema>;
export type SeedComment = z.infer<typeof SeedCommentSchema>;
export type SeedStates = z.infer<typeof SeedStatesSchema>;
export type SeedCounted = z.infer<typeof SeedCountedSchema>;
export type SeedPopulationStates = z.infer<typeof SeedPopulationStatesSchema>;
