// A checksum of every table's rows (proves a rejected request changed nothing, byte for byte), and a fixture second plan.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Database_ } from '../../server/src/db/client.ts';
import { bumpDataVersion } from '../../server/src/db/data-version.ts';
import * as t from '../../server/src/db/schema.ts';

export function databaseChecksum(sqlite: Database.Database, { except = ['sessions'] }: { except?: string[] } = {}): string {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name")
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables.filter((t) => !except.includes(t))) {
    hash.update(`#${table}\n`);
    for (const row of sqlite.prepare(`select * from "${table}" order by rowid`).raw().all()) hash.update(`${JSON.stringify(row)}\n`);
  }
  return hash.digest('hex');
}

/**
 * A second action plan for tests, inserted straight into the database: never bundled, since the next plan's content is
 * not in seed-data. Its numbers and slug deliberately repeat the LAP's (action 27, pillar risk-education).
 */
export const FIXTURE_PLAN = {
  code: 'NAP',
  deadlineCycle: '4RC',
  pillar: 'risk-education',
  action: 27,
  indicator: 'nap-a27-fixture',
  cycles: ['N1MSP', 'N2MSP', 'N3MSP', '4RC'],
  /** The crosswalk: the fixture indicator continues this LAP indicator (revised); that one is discontinued. */
  predecessor: 'a27-re-integrated',
  discontinued: 'a28-tailored-re',
} as const;

export function insertFixturePlan(database: Database_, now = new Date('2027-12-01T00:00:00Z')): void {
  const { db } = database;
  db.transaction((tx) => {
    tx.insert(t.actionPlans)
      .values({ code: 'NAP', title: 'Next Action Plan (test fixture)', adoptedAt: '3RC (2026)', startYear: 2027, endYear: 2031, deadlineCycle: '4RC', paragraphs: [], previousPlan: 'LAP', publishedAt: now.toISOString() })
      .run();
    const years = [2027, 2028, 2029, 2031];
    FIXTURE_PLAN.cycles.forEach((code, ordinal) =>
      tx
        .insert(t.cycles)
        .values({ code, actionPlan: 'NAP', ordinal, year: years[ordinal] ?? 2031, meeting: `${code} (fixture)`, isDeadline: code === '4RC', status: 'published', publishedAt: now.toISOString(), paragraphs: [] })
        .run(),
    );
    const pillar = tx
      .insert(t.pillars)
      .values({ actionPlan: 'NAP', slug: FIXTURE_PLAN.pillar, name: 'Risk education (next plan)', actionFrom: 27, actionTo: 27, sortOrder: 0, paragraphs: [] })
      .returning()
      .get();
    const action = tx
      .insert(t.actions)
      .values({ actionPlan: 'NAP', number: FIXTURE_PLAN.action, pillarId: pillar.id, title: 'Next plan action 27 (fixture)', summary: 'A fixture action of the next plan.', paragraphs: [] })
      .returning()
      .get();
    tx.insert(t.indicators)
      .values({
        id: FIXTURE_PLAN.indicator,
        actionId: action.id,
        title: 'States Parties with a fixture measure',
        unit: 'States Parties',
        direction: 'increase',
        populationDescription: 'Affected States Parties (fixture)',
        populationSize: 10,
        populationParagraph: null,
        targetShare: 1,
        sortOrder: 1000,
      })
      .run();
    for (const [cycle, value] of [['N1MSP', 2], ['N2MSP', 3]] as const) {
      tx.insert(t.observations)
        .values({ indicatorId: FIXTURE_PLAN.indicator, cycle, value, qualifier: 'exact', reporting: 'reported', sourceRef: 'Fixture report', documentId: null })
        .run();
    }
    tx.insert(t.crosswalk)
      .values([
        { entity: 'indicator', fromPlan: 'LAP', fromKey: FIXTURE_PLAN.predecessor, toPlan: 'NAP', toKey: FIXTURE_PLAN.indicator, relation: 'revised', note: 'Fixture: measured against a narrower population.', createdAt: now.toISOString() },
        { entity: 'indicator', fromPlan: 'LAP', fromKey: FIXTURE_PLAN.discontinued, toPlan: 'NAP', toKey: null, relation: 'discontinued', note: 'Fixture: not carried into the next plan.', createdAt: now.toISOString() },
        { entity: 'action', fromPlan: 'LAP', fromKey: '27', toPlan: 'NAP', toKey: '27', relation: 'carried_over', note: null, createdAt: now.toISOString() },
      ])
      .run();
    bumpDataVersion(tx, now);
  });
}
