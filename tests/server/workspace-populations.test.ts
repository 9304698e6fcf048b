// The ISU keeps populations as lists of States in the workspace: an admin records, replaces and deletes a cycle's list
// and the ledger's entries; every write is public at once (the indicator page's population and its figures' N), logged
// as a published content change, and every refusal names its field and changes nothing. A re-seed keeps the ISU's rows.
import { describe, expect, it } from 'vitest';
import { API_PATHS, WORKSPACE_POPULATION_PATHS as PATHS } from '../../shared/src/api-paths.ts';
import { IndicatorResponseSchema } from '../../shared/src/schemas/api.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { ContentChangesResponseSchema } from '../../shared/src/schemas/workspace.ts';
import { PopulationWriteResponseSchema, WorkspacePopulationsResponseSchema } from '../../shared/src/schemas/workspace-populations.ts';
import { seedDatabase } from '../../server/src/db/seed.ts';
import { loadSeedBundle } from '../../server/src/db/seed-files.ts';
import { SEED_DIR } from '../helpers/app.ts';
import { signedInAppPerTest } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';

const POPULATION = 'states-with-victims';
const INDICATOR = 'a33-focal-points';
/** The twelve States with cluster munition victims (¶138), who a33-focal-points counts at 12MSP. */
const TWELVE = ['AFG', 'ALB', 'BIH', 'TCD', 'HRV', 'IRQ', 'LAO', 'LBN', 'MRT', 'MNE', 'SOM', 'SSD'];
const sorted = (codes: readonly string[]) => [...codes].sort();

const isu = signedInAppPerTest('populations.test');

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
/** As the admin unless told otherwise; null: without a session. */
const send = (method: Method, url: string, payload?: unknown, cookie: string | null = isu.admin) =>
  isu.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }), headers: cookie === null ? {} : { cookie } });

const list = (states: string[], extra: Record<string, unknown> = {}) => ({ size: null, states, source: 'ISU records, 2026', paragraph: null, note: null, reason: 'The ISU confirmed the list.', ...extra });

async function populations(cookie = isu.editor) {
  const res = await send('GET', PATHS.populations(), undefined, cookie);
  expect(res.statusCode).toBe(200);
  return WorkspacePopulationsResponseSchema.parse(res.json()).data;
}
async function population(id = POPULATION) {
  const found = (await populations()).find((p) => p.id === id);
  if (!found) throw new Error(`no population ${id}`);
  return found;
}
async function publicIndicator(id = INDICATOR) {
  const res = await send('GET', API_PATHS.indicator(id), undefined, null);
  expect(res.statusCode).toBe(200);
  return IndicatorResponseSchema.parse(res.json()).data;
}
function written(res: { statusCode: number; json: () => unknown; body: string }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return PopulationWriteResponseSchema.parse(res.json()).data;
}
/** A refusal: its status, the field its problem names, and that nothing changed. */
async function refused(request: () => Promise<{ statusCode: number; json: () => unknown; body: string }>, status: number, parameter?: string, detail?: RegExp) {
  const before = databaseChecksum(isu.database.sqlite);
  const res = await request();
  expect(res.statusCode, res.body).toBe(status);
  const problem = ProblemSchema.parse(res.json());
  if (parameter !== undefined) expect(problem.parameter?.replace(/^body\./, '')).toBe(parameter);
  if (detail) expect(problem.detail).toMatch(detail);
  expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  return problem;
}

describe('reading populations in the workspace', () => {
  it('lists every population with its indicators, lists and ledger, as stored, for editors', async () => {
    const all = await populations(isu.editor);
    const victims = all.find((p) => p.id === POPULATION);
    expect(victims?.origin).toBe('bundled');
    expect(victims?.indicators.map((i) => i.id)).toContain(INDICATOR);
    const span = victims?.lists.find((l) => l.spanFrom === '10MSP' && l.cycle === '13MSP');
    expect(span).toMatchObject({ size: 12, origin: 'bundled' });
    expect(sorted(span?.states ?? [])).toEqual(sorted(TWELVE));
    expect(all.find((p) => p.id === 'article-4-obligations')?.ledger.length).toBe(2);
    expect((await send('GET', PATHS.populations(), undefined, null)).statusCode).toBe(401);
  });
});

