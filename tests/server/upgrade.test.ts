// A database made by the previous version upgrades in place: the migrations carry its rows forward, the bundled data
// catches up with the new bundle, and everything the ISU did in it (accounts, corrections, drafts, overrides,
// translations, now keyed by plan and carried over as the LAP's) is kept.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/src/api-paths.ts';
import { IndicatorsResponseSchema, PillarsResponseSchema, SummaryResponseSchema } from '../../shared/src/schemas/api.ts';
import { ChangesResponseSchema } from '../../shared/src/schemas/workspace.ts';
import { migrateDatabase, openDatabase, type Database_ } from '../../server/src/db/client.ts';
import { seedDatabase } from '../../server/src/db/seed.ts';
import { loadSeedBundle } from '../../server/src/db/seed-files.ts';
import { buildTestApp, freshDatabase, REPO_ROOT, SEED_DIR } from '../helpers/app.ts';
import { signIn, TEST_PASSWORD } from '../helpers/auth.ts';
import { databaseChecksum, insertFixturePlan } from '../helpers/db.ts';

const FIXTURE = resolve(REPO_ROOT, 'tests/fixtures/v1-database.db');

let database: Database_;
beforeEach(() => {
  const path = join(mkdtempSync(join(tmpdir(), 'ccm-upgrade-')), 'dashboard.db');
  copyFileSync(FIXTURE, path);
  database = openDatabase(path);
});
afterEach(() => {
  database.sqlite.close();
});

const all = (sql: string) => database.sqlite.prepare(sql).all() as Record<string, unknown>[];

