// States fixture rows, inserted directly so the States tests never depend on the bundled lists' exact content: the
// States tables are emptied (population lists name no one), three States with events are added, and one published figure and one series point name some.
import { and, asc, eq, gte, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database_ } from '../../server/src/db/client.ts';
import { bumpDataVersion } from '../../server/src/db/data-version.ts';
import * as t from '../../server/src/db/schema.ts';

export interface StatesFixture {
  /** The published figure that counts LBN and LAO (its value is at least 3, so one or more are unnamed). */
  figure: { indicatorId: string; cycle: string; spanFrom: string | null; value: number };
  /** The series point that names "Lao PDR" and "Lebanon". */
  point: { series: string; period: string; measure: string };
  document: { id: string; shortTitle: string };
}

export function insertStatesFixture(database: Database_, now = new Date('2027-12-02T00:00:00Z')): StatesFixture {
  const { db } = database;
  return db.transaction((tx) => {
    tx.delete(t.observationStates).where(sql`1 = 1`).run();
    tx.delete(t.populationListStates).where(sql`1 = 1`).run();
    tx.update(t.populationChanges).set({ state: null }).where(isNotNull(t.populationChanges.state)).run();
    tx.delete(t.stateEvents).where(sql`1 = 1`).run();
    tx.delete(t.states).where(sql`1 = 1`).run();
    tx.update(t.seriesPoints).set({ states: null }).where(isNotNull(t.seriesPoints.states)).run();

    const document = tx.select().from(t.documents).orderBy(asc(t.documents.id)).limit(1).get();
    if (!document) throw new Error('states fixture: the seed has no document');
    // An exact, whole, published LAP figure of 3 or more.
    const figure = tx
      .select({ indicatorId: t.observations.indicatorId, cycle: t.observations.cycle, spanFrom: t.observations.spanFrom, value: t.observations.value })
      .from(t.observations)
      .innerJoin(t.cycles, eq(t.cycles.code, t.observations.cycle))
      .where(and(eq(t.cycles.status, 'published'), eq(t.cycles.actionPlan, 'LAP'), eq(t.observations.qualifier, 'exact'), isNull(t.observations.spanFrom), gte(t.observations.value, 3), sql`${t.observations.value} = cast(${t.observations.value} as integer)`))
      .orderBy(asc(t.observations.id))
      .limit(1)
      .get();
    if (!figure || figure.value === null) throw new Error('states fixture: the seed has no exact whole figure of 3 or more');
    const point = tx.select().from(t.seriesPoints).orderBy(asc(t.seriesPoints.id)).limit(1).get();
    if (!point) throw new Error('states fixture: the seed has no series point');

    tx.insert(t.states).values([{ code: 'LBN', shortName: null }, { code: 'LAO', shortName: 'Lao PDR' }, { code: 'LTU', shortName: null }]).run();
    tx.insert(t.stateEvents)
      .values([
        { state: 'LBN', kind: 'signed', date: '2008-12-03', documentId: document.id, paragraph: 11, quote: 'Lebanon signed.', note: null },
        { state: 'LBN', kind: 'state_party', date: '2011-11-01', documentId: document.id, paragraph: 12, quote: 'Lebanon became a State Party.', note: null },
        { state: 'LAO', kind: 'state_party', date: '2010-08-01', documentId: document.id, paragraph: 13, quote: 'Lao PDR is a State Party.', note: null },
        { state: 'LTU', kind: 'state_party', date: '2011', documentId: null, paragraph: null, quote: null, note: null },
        { state: 'LTU', kind: 'withdrawal_notified', date: '2024-09', documentId: null, paragraph: null, quote: null, note: null },
        { state: 'LTU', kind: 'withdrawn', date: '2025-03-06', documentId: document.id, paragraph: 14, quote: 'Lithuania’s withdrawal took effect.', note: 'Fixture.' },
      ])
      .run();
    tx.insert(t.observationStates)
      .values([
        { indicatorId: figure.indicatorId, cycle: figure.cycle, spanFrom: null, state: 'LBN', documentId: document.id, paragraph: 42, quote: 'Lebanon and the Lao PDR reported.' },
        { indicatorId: figure.indicatorId, cycle: figure.cycle, spanFrom: null, state: 'LAO', documentId: document.id, paragraph: 42, quote: 'Lebanon and the Lao PDR reported.' },
      ])
      .run();
    tx.update(t.seriesPoints).set({ states: ['Lao PDR', 'Lebanon', 'Atlantis'] }).where(eq(t.seriesPoints.id, point.id)).run();
    bumpDataVersion(tx, now);
    return {
      figure: { indicatorId: figure.indicatorId, cycle: figure.cycle, spanFrom: figure.spanFrom, value: figure.value },
      point: { series: point.seriesName, period: point.period, measure: point.measure },
      document: { id: document.id, shortTitle: document.shortTitle },
    };
  });
}

/** A figure of the fixture plan (insertFixturePlan) counting LBN: once the plan is unpublished, no one may see it. */
export function countInFixturePlan(database: Database_, indicatorId: string, cycle: string, now = new Date('2027-12-03T00:00:00Z')): void {
  database.db.transaction((tx) => {
    tx.insert(t.observationStates).values({ indicatorId, cycle, spanFrom: null, state: 'LBN', documentId: null, paragraph: 7, quote: 'Hidden.' }).run();
    tx.update(t.actionPlans).set({ publishedAt: null }).where(eq(t.actionPlans.code, 'NAP')).run();
    bumpDataVersion(tx, now);
  });
}
