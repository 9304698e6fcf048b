// Contracts of the ISU workspace: accounts, cycles, value entry, import, review and publish, history, overrides, content.
import { MAX_STATES } from '../domain/population-consistency.ts';
import { z } from 'zod';
import { safeText } from '../domain/text.ts';
import {
  CycleCodeSchema,
  ParagraphSchema,
  ProblemSchema,
  QualifierSchema,
  ReportingSchema,
  SlugSchema,
  StatusCodeSchema,
  UnderReviewInputSchema,
  UnderReviewSchema,
} from './common.ts';
import { PublicationLevelSchema } from './counted.ts';
import { CycleSchema } from './api.ts';
import type { Language } from '../i18n/languages.ts';
import { checkCountedEntry, derivedValue } from '../domain/counted-entry.ts';

/** At most this many States in one figure's list (there are fewer than 200 States). */
export const MAX_COUNTED_STATES = 300;
/** A State code as the ISU types or ticks it: any case, stored in capitals ("lbn" → "LBN"). */
export const EntryStateCodeSchema = z
  .string({ error: 'states must hold State codes' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'states must hold ISO 3166-1 alpha-3 codes, such as LBN');

/**
 * Every text the workspace stores goes through safeText: NFC, plain line breaks (a vertical tab from Word becomes a
 * newline), and a 400 naming the field for control characters, lone surrogates and bidirectional overrides.
 */
const reasonText = () => safeText().trim().max(2000).nullable().default(null);
/** The plan a content edit or translation is for (code, any case); omitted: the current plan (an indicator: its own plan). */
const contentPlan = () =>
  z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/, 'actionPlan must be an action plan code such as "LAP"')
    .optional()
    .meta({ description: 'The action plan (action numbers and pillar slugs restart in every plan). Omitted: the current plan; for an indicator, its own plan.' });

export const ROLES = ['editor', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'email must be an email address' }));

export const PASSWORD_MIN_LENGTH = 12;
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, 'password must be at most 200 characters');

export const SignInInputSchema = z.object({ email: EmailSchema, password: z.string().min(1).max(200) }).strict();
export const ChangePasswordInputSchema = z.object({ currentPassword: z.string().min(1).max(200), newPassword: PasswordSchema }).strict();

export const UserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  role: RoleSchema,
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;
/** When the session ends: the workspace warns before, and a request (any) renews the idle limit. */
export const SessionTimesSchema = z.object({
  expiresAt: z.string().meta({ description: 'When the session ends unless another request comes first (ISO 8601): the idle limit, or the absolute one when sooner.' }),
  endsAt: z.string().meta({ description: 'When the session ends however active (ISO 8601): SESSION_MAX_HOURS after sign-in.' }),
  idleMinutes: z.number().int().meta({ description: 'A session ends this long after its latest request (SESSION_IDLE_MINUTES).' }),
});
export type SessionTimes = z.infer<typeof SessionTimesSchema>;
export const MeResponseSchema = z.object({ data: UserSchema, session: SessionTimesSchema.optional() });
// The accounts list (with state and sessions) is AccountsResponseSchema in ./accounts.ts.
export const CreateUserInputSchema = z.object({ email: EmailSchema, role: RoleSchema }).strict();
export const CreateUserResponseSchema = z.object({
  data: UserSchema.extend({ oneTimePassword: z.string().meta({ description: 'Shown once; the user must change it at first sign-in.' }) }),
});
/** An admin's password reset: the account with its new one-time password (all its sessions have ended). */
export const PasswordResetResponseSchema = CreateUserResponseSchema;

// --- Cycles ---------------------------------------------------------------------------------

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

// --- Value entry ----------------------------------------------------------------------------

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

export const CHANGE_STATES = ['draft', 'published', 'superseded', 'discarded'] as const;
export const CHANGE_KINDS = ['entry', 'import', 'correction', 'revert'] as const;

