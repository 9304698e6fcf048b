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

/**
 * How much of who is counted the public sees for an indicator's figures, set by the ISU per indicator:
 * `named` (the default) publishes the States the source names; `counts_only` publishes the count and no names (nor the
 * population's names on that indicator); `missing_only` names only the States of the population that are not counted
 * (as the ISU's overdue-reports lists do), which is known only where both the population list and the counted list are
 * complete; elsewhere it names no one. With `missing_only` the population list stays public, so who is counted follows
 * from it by design: it hides no State, it chooses which side is named. Use `counts_only` to withhold.
 */
export const PUBLICATION_LEVELS = ['named', 'missing_only', 'counts_only'] as const;
export const PublicationLevelSchema = z.enum(PUBLICATION_LEVELS).meta({
  description:
    'Which States the public sees named for this indicator’s figures. named: the States the source names (default). counts_only: the count only, no names. missing_only: only the States of the population not counted, where both lists are complete (else no names); the population list stays public, so it withholds no one: use counts_only for that. When names are withheld, every figure of the indicator (every cycle) withholds them, so no State can be worked out by comparing two cycles.',
});
export type PublicationLevel = z.infer<typeof PublicationLevelSchema>;

/** Which States a figure counts, as far as its source names them. */
export const CountedSchema = z
  .object({
    states: z.array(StateCodeSchema),
    complete: z.boolean().meta({ description: 'The list accounts for the whole count.' }),
    unnamed: z.number().int().nullable().meta({ description: 'How many of the count the source leaves unnamed; null when the count is not a number.' }),
    missing: z.array(StateCodeSchema).nullable().meta({
      description:
        'The States of the figure’s population list that are not counted: known only when both the population list and the counted list are complete; null otherwise.',
    }),
    source: StateSourceSchema,
  })
  .nullable()
  .meta({
    description:
      'The States counted by this figure, where the source names them; null when it names none. When the indicator’s publicationLevel is not `named`, the names are withheld: states is empty, complete false, unnamed the whole count (null when the count is not a whole number), and source.quote null (the words name the States). With missing_only, `missing` still names the States of the population that are not counted, when it is known.',
  });
export type Counted = z.infer<typeof CountedSchema>;

