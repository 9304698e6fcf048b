// Seeds the States and their status events (rows citing the bundle's document follow it), and removes a State the
// bundle no longer names once nothing refers to it. Parents first, children deleted first.
import { eq } from 'drizzle-orm';
import type { SeedBundle } from '@ccm/shared/schemas/seed';
import type { Db } from './client.ts';
import * as t from './schema.ts';
import { namedByPopulations } from './seed-populations.ts';
import { differs, type SeedCounters } from './seed-sync.ts';

/** Seeds the States and their events; returns the codes of the States stored before, for removeUnnamedStates. */
export function syncStates(tx: Db, bundle: SeedBundle, { inserted, updated, removed }: SeedCounters): string[] {
  const documentId = bundle.document.id;
  const stateRows = new Map(tx.select().from(t.states).all().map((s) => [s.code, s]));
  for (const state of bundle.states.states) {
    const row = stateRows.get(state.code);
    if (!row) inserted(tx.insert(t.states).values(state).run());
    else if (differs(row, { shortName: state.shortName }))
      updated(tx.update(t.states).set({ shortName: state.shortName }).where(eq(t.states.code, state.code)).run());
  }

  const eventKey = (e: { state: string; kind: string; date: string | null }) => `${e.state}|${e.kind}|${e.date ?? ''}`;
  const eventRows = new Map(tx.select().from(t.stateEvents).all().map((e) => [eventKey(e), e]));
  const wantedEvents = new Map(bundle.states.events.map((e) => [eventKey(e), e]));
  for (const [key, row] of eventRows) {
    if (row.documentId === documentId && !wantedEvents.has(key)) removed(tx.delete(t.stateEvents).where(eq(t.stateEvents.id, row.id)).run());
  }
  for (const [key, e] of wantedEvents) {
    const values = { documentId, paragraph: e.paragraph, quote: e.quote, note: e.note };
    const row = eventRows.get(key);
    if (!row) inserted(tx.insert(t.stateEvents).values({ state: e.state, kind: e.kind, date: e.date, ...values }).run());
    else if (row.documentId === documentId && differs(row, values))
      updated(tx.update(t.stateEvents).set(values).where(eq(t.stateEvents.id, row.id)).run());
  }
  return [...stateRows.keys()];
}

/** A State the bundle no longer names goes, unless a row the bundle does not own still refers to it. */
export function removeUnnamedStates(tx: Db, bundle: SeedBundle, storedCodes: string[], { removed }: SeedCounters): void {
  const bundledCodes = new Set(bundle.states.states.map((s) => s.code));
  for (const code of storedCodes) {
    if (bundledCodes.has(code)) continue;
    const referenced =
      tx.select({ id: t.stateEvents.id }).from(t.stateEvents).where(eq(t.stateEvents.state, code)).limit(1).all().length > 0 ||
      tx.select({ id: t.observationStates.id }).from(t.observationStates).where(eq(t.observationStates.state, code)).limit(1).all().length > 0 ||
      namedByPopulations(tx, code);
    if (!referenced) removed(tx.delete(t.states).where(eq(t.states.code, code)).run());
  }
}
