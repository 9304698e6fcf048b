// Populations as lists of States: the States an indicator's N counts, per cycle as a source gives them, and the dated
// ledger of who entered or left. The N of a figure follows from the list that covers its cycle.
import { z } from 'zod';
import { CycleCodeSchema, SlugSchema } from './common.ts';
import { StateCodeSchema, StateSourceSchema } from './counted.ts';

export const POPULATION_CHANGES = ['entered', 'left'] as const;

/** A population for one cycle or span, as its source gives it. */
export const PopulationListSchema = z.object({
  cycle: CycleCodeSchema.meta({ description: 'The cycle, or the last cycle of a span.' }),
  spanFrom: CycleCodeSchema.nullable(),
  size: z.number().int().nullable().meta({ description: 'The N: the size the source states, else the length of a complete list; null when neither is known.' }),
  states: z.array(StateCodeSchema).meta({ description: 'The States the source names (empty when it names none, or when the names are withheld).' }),
  complete: z.boolean().meta({ description: 'The list names every State of the population.' }),
  unnamed: z.number().int().nullable().meta({ description: 'How many of the N the list leaves unnamed; null when the N is not known.' }),
  source: StateSourceSchema,
  note: z.string().nullable(),
});
export type PopulationList = z.infer<typeof PopulationListSchema>;

/** One entry of the ledger: a State (null when the source does not name it) entering or leaving the population. */
export const PopulationChangeSchema = z.object({
  state: StateCodeSchema.nullable(),
  change: z.enum(POPULATION_CHANGES),
  date: z.string().nullable().meta({ description: 'As precise as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD).' }),
  cycle: CycleCodeSchema.nullable(),
  spanFrom: CycleCodeSchema.nullable(),
  source: StateSourceSchema,
  note: z.string().nullable(),
});
export type PopulationChange = z.infer<typeof PopulationChangeSchema>;

/** A population shared by the indicators that count the same States. */
export const PopulationStatesSchema = z
  .object({
    id: SlugSchema,
    title: z.string(),
    titleFallback: z.boolean().meta({ description: 'The title is in English because it has no translation in the requested language.' }),
    lists: z.array(PopulationListSchema),
    ledger: z.array(PopulationChangeSchema),
  })
  .nullable()
  .meta({
    description:
      'The indicator’s population as lists of States per cycle, with its ledger; null when none is recorded. When the indicator’s publicationLevel is counts_only, the States are withheld: lists keep their size, states are empty and ledger entries name no State.',
  });
export type PopulationStates = z.infer<typeof PopulationStatesSchema>;

/** The population a figure is a share of: the list that covers its cycle (the same cycle or span, or a span containing its cycle). */
export const FigurePopulationSchema = PopulationListSchema.extend({
  covers: z.enum(['cycle', 'span']).meta({ description: 'cycle: a list for exactly this figure’s cycle or span; span: a list for a span that contains this figure’s cycle.' }),
})
  .nullable()
  .meta({ description: 'The population list that covers this figure; null when none does.' });
export type FigurePopulation = z.infer<typeof FigurePopulationSchema>;
