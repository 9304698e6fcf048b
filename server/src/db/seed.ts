// Loads the bundled seed data into a migrated database, and brings a database loaded by an earlier bundle up to date.
// What the ISU has changed is never touched: a bundled figure with any entry in the change log, or a text with a
// content edit, keeps the ISU's version. Everything else follows the bundle. Running it again changes nothing.
import { and, eq, isNull } from 'drizzle-orm';
import type { SeedBundle, SeedObservation } from '@ccm/shared/schemas/seed';
import type { Db, Database_ } from './client.ts';
import * as t from './schema.ts';
import { bumpDataVersion } from './data-version.ts';
import { namedByPopulations, syncPopulations } from './seed-populations.ts';

export interface SeedResult {
  inserted: number;
  updated: number;
  removed: number;
  /** Bundled figures the bundle changed but the ISU had edited: kept as the ISU left them. */
  keptIsuEdits: string[];
}

const key3 = (indicatorId: string, cycle: string, spanFrom: string | null) => `${indicatorId}|${cycle}|${spanFrom ?? ''}`;

/** Field-by-field difference of the columns the bundle owns, ignoring key order and undefined. */
function differs<T extends Record<string, unknown>>(row: T, values: Partial<T>): boolean {
  return Object.entries(values).some(([k, v]) => JSON.stringify(row[k] ?? null) !== JSON.stringify(v ?? null));
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

export function seedDatabase(database: Database_, bundle: SeedBundle, now = new Date()): SeedResult {
  const { db } = database;
  const result: SeedResult = { inserted: 0, updated: 0, removed: 0, keptIsuEdits: [] };
  const inserted = (r: { changes: number }) => {
    result.inserted += r.changes;
  };
  const updated = (r: { changes: number }) => {
    result.updated += r.changes;
  };
  const removed = (r: { changes: number }) => {
    result.removed += r.changes;
  };

  db.transaction((tx) => {
    const doc = bundle.document;
    inserted(tx.insert(t.documents).values({ id: doc.id, title: doc.title, shortTitle: doc.shortTitle }).onConflictDoNothing().run());
    const edited = editedTexts(tx);

    for (const plan of bundle.actionPlans) {
      // A bundled plan is the published record of the source document: public from the moment it is loaded.
      inserted(tx.insert(t.actionPlans).values({ ...plan, publishedAt: now.toISOString() }).onConflictDoNothing().run());
    }
    for (const cycle of bundle.cycles) {
      inserted(
        tx
          .insert(t.cycles)
          .values({ ...cycle, status: 'published', publishedAt: null })
          .onConflictDoNothing()
          .run(),
      );
    }
    const pillarIds = new Map<string, number>();
    for (const pillar of bundle.pillars) {
      inserted(
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
        .select()
        .from(t.pillars)
        .where(and(eq(t.pillars.actionPlan, pillar.actionPlan), eq(t.pillars.slug, pillar.slug)))
        .get();
      if (!row) throw new Error(`Seed data: pillar ${pillar.slug} was not stored`);
      pillarIds.set(`${pillar.actionPlan}/${pillar.slug}`, row.id);
      const values = {
        actionFrom: pillar.actionFrom,
        actionTo: pillar.actionTo,
        sortOrder: pillar.order,
        paragraphs: pillar.paragraphs,
        ...(edited.has(`pillar|${pillar.actionPlan}|${pillar.slug}|name`) ? {} : { name: pillar.name }),
      };
      if (differs(row, values)) updated(tx.update(t.pillars).set(values).where(eq(t.pillars.id, row.id)).run());
    }
    const pillarId = (plan: string, slug: string): number => {
      const id = pillarIds.get(`${plan}/${slug}`);
      if (id === undefined) throw new Error(`Seed data: unknown pillar ${slug} in ${plan}`);
      return id;
    };

    const actionIds = new Map<number, number>();
    for (const action of bundle.actions) {
      inserted(
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
        .select()
        .from(t.actions)
        .where(and(eq(t.actions.actionPlan, action.actionPlan), eq(t.actions.number, action.number)))
        .get();
      if (!row) throw new Error(`Seed data: action ${action.number} was not stored`);
      actionIds.set(action.number, row.id);
      const key = String(action.number);
      const values = {
        pillarId: pillarId(action.actionPlan, action.pillar),
        paragraphs: action.paragraphs,
        ...(edited.has(`action|${action.actionPlan}|${key}|title`) ? {} : { title: action.title }),
        ...(edited.has(`action|${action.actionPlan}|${key}|summary`) ? {} : { summary: action.summary }),
      };
      if (differs(row, values)) updated(tx.update(t.actions).set(values).where(eq(t.actions.id, row.id)).run());
      for (const secondary of action.secondaryPillars) {
        inserted(
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

    // Figures: keys the ISU has touched (any change, in any state) are the ISU's; the rest follow the bundle.
    const touched = new Set(
      tx
        .select({ indicatorId: t.observationChanges.indicatorId, cycle: t.observationChanges.cycle, spanFrom: t.observationChanges.spanFrom })
        .from(t.observationChanges)
        .all()
        .map((c) => key3(c.indicatorId, c.cycle, c.spanFrom)),
    );
    const bundled = new Map<string, { indicatorId: string; o: SeedObservation }>();
    for (const indicator of bundle.indicators) {
      for (const o of indicator.observations) bundled.set(key3(indicator.id, o.cycle, o.spanFrom), { indicatorId: indicator.id, o });
    }

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
      const row = tx.select().from(t.indicators).where(eq(t.indicators.id, indicator.id)).get();
      if (!row) throw new Error(`Seed data: indicator ${indicator.id} was not stored`);
      const owned: Partial<typeof row> = { ...values };
      for (const field of ['title', 'populationDescription', 'populationSize', 'targetShare'] as const) {
        if (edited.has(`indicator|${indicator.id}|${field}`)) delete owned[field];
      }
      if (differs(row, owned)) updated(tx.update(t.indicators).set(owned).where(eq(t.indicators.id, row.id)).run());
    });

    const existing = tx.select().from(t.observations).all();
    const existingKeys = new Set(existing.map((o) => key3(o.indicatorId, o.cycle, o.spanFrom)));
    for (const row of existing) {
      const key = key3(row.indicatorId, row.cycle, row.spanFrom);
      // Only figures still citing the bundle's document, never touched in the workspace, follow the bundle.
      if (row.documentId !== doc.id || row.sourceRef !== null) continue;
      const next = bundled.get(key);
      if (touched.has(key)) {
        if (next && differs(row, observationValues(next.o))) result.keptIsuEdits.push(key);
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
      inserted(
        tx
          .insert(t.observations)
          .values({ indicatorId, cycle: o.cycle, spanFrom: o.spanFrom, documentId: doc.id, ...observationValues(o) })
          .run(),
      );
    }

    // Conflicts, series and comments are not edited in the workspace: they follow the bundle exactly.
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
          documentId: doc.id,
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

    const comments = tx.select().from(t.documentComments).where(eq(t.documentComments.documentId, doc.id)).all();
    const commentKey = (c: { paragraph: number; text: string }) => `${c.paragraph}|${c.text}`;
    const wantedComments = new Map(bundle.comments.map((c) => [commentKey(c), c]));
    for (const stale of comments) {
      if (!wantedComments.has(commentKey(stale))) removed(tx.delete(t.documentComments).where(eq(t.documentComments.id, stale.id)).run());
    }
    for (const comment of bundle.comments) {
      const values = { heading: comment.heading, underReview: comment.underReview, covers: comment.covers };
      const row = comments.find((c) => commentKey(c) === commentKey(comment));
      if (!row) inserted(tx.insert(t.documentComments).values({ documentId: doc.id, paragraph: comment.paragraph, text: comment.text, ...values }).run());
      else if (differs(row, values)) updated(tx.update(t.documentComments).set(values).where(eq(t.documentComments.id, row.id)).run());
    }

    // States, their status events and the States a figure counts follow the bundle, except the counted States of a
    // figure the ISU has changed, which stay as they are (like the figure itself). Parents first, children deleted first.
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
      if (row.documentId === doc.id && !wantedEvents.has(key)) removed(tx.delete(t.stateEvents).where(eq(t.stateEvents.id, row.id)).run());
    }
    for (const [key, e] of wantedEvents) {
      const values = { documentId: doc.id, paragraph: e.paragraph, quote: e.quote, note: e.note };
      const row = eventRows.get(key);
      if (!row) inserted(tx.insert(t.stateEvents).values({ state: e.state, kind: e.kind, date: e.date, ...values }).run());
      else if (row.documentId === doc.id && differs(row, values))
        updated(tx.update(t.stateEvents).set(values).where(eq(t.stateEvents.id, row.id)).run());
    }

    const countedKey = (figure: string, state: string) => `${figure}|${state}`;
    const wantedCounted = new Map<string, { figure: string; indicatorId: string; cycle: string; spanFrom: string | null; state: string; paragraph: number; quote: string }>();
    for (const c of bundle.states.counted) {
      const figure = key3(c.indicator, c.cycle, c.spanFrom);
      if (touched.has(figure)) continue;
      for (const state of c.states) {
        wantedCounted.set(countedKey(figure, state), { figure, indicatorId: c.indicator, cycle: c.cycle, spanFrom: c.spanFrom, state, paragraph: c.paragraph, quote: c.quote });
      }
    }
    const countedRows = tx.select().from(t.observationStates).all();
    const countedByKey = new Map(countedRows.map((r) => [countedKey(key3(r.indicatorId, r.cycle, r.spanFrom), r.state), r]));
    for (const row of countedRows) {
      const figure = key3(row.indicatorId, row.cycle, row.spanFrom);
      if (row.documentId !== doc.id || touched.has(figure) || wantedCounted.has(countedKey(figure, row.state))) continue;
      removed(tx.delete(t.observationStates).where(eq(t.observationStates.id, row.id)).run());
    }
    for (const [key, c] of wantedCounted) {
      const values = { documentId: doc.id, paragraph: c.paragraph, quote: c.quote };
      const row = countedByKey.get(key);
      if (!row) {
        inserted(
          tx
            .insert(t.observationStates)
            .values({ indicatorId: c.indicatorId, cycle: c.cycle, spanFrom: c.spanFrom, state: c.state, ...values })
            .run(),
        );
      } else if (row.documentId === doc.id && differs(row, values)) {
        updated(tx.update(t.observationStates).set(values).where(eq(t.observationStates.id, row.id)).run());
      }
    }

    syncPopulations(tx, bundle, doc.id, { inserted, updated, removed });

    // A State the bundle no longer names goes, unless a row the bundle does not own still refers to it.
    const bundledCodes = new Set(bundle.states.states.map((s) => s.code));
    for (const code of stateRows.keys()) {
      if (bundledCodes.has(code)) continue;
      const referenced =
        tx.select({ id: t.stateEvents.id }).from(t.stateEvents).where(eq(t.stateEvents.state, code)).limit(1).all().length > 0 ||
        tx.select({ id: t.observationStates.id }).from(t.observationStates).where(eq(t.observationStates.state, code)).limit(1).all().length > 0 ||
        namedByPopulations(tx, code);
      if (!referenced) removed(tx.delete(t.states).where(eq(t.states.code, code)).run());
    }

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