export const ChangeSchema = z.object({
  id: z.number().int(),
  indicatorId: z.string(),
  cycle: z.string(),
  spanFrom: z.string().nullable(),
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

/** The figure values two editors disagree on. */
const ConflictValueSchema = z.object({ value: z.number().nullable(), qualifier: QualifierSchema, denominator: z.number().int().nullable() });
const ConflictTheirsSchema = ConflictValueSchema.extend({
  changeId: z.number().int().meta({ description: 'Their change: send it as basedOn to save yours over it.' }),
  state: z.enum(['draft', 'published']),
  author: z.string().meta({ description: "The other editor's email." }),
  at: z.string().meta({ description: 'When their change was made (draft) or published (ISO 8601).' }),
});
/** A save refused because someone else's newer change (a pending draft, or a publication) would be replaced unseen. */
export const DraftConflictSchema = z.object({
  indicatorId: z.string(),
  cycle: z.string(),
  spanFrom: z.string().nullable(),
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

// --- Import ---------------------------------------------------------------------------------

/** A row of an import over someone else's pending draft. */
export const ImportConflictSchema = z.object({
  row: z.number().int(),
  indicatorId: z.string(),
  cycle: z.string(),
  spanFrom: z.string().nullable(),
  yours: ConflictValueSchema,
  theirs: ConflictTheirsSchema,
});
export type ImportConflict = z.infer<typeof ImportConflictSchema>;

export const ImportReportSchema = z.object({
  dryRun: z.boolean(),
  applied: z.boolean(),
  rows: z.number().int(),
  changes: z.array(
    z.object({
      row: z.number().int(),
      indicatorId: z.string(),
      cycle: z.string(),
      spanFrom: z.string().nullable(),
      before: ObservationRecordSchema.nullable(),
      after: ObservationRecordSchema,
    }),
  ),
  unchanged: z.number().int(),
  rejected: z.array(z.object({ row: z.number().int(), field: z.string().nullable(), reason: z.string() })),
  conflicts: z
    .array(ImportConflictSchema)
    .meta({ description: "Rows over someone else's pending draft, listed apart from changes: refused, written over or left out as onConflict says." }),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
export const ImportResponseSchema = z.object({ data: ImportReportSchema });
export const IMPORT_ON_CONFLICT = ['refuse', 'overwrite', 'skip'] as const;
export type ImportOnConflict = (typeof IMPORT_ON_CONFLICT)[number];
export const ImportQuerySchema = z
  .object({
    dryRun: z.enum(['true', 'false']).default('true'),
    onConflict: z
      .enum(IMPORT_ON_CONFLICT)
      .default('refuse')
      .meta({ description: "Rows over someone else's pending draft: refuse (a 409 listing them; nothing written), overwrite (yours replace theirs, the history says so) or skip (left out)." }),
  })
  .strict();
/** The 409 answer to an import applied over someone else's drafts with onConflict=refuse: nothing was written. */
export const ImportConflictProblemSchema = ProblemSchema.extend({ conflicts: z.array(ImportConflictSchema) });
export type ImportConflictProblem = z.infer<typeof ImportConflictProblemSchema>;
/** What the import accepts: CSV, as browsers label it (Windows with Excel installed says application/vnd.ms-excel). */
export const CSV_MEDIA_TYPES = ['text/csv', 'application/csv', 'text/x-csv', 'application/x-csv', 'text/comma-separated-values', 'application/vnd.ms-excel'] as const;
/** An Excel workbook (.xlsx), which the figures and counted-States imports also take (its first sheet). */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// --- Import of counted States ------------------------------------------------------------

/** A figure's count and list as they stand: published, or in its pending draft. */
export const CountedStandingSchema = z.object({ value: z.number().nullable(), states: z.array(z.string()).nullable() });

/** One figure of a counted-States import: the States its rows tick, the count they derive, and what it would change. */
export const CountedImportFigureSchema = z.object({
  indicatorId: z.string(),
  cycle: z.string(),
  spanFrom: z.string().nullable(),
  /** The file lines of its rows (the header is line 1). */
  rows: z.array(z.number().int()),
  states: z.array(z.string()).meta({ description: 'The States listed, sorted by code: the whole list (statesComplete).' }),
  derived: z.number().int().meta({ description: 'The count the list derives: its length.' }),
  typed: z.number().nullable().meta({ description: 'The value column, where the rows give one.' }),
  published: CountedStandingSchema.nullable(),
  draft: CountedStandingSchema.nullable(),
  added: z.array(z.string()).meta({ description: 'States the list adds to the published one.' }),
  removed: z.array(z.string()).meta({ description: 'States of the published list it leaves out.' }),
  outcome: z
    .enum(['draft', 'unchanged', 'refused', 'conflict'])
    .meta({
      description:
        "draft: a draft is (or would be) saved; unchanged: the figure already says this; refused: see problems; conflict: over someone else's pending draft (theirs), refused, left out or written over as onConflict says (written over: draft).",
    }),
  theirs: ConflictTheirsSchema.nullable()
    .optional()
    .meta({ description: "Someone else's pending draft of the figure, which the import would replace (null: none)." }),
});
export type CountedImportFigure = z.infer<typeof CountedImportFigureSchema>;

export const CountedImportProblemSchema = z.object({
  rows: z.array(z.number().int()).meta({ description: 'The file lines the problem is about (empty: the file as a whole).' }),
  field: z.string().nullable(),
  indicatorId: z.string().nullable(),
  cycle: z.string().nullable(),
  reason: z.string(),
});
export type CountedImportProblem = z.infer<typeof CountedImportProblemSchema>;

export const CountedImportReportSchema = z.object({
  dryRun: z.boolean(),
  applied: z.boolean(),
  rows: z.number().int(),
  figures: z.array(CountedImportFigureSchema),
  problems: z.array(CountedImportProblemSchema),
  conflicts: z
    .array(ImportConflictSchema)
    .optional()
    .meta({ description: "The figures over someone else's pending draft (row: the figure's first row; yours: the count its list derives)." }),
});
export type CountedImportReport = z.infer<typeof CountedImportReportSchema>;
export const CountedImportResponseSchema = z.object({ data: CountedImportReportSchema });
/** The columns of a counted-States import (span_from, value, source and reason optional). */
export const COUNTED_IMPORT_COLUMNS = ['indicator', 'cycle', 'state', 'span_from', 'value', 'source', 'reason'] as const;

// --- Overrides and content ------------------------------------------------------------------

export const StatusOverrideInputSchema = z
  .object({
    code: StatusCodeSchema.nullable().meta({ description: 'The status to set; null drafts the withdrawal of the override in force. Drafted: public once an admin publishes it.' }),
    justification: safeText().trim().min(10, 'justification must explain the override in at least 10 characters').max(2000),
  })
  .strict();
export const StatusOverrideSchema = z.object({
  id: z.number().int(),
  indicatorId: z.string(),
  code: StatusCodeSchema.nullable(),
  justification: z.string(),
  author: z.string(),
  createdAt: z.string(),
  state: z.enum(CHANGE_STATES).meta({ description: 'draft until an admin publishes it (then published: in force, or for a null code withdrawn); superseded by a newer draft; discarded.' }),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
});
export const StatusOverrideResponseSchema = z.object({ data: StatusOverrideSchema });

/** The ISU's publication level of an indicator: which States its figures name in public (see PublicationLevelSchema). */
export const PublicationLevelInputSchema = z
  .object({
    level: PublicationLevelSchema,
    reason: safeText().trim().min(3, 'reason must say why the level changes, in at least 3 characters').max(500),
  })
  .strict()
  .meta({
    description:
      'Set which States the public sees named for every figure of the indicator: named, counts_only, or missing_only (which until populations exist as lists of States publishes no names, like counts_only). Applied at once, recorded in the content change log as a published change, and the public catalogue rebuilt.',
  });
export type PublicationLevelInput = z.infer<typeof PublicationLevelInputSchema>;
export const PublicationLevelChangeSchema = z.object({
  indicatorId: SlugSchema,
  level: PublicationLevelSchema,
  previous: PublicationLevelSchema,
  reason: z.string(),
  changeId: z.number().int().meta({ description: 'The content change that records it (entity indicator, field publicationLevel, state published).' }),
  author: z.string(),
  changedAt: z.string(),
  dataVersion: z.number().int(),
});
export const PublicationLevelResponseSchema = z.object({ data: PublicationLevelChangeSchema });

export const CONTENT_FIELDS = {
  action: ['title', 'summary'],
  indicator: ['title', 'populationDescription', 'populationSize', 'targetShare'],
} as const;
export const ContentChangeInputSchema = z
  .union([
    z.object({ actionPlan: contentPlan(), entity: z.literal('action'), key: z.string().regex(/^\d{1,3}$/, 'key must be an action number'), field: z.enum(CONTENT_FIELDS.action), value: safeText().trim().min(1).max(4000), reason: reasonText() }).strict(),
    z.object({ actionPlan: contentPlan(), entity: z.literal('indicator'), key: SlugSchema, field: z.enum(['title', 'populationDescription']), value: safeText().trim().min(1).max(1000), reason: reasonText() }).strict(),
    z.object({ actionPlan: contentPlan(), entity: z.literal('indicator'), key: SlugSchema, field: z.literal('populationSize'), value: z.number().int('value must be a whole number of States').positive('value must be above 0').max(MAX_STATES, `value must be at most ${MAX_STATES}, the number of States in the world`).nullable(), reason: reasonText() }).strict(),
    z.object({ actionPlan: contentPlan(), entity: z.literal('indicator'), key: SlugSchema, field: z.literal('targetShare'), value: z.number().min(0).max(1).nullable(), reason: reasonText() }).strict(),
  ]);
export type ContentChangeInput = z.infer<typeof ContentChangeInputSchema>;

/** The languages content can be translated into; English is the source text. */
export const CONTENT_LANGUAGES = ['fr', 'es', 'ar'] as const satisfies readonly Exclude<Language, 'en'>[];
export const TRANSLATABLE_FIELDS = { action: ['title', 'summary'], indicator: ['title'], pillar: ['name'] } as const;
export const TranslationInputSchema = z
  .object({
    actionPlan: contentPlan(),
    entity: z.enum(['action', 'indicator', 'pillar']),
    key: safeText().min(1).max(80),
    field: z.enum(['title', 'summary', 'name']),
    lang: z.enum(CONTENT_LANGUAGES),
    // Arabic text quoting a Latin name or a number may need direction isolates (U+2066–U+2069): allowed, balanced only.
    value: safeText('balanced').trim().min(1, 'value must not be empty').max(4000),
    reason: reasonText(),
  })
  .strict()
  .refine((t) => (TRANSLATABLE_FIELDS[t.entity] as readonly string[]).includes(t.field), {
    message: 'field cannot be translated for this entity',
    path: ['field'],
  });
export type TranslationInput = z.infer<typeof TranslationInputSchema>;

export const ContentChangeSchema = z.object({
  id: z.number().int(),
  actionPlan: z.string().optional().meta({ description: 'The plan the edit is for (always sent by the server).' }),
  entity: z.enum(['action', 'indicator', 'pillar']),
  key: z.string(),
  field: z.string(),
  lang: z.string().nullable(),
  before: z.union([z.string(), z.number(), z.null()]),
  after: z.union([z.string(), z.number(), z.null()]),
  state: z.enum(CHANGE_STATES),
  reason: z.string().nullable(),
  author: z.string(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
});
export const ContentChangeResponseSchema = z.object({ data: ContentChangeSchema });
export const ContentChangesResponseSchema = z.object({ data: z.array(ContentChangeSchema) });
