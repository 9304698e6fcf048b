// Drizzle schema: the only description of the tables; migrations/ is generated from it. Enumerations are shared/'s vocabulary.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CONTENT_ENTITIES, CYCLE_STATES, DIRECTIONS, QUALIFIERS, REPORTING_STATES } from '@ccm/shared/schemas/common';
import { PUBLICATION_LEVELS } from '@ccm/shared/schemas/counted';
import { CROSSWALK_ENTITIES, CROSSWALK_RELATIONS } from '@ccm/shared/schemas/plans';
import { POPULATION_CHANGES } from '@ccm/shared/schemas/populations';
import { STATE_EVENT_KINDS } from '@ccm/shared/schemas/states';
import { CHANGE_KINDS, CHANGE_STATES, ROLES, type ObservationRecord } from '@ccm/shared/schemas/workspace';

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
  /** The title in French, Spanish and Arabic (null: shown in English, marked so). */
  titleFr: text('title_fr'),
  titleEs: text('title_es'),
  titleAr: text('title_ar'),
  /** The plan this one follows; the crosswalk relates their indicators and actions. */
  previousPlan: text('previous_plan'),
  /** null while the ISU sets the plan up: nothing of an unpublished plan is public. */
  publishedAt: text('published_at'),
});

/** A cycle that also counts for a second plan (a transition year: the LAP's final figures as the next plan's baseline). */
export const cyclePlans = sqliteTable(
  'cycle_plans',
  {
    cycle: text('cycle')
      .notNull()
      .references(() => cycles.code),
    actionPlan: text('action_plan')
      .notNull()
      .references(() => actionPlans.code),
  },
  (t) => [primaryKey({ columns: [t.cycle, t.actionPlan] })],
);

/** How an indicator or action of one plan relates to one of the previous plan (like the ONS table of indicator changes). */
export const crosswalk = sqliteTable(
  'crosswalk',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entity: text('entity', { enum: CROSSWALK_ENTITIES }).notNull(),
    fromPlan: text('from_plan').references(() => actionPlans.code),
    /** The old indicator id or action number (as text); null for a new item. */
    fromKey: text('from_key'),
    toPlan: text('to_plan').references(() => actionPlans.code),
    /** The new indicator id or action number (as text); null for a discontinued one. */
    toKey: text('to_key'),
    relation: text('relation', { enum: CROSSWALK_RELATIONS }).notNull(),
    note: text('note'),
    authorId: integer('author_id').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('crosswalk_from').on(t.fromPlan, t.fromKey), index('crosswalk_to').on(t.toPlan, t.toKey)],
);

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
    status: text('status', { enum: CYCLE_STATES }).notNull().default('published'),
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
    direction: text('direction', { enum: DIRECTIONS }).notNull(),
    populationDescription: text('population_description').notNull(),
    populationSize: integer('population_size'),
    populationParagraph: integer('population_paragraph'),
    /** Where the population size comes from, for an indicator the ISU set up (bundled ones cite populationParagraph). */
    populationSource: text('population_source'),
    targetShare: real('target_share'),
    sortOrder: integer('sort_order').notNull(),
    /** Which States the public may see named for this indicator's figures, set by the ISU (admin); see PUBLICATION_LEVELS. */
    publicationLevel: text('publication_level', { enum: PUBLICATION_LEVELS }).notNull().default('named'),
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
    qualifier: text('qualifier', { enum: QUALIFIERS }).notNull(),
    denominator: integer('denominator'),
    reporting: text('reporting', { enum: REPORTING_STATES }).notNull(),
    /** The Review Document for bundled figures; null for a figure entered from another source. */
    documentId: text('document_id').references(() => documents.id),
    /** Free-text source of an entered figure (e.g. "Article 7 report of Chile, 2026"). */
    sourceRef: text('source_ref'),
    paragraph: integer('paragraph'),
    quote: text('quote'),
    note: text('note'),
    /** The document names no cycle for this figure (a start or end of "the review period"); the note says which was assumed. */
    cycleInferred: integer('cycle_inferred', { mode: 'boolean' }).notNull().default(false),
    /** Set while the figure is under review by the ISU: the drafters' comment and the paragraph it sits on. */
    underReviewNote: text('under_review_note'),
    underReviewParagraph: integer('under_review_paragraph'),
  },
  (t) => [
    // drizzle-kit 0.31 quotes expression indexes wrongly; the generated SQL line was corrected by hand before landing.
    uniqueIndex('observations_indicator_cycle_span').on(t.indicatorId, t.cycle, sql`coalesce(${t.spanFrom}, '')`),
  ],
);

