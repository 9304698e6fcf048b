// A synthetic data set about 100 times the bundled one (10 plans x 500 indicators x 20 cycles by default), inserted
// next to the bundled data with prepared statements in one transaction, then the data version is bumped.
// Deterministic (seeded), so every run measures the same rows. Usable alone:
//   node --import tsx bench/synthetic.ts path/to/dashboard.db
import { resolve } from 'node:path';
import { migrateDatabase, openDatabase, type Database_ } from '../server/src/db/client.ts';
import { bumpDataVersion } from '../server/src/db/data-version.ts';
import { isEmpty, seedDatabase } from '../server/src/db/seed.ts';
import { loadSeedBundle } from '../server/src/db/seed-files.ts';
import { REPO_ROOT } from './server-process.ts';

export interface SyntheticOptions {
  plans: number;
  pillarsPerPlan: number;
  actionsPerPlan: number;
  indicatorsPerPlan: number;
  cyclesPerPlan: number;
  /** Share of (indicator, cycle) pairs that have an observation. */
  observationShare: number;
  seed: number;
}

export const DEFAULT_SYNTHETIC: SyntheticOptions = {
  plans: 10,
  pillarsPerPlan: 9,
  actionsPerPlan: 50,
  indicatorsPerPlan: 500,
  cyclesPerPlan: 20,
  observationShare: 0.1,
  seed: 20_260_101,
};

export interface SyntheticCounts {
  actionPlans: number;
  cycles: number;
  pillars: number;
  actions: number;
  indicators: number;
  observations: number;
}