describe('recording a list for a cycle', () => {
  it('records a 3RC list, public at once, logged on every indicator of the population; replaces it; deletes it', async () => {
    const version = (await publicIndicator()).populationStates;
    expect(version?.lists.some((l) => l.cycle === '3RC')).toBe(false);

    const first = written(await send('PUT', PATHS.list(POPULATION, '3RC'), list(['LBN', 'AFG'])));
    const recorded = first.population.lists.find((l) => l.cycle === '3RC' && l.spanFrom === null);
    expect(recorded).toMatchObject({ size: null, states: ['AFG', 'LBN'], origin: 'isu', source: { document: 'ISU records, 2026', paragraph: null, quote: null } });
    expect(first.changeIds).toHaveLength(first.population.indicators.length);

    const shown = (await publicIndicator()).populationStates?.lists.find((l) => l.cycle === '3RC');
    expect(shown).toMatchObject({ size: 2, complete: true, unnamed: 0, source: { document: 'ISU records, 2026' } });
    expect(sorted(shown?.states ?? [])).toEqual(['AFG', 'LBN']);

    const changes = ContentChangesResponseSchema.parse((await send('GET', '/api/v1/workspace/content/changes', undefined, isu.editor)).json()).data;
    const logged = changes.filter((c) => c.field === 'populationList');
    expect(logged.map((c) => c.key).sort()).toEqual(first.population.indicators.map((i) => i.id).sort());
    expect(logged[0]).toMatchObject({ entity: 'indicator', state: 'published', before: null, reason: 'The ISU confirmed the list.', author: 'admin@populations.test' });
    expect(logged[0]?.after).toContain('3RC: N 2 (its length); States: AFG, LBN');

    // Replaced: a size above the States named, so the list is partial.
    const second = written(await send('PUT', PATHS.list(POPULATION, '3RC'), list(['AFG', 'LBN', 'IRQ'], { size: 5, paragraph: 12, note: 'Two not yet named.' })));
    expect(second.dataVersion).toBe(first.dataVersion + 1);
    expect(second.population.lists.filter((l) => l.cycle === '3RC')).toHaveLength(1);
    const partial = (await publicIndicator()).populationStates?.lists.find((l) => l.cycle === '3RC');
    expect(partial).toMatchObject({ size: 5, complete: false, unnamed: 2, note: 'Two not yet named.', source: { paragraph: 12 } });

    const deleted = written(await send('DELETE', PATHS.list(POPULATION, '3RC'), { reason: 'Entered by mistake.' }));
    expect(deleted.population.lists.some((l) => l.cycle === '3RC')).toBe(false);
    expect((await publicIndicator()).populationStates?.lists.some((l) => l.cycle === '3RC')).toBe(false);
    const log = ContentChangesResponseSchema.parse((await send('GET', '/api/v1/workspace/content/changes', undefined, isu.editor)).json()).data;
    expect(log.find((c) => c.field === 'populationList' && c.after === null)?.before).toContain('N 5');
  });

  it('a list for exactly 12MSP becomes the population of the 12MSP figure (in place of the span’s)', async () => {
    const before = (await publicIndicator()).observations.find((o) => o.cycle === '12MSP');
    expect(before?.population).toMatchObject({ covers: 'span', spanFrom: '10MSP' });
    written(await send('PUT', PATHS.list(POPULATION, '12MSP'), list(TWELVE, { size: 12, source: 'ISU list of 12MSP' })));
    const figure = (await publicIndicator()).observations.find((o) => o.cycle === '12MSP');
    expect(figure?.population).toMatchObject({ covers: 'cycle', cycle: '12MSP', spanFrom: null, size: 12, complete: true, source: { document: 'ISU list of 12MSP' } });
    expect(sorted(figure?.population?.states ?? [])).toEqual(sorted(TWELVE));
    expect(figure?.counted?.missing).toEqual([]);
  });

  it('replacing the bundled span list makes it the ISU’s, and a re-seed keeps it and the ISU’s 3RC list', async () => {
    written(await send('PUT', PATHS.list(POPULATION, '13MSP', '10MSP'), list(TWELVE, { size: 12, source: 'ISU review of the twelve' })));
    written(await send('PUT', PATHS.list(POPULATION, '3RC'), list(['AFG', 'LBN'])));
    written(await send('POST', PATHS.ledger(POPULATION), { state: 'LBN', change: 'left', date: '2026-03', cycle: '3RC', spanFrom: null, source: 'ISU records', paragraph: null, note: null, reason: 'Recorded by the ISU.' }, isu.admin), 201);

    seedDatabase(isu.database, loadSeedBundle(SEED_DIR));
    const victims = await population();
    expect(victims.lists.find((l) => l.spanFrom === '10MSP')).toMatchObject({ origin: 'isu', source: { document: 'ISU review of the twelve' } });
    expect(victims.lists.find((l) => l.cycle === '3RC')).toMatchObject({ origin: 'isu', states: ['AFG', 'LBN'] });
    expect(victims.ledger.filter((c) => c.origin === 'isu')).toHaveLength(1);
    expect((await publicIndicator()).populationStates?.lists.find((l) => l.cycle === '3RC')?.size).toBe(2);
  });
});

