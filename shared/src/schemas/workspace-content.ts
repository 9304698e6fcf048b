// Contracts of editorial changes: status overrides, publication levels, content edits and translations.
import { MAX_STATES } from '../domain/population-consistency.ts';
import { z } from 'zod';
import { safeText } from '../domain/text.ts';
import { SlugSchema, StatusCodeSchema } from './common.ts';
import { PublicationLevelSchema } from './counted.ts';
import type { Language } from '../i18n/languages.ts';
import { CHANGE_STATES, reasonText } from './workspace-changes.ts';

/** The plan a content edit or translation is for (code, any case); omitted: the current plan (an indicator: its own plan). */
const contentPlan = () =>
  z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/, 'actionPlan must be an action plan code such as "LAP"')
    .optional()
    .meta({ description: 'The action plan (action numbers and pillar slugs restart in every plan). Omitted: the current plan; for an indicator, its own plan.' });

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
