// Drizzle schema: the only description of the tables; migrations/ is generated from it.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const json = <T>(name: string) => text(name, { mode: 'json' }).$type<T>();

export const documents = sqliteTable('documents', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  shortTitle: text('short_title').notNull(),
});

export const actionPlans = sqliteTable('action_plans', {
  code: text('code').primaryKey(),
  title: text('title').notNull(),
  adoptedAt: text('adopted_at').notNull(),
  startYear: integer('start_year').notNull(),
  endYear: integer('end_year').notNull(),
  deadlineCycle: text('deadline_cycle').notNull(),
  paragraphs: json<number[]>('paragraphs').notNull(),
});

export const cycles = sqliteTable(
  'cycles',
  {
    code: text('code').primaryKey(),
    actionPlan: text('action_plan')
      .notNull()
      .references(() => actionPlans.code),
    ordinal: integer('ordinal').notNull(),
    year: integer('year').notNull(),
    meeting: text('meeting').notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    isDeadline: integer('is_deadline', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: ['open', 'published'] }).notNull().default('published'),
    publishedAt: text('published_at'),
    paragraphs: json<number[]>('paragraphs').notNull(),
  },
  (t) => [uniqueIndex('cycles_plan_ordinal').on(t.actionPlan, t.ordinal)],
);

export const pillars = sqliteTable(
  'pillars',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actionPlan: text('action_plan')
      .notNull()
      .references(() => actionPlans.code),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    actionFrom: integer('action_from').notNull(),
    actionTo: integer('action_to').notNull(),
    sortOrder: integer('sort_order').notNull(),
    paragraphs: json<number[]>('paragraphs').notNull(),
  },
  (t) => [uniqueIndex('pillars_plan_slug').on(t.actionPlan, t.slug)],
);

export const actions = sqliteTable(
  'actions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actionPlan: text('action_plan')
      .notNull()
      .references(() => actionPlans.code),
    number: integer('number').notNull(),
    pillarId: integer('pillar_id')
      .notNull()
      .references(() => pillars.id),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    paragraphs: json<number[]>('paragraphs').notNull(),
  },
  (t) => [uniqueIndex('actions_plan_number').on(t.actionPlan, t.number)],
);

/** Secondary themes: an action evaluated under more than one pillar (e.g. a cross-cutting one). */
export const actionThemes = sqliteTable(
  'action_themes',
  {
    actionId: integer('action_id')
      .notNull()
      .references(() => actions.id),
    pillarId: integer('pillar_id')
      .notNull()
      .references(() => pillars.id),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.pillarId] })],
);

export const indicators = sqliteTable(
  'indicators',
  {
    id: text('id').primaryKey(),
    actionId: integer('action_id')
      .notNull()
      .references(() => actions.id),
    title: text('title').notNull(),
    unit: text('unit').notNull(),
    direction: text('direction', { enum: ['increase', 'decrease'] }).notNull(),
    populationDescription: text('population_description').notNull(),
    populationSize: integer('population_size'),
    populationParagraph: integer('population_paragraph'),
    targetShare: real('target_share'),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [index('indicators_action').on(t.actionId)],
);

export const observations = sqliteTable(
  'observations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: text('indicator_id')
      .notNull()
      .references(() => indicators.id),
    cycle: text('cycle')
      .notNull()
      .references(() => cycles.code),
    spanFrom: text('span_from').references(() => cycles.code),
    value: real('value'),
    qualifier: text('qualifier', { enum: ['exact', 'at_least', 'at_most', 'average', 'approximate'] }).notNull(),
    denominator: integer('denominator'),
    reporting: text('reporting', { enum: ['reported', 'not_reported', 'not_applicable'] }).notNull(),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    paragraph: integer('paragraph').notNull(),
    quote: text('quote'),
    note: text('note'),
  },
  (t) => [
    // drizzle-kit 0.31 quotes expression indexes wrongly; the generated SQL line was corrected by hand before landing.
    uniqueIndex('observations_indicator_cycle_span').on(t.indicatorId, t.cycle, sql`coalesce(${t.spanFrom}, '')`),
  ],
);

export const conflicts = sqliteTable('conflicts', {
  id: text('id').primaryKey(),
  indicatorId: text('indicator_id').references(() => indicators.id),
  actionId: integer('action_id').references(() => actions.id),
  seriesName: text('series_name'),
  description: text('description').notNull(),
  statements: json<{ paragraph: number; says: string; quote: string }[]>('statements').notNull(),
});

export const series = sqliteTable('series', {
  name: text('name').primaryKey(),
  title: text('title').notNull(),
  description: text('description').notNull(),
  sortOrder: integer('sort_order').notNull(),
});

export const seriesPoints = sqliteTable(
  'series_points',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    seriesName: text('series_name')
      .notNull()
      .references(() => series.name),
    period: text('period').notNull(),
    measure: text('measure').notNull(),
    value: real('value'),
    unit: text('unit').notNull(),
    qualifier: text('qualifier', { enum: ['exact', 'at_least', 'at_most', 'average', 'approximate'] }).notNull(),
    provisional: integer('provisional', { mode: 'boolean' }).notNull(),
    states: json<string[]>('states'),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    paragraph: integer('paragraph').notNull(),
    quote: text('quote'),
    note: text('note'),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [uniqueIndex('series_points_key').on(t.seriesName, t.period, t.measure)],
);

/** Key/value facts about the data itself: its version (bumped by every write) and when it last changed. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export type ObservationRow = typeof observations.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;
