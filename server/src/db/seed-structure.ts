// Seeds a plan's structure: plans, cycles, pillars, actions (with their secondary pillars) and indicators. A text the
// ISU edited in the workspace keeps the ISU's version; every other column follows the bundle.
import { and, eq, isNull } from 'drizzle-orm';
import type { SeedBundle } from '@ccm/shared/schemas/seed';
import type { Db } from './client.ts';
import * as t from './schema.ts';
import { differs, stored, type SeedCounters } from './seed-sync.ts';

/**
 * Texts the ISU edited in the workspace (any content change in the source language), by "entity|plan|key|field" for
 * pillars and actions (slugs and numbers restart in every plan) and "indicator|id|field" (indicator ids are unique).
 */
function editedTexts(tx: Db): Set<string> {
  return new Set(
    tx
      .select({ actionPlan: t.contentChanges.actionPlan, entity: t.contentChanges.entity, key: t.contentChanges.key, field: t.contentChanges.field })
      .from(t.contentChanges)
      .where(isNull(t.contentChanges.lang))
      .all()
      .map((c) => (c.entity === 'indicator' ? `indicator|${c.key}|${c.field}` : `${c.entity}|${c.actionPlan}|${c.key}|${c.field}`)),
  );
}

/** Seeds the structure; returns the id of a bundled action by its number, for the rows that cite actions. */
export function syncStructure(tx: Db, bundle: SeedBundle, now: Date, { inserted, updated }: SeedCounters): (number: number) => number {
  const edited = editedTexts(tx);

  for (const plan of bundle.actionPlans) {
    // A bundled plan is the published record of the source document: public from the moment it is loaded.
    inserted(tx.insert(t.actionPlans).values({ ...plan, publishedAt: now.toISOString() }).onConflictDoNothing().run());
  }
  for (const cycle of bundle.cycles) {
    inserted(tx.insert(t.cycles).values({ ...cycle, status: 'published', publishedAt: null }).onConflictDoNothing().run());
  }

  const pillarIds = new Map<string, number>();
  for (const pillar of bundle.pillars) {
    const values = { actionFrom: pillar.actionFrom, actionTo: pillar.actionTo, sortOrder: pillar.order, paragraphs: pillar.paragraphs };
    inserted(tx.insert(t.pillars).values({ actionPlan: pillar.actionPlan, slug: pillar.slug, name: pillar.name, ...values }).onConflictDoNothing().run());
    const where = and(eq(t.pillars.actionPlan, pillar.actionPlan), eq(t.pillars.slug, pillar.slug));
    const row = stored(tx.select().from(t.pillars).where(where).get(), `pillar ${pillar.slug}`);
    pillarIds.set(`${pillar.actionPlan}/${pillar.slug}`, row.id);
    const owned = { ...values, ...(edited.has(`pillar|${pillar.actionPlan}|${pillar.slug}|name`) ? {} : { name: pillar.name }) };
    if (differs(row, owned)) updated(tx.update(t.pillars).set(owned).where(eq(t.pillars.id, row.id)).run());
  }
  const pillarId = (plan: string, slug: string): number => {
    const id = pillarIds.get(`${plan}/${slug}`);
    if (id === undefined) throw new Error(`Seed data: unknown pillar ${slug} in ${plan}`);
    return id;
  };

  const actionIds = new Map<number, number>();
  for (const action of bundle.actions) {
    const values = { pillarId: pillarId(action.actionPlan, action.pillar), paragraphs: action.paragraphs };
    inserted(tx.insert(t.actions).values({ actionPlan: action.actionPlan, number: action.number, title: action.title, summary: action.summary, ...values }).onConflictDoNothing().run());
    const where = and(eq(t.actions.actionPlan, action.actionPlan), eq(t.actions.number, action.number));
    const row = stored(tx.select().from(t.actions).where(where).get(), `action ${action.number}`);
    actionIds.set(action.number, row.id);
    const key = String(action.number);
    const owned = {
      ...values,
      ...(edited.has(`action|${action.actionPlan}|${key}|title`) ? {} : { title: action.title }),
      ...(edited.has(`action|${action.actionPlan}|${key}|summary`) ? {} : { summary: action.summary }),
    };
    if (differs(row, owned)) updated(tx.update(t.actions).set(owned).where(eq(t.actions.id, row.id)).run());
    for (const secondary of action.secondaryPillars) {
      inserted(tx.insert(t.actionThemes).values({ actionId: row.id, pillarId: pillarId(action.actionPlan, secondary) }).onConflictDoNothing().run());
    }
  }
  const actionId = (n: number): number => {
    const id = actionIds.get(n);
    if (id === undefined) throw new Error(`Seed data: unknown action ${n}`);
    return id;
  };

  bundle.indicators.forEach((indicator, index) => {
    const values = {
      actionId: actionId(indicator.action),
      title: indicator.title,
      unit: indicator.unit,
      direction: indicator.direction,
      populationDescription: indicator.population.description,
      populationSize: indicator.population.size,
      populationParagraph: indicator.population.paragraph,
      targetShare: indicator.targetShare,
      sortOrder: index,
    };
    inserted(tx.insert(t.indicators).values({ id: indicator.id, ...values }).onConflictDoNothing().run());
    const row = stored(tx.select().from(t.indicators).where(eq(t.indicators.id, indicator.id)).get(), `indicator ${indicator.id}`);
    const owned: Partial<typeof row> = { ...values };
    for (const field of ['title', 'populationDescription', 'populationSize', 'targetShare'] as const) {
      if (edited.has(`indicator|${indicator.id}|${field}`)) delete owned[field];
    }
    if (differs(row, owned)) updated(tx.update(t.indicators).set(owned).where(eq(t.indicators.id, row.id)).run());
  });

  return actionId;
}