describe('refusing a list, changing nothing', () => {
  it('asks for the admin role and a session', async () => {
    await refused(() => send('PUT', PATHS.list(POPULATION, '3RC'), list(['AFG']), isu.editor), 403);
    await refused(() => send('PUT', PATHS.list(POPULATION, '3RC'), list(['AFG']), null), 401);
    await refused(() => send('DELETE', PATHS.list(POPULATION, '3RC'), { reason: 'Not mine.' }, isu.editor), 403);
    await refused(() => send('POST', PATHS.ledger(POPULATION), {}, isu.editor), 403);
    await refused(() => send('POST', PATHS.populations(), {}, isu.editor), 403);
  });

  it('an unknown population or list is not found', async () => {
    await refused(() => send('PUT', PATHS.list('no-such-population', '3RC'), list(['AFG'])), 404);
    await refused(() => send('DELETE', PATHS.list(POPULATION, '11MSP'), { reason: 'There is none.' }), 404);
  });

  it('names the cycle or span that does not exist or is not a span', async () => {
    await refused(() => send('PUT', PATHS.list(POPULATION, '9MSP'), list(['AFG'])), 400, 'cycle', /No cycle "9MSP"/);
    await refused(() => send('PUT', PATHS.list(POPULATION, '3RC', '1MSP'), list(['AFG'])), 400, 'spanFrom');
    await refused(() => send('PUT', PATHS.list(POPULATION, '11MSP', '12MSP'), list(['AFG'])), 400, 'spanFrom', /earlier cycle/);
  });

  it('names unknown and duplicate State codes', async () => {
    await refused(() => send('PUT', PATHS.list(POPULATION, '3RC'), list(['AFG', 'XXX', 'QQQ'])), 400, 'states', /XXX, QQQ/);
    await refused(() => send('PUT', PATHS.list(POPULATION, '3RC'), list(['AFG', 'LBN', 'afg'])), 400, 'states', /twice: AFG/);
    await refused(() => send('PUT', PATHS.list(POPULATION, '3RC'), list(['AFG', 'lebanon'])), 400, 'states.1');
  });

  it('refuses a size below the States named, above the States of the world, and a list with neither', async () => {
    await refused(() => send('PUT', PATHS.list(POPULATION, '3RC'), list(['AFG', 'LBN', 'IRQ'], { size: 2 })), 400, 'size', /size is 2, but the list names 3 States/);
    await refused(() => send('PUT', PATHS.list(POPULATION, '3RC'), list(['AFG'], { size: 198 })), 400, 'size', /197/);
    await refused(() => send('PUT', PATHS.list(POPULATION, '3RC'), list([])), 400, 'states');
    await refused(() => send('PUT', PATHS.list(POPULATION, '3RC'), list(['AFG'], { reason: '' })), 400, 'reason');
  });

  it('refuses an N below a figure the list would cover, naming each figure', async () => {
    // 12MSP: a33-focal-points and a37-qualified-personnel are 12, a35/a36 9, a37-training 8.
    const problem = await refused(() => send('PUT', PATHS.list(POPULATION, '12MSP'), list(TWELVE.slice(0, 10), { size: 10 })), 400, 'size');
    expect(problem.detail).toContain('a33-focal-points 12MSP: 12');
    expect(problem.detail).toContain('a37-qualified-personnel 12MSP: 12');
    expect(problem.detail).not.toContain('a37-training');
    // Without a size the N is the list's length.
    await refused(() => send('PUT', PATHS.list(POPULATION, '12MSP'), list(TWELVE.slice(0, 11))), 400, 'size', /names 11 States \(no size given, so its N is 11\).*a33-focal-points 12MSP: 12/);
    // The bundled span covers the single-cycle figures inside it, and the span figure itself.
    await refused(() => send('PUT', PATHS.list(POPULATION, '13MSP', '10MSP'), list(TWELVE.slice(0, 8), { size: 8 })), 400, 'size', /a35-socioeconomic-inclusion 12MSP: 9/);
  });

  it('refuses a draft figure above the N too', async () => {
    const draft = await send('PUT', '/api/v1/workspace/observations', { indicatorId: 'a37-training', cycle: '11MSP', spanFrom: null, value: 10, qualifier: 'exact', denominator: null, reporting: 'reported', source: 'Article 7 reports', paragraph: null, note: 'Ten reported training.', reason: null }, isu.editor);
    expect(draft.statusCode, draft.body).toBe(200);
    await refused(() => send('PUT', PATHS.list(POPULATION, '11MSP'), list(TWELVE.slice(0, 9), { size: 9 })), 400, 'size', /a37-training 11MSP: 10 \(draft\)/);
  });

  it('refuses a complete list that leaves out a State a covered figure counts, naming the States', async () => {
    const eleven = TWELVE.filter((s) => s !== 'AFG' && s !== 'ALB');
    await refused(() => send('PUT', PATHS.list(POPULATION, '12MSP'), list([...eleven, 'LTU', 'ESP'])), 400, 'states', /leaves out States .*AFG \(a33-focal-points 12MSP, a37-qualified-personnel 12MSP\); ALB/);
    // The same States with a size above them: a partial list, which may leave them unnamed.
    written(await send('PUT', PATHS.list(POPULATION, '12MSP'), list([...eleven, 'LTU', 'ESP'], { size: 14 })));
  });

  it('a bundled list cannot be deleted', async () => {
    await refused(() => send('DELETE', PATHS.list(POPULATION, '13MSP', '10MSP'), { reason: 'Try.' }), 409, 'cycle', /bundled Review Document/);
  });
});