describe('upgrading a database made by the previous version', () => {
  it('the migration keeps every row and carries each conflict’s indicator into conflict_indicators', () => {
    const before = { observations: all('select * from observations').length, conflicts: all('select id, indicator_id from conflicts') };
    migrateDatabase(database);
    expect(all('select * from observations')).toHaveLength(before.observations);
    const links = all('select conflict_id, indicator_id from conflict_indicators order by conflict_id');
    const expected = before.conflicts.filter((c) => c.indicator_id !== null).map((c) => ({ conflict_id: c.id, indicator_id: c.indicator_id }));
    expect(links).toEqual(expect.arrayContaining(expected));
    expect(links).toHaveLength(expected.length);
    expect(all('select id from conflicts')).toHaveLength(before.conflicts.length);
    expect(database.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('catches up with the bundle and keeps the ISU’s work; a second run changes nothing', async () => {
    migrateDatabase(database);
    const bundle = loadSeedBundle(SEED_DIR);
    const result = seedDatabase(database, bundle);
    expect(result.inserted + result.updated + result.removed).toBeGreaterThan(0);
    const afterFirst = databaseChecksum(database.sqlite);
    expect(seedDatabase(database, bundle)).toMatchObject({ inserted: 0, updated: 0, removed: 0 });
    expect(databaseChecksum(database.sqlite)).toBe(afterFirst);

    // Every bundled figure the ISU never touched is now exactly what a fresh database holds.
    const fresh = freshDatabase();
    const touched = new Set(all("select indicator_id || '|' || cycle || '|' || coalesce(span_from, '') as k from observation_changes").map((r) => r.k));
    expect(touched.size).toBe(2);
    const figures = (db: Database_) =>
      (db.sqlite
        .prepare(
          `select o.indicator_id, o.cycle, coalesce(o.span_from, '') as span, o.value, o.qualifier, o.denominator, o.reporting,
                  o.paragraph, o.quote, o.note, o.cycle_inferred, o.under_review_note, o.under_review_paragraph, o.source_ref
           from observations o order by 1, 2, 3`,
        )
        .all() as Record<string, unknown>[]).filter((o) => !touched.has(`${String(o.indicator_id)}|${String(o.cycle)}|${String(o.span)}`));
    expect(figures(database)).toEqual(figures(fresh));
    for (const table of ['conflicts', 'conflict_indicators', 'series_points', 'document_comments', 'indicators', 'states', 'state_events', 'observation_states', 'populations', 'population_indicators', 'population_lists', 'population_list_states', 'population_changes']) {
      expect(all(`select count(*) as n from ${table}`), table).toEqual(fresh.sqlite.prepare(`select count(*) as n from ${table}`).all());
    }
    fresh.sqlite.close();

    // The ISU's work is still there.
    expect(all('select email, role from users order by email')).toEqual([
      { email: 'isu.admin@example.org', role: 'admin' },
      { email: 'isu.editor@example.org', role: 'editor' },
    ]);
    const corrected = all("select value, source_ref from observations where indicator_id = 'a27-re-integrated' and cycle = '13MSP'");
    expect(corrected).toEqual([{ value: 9, source_ref: 'Article 7 report of Lao PDR, 2026' }]);
    expect(all("select state from observation_changes where indicator_id = 'a1-policy-integration' and cycle = '12MSP'")).toEqual([{ state: 'draft' }]);
    expect(all("select code from status_overrides where indicator_id = 'a43-timely-reports'")).toEqual([{ code: 'needs_acceleration' }]);
    // Translations and content changes are now keyed by plan: the old rows are the LAP's.
    expect(all("select action_plan, text from translations where entity = 'pillar' and key = 'risk-education' and lang = 'fr'")).toEqual([
      { action_plan: 'LAP', text: 'Éducation aux risques' },
    ]);
    expect(all('select distinct action_plan from content_changes')).toEqual([{ action_plan: 'LAP' }]);
    expect(database.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('the upgraded database serves the API, and the ISU signs in with the old password and sees the old history', async () => {
    migrateDatabase(database);
    seedDatabase(database, loadSeedBundle(SEED_DIR));
    const { app } = await buildTestApp({ database });
    const indicators = IndicatorsResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/indicators' })).json()).data;
    const a27 = indicators.find((i) => i.id === 'a27-re-integrated');
    expect(a27?.observations.find((o) => o.cycle === '13MSP')).toMatchObject({ value: 9, cycleInferred: false, underReview: null });
    expect(a27?.observations.find((o) => o.cycle === '13MSP')?.revisions[0]?.previousValue).toBe(10);
    expect(indicators.some((i) => i.observations.some((o) => o.underReview !== null))).toBe(true);
    // An override set before overrides were drafted and published is in force: it is the public status.
    const a43 = indicators.find((i) => i.id === 'a43-timely-reports');
    expect(a43?.override?.code).toBe('needs_acceleration');
    expect(a43?.status.code).toBe('needs_acceleration');
    const summary = SummaryResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/summary' })).json()).data;
    expect(summary.indicatorCount).toBe(indicators.length);

    // The published French pillar name is still served for the LAP, and only for the LAP once a next plan exists.
    const frenchPillars = async (plan: string) =>
      PillarsResponseSchema.parse((await app.inject({ method: 'GET', url: `${API_PATHS.planPillars(plan)}?lang=fr` })).json()).data;
    expect((await frenchPillars('LAP')).find((p) => p.slug === 'risk-education')).toMatchObject({ name: 'Éducation aux risques', i18n: { lang: 'fr', fallback: [] } });
    insertFixturePlan(database);
    expect((await frenchPillars('LAP')).find((p) => p.slug === 'risk-education')?.name).toBe('Éducation aux risques');
    expect((await frenchPillars('NAP')).find((p) => p.slug === 'risk-education')).toMatchObject({ name: 'Risk education (next plan)', i18n: { fallback: ['name'] } });

    const cookie = await signIn(app, 'isu.editor@example.org', TEST_PASSWORD);
    const history = await app.inject({ method: 'GET', url: '/api/v1/workspace/history', headers: { cookie } });
    expect(history.statusCode, history.body).toBe(200);
    const changes = ChangesResponseSchema.parse(history.json()).data;
    // Records written before the new fields existed read as "not inferred, not under review".
    expect(changes.find((c) => c.indicatorId === 'a27-re-integrated')?.before).toMatchObject({ value: 10, cycleInferred: false, underReview: null });
    await app.close();
  });
});