export const conflicts = sqliteTable('conflicts', {
  id: text('id').primaryKey(),
  /** The action the conflict is filed under; the indicators it concerns are in conflict_indicators. */
  actionId: integer('action_id').references(() => actions.id),
  seriesName: text('series_name'),
  description: text('description').notNull(),
  statements: json<{ paragraph: number; says: string; quote: string }[]>('statements').notNull(),
});

/** Every indicator a conflict concerns: a contradiction about one figure reaches that indicator's page and briefing. */
export const conflictIndicators = sqliteTable(
  'conflict_indicators',
  {
    conflictId: text('conflict_id')
      .notNull()
      .references(() => conflicts.id),
    indicatorId: text('indicator_id')
      .notNull()
      .references(() => indicators.id),
  },
  (t) => [primaryKey({ columns: [t.conflictId, t.indicatorId] }), index('conflict_indicators_indicator').on(t.indicatorId)],
);

/** The drafters' comments in the margin of a document, with the paragraphs they put under review. */
export const documentComments = sqliteTable(
  'document_comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    paragraph: integer('paragraph').notNull(),
    heading: text('heading'),
    text: text('text').notNull(),
    underReview: integer('under_review', { mode: 'boolean' }).notNull(),
    covers: json<number[]>('covers').notNull(),
  },
  (t) => [uniqueIndex('document_comments_key').on(t.documentId, t.paragraph, t.text)],
);

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
    qualifier: text('qualifier', { enum: QUALIFIERS }).notNull(),
    provisional: integer('provisional', { mode: 'boolean' }).notNull(),
    states: json<string[]>('states'),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    paragraph: integer('paragraph').notNull(),
    quote: text('quote'),
    note: text('note'),
    underReviewNote: text('under_review_note'),
    underReviewParagraph: integer('under_review_paragraph'),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [uniqueIndex('series_points_key').on(t.seriesName, t.period, t.measure)],
);

/** A State (ISO 3166-1 alpha-3). Names in the four languages come from i18n-iso-countries; shortName is the Convention's own. */
export const states = sqliteTable('states', {
  code: text('code').primaryKey(),
  shortName: text('short_name'),
});

/** A State's status over time (signed, State Party from, withdrawal notified, withdrawn), each with its source. */
export const stateEvents = sqliteTable(
  'state_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    state: text('state')
      .notNull()
      .references(() => states.code),
    kind: text('kind', { enum: STATE_EVENT_KINDS }).notNull(),
    date: text('date'),
    documentId: text('document_id').references(() => documents.id),
    paragraph: integer('paragraph'),
    quote: text('quote'),
    note: text('note'),
  },
  (t) => [uniqueIndex('state_events_key').on(t.state, t.kind, sql`coalesce(${t.date}, '')`)],
);

/** The States a figure counts (indicator × cycle or span), as its source names them, with the paragraph and words. */
export const observationStates = sqliteTable(
  'observation_states',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: text('indicator_id')
      .notNull()
      .references(() => indicators.id),
    cycle: text('cycle')
      .notNull()
      .references(() => cycles.code),
    spanFrom: text('span_from').references(() => cycles.code),
    state: text('state')
      .notNull()
      .references(() => states.code),
    documentId: text('document_id').references(() => documents.id),
    paragraph: integer('paragraph'),
    quote: text('quote'),
  },
  (t) => [
    uniqueIndex('observation_states_key').on(t.indicatorId, t.cycle, sql`coalesce(${t.spanFrom}, '')`, t.state),
    index('observation_states_state').on(t.state),
  ],
);