describe('the ledger', () => {
  const entry = { state: 'LBN', change: 'entered', date: '2025-09-10', cycle: '13MSP', spanFrom: '10MSP', source: 'Article 7 report of Lebanon, 2025', paragraph: 4, note: null, reason: 'Reported by the State.' };

  it('adds an entry, public at once, and deletes it', async () => {
    const added = written(await send('POST', PATHS.ledger(POPULATION), entry), 201);
    const stored = added.population.ledger.find((c) => c.origin === 'isu');
    expect(stored).toMatchObject({ state: 'LBN', change: 'entered', date: '2025-09-10', cycle: '13MSP', spanFrom: '10MSP', source: { document: 'Article 7 report of Lebanon, 2025', paragraph: 4 } });
    const shown = (await publicIndicator()).populationStates?.ledger ?? [];
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ state: 'LBN', change: 'entered', date: '2025-09-10', source: { document: 'Article 7 report of Lebanon, 2025' } });
    const unnamed = written(await send('POST', PATHS.ledger(POPULATION), { ...entry, state: null, change: 'left', date: null, cycle: null, spanFrom: null }), 201);
    expect(unnamed.population.ledger).toHaveLength(2);

    if (!stored) throw new Error('no entry');
    const deleted = written(await send('DELETE', PATHS.ledgerEntry(POPULATION, stored.id), { reason: 'Entered twice.' }));
    expect(deleted.population.ledger.map((c) => c.state)).toEqual([null]);
    expect((await publicIndicator()).populationStates?.ledger.map((c) => c.state)).toEqual([null]);
  });

  it('refuses, changing nothing: unknown State, bad date, unknown cycle, a span without its cycle, bundled or unknown entries', async () => {
    await refused(() => send('POST', PATHS.ledger(POPULATION), { ...entry, state: 'XXX' }), 400, 'state', /XXX/);
    await refused(() => send('POST', PATHS.ledger(POPULATION), { ...entry, date: '2025-02-30' }), 400, 'date');
    await refused(() => send('POST', PATHS.ledger(POPULATION), { ...entry, date: '10 March 2025' }), 400, 'date');
    await refused(() => send('POST', PATHS.ledger(POPULATION), { ...entry, cycle: '99MSP', spanFrom: null }), 400, 'cycle');
    await refused(() => send('POST', PATHS.ledger(POPULATION), { ...entry, cycle: null }), 400, 'spanFrom');
    await refused(() => send('POST', PATHS.ledger(POPULATION), { ...entry, change: 'joined' }), 400, 'change');
    await refused(() => send('POST', PATHS.ledger('no-such-population'), entry), 404);
    await refused(() => send('POST', PATHS.ledger(POPULATION), entry, null), 401);
    await refused(() => send('DELETE', PATHS.ledgerEntry(POPULATION, 999999), { reason: 'None such.' }), 404);
    const bundled = (await population('article-4-obligations')).ledger[0];
    if (!bundled) throw new Error('no bundled ledger entry');
    await refused(() => send('DELETE', PATHS.ledgerEntry('article-4-obligations', bundled.id), { reason: 'Try.' }), 409, 'entryId', /bundled/);
    // An entry of another population is not this one's.
    await refused(() => send('DELETE', PATHS.ledgerEntry(POPULATION, bundled.id), { reason: 'Try.' }), 404);
    await refused(() => send('DELETE', PATHS.ledgerEntry(POPULATION, bundled.id), { reason: 'Try.' }, isu.editor), 403);
  });
});

