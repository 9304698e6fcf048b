// Seeds what the source document says beside the figures: its contradictions (conflicts), the non-action series and
// the drafters' comments. None is edited in the workspace: they follow the bundle exactly.
import { eq } from 'drizzle-orm';
import type { SeedBundle } from '@ccm/shared/schemas/seed';
import type { Db } from './client.ts';
import * as t from './schema.ts';
import { differs, type SeedCounters } from './seed-sync.ts';

export function syncConflicts(tx: Db, bundle: SeedBundle, actionId: (number: number) => number, { inserted, updated, removed }: SeedCounters): void {
  const conflictIds = new Set(bundle.conflicts.map((c) => c.id));
  for (const stale of tx.select({ id: t.conflicts.id }).from(t.conflicts).all()) {
    if (conflictIds.has(stale.id)) continue;
    tx.delete(t.conflictIndicators).where(eq(t.conflictIndicators.conflictId, stale.id)).run();
    removed(tx.delete(t.conflicts).where(eq(t.conflicts.id, stale.id)).run());
  }
  for (const conflict of bundle.conflicts) {
    const values = {
      actionId: conflict.action === null ? null : actionId(conflict.action),
      seriesName: conflict.series,
      description: conflict.description,
      statements: conflict.statements,
    };
    const row = tx.select().from(t.conflicts).where(eq(t.conflicts.id, conflict.id)).get();
    if (!row) inserted(tx.insert(t.conflicts).values({ id: conflict.id, ...values }).run());
    else if (differs(row, values)) updated(tx.update(t.conflicts).set(values).where(eq(t.conflicts.id, row.id)).run());
    const linked = tx
      .select({ indicatorId: t.conflictIndicators.indicatorId })
      .from(t.conflictIndicators)
      .where(eq(t.conflictIndicators.conflictId, conflict.id))
      .all()
      .map((l) => l.indicatorId);
    if (JSON.stringify([...linked].sort()) !== JSON.stringify([...conflict.indicators].sort())) {
      removed(tx.delete(t.conflictIndicators).where(eq(t.conflictIndicators.conflictId, conflict.id)).run());
      for (const indicatorId of conflict.indicators) {
        inserted(tx.insert(t.conflictIndicators).values({ conflictId: conflict.id, indicatorId }).run());
      }
    }
  }
}

export function syncSeries(tx: Db, bundle: SeedBundle, { inserted, updated, removed }: SeedCounters): void {
  const documentId = bundle.document.id;
  bundle.series.forEach((s, index) => {
    const values = { title: s.title, description: s.description, sortOrder: index };
    const row = tx.select().from(t.series).where(eq(t.series.name, s.name)).get();
    if (!row) inserted(tx.insert(t.series).values({ name: s.name, ...values }).run());
    else if (differs(row, values)) updated(tx.update(t.series).set(values).where(eq(t.series.name, s.name)).run());
    const points = tx.select().from(t.seriesPoints).where(eq(t.seriesPoints.seriesName, s.name)).all();
    const wanted = new Set(s.points.map((p) => `${p.period}|${p.measure}`));
    for (const stale of points) {
      if (!wanted.has(`${stale.period}|${stale.measure}`)) removed(tx.delete(t.seriesPoints).where(eq(t.seriesPoints.id, stale.id)).run());
    }
    s.points.forEach((p, pointIndex) => {
      const pointValues = {
        value: p.value,
        unit: p.unit,
        qualifier: p.qualifier,
        provisional: p.provisional,
        states: p.states,
        documentId,
        paragraph: p.paragraph,
        quote: p.quote,
        note: p.note,
        underReviewNote: p.underReview?.note ?? null,
        underReviewParagraph: p.underReview?.paragraph ?? null,
        sortOrder: pointIndex,
      };
      const point = points.find((x) => x.period === p.period && x.measure === p.measure);
      if (!point) inserted(tx.insert(t.seriesPoints).values({ seriesName: s.name, period: p.period, measure: p.measure, ...pointValues }).run());
      else if (differs(point, pointValues)) updated(tx.update(t.seriesPoints).set(pointValues).where(eq(t.seriesPoints.id, point.id)).run());
    });
  });
}

export function syncComments(tx: Db, bundle: SeedBundle, { inserted, updated, removed }: SeedCounters): void {
  const documentId = bundle.document.id;
  const comments = tx.select().from(t.documentComments).where(eq(t.documentComments.documentId, documentId)).all();
  const commentKey = (c: { paragraph: number; text: string }) => `${c.paragraph}|${c.text}`;
  const wantedComments = new Map(bundle.comments.map((c) => [commentKey(c), c]));
  for (const stale of comments) {
    if (!wantedComments.has(commentKey(stale))) removed(tx.delete(t.documentComments).where(eq(t.documentComments.id, stale.id)).run());
  }
  for (const comment of bundle.comments) {
    const values = { heading: comment.heading, underReview: comment.underReview, covers: comment.covers };
    const row = comments.find((c) => commentKey(c) === commentKey(comment));
    if (!row) inserted(tx.insert(t.documentComments).values({ documentId, paragraph: comment.paragraph, text: comment.text, ...values }).run());
    else if (differs(row, values)) updated(tx.update(t.documentComments).set(values).where(eq(t.documentComments.id, row.id)).run());
  }
}