/**
 * A population: the States an indicator's N counts (e.g. the States Parties with cluster munition victims), shared by
 * the indicators that count the same States. Bundled ones cite the document (document_id); the ISU's have none.
 */
export const populations = sqliteTable('populations', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  titleFr: text('title_fr'),
  titleEs: text('title_es'),
  titleAr: text('title_ar'),
  documentId: text('document_id').references(() => documents.id),
  sortOrder: integer('sort_order').notNull().default(0),
});

/** Which indicators' N a population is. */
export const populationIndicators = sqliteTable(
  'population_indicators',
  {
    populationId: text('population_id')
      .notNull()
      .references(() => populations.id),
    indicatorId: text('indicator_id')
      .notNull()
      .references(() => indicators.id),
  },
  (t) => [primaryKey({ columns: [t.populationId, t.indicatorId] }), uniqueIndex('population_indicators_indicator').on(t.indicatorId)],
);

/** A population as a source gives it for a cycle (or span): its size and the States it names. */
export const populationLists = sqliteTable(
  'population_lists',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    populationId: text('population_id')
      .notNull()
      .references(() => populations.id),
    cycle: text('cycle')
      .notNull()
      .references(() => cycles.code),
    spanFrom: text('span_from').references(() => cycles.code),
    /** The size the source states; null when it states none (the size is then the length of a complete list). */
    size: integer('size'),
    documentId: text('document_id').references(() => documents.id),
    sourceRef: text('source_ref'),
    paragraph: integer('paragraph'),
    quote: text('quote'),
    note: text('note'),
  },
  (t) => [uniqueIndex('population_lists_key').on(t.populationId, t.cycle, sql`coalesce(${t.spanFrom}, '')`)],
);

export const populationListStates = sqliteTable(
  'population_list_states',
  {
    listId: integer('list_id')
      .notNull()
      .references(() => populationLists.id, { onDelete: 'cascade' }),
    state: text('state')
      .notNull()
      .references(() => states.code),
  },
  (t) => [primaryKey({ columns: [t.listId, t.state] }), index('population_list_states_state').on(t.state)],
);

/** The dated ledger of a population: who entered or left it, and when, as far as the source says (state null: unnamed). */
export const populationChanges = sqliteTable(
  'population_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    populationId: text('population_id')
      .notNull()
      .references(() => populations.id),
    state: text('state').references(() => states.code),
    change: text('change', { enum: POPULATION_CHANGES }).notNull(),
    /** As precise as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD); null when it gives none. */
    date: text('date'),
    /** The cycle it is reported in, or the last cycle of the span it happened in; null when the source names none. */
    cycle: text('cycle').references(() => cycles.code),
    spanFrom: text('span_from').references(() => cycles.code),
    documentId: text('document_id').references(() => documents.id),
    sourceRef: text('source_ref'),
    paragraph: integer('paragraph'),
    quote: text('quote'),
    note: text('note'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('population_changes_population').on(t.populationId)],
);

/** Key/value facts about the data itself: its version (bumped by every write) and when it last changed. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
  /** Set when an admin deactivates the account: it cannot sign in and its sessions are ended; null while active. */
  deactivatedAt: text('deactivated_at'),
});

/** Server-side sessions; the id stored is a SHA-256 of the cookie token, so a database leak does not leak sessions. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    /** The browser that signed in (User-Agent, cut to 200 characters), so a user can tell their sessions apart. */
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** As stored: records written before cycleInferred/underReview existed lack them (read as false / null). */
type ObservationRecordJson = Omit<ObservationRecord, 'cycleInferred' | 'underReview'> &
  Partial<Pick<ObservationRecord, 'cycleInferred' | 'underReview'>>;

