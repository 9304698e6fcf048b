// Which States a figure counts: the part of the States contract the observations carry (schemas/states.ts re-exports it).
import { z } from 'zod';
import { ParagraphSchema } from './common.ts';

/** ISO 3166-1 alpha-3, upper case as stored ("LBN"); paths accept any case. */
export const StateCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code in capitals, e.g. LBN');
export const StateSourceSchema = z.object({
  document: z.string(),
  paragraph: ParagraphSchema.nullable(),
  quote: z.string().nullable().meta({ description: 'The words of the paragraph that state the fact.' }),
});

/** Which States a figure counts, as far as its source names them. */
export const CountedSchema = z
  .object({
    states: z.array(StateCodeSchema),
    complete: z.boolean().meta({ description: 'The list accounts for the whole count.' }),
    unnamed: z.number().int().nullable().meta({ description: 'How many of the count the source leaves unnamed; null when the count is not a number.' }),
    source: StateSourceSchema,
  })
  .nullable()
  .meta({ description: 'The States counted by this figure, where the source names them; null when it names none.' });
export type Counted = z.infer<typeof CountedSchema>;

