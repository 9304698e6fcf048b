// Seeds the figures: observations and the States each figure counts. A figure the ISU has touched (any entry in the
// change log, in any state) keeps the ISU's version, and so do its counted States; the rest follow the bundle.
import { eq } from 'drizzle-orm';
import type { SeedBundle, SeedObservation } from '@ccm/shared/schemas/seed';
import type { Db } from './client.ts';
import * as t from './schema.ts';
import { differs, figureKey, type SeedCounters } from './seed-sync.ts';

/** The figures the ISU has touched in the workspace, by figureKey. */
export function touchedFigures(tx: Db): Set<string> {
  return new Set(
    tx
      .select({ indicatorId: t.observationChanges.indicatorId, cycle: t.observationChanges.cycle, spanFrom: t.observationChanges.spanFrom })
      .from(t.observationChanges)
      .all()
      .map((c) => figureKey(c.indicatorId, c.cycle, c.spanFrom)),
  );
}

function observationValues(o: SeedObservation) {
  return {
    value: o.value,
    qualifier: o.qualifier,
    denominator: o.denominator,
    reporting: o.reporting,
    paragraph: o.paragraph,
    quote: o.quote,
    note: o.note,
    cycleInferred: o.cycleInferred,
    underReviewNote: o.underReview?.note ?? null,
    underReviewParagraph: o.underReview?.paragraph ?? null,
  };
}

/** Seeds the observations; returns the touched figures whose bundled version differs (kept as the ISU left them). */
export function syncObservations(tx: Db, bundle: SeedBundle, touched: Set<string>, { inserted, updated, removed }: SeedCounters): string[] {
  const documentId = bundle.document.id;
  const keptIsuEdits: string[] = [];
  const bundled = new Map<string, { indicatorId: string; o: SeedObservation }>();
  for (const indicator of bundle.indicators) {
    for (const o of indicator.observations) bundled.set(figureKey(indicator.id, o.cycle, o.spanFrom), { indicatorId: indicator.id, o });
  }

  const existing = tx.select().from(t.observations).all();
  const existingKeys = new Set(existing.map((o) => figureKey(o.indicatorId, o.cycle, o.spanFrom)));
  for (const row of existing) {
    const key = figureKey(row.indicatorId, row.cycle, row.spanFrom);
    // Only figures still citing the bundle's document, never touched in the workspace, follow the bundle.
    if (row.documentId !== documentId || row.sourceRef !== null) continue;
    const next = bundled.get(key);
    if (touched.has(key)) {
      if (next && differs(row, observationValues(next.o))) keptIsuEdits.push(key);
      continue;
    }
    if (!next) {
      removed(tx.delete(t.observations).where(eq(t.observations.id, row.id)).run());
      continue;
    }
    const values = observationValues(next.o);
    if (differs(row, values)) updated(tx.update(t.observations).set(values).where(eq(t.observations.id, row.id)).run());
  }
  for (const [key, { indicatorId, o }] of bundled) {
    // A figure the ISU removed or moved stays as the ISU left it.
    if (existingKeys.has(key) || touched.has(key)) continue;
    inserted(tx.insert(t.observations).values({ indicatorId, cycle: o.cycle, spanFrom: o.spanFrom, documentId, ...observationValues(o) }).run());
  }
  return keptIsuEdits;
}

/** Seeds the States each figure counts (observation_states), but for the figures the ISU has touched. */
export function syncCountedStates(tx: Db, bundle: SeedBundle, touched: Set<string>, { inserted, updated, removed }: SeedCounters): void {
  const documentId = bundle.document.id;
  const countedKey = (figure: string, state: string) => `${figure}|${state}`;
  const wantedCounted = new Map<string, { figure: string; indicatorId: string; cycle: string; spanFrom: string | null; state: string; paragraph: number; quote: string }>();
  for (const c of bundle.states.counted) {
    const figure = figureKey(c.indicator, c.cycle, c.spanFrom);
    if (touched.has(figure)) continue;
    for (const state of c.states) {
      wantedCounted.set(countedKey(figure, state), { figure, indicatorId: c.indicator, cycle: c.cycle, spanFrom: c.spanFrom, state, paragraph: c.paragraph, quote: c.quote });
    }
  }
  const countedRows = tx.select().from(t.observationStates).all();
  const countedByKey = new Map(countedRows.map((r) => [countedKey(figureKey(r.indicatorId, r.cycle, r.spanFrom), r.state), r]));
  for (const row of countedRows) {
    const figure = figureKey(row.indicatorId, row.cycle, row.spanFrom);
    if (row.documentId !== documentId || touched.has(figure) || wantedCounted.has(countedKey(figure, row.state))) continue;
    removed(tx.delete(t.observationStates).where(eq(t.observationStates.id, row.id)).run());
  }
  for (const [key, c] of wantedCounted) {
    const values = { documentId, paragraph: c.paragraph, quote: c.quote };
    const row = countedByKey.get(key);
    if (!row) {
      inserted(tx.insert(t.observationStates).values({ indicatorId: c.indicatorId, cycle: c.cycle, spanFrom: c.spanFrom, state: c.state, ...values }).run());
    } else if (row.documentId === documentId && differs(row, values)) {
      updated(tx.update(t.observationStates).set(values).where(eq(t.observationStates.id, row.id)).run());
    }
  }
}