/** Append-only history of every value change: drafts, publications, corrections and reverts. Never updated but for its state. */
export const observationChanges = sqliteTable(
  'observation_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: text('indicator_id')
      .notNull()
      .references(() => indicators.id),
    cycle: text('cycle')
      .notNull()
      .references(() => cycles.code),
    spanFrom: text('span_from').references(() => cycles.code),
    kind: text('kind', { enum: CHANGE_KINDS }).notNull(),
    state: text('state', { enum: CHANGE_STATES }).notNull(),
    before: json<ObservationRecordJson | null>('before'),
    after: json<ObservationRecordJson | null>('after'),
    reason: text('reason'),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    publishedAt: text('published_at'),
    publishedById: integer('published_by_id').references(() => users.id),
    revertsChangeId: integer('reverts_change_id'),
    /**
     * The change the author saw as the figure's latest (published or draft) when they typed this one; null: nothing
     * existed, or a change written before drafts recorded it. Saving over a newer change by someone else is refused.
     */
    basedOnChangeId: integer('based_on_change_id'),
    /** The publication that made this change public (null while a draft, and for changes published before it existed). */
    publicationId: integer('publication_id').references(() => publications.id),
  },
  (t) => [index('observation_changes_key').on(t.indicatorId, t.cycle), index('observation_changes_state').on(t.state, t.cycle)],
);

/**
 * Status overrides, drafted and published like figures: the latest published row of an indicator is in force (a null
 * code withdraws it). Rows written before overrides had states were in force when written, so they read as published.
 */
export const statusOverrides = sqliteTable('status_overrides', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  indicatorId: text('indicator_id')
    .notNull()
    .references(() => indicators.id),
  code: text('code'),
  justification: text('justification').notNull(),
  authorId: integer('author_id')
    .notNull()
    .references(() => users.id),
  createdAt: text('created_at').notNull(),
  state: text('state', { enum: CHANGE_STATES }).notNull().default('published'),
  publishedAt: text('published_at'),
  publishedById: integer('published_by_id').references(() => users.id),
  publicationId: integer('publication_id').references(() => publications.id),
});

/** One act of publishing by an admin: a cycle's drafts, a selection of drafts, or the undo of an earlier publication. */
export const publications = sqliteTable('publications', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: ['cycle', 'selected', 'undo'] }).notNull(),
  /** The cycle published, for kind 'cycle'. */
  cycle: text('cycle'),
  /** The publication this one undoes, for kind 'undo'. */
  undoesPublicationId: integer('undoes_publication_id'),
  publishedById: integer('published_by_id')
    .notNull()
    .references(() => users.id),
  publishedAt: text('published_at').notNull(),
});

/** Content edits and translation drafts, keyed by plan + entity + key (action numbers and pillar slugs restart in every plan). */
export const contentChanges = sqliteTable('content_changes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  actionPlan: text('action_plan')
    .notNull()
    .references(() => actionPlans.code),
  entity: text('entity', { enum: CONTENT_ENTITIES }).notNull(),
  key: text('key').notNull(),
  field: text('field').notNull(),
  /** null: the source text (English); otherwise the language of a translation. */
  lang: text('lang'),
  before: json<string | number | null>('before'),
  after: json<string | number | null>('after'),
  state: text('state', { enum: CHANGE_STATES }).notNull(),
  reason: text('reason'),
  authorId: integer('author_id')
    .notNull()
    .references(() => users.id),
  createdAt: text('created_at').notNull(),
  publishedAt: text('published_at'),
  publishedById: integer('published_by_id').references(() => users.id),
});

/** Published translations of content (pillar names, action titles and summaries, indicator titles), per plan. */
export const translations = sqliteTable(
  'translations',
  {
    actionPlan: text('action_plan')
      .notNull()
      .references(() => actionPlans.code),
    entity: text('entity', { enum: CONTENT_ENTITIES }).notNull(),
    key: text('key').notNull(),
    field: text('field').notNull(),
    lang: text('lang').notNull(),
    text: text('text').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.actionPlan, t.entity, t.key, t.field, t.lang] })],
);

export type UserRow = typeof users.$inferSelect;
export type ObservationChangeRow = typeof observationChanges.$inferSelect;
export type ObservationRow = typeof observations.$inferSelect;