describe('a new population', () => {
  const input = { id: 'withdrawing-states', title: { en: 'States that notified a withdrawal', fr: 'États ayant notifié un retrait' }, indicators: ['a10-withdrawals'], reason: 'The ISU follows withdrawals as a population.' };

  it('is made by the ISU, and its lists can then be recorded', async () => {
    const made = written(await send('POST', PATHS.populations(), input), 201);
    expect(made.population).toMatchObject({ id: 'withdrawing-states', origin: 'isu', title: { en: 'States that notified a withdrawal', fr: 'États ayant notifié un retrait', es: null, ar: null }, indicators: [{ id: 'a10-withdrawals' }], lists: [], ledger: [] });
    expect((await publicIndicator('a10-withdrawals')).populationStates).toMatchObject({ id: 'withdrawing-states', lists: [] });
    // a10-withdrawals counts LTU at 13MSP: a complete list must hold it.
    await refused(() => send('PUT', PATHS.list('withdrawing-states', '13MSP'), list(['ESP'])), 400, 'states', /LTU/);
    written(await send('PUT', PATHS.list('withdrawing-states', '13MSP'), list(['LTU'])));
    expect((await publicIndicator('a10-withdrawals')).observations.find((o) => o.cycle === '13MSP')?.population).toMatchObject({ covers: 'cycle', size: 1, states: ['LTU'] });
  });

  it('refuses an existing id, unknown indicators and indicators already in a population, naming them', async () => {
    await refused(() => send('POST', PATHS.populations(), { ...input, id: POPULATION }), 409, 'id');
    await refused(() => send('POST', PATHS.populations(), { ...input, indicators: ['a10-withdrawals', 'no-such-indicator'] }), 400, 'indicators', /"no-such-indicator"/);
    await refused(() => send('POST', PATHS.populations(), { ...input, indicators: ['a10-withdrawals', INDICATOR] }), 409, 'indicators', /a33-focal-points is in "states-with-victims"/);
    await refused(() => send('POST', PATHS.populations(), { ...input, indicators: [] }), 400, 'indicators');
    await refused(() => send('POST', PATHS.populations(), { ...input, id: 'Not A Slug' }), 400, 'id');
  });
});
