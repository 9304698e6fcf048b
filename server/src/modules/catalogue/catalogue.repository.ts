// Drizzle queries only: reads every public table of the catalogue as rows.
import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import * as t from '../../db/schema.ts';

export function readCatalogueRows(db: Db) {
  return {
    documents: db.select().from(t.documents).all(),
    actionPlans: db.select().from(t.actionPlans).orderBy(asc(t.actionPlans.startYear)).all(),
    cycles: db.select().from(t.cycles).orderBy(asc(t.cycles.actionPlan), asc(t.cycles.ordinal)).all(),
    pillars: db.select().from(t.pillars).orderBy(asc(t.pillars.actionPlan), asc(t.pillars.sortOrder)).all(),
    actions: db.select().from(t.actions).orderBy(asc(t.actions.actionPlan), asc(t.actions.number)).all(),
    actionThemes: db.select().from(t.actionThemes).all(),
    indicators: db.select().from(t.indicators).orderBy(asc(t.indicators.sortOrder)).all(),
    observations: db.select().from(t.observations).orderBy(asc(t.observations.id)).all(),
    conflicts: db.select().from(t.conflicts).orderBy(asc(t.conflicts.id)).all(),
    conflictIndicators: db.select().from(t.conflictIndicators).all(),
    documentComments: db
      .select()
      .from(t.documentComments)
      .orderBy(asc(t.documentComments.paragraph), asc(t.documentComments.id))
      .all(),
    series: db.select().from(t.series).orderBy(asc(t.series.sortOrder)).all(),
    seriesPoints: db.select().from(t.seriesPoints).orderBy(asc(t.seriesPoints.sortOrder)).all(),
    publishedChanges: db
      .select()
      .from(t.observationChanges)
      .where(eq(t.observationChanges.state, 'published'))
      .orderBy(desc(t.observationChanges.publishedAt), desc(t.observationChanges.id))
      .all(),
    statusOverrides: db.select().from(t.statusOverrides).orderBy(asc(t.statusOverrides.id)).all(),
    translations: db.select().from(t.translations).all(),
  };
}

export type CatalogueRows = ReturnType<typeof readCatalogueRows>;
