// Brings the bundled populations (lists of States per cycle and their ledgers) into a database, as seed.ts does for the
// rest of the bundle: rows citing the bundle's document follow it; populations, lists and ledger entries the ISU made
// (no document) are never touched. A population's link to its indicators follows the bundle unless the ISU linked it.
import { and, eq, inArray } from 'drizzle-orm';
import type { SeedBundle } from '@ccm/shared/schemas/seed';
import type { Db } from './client.ts';
import * as t from './schema.ts';
import { differs, type SeedCounters } from './seed-sync.ts';

const listKey = (populationId: string, cycle: string, spanFrom: string | null) => `${populationId}|${cycle}|${spanFrom ?? ''}`;

export function syncPopulations(tx: Db, bundle: SeedBundle, documentId: string, { inserted, updated, removed }: SeedCounters): void {
  const wanted = new Map(bundle.populations.map((p, index) => [p.id, { p, index }]));
  const existing = tx.select().from(t.populations).all();

  // Bundled populations the bundle no longer has go, with their lists, ledger and links (children first).
  for (const row of existing) {
    if (row.documentId !== documentId || wanted.has(row.id)) continue;
    const lists = tx.select({ id: t.populationLists.id }).from(t.populationLists).where(eq(t.populationLists.populationId, row.id)).all();
    if (lists.length > 0) removed(tx.delete(t.populationListStates).where(inArray(t.populationListStates.listId, lists.map((l) => l.id))).run());
    removed(tx.delete(t.populationLists).where(eq(t.populationLists.populationId, row.id)).run());
    removed(tx.delete(t.populationChanges).where(eq(t.populationChanges.populationId, row.id)).run());
    removed(tx.delete(t.populationIndicators).where(eq(t.populationIndicators.populationId, row.id)).run());
    removed(tx.delete(t.populations).where(eq(t.populations.id, row.id)).run());
  }

  for (const { p, index } of wanted.values()) {
    const values = { title: p.title.en, titleFr: p.title.fr, titleEs: p.title.es, titleAr: p.title.ar, documentId, sortOrder: index };
    const row = existing.find((r) => r.id === p.id);
    if (!row) inserted(tx.insert(t.populations).values({ id: p.id, ...values }).run());
    else if (row.documentId !== documentId) continue; // an ISU population of the same id: the ISU's word
    else if (differs(row, values)) updated(tx.update(t.populations).set(values).where(eq(t.populations.id, p.id)).run());

    const links = tx.select().from(t.populationIndicators).where(eq(t.populationIndicators.populationId, p.id)).all();
    for (const link of links) {
      if (!p.indicators.includes(link.indicatorId)) {
        removed(tx.delete(t.populationIndicators).where(and(eq(t.populationIndicators.populationId, p.id), eq(t.populationIndicators.indicatorId, link.indicatorId))).run());
      }
    }
    for (const indicatorId of p.indicators) {
      if (!links.some((l) => l.indicatorId === indicatorId)) inserted(tx.insert(t.populationIndicators).values({ populationId: p.id, indicatorId }).onConflictDoNothing().run());
    }

    const lists = tx.select().from(t.populationLists).where(eq(t.populationLists.populationId, p.id)).all();
    const wantedLists = new Map(p.lists.map((l) => [listKey(p.id, l.cycle, l.spanFrom), l]));
    for (const row of lists) {
      if (row.documentId !== documentId || wantedLists.has(listKey(p.id, row.cycle, row.spanFrom))) continue;
      removed(tx.delete(t.populationListStates).where(eq(t.populationListStates.listId, row.id)).run());
      removed(tx.delete(t.populationLists).where(eq(t.populationLists.id, row.id)).run());
    }
    for (const [key, l] of wantedLists) {
      const values = { size: l.size, documentId, sourceRef: null, paragraph: l.paragraph, quote: l.quote, note: l.note };
      const row = lists.find((r) => listKey(p.id, r.cycle, r.spanFrom) === key);
      let listId: number;
      if (!row) {
        const created = tx.insert(t.populationLists).values({ populationId: p.id, cycle: l.cycle, spanFrom: l.spanFrom, ...values }).returning({ id: t.populationLists.id }).get();
        inserted({ changes: 1 });
        listId = created.id;
      } else if (row.documentId !== documentId) {
        continue; // the ISU recorded this cycle's list: it stays
      } else {
        listId = row.id;
        if (differs(row, values)) updated(tx.update(t.populationLists).set(values).where(eq(t.populationLists.id, row.id)).run());
      }
      const members = tx.select().from(t.populationListStates).where(eq(t.populationListStates.listId, listId)).all().map((m) => m.state);
      for (const state of members) {
        if (!l.states.includes(state)) removed(tx.delete(t.populationListStates).where(and(eq(t.populationListStates.listId, listId), eq(t.populationListStates.state, state))).run());
      }
      for (const state of l.states) {
        if (!members.includes(state)) inserted(tx.insert(t.populationListStates).values({ listId, state }).run());
      }
    }

    // The bundled ledger is replaced as a whole when it differs (its entries have no key of their own); the ISU's stays.
    const ledger = tx.select().from(t.populationChanges).where(and(eq(t.populationChanges.populationId, p.id), eq(t.populationChanges.documentId, documentId))).all();
    const wantedLedger = p.ledger.map((c, sortOrder) => ({
      state: c.state,
      change: c.change,
      date: c.date,
      cycle: c.cycle,
      spanFrom: c.spanFrom,
      documentId,
      sourceRef: null,
      paragraph: c.paragraph,
      quote: c.quote,
      note: c.note,
      sortOrder,
    }));
    const same = ledger.length === wantedLedger.length && ledger.every((row, i) => !differs(row, wantedLedger[i] ?? {}));
    if (!same) {
      if (ledger.length > 0) removed(tx.delete(t.populationChanges).where(and(eq(t.populationChanges.populationId, p.id), eq(t.populationChanges.documentId, documentId))).run());
      for (const entry of wantedLedger) inserted(tx.insert(t.populationChanges).values({ populationId: p.id, ...entry }).run());
    }
  }
}

/** Whether a State is still named by a population list or ledger (so the States sync must keep it). */
export function namedByPopulations(tx: Db, code: string): boolean {
  return (
    tx.select({ id: t.populationListStates.listId }).from(t.populationListStates).where(eq(t.populationListStates.state, code)).limit(1).all().length > 0 ||
    tx.select({ id: t.populationChanges.id }).from(t.populationChanges).where(eq(t.populationChanges.state, code)).limit(1).all().length > 0
  );
}
