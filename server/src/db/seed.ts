// Loads the bundled seed data into a migrated database. Insert-if-absent only: running it again changes nothing,
// and it never overwrites a value the ISU has since edited.
import { and, eq } from 'drizzle-orm';
import type { SeedBundle } from '@ccm/shared/schemas/seed';
import type { Database_ } from './client.ts';
import * as t from './schema.ts';
import { bumpDataVersion } from './data-version.ts';

export interface SeedResult {
  inserted: number;
}

export function seedDatabase(database: Database_, bundle: SeedBundle, now = new Date()): SeedResult {
  const { db } = database;
  let inserted = 0;
  const count = (r: { changes: number }) => {
    inserted += r.changes;
  };

  db.transaction((tx) => {
    const doc = bundle.document;
    count(tx.insert(t.documents).values({ id: doc.id, title: doc.title, shortTitle: doc.shortTitle }).onConflictDoNothing().run());

    for (const plan of bundle.actionPlans) {
      count(tx.insert(t.actionPlans).values(plan).onConflictDoNothing().run());
    }
    for (const cycle of bundle.cycles) {
      count(
        tx
          .insert(t.cycles)
          .values({ ...cycle, status: 'published', publishedAt: null })
          .onConflictDoNothing()
          .run(),
      );
    }
    const pillarIds = new Map<string, number>();
    for (const pillar of bundle.pillars) {
      count(
        tx
          .insert(t.pillars)
          .values({
            actionPlan: pillar.actionPlan,
            slug: pillar.slug,
            name: pillar.name,
            actionFrom: pillar.actionFrom,
            actionTo: pillar.actionTo,
            sortOrder: pillar.order,
            paragraphs: pillar.paragraphs,
          })
          .onConflictDoNothing()
          .run(),
      );
      const row = tx
        .select({ id: t.pillars.id })
        .from(t.pillars)
        .where(and(eq(t.pillars.actionPlan, pillar.actionPlan), eq(t.pillars.slug, pillar.slug)))
        .get();
      if (row) pillarIds.set(`${pillar.actionPlan}/${pillar.slug}`, row.id);
    }
    const pillarId = (plan: string, slug: string): number => {
      const id = pillarIds.get(`${plan}/${slug}`);
      if (id === undefined) throw new Error(`Seed data: unknown pillar ${slug} in ${plan}`);
      return id;
    };

    const actionIds = new Map<number, number>();
    for (const action of bundle.actions) {
      count(
        tx
          .insert(t.actions)
          .values({
            actionPlan: action.actionPlan,
            number: action.number,
            pillarId: pillarId(action.actionPlan, action.pillar),
            title: action.title,
            summary: action.summary,
            paragraphs: action.paragraphs,
          })
          .onConflictDoNothing()
          .run(),
      );
      const row = tx
        .select({ id: t.actions.id })
        .from(t.actions)
        .where(and(eq(t.actions.actionPlan, action.actionPlan), eq(t.actions.number, action.number)))
        .get();
      if (!row) throw new Error(`Seed data: action ${action.number} was not stored`);
      actionIds.set(action.number, row.id);
      for (const secondary of action.secondaryPillars) {
        count(
          tx
            .insert(t.actionThemes)
            .values({ actionId: row.id, pillarId: pillarId(action.actionPlan, secondary) })
            .onConflictDoNothing()
            .run(),
        );
      }
    }
    const actionId = (n: number): number => {
      const id = actionIds.get(n);
      if (id === undefined) throw new Error(`Seed data: unknown action ${n}`);
      return id;
    };

    bundle.indicators.forEach((indicator, index) => {
      count(
        tx
          .insert(t.indicators)
          .values({
            id: indicator.id,
            actionId: actionId(indicator.action),
            title: indicator.title,
            unit: indicator.unit,
            direction: indicator.direction,
            populationDescription: indicator.population.description,
            populationSize: indicator.population.size,
            populationParagraph: indicator.population.paragraph,
            targetShare: indicator.targetShare,
            sortOrder: index,
          })
          .onConflictDoNothing()
          .run(),
      );
      for (const o of indicator.observations) {
        count(
          tx
            .insert(t.observations)
            .values({
              indicatorId: indicator.id,
              cycle: o.cycle,
              spanFrom: o.spanFrom,
              value: o.value,
              qualifier: o.qualifier,
              denominator: o.denominator,
              reporting: o.reporting,
              documentId: doc.id,
              paragraph: o.paragraph,
              quote: o.quote,
              note: o.note,
            })
            .onConflictDoNothing()
            .run(),
        );
      }
    });

    for (const conflict of bundle.conflicts) {
      count(
        tx
          .insert(t.conflicts)
          .values({
            id: conflict.id,
            indicatorId: conflict.indicator,
            actionId: conflict.action === null ? null : actionId(conflict.action),
            seriesName: conflict.series,
            description: conflict.description,
            statements: conflict.statements,
          })
          .onConflictDoNothing()
          .run(),
      );
    }

    bundle.series.forEach((s, index) => {
      count(
        tx
          .insert(t.series)
          .values({ name: s.name, title: s.title, description: s.description, sortOrder: index })
          .onConflictDoNothing()
          .run(),
      );
      s.points.forEach((p, pointIndex) => {
        count(
          tx
            .insert(t.seriesPoints)
            .values({
              seriesName: s.name,
              period: p.period,
              measure: p.measure,
              value: p.value,
              unit: p.unit,
              qualifier: p.qualifier,
              provisional: p.provisional,
              states: p.states,
              documentId: doc.id,
              paragraph: p.paragraph,
              quote: p.quote,
              note: p.note,
              sortOrder: pointIndex,
            })
            .onConflictDoNothing()
            .run(),
        );
      });
    });

    if (inserted > 0) bumpDataVersion(tx, now);
  });
  return { inserted };
}

export function isEmpty({ db }: Database_): boolean {
  return db.select({ code: t.actionPlans.code }).from(t.actionPlans).limit(1).all().length === 0;
}
