// Loads the bundled seed data into a migrated database, and brings a database loaded by an earlier bundle up to date.
// What the ISU has changed is never touched: a bundled figure with any entry in the change log, or a text with a
// content edit, keeps the ISU's version. Everything else follows the bundle. Running it again changes nothing.
// Each part of the bundle has its own file (seed-structure, seed-figures, seed-notes, seed-states, seed-populations);
// this one runs them in order, parents first, in one transaction.
import type { SeedBundle } from '@ccm/shared/schemas/seed';
import type { Database_ } from './client.ts';
import * as t from './schema.ts';
import { bumpDataVersion } from './data-version.ts';
import { syncCountedStates, syncObservations, touchedFigures } from './seed-figures.ts';
import { syncComments, syncConflicts, syncSeries } from './seed-notes.ts';
import { syncPopulations } from './seed-populations.ts';
import { removeUnnamedStates, syncStates } from './seed-states.ts';
import { syncStructure } from './seed-structure.ts';
import type { SeedCounters } from './seed-sync.ts';

export interface SeedResult {
  inserted: number;
  updated: number;
  removed: number;
  /** Bundled figures the bundle changed but the ISU had edited: kept as the ISU left them. */
  keptIsuEdits: string[];
}

export function seedDatabase(database: Database_, bundle: SeedBundle, now = new Date()): SeedResult {
  const { db } = database;
  const result: SeedResult = { inserted: 0, updated: 0, removed: 0, keptIsuEdits: [] };
  const counters: SeedCounters = {
    inserted: (r) => {
      result.inserted += r.changes;
    },
    updated: (r) => {
      result.updated += r.changes;
    },
    removed: (r) => {
      result.removed += r.changes;
    },
  };

  db.transaction((tx) => {
    const doc = bundle.document;
    counters.inserted(tx.insert(t.documents).values({ id: doc.id, title: doc.title, shortTitle: doc.shortTitle }).onConflictDoNothing().run());
    const actionId = syncStructure(tx, bundle, now, counters);
    const touched = touchedFigures(tx);
    result.keptIsuEdits.push(...syncObservations(tx, bundle, touched, counters));
    syncConflicts(tx, bundle, actionId, counters);
    syncSeries(tx, bundle, counters);
    syncComments(tx, bundle, counters);
    const storedStates = syncStates(tx, bundle, counters);
    syncCountedStates(tx, bundle, touched, counters);
    syncPopulations(tx, bundle, doc.id, counters);
    removeUnnamedStates(tx, bundle, storedStates, counters);
    if (result.inserted + result.updated + result.removed > 0) bumpDataVersion(tx, now);
  });
  return result;
}

export function isEmpty({ db }: Database_): boolean {
  return db.select({ code: t.actionPlans.code }).from(t.actionPlans).limit(1).all().length === 0;
}

/** One line for a script or the start-up log. */
export function describeSeedResult(result: SeedResult, path: string): string {
  const { inserted, updated, removed, keptIsuEdits } = result;
  const kept = keptIsuEdits.length > 0 ? ` Kept ${keptIsuEdits.length} figure(s) as the ISU edited them: ${keptIsuEdits.join(', ')}.` : '';
  if (inserted + updated + removed === 0) return `Nothing to change: ${path} already holds the bundled data.${kept}`;
  return `Bundled data in ${path}: ${inserted} rows added, ${updated} updated, ${removed} removed.${kept}`;
}
