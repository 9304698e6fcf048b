// Contracts of the imports: figures from CSV or Excel, and counted States (the States a figure counts).
import { z } from 'zod';
import { ProblemSchema } from './common.ts';
import { ConflictTheirsSchema, ConflictValueSchema, FIGURE_KEY, ObservationRecordSchema } from './workspace-changes.ts';

/** A row of an import over someone else's pending draft. */
export const ImportConflictSchema = z.object({
  row: z.number().int(),
  ...FIGURE_KEY,
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
      ...FIGURE_KEY,
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
  ...FIGURE_KEY,
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
