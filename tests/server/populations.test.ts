// Populations as lists of States: which list covers a figure, who is missing from it, the N that follows from the list,
// and the contradictions between a figure, its counted States and its population, recorded as conflicts (never
// reconciled). Against the real migrated database with the bundled populations, plus rows inserted as an ISU would.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/src/api-paths.ts';
import { ConflictsResponseSchema, IndicatorResponseSchema } from '../../shared/src/schemas/api.ts';
import { bumpDataVersion } from '../../server/src/db/data-version.ts';
import * as t from '../../server/src/db/schema.ts';
import { listCovering, missingOf, type CataloguePopulation } from '../../server/src/modules/states/populations.ts';
import { appPerTest } from '../helpers/app.ts';

const current = appPerTest();

const indicator = async (id: string) => IndicatorResponseSchema.parse((await current.app.inject({ method: 'GET', url: API_PATHS.indicator(id) })).json()).data;
const source = { document: 'Doc', paragraph: 1, quote: null };
const list = (cycle: string, spanFrom: string | null, states: string[], size: number | null) => ({
  cycle,
  spanFrom,
  size,
  states,
  complete: size !== null && states.length === size,
  unnamed: size === null ? null : size - states.length,
  source,
  note: null,
});
const ORDER = ['10MSP', '11MSP', '12MSP', '13MSP', '3RC'];
const ordinal = (c: string) => ORDER.indexOf(c);

describe('listCovering and missingOf (pure)', () => {
  const population: CataloguePopulation = {
    id: 'p',
    titles: { en: 'P', fr: null, es: null, ar: null },
    lists: [list('13MSP', '10MSP', ['AAA', 'BBB', 'CCC'], 3), list('12MSP', '11MSP', ['AAA', 'BBB'], 2), list('13MSP', null, [], 4)],
    ledger: [],
  };
  it('takes the list of the same cycle or span first, else the narrowest span containing the cycle, else none', () => {
    expect(listCovering(population, { cycle: '13MSP', spanFrom: null }, ordinal)).toMatchObject({ size: 4, covers: 'cycle' });
    expect(listCovering(population, { cycle: '13MSP', spanFrom: '10MSP' }, ordinal)).toMatchObject({ size: 3, covers: 'cycle' });
    expect(listCovering(population, { cycle: '12MSP', spanFrom: null }, ordinal)).toMatchObject({ size: 2, covers: 'span' });
    expect(listCovering(population, { cycle: '10MSP', spanFrom: null }, ordinal)).toMatchObject({ size: 3, covers: 'span' });
    expect(listCovering(population, { cycle: '3RC', spanFrom: null }, ordinal)).toBeNull();
    expect(listCovering(population, { cycle: '12MSP', spanFrom: '10MSP' }, ordinal)).toBeNull();
    expect(listCovering(undefined, { cycle: '13MSP', spanFrom: null }, ordinal)).toBeNull();
  });
  it('names who is missing only when both lists are complete and agree', () => {
    const covering = { ...list('13MSP', '10MSP', ['AAA', 'BBB', 'CCC'], 3), covers: 'span' as const };
    const counted = (states: string[], complete: boolean) => ({ states, complete, unnamed: 0, missing: null, source });
    expect(missingOf(counted(['AAA'], true), covering)).toEqual(['BBB', 'CCC']);
    expect(missingOf(counted(['AAA', 'BBB', 'CCC'], true), covering)).toEqual([]);
    expect(missingOf(counted(['AAA'], false), covering)).toBeNull();
    expect(missingOf(counted(['AAA', 'ZZZ'], true), covering)).toBeNull();
    expect(missingOf(counted(['AAA'], true), { ...covering, complete: false })).toBeNull();
    expect(missingOf(null, covering)).toBeNull();
  });
});

describe('the N follows from the population list', () => {
  it('the bundled States with victims give a33-action-plans its N of 12 through the ¶138 list', async () => {
    const data = await indicator('a33-action-plans');
    expect(data.populationStates?.id).toBe('states-with-victims');
    expect(data.denominator).toBe(12);
    for (const o of data.observations.filter((x) => x.spanFrom === null)) expect(o.population).toMatchObject({ size: 12, covers: 'span', source: { paragraph: 138 } });
  });

  it('an ISU list for a cycle is the whole population: its N is its length, and the latest N is the indicator’s', async () => {
    const db = current.database.db;
    db.update(t.indicators).set({ populationSize: null }).where(sql`id = 'a33-action-plans'`).run();
    db.update(t.observations).set({ denominator: null }).where(sql`indicator_id = 'a33-action-plans'`).run();
    const list = db.insert(t.populationLists).values({ populationId: 'states-with-victims', cycle: '3RC', spanFrom: null, size: null, documentId: null, sourceRef: 'ISU list', paragraph: null, quote: null, note: null }).returning().get();
    db.insert(t.populationListStates).values([{ listId: list.id, state: 'AFG' }]).run();
    db.insert(t.observations).values({ indicatorId: 'a33-action-plans', cycle: '3RC', value: 1, qualifier: 'exact', reporting: 'reported', documentId: null, sourceRef: 'ISU', paragraph: null }).run();
    bumpDataVersion(db, new Date());
    const data = await indicator('a33-action-plans');
    expect(data.observations.find((o) => o.cycle === '3RC')?.population).toMatchObject({ size: 1, states: ['AFG'], complete: true, unnamed: 0, covers: 'cycle' });
    expect(data.denominator).toBe(1);
  });
});

describe('contradictions are recorded, never reconciled', () => {
  it('a counted list longer than its figure, and a figure above its population, are conflicts on the indicator', async () => {
    const db = current.database.db;
    // a33-focal-points: 12 counted at 12MSP. Lower the figure to 10: twelve names for a count of ten.
    db.update(t.observations).set({ value: 10 }).where(sql`indicator_id = 'a33-focal-points' and cycle = '12MSP'`).run();
    // a33-action-plans: every figure 13, out of the twelve of ¶138.
    db.update(t.observations).set({ value: 13, qualifier: 'exact' }).where(sql`indicator_id = 'a33-action-plans' and span_from is null`).run();
    bumpDataVersion(db, new Date());

    const focal = await indicator('a33-focal-points');
    expect(focal.conflicts).toContain('counted-list-a33-focal-points-12msp');
    const plans = await indicator('a33-action-plans');
    const cycle = plans.observations.find((o) => o.spanFrom === null)?.cycle ?? '';
    expect(plans.conflicts).toContain(`count-above-population-a33-action-plans-${cycle.toLowerCase()}`);
    const all = ConflictsResponseSchema.parse((await current.app.inject({ method: 'GET', url: API_PATHS.conflicts() })).json()).data;
    const longer = all.find((c) => c.id === 'counted-list-a33-focal-points-12msp');
    expect(longer?.description).toBe('The figure for 12MSP is 10, but its source names 12 States.');
    expect(longer?.statements.map((s) => s.paragraph)).toContain(138);
    expect(all.find((c) => c.id === `count-above-population-a33-action-plans-${cycle.toLowerCase()}`)?.description).toBe(`The figure for ${cycle} (13) is above its population (12).`);
  });

  it('the bundled data has none of these contradictions', async () => {
    const all = ConflictsResponseSchema.parse((await current.app.inject({ method: 'GET', url: API_PATHS.conflicts() })).json()).data;
    expect(all.filter((c) => /^(counted-list|counted-outside-population|count-above-population|denominator-population)-/.test(c.id))).toEqual([]);
  });
});
