// The workspace's side of populations as lists of States: the ISU (admin) keeps the lists per cycle or span and the
// ledger of who entered or left; editors read them as stored (names whatever the publication level).
import { MAX_STATES } from '../domain/population-consistency.ts';
import { z } from 'zod';
import { safeText } from '../domain/text.ts';
import { CycleCodeSchema, ParagraphSchema, SlugSchema } from './common.ts';
import { StateCodeSchema, StateSourceSchema } from './counted.ts';
import { POPULATION_CHANGES } from './populations.ts';
import { EntryStateCodeSchema } from './workspace.ts';

/** There are 197 States in the world (193 UN members, two observers, Cook Islands and Niue): no population is larger. */

/** Who recorded a list or ledger entry: the bundled Review Document (read only here) or the ISU. */
export const POPULATION_ORIGINS = ['bundled', 'isu'] as const;
const OriginSchema = z.enum(POPULATION_ORIGINS).meta({ description: 'bundled: from the Review Document, kept by the seed; isu: recorded in the workspace (may be replaced or deleted).' });

const reason = () => safeText().trim().min(3, 'reason must say why, in at least 3 characters').max(500);
const optionalText = (max: number) => safeText().trim().max(max).nullable().default(null);

export const WorkspacePopulationListSchema = z.object({
  cycle: CycleCodeSchema,
  spanFrom: CycleCodeSchema.nullable(),
  size: z.number().int().nullable().meta({ description: 'The size as stored; null: none stated (an ISU list is then as large as it is long).' }),
  states: z.array(StateCodeSchema),
  source: StateSourceSchema,
  note: z.string().nullable(),
  origin: OriginSchema,
});
export type WorkspacePopulationList = z.infer<typeof WorkspacePopulationListSchema>;

export const WorkspacePopulationChangeSchema = z.object({
  id: z.number().int(),
  state: StateCodeSchema.nullable(),
  change: z.enum(POPULATION_CHANGES),
  date: z.string().nullable(),
  cycle: CycleCodeSchema.nullable(),
  spanFrom: CycleCodeSchema.nullable(),
  source: StateSourceSchema,
  note: z.string().nullable(),
  origin: OriginSchema,
});
export type WorkspacePopulationChange = z.infer<typeof WorkspacePopulationChangeSchema>;

export const PopulationTitleSchema = z.object({
  en: z.string(),
  fr: z.string().nullable(),
  es: z.string().nullable(),
  ar: z.string().nullable(),
});

export const WorkspacePopulationSchema = z.object({
  id: SlugSchema,
  title: PopulationTitleSchema,
  origin: OriginSchema,
  indicators: z.array(z.object({ id: SlugSchema, title: z.string() })),
  lists: z.array(WorkspacePopulationListSchema),
  ledger: z.array(WorkspacePopulationChangeSchema),
});
export type WorkspacePopulation = z.infer<typeof WorkspacePopulationSchema>;
export const WorkspacePopulationsResponseSchema = z.object({ data: z.array(WorkspacePopulationSchema) });

/** What every write answers: the population as stored after it, the content changes that log it, the data version. */
export const PopulationWriteResponseSchema = z.object({
  data: z.object({
    population: WorkspacePopulationSchema,
    changeIds: z.array(z.number().int()).meta({ description: 'The content changes (entity indicator, one per indicator of the population, state published) that log the write.' }),
    dataVersion: z.number().int(),
  }),
});
export type PopulationWrite = z.infer<typeof PopulationWriteResponseSchema>['data'];

export const PopulationCreateInputSchema = z
  .object({
    id: SlugSchema,
    title: z
      .object({
        en: safeText().trim().min(3, 'title.en must name the population, in at least 3 characters').max(300),
        fr: optionalText(300).optional(),
        es: optionalText(300).optional(),
        ar: optionalText(300).optional(),
      })
      .strict(),
    indicators: z.array(SlugSchema).min(1, 'indicators must name at least one indicator whose N the population is').max(100),
    reason: reason(),
  })
  .strict()
  .meta({ description: 'A new population made by the ISU, for indicators that are in no population yet.' });
export type PopulationCreateInput = z.infer<typeof PopulationCreateInputSchema>;

export const PopulationListInputSchema = z
  .object({
    size: z
      .number()
      .int()
      .min(0)
      .max(MAX_STATES, `size must not be above ${MAX_STATES}, the number of States in the world`)
      .nullable()
      .meta({ description: 'The N the source states; null: the list is complete and its length is the N.' }),
    states: z.array(EntryStateCodeSchema).max(300),
    source: safeText().trim().min(1, 'source must say where the list comes from').max(500),
    paragraph: ParagraphSchema.nullable().default(null),
    note: optionalText(2000),
    reason: reason(),
  })
  .strict()
  .meta({ description: 'Record or replace the list for a cycle (or span, ?spanFrom): the list becomes the ISU’s.' });
export type PopulationListInput = z.input<typeof PopulationListInputSchema>;

export const PopulationListQuerySchema = z.object({ spanFrom: CycleCodeSchema.optional() }).strict();

export const PopulationDeleteInputSchema = z.object({ reason: reason() }).strict();
export type PopulationDeleteInput = z.infer<typeof PopulationDeleteInputSchema>;

/** YYYY, YYYY-MM or YYYY-MM-DD, a real day. */
const LedgerDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'date must be written YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((d) => {
    if (d.length < 10) return true;
    const day = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === d;
  }, 'date must be a real day');

export const PopulationLedgerInputSchema = z
  .object({
    state: EntryStateCodeSchema.nullable().meta({ description: 'null: the source does not name the State.' }),
    change: z.enum(POPULATION_CHANGES),
    date: LedgerDateSchema.nullable().default(null),
    cycle: CycleCodeSchema.nullable().default(null),
    spanFrom: CycleCodeSchema.nullable().default(null),
    source: safeText().trim().min(1, 'source must say where the entry comes from').max(500),
    paragraph: ParagraphSchema.nullable().default(null),
    note: optionalText(2000),
    reason: reason(),
  })
  .strict();
export type PopulationLedgerInput = z.input<typeof PopulationLedgerInputSchema>;