/** mulberry32: a small seeded generator, so the data set is the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WORDS = 'States Parties reported progress clearance survey victims assistance stockpiles destroyed national measures cooperation risk education contaminated areas released square metres'.split(' ');

function sentence(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)] ?? 'data');
  return out.join(' ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function insertSyntheticData(database: Database_, options: Partial<SyntheticOptions> = {}, now = new Date()): SyntheticCounts {
  const o = { ...DEFAULT_SYNTHETIC, ...options };
  const next = random(o.seed);
  const { sqlite } = database;
  const counts: SyntheticCounts = { actionPlans: 0, cycles: 0, pillars: 0, actions: 0, indicators: 0, observations: 0 };

  const insertDocument = sqlite.prepare('insert or ignore into documents (id, title, short_title) values (?, ?, ?)');
  const insertPlan = sqlite.prepare(
    'insert into action_plans (code, title, adopted_at, start_year, end_year, deadline_cycle, paragraphs, published_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertCycle = sqlite.prepare(
    `insert into cycles (code, action_plan, ordinal, year, meeting, start_date, end_date, is_deadline, status, published_at, paragraphs)
     values (?, ?, ?, ?, ?, null, null, ?, 'published', null, ?)`,
  );
  const insertPillar = sqlite.prepare(
    'insert into pillars (action_plan, slug, name, action_from, action_to, sort_order, paragraphs) values (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertAction = sqlite.prepare('insert into actions (action_plan, number, pillar_id, title, summary, paragraphs) values (?, ?, ?, ?, ?, ?)');
  const insertIndicator = sqlite.prepare(
    `insert into indicators (id, action_id, title, unit, direction, population_description, population_size, population_paragraph, target_share, sort_order)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertObservation = sqlite.prepare(
    `insert into observations (indicator_id, cycle, span_from, value, qualifier, denominator, reporting, document_id, paragraph, quote, note)
     values (?, ?, null, ?, ?, ?, ?, ?, ?, ?, null)`,
  );

  sqlite.transaction(() => {
    const documentId = (sqlite.prepare('select id from documents order by id limit 1').pluck().get() as string | undefined) ?? 'synthetic';
    insertDocument.run(documentId, 'Synthetic review document', 'Synthetic');
    let sortOrder = Number(sqlite.prepare('select coalesce(max(sort_order), 0) from indicators').pluck().get()) + 1;

    for (let p = 1; p <= o.plans; p++) {
      const plan = `SYN${pad(p)}`;
      // Start years before the bundled plan's, so the public pages keep showing the bundled (current) plan.
      const startYear = 1990 + p;
      const cycleCodes = Array.from({ length: o.cyclesPerPlan }, (_, c) => `${plan}C${pad(c + 1)}`);
      const deadline = cycleCodes.at(-1) ?? `${plan}C01`;
      // Published: a plan still being set up (published_at null) is left out of the public catalogue altogether.
      insertPlan.run(plan, `Synthetic action plan ${p}`, `synthetic ${startYear}`, startYear, startYear + o.cyclesPerPlan - 1, deadline, '[]', now.toISOString());
      counts.actionPlans++;
      cycleCodes.forEach((code, c) => {
        insertCycle.run(code, plan, c, startYear + c, `Synthetic meeting ${c + 1} of plan ${p}`, c === o.cyclesPerPlan - 1 ? 1 : 0, '[]');
        counts.cycles++;
      });

      const pillarIds: number[] = [];
      const actionsPerPillar = Math.ceil(o.actionsPerPlan / o.pillarsPerPlan);
      for (let k = 0; k < o.pillarsPerPlan; k++) {
        const from = k * actionsPerPillar + 1;
        const info = insertPillar.run(plan, `syn${pad(p)}-pillar-${k + 1}`, `Synthetic pillar ${k + 1}`, from, from + actionsPerPillar - 1, k, '[]');
        pillarIds.push(Number(info.lastInsertRowid));
        counts.pillars++;
      }

      const indicatorsPerAction = Math.ceil(o.indicatorsPerPlan / o.actionsPerPlan);
      let planIndicators = 0;
      for (let a = 1; a <= o.actionsPerPlan; a++) {
        // Numbers unique across the database (101, 102, ...): the bundled plan's run 1..50 and the API caps them at 999.
        const number = 100 + (p - 1) * o.actionsPerPlan + a;
        const pillarId = pillarIds[Math.min(Math.floor((a - 1) / actionsPerPillar), pillarIds.length - 1)] ?? 0;
        const info = insertAction.run(plan, number, pillarId, `Synthetic action ${number}: ${sentence(next, 8)}`, sentence(next, 30), JSON.stringify([a]));
        const actionId = Number(info.lastInsertRowid);
        counts.actions++;

        for (let i = 1; i <= indicatorsPerAction && planIndicators < o.indicatorsPerPlan; i++, planIndicators++) {
          const id = `syn${pad(p)}-a${number}-i${pad(i)}`;
          const direction = next() < 0.85 ? 'increase' : 'decrease';
          const size = next() < 0.6 ? 20 + Math.floor(next() * 100) : null;
          const target = size !== null && next() < 0.7 ? 1 : null;
          insertIndicator.run(
            id,
            actionId,
            `States Parties ${sentence(next, 12)}`,
            'States Parties',
            direction,
            `States Parties ${sentence(next, 6)}`,
            size,
            size === null ? null : 1 + Math.floor(next() * 300),
            target,
            sortOrder++,
          );
          counts.indicators++;

          let value = Math.floor(next() * 10);
          for (let c = 0; c < o.cyclesPerPlan - 1; c++) {
            if (next() >= o.observationShare) continue;
            const reported = next() < 0.9;
            value = Math.max(0, value + Math.floor(next() * 6) - (direction === 'increase' ? 1 : 4));
            insertObservation.run(
              id,
              cycleCodes[c],
              reported ? value : null,
              'exact',
              size,
              reported ? 'reported' : 'not_reported',
              documentId,
              1 + Math.floor(next() * 300),
              reported ? `${value} ${sentence(next, 10)}` : null,
            );
            counts.observations++;
          }
        }
      }
    }
    bumpDataVersion(database.db, now);
  })();
  return counts;
}

/** Row counts of the tables the synthetic set fills, for the report. */
export function countRows(database: Database_): SyntheticCounts {
  const count = (table: string) => Number(database.sqlite.prepare(`select count(*) from ${table}`).pluck().get());
  return {
    actionPlans: count('action_plans'),
    cycles: count('cycles'),
    pillars: count('pillars'),
    actions: count('actions'),
    indicators: count('indicators'),
    observations: count('observations'),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(REPO_ROOT, 'bench/synthetic.ts')) {
  const path = process.argv[2];
  if (!path) {
    process.stderr.write('usage: node --import tsx bench/synthetic.ts <database-path>\n');
    process.exit(2);
  }
  const database = openDatabase(path);
  try {
    migrateDatabase(database);
    if (isEmpty(database)) seedDatabase(database, loadSeedBundle(resolve(REPO_ROOT, 'seed-data')));
    const started = performance.now();
    const added = insertSyntheticData(database);
    process.stdout.write(`added ${JSON.stringify(added)} in ${Math.round(performance.now() - started)} ms; now ${JSON.stringify(countRows(database))}\n`);
  } finally {
    database.sqlite.close();
  }
}
