// Who is counted: States as data (ISO 3166-1 alpha-3), their status over time, and which States a figure counts.
// Names in the four languages come from a CLDR-based data package on the server, never typed by hand; the Convention's
// own short name is kept where it differs ("Lao PDR").
import { z } from 'zod';
import { CycleCodeSchema, SlugSchema } from './common.ts';
import { TextLanguageSchema } from './api.ts';
import { StateCodeSchema, StateSourceSchema } from './counted.ts';

// Kept in counted.ts (which api.ts imports for Observation.counted, so this file and api.ts import no cycle).
export { CountedSchema, PUBLICATION_LEVELS, PublicationLevelSchema, StateCodeSchema, StateSourceSchema, type Counted, type PublicationLevel } from './counted.ts';

export const StateCodeParamSchema = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be an ISO 3166-1 alpha-3 code, e.g. lbn')
  .transform((code) => code.toUpperCase());

export const STATE_EVENT_KINDS = ['signed', 'state_party', 'withdrawal_notified', 'withdrawn'] as const;
export const StateEventKindSchema = z.enum(STATE_EVENT_KINDS).meta({
  description: 'signed the Convention; became a State Party (ratification or accession in force); notified its withdrawal; its withdrawal took effect.',
});

export const StateEventSchema = z.object({
  kind: StateEventKindSchema,
  date: z.string().nullable().meta({ description: 'As precise as the source gives it: 2025-03-06, 2023-08, or 2023; null when it gives none.' }),
  source: StateSourceSchema,
  note: z.string().nullable(),
});
export type StateEvent = z.infer<typeof StateEventSchema>;

export const STATE_STATUSES = ['state_party', 'signatory', 'withdrawn', 'unknown'] as const;

export const StateSchema = z.object({
  code: StateCodeSchema,
  name: z.string().meta({ description: 'The name in the language asked for (CLDR, via i18n-iso-countries).' }),
  names: z.object({ en: z.string(), fr: z.string(), es: z.string(), ar: z.string() }),
  shortName: z.string().nullable().meta({ description: 'The Convention’s English short name where it differs from the ISO name (e.g. Lao PDR).' }),
  status: z.enum(STATE_STATUSES).meta({ description: 'The latest status the sources give; unknown when none does.' }),
  events: z.array(StateEventSchema),
  namedIn: z.number().int().meta({ description: 'How many published figures and series points name this State.' }),
  i18n: TextLanguageSchema,
});
export type State = z.infer<typeof StateSchema>;

/** One mention of a State on its page: a figure (indicator × cycle) or a series point that names it. */
export const StateMentionSchema = z.object({
  kind: z.enum(['figure', 'series']),
  indicator: SlugSchema.nullable(),
  actionPlan: z.string().nullable(),
  action: z.number().int().nullable(),
  title: z.string().meta({ description: 'The indicator’s title in the language asked for (English where not translated: see titleFallback), or the series’ title.' }),
  titleFallback: z.boolean().meta({ description: 'The title is shown in English for want of a translation.' }),
  measure: z.string().nullable().meta({ description: 'The series point’s measure (e.g. requests); null for a figure.' }),
  series: z.string().nullable(),
  cycle: CycleCodeSchema.nullable(),
  spanFrom: CycleCodeSchema.nullable(),
  period: z.string().nullable().meta({ description: 'The series point’s period.' }),
  counted: z.enum(['counted', 'not_counted', 'not_named']).nullable().meta({
    description:
      'For a figure: counted (its source names the State among those counted), not_counted (the State is in the figure’s population and not counted), not_named (in the population, but the source does not say whether it is counted). Null for a series point.',
  }),
  source: StateSourceSchema,
});
export type StateMention = z.infer<typeof StateMentionSchema>;

export const StateDetailSchema = StateSchema.extend({ mentions: z.array(StateMentionSchema) });
export type StateDetail = z.infer<typeof StateDetailSchema>;

export const StatesResponseSchema = z.object({ data: z.array(StateSchema) });
export const StateResponseSchema = z.object({ data: StateDetailSchema });
export const StateParamsSchema = z.object({ code: StateCodeParamSchema });
