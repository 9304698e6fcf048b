// Who is counted, entered by the ISU: a tick list that derives the count, refused when it disagrees with a typed one,
// published into observation_states (and kept by a bundle re-seed), reverted, and imported from CSV with a dry run.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { IndicatorResponseSchema } from '../../shared/src/schemas/api.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { ChangeResponseSchema, ChangesResponseSchema, CountedImportResponseSchema, EntryGridResponseSchema } from '../../shared/src/schemas/workspace.ts';
import * as t from '../../server/src/db/schema.ts';
import { seedDatabase } from '../../server/src/db/seed.ts';
import { loadSeedBundle } from '../../server/src/db/seed-files.ts';
import { SEED_DIR } from '../helpers/app.ts';
import { signedInAppPerTest } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';

const SAME_ORIGIN = { origin: 'http://localhost:80', host: 'localhost:80' };
const INDICATOR = 'a27-re-integrated';
const TEN = ['AFG', 'AGO', 'ALB', 'BIH', 'CHL', 'COL', 'DEU', 'ESP', 'FIN', 'CAN'];

const isu = signedInAppPerTest('counted.test', { withNextCycle: true });

async function call(method: 'GET' | 'POST' | 'PUT', url: string, cookie: string | null, payload?: unknown, headers: Record<string, string> = {}) {
  return isu.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }), headers: { ...(cookie ? { cookie } : {}), ...SAME_ORIGIN, ...headers } });
}

const entry = (over: Record<string, unknown> = {}) => ({ indicatorId: INDICATOR, cycle: '14MSP', value: null, denominator: 10, source: 'Article 7 reports 2026', ...over });
const put = (body: unknown, cookie = isu.editor) => call('PUT', '/api/v1/workspace/observations', cookie, body);
const publish = (cycle: string) => call('POST', `/api/v1/workspace/cycles/${cycle}/publish`, isu.admin);
const countedRows = (indicatorId: string, cycle: string) =>
  isu.database.db
    .select()
    .from(t.observationStates)
    .where(eq(t.observationStates.indicatorId, indicatorId))
    .all()
    .filter((r) => r.cycle === cycle)
    .sort((a, b) => a.state.localeCompare(b.state));
const importCsv = (csv: string, dryRun: boolean, cookie: string | null = isu.editor) =>
  isu.app.inject({ method: 'POST', url: `/api/v1/workspace/counted-states/import?dryRun=${dryRun}`, payload: csv, headers: { 'content-type': 'text/csv', ...SAME_ORIGIN, ...(cookie ? { cookie } : {}) } });

async function publicIndicator(id: string) {
  return IndicatorResponseSchema.parse((await isu.app.inject({ method: 'GET', url: `/api/v1/indicators/${id}` })).json()).data;
}

describe('the tick list of a figure', () => {
  it('a complete list derives the count (codes in any case, stored sorted in capitals)', async () => {
    const res = await put(entry({ states: [...TEN.slice(0, 9), 'can'], statesComplete: true }));
    expect(res.statusCode, res.body).toBe(200);
    const change = ChangeResponseSchema.parse(res.json()).data;
    expect(change.after?.value).toBe(10);
    expect(change.after?.states).toEqual([...TEN].sort());
    expect(change.after?.statesComplete).toBe(true);
    // The entry grid carries the draft's list, for the form to show ticked.
    const grid = EntryGridResponseSchema.parse((await call('GET', '/api/v1/workspace/cycles/14MSP/entries?pillar=clearance-risk-reduction', isu.editor)).json());
    const row = grid.data.rows.find((r) => r.indicatorId === INDICATOR);
    if (row) expect(row.draft?.after?.states).toHaveLength(10);
  });

  it('a typed value that disagrees with a complete list is refused with both numbers, and nothing changes', async () => {
    const before = databaseChecksum(isu.database.sqlite);
    const res = await put(entry({ value: 10, states: TEN.slice(0, 9), statesComplete: true }));
    expect(res.statusCode).toBe(400);
    const problem = ProblemSchema.parse(res.json());
    expect(problem.detail).toMatch(/You ticked 9 States but typed 10 as the value: with a complete list the count must be 9/);
    expect(problem.parameter).toBe('value');
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('a partial list longer than the typed value is refused with both numbers', async () => {
    const before = databaseChecksum(isu.database.sqlite);
    const res = await put(entry({ value: 2, states: TEN.slice(0, 3), statesComplete: false }));
    expect(res.statusCode).toBe(400);
    expect(ProblemSchema.parse(res.json()).detail).toMatch(/You ticked 3 States but typed 2/);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
    // A partial list shorter than the count is fine: the rest are unnamed.
    const ok = await put(entry({ value: 10, states: TEN.slice(0, 3), statesComplete: false }));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ChangeResponseSchema.parse(ok.json()).data.after?.value).toBe(10);
  });

  it('unknown and duplicate State codes are refused, naming them', async () => {
    const before = databaseChecksum(isu.database.sqlite);
    const unknown = await put(entry({ value: 10, states: ['AFG', 'XYZ', 'QQQ'] }));
    expect(unknown.statusCode).toBe(400);
    expect(ProblemSchema.parse(unknown.json()).detail).toMatch(/not a known State: XYZ, QQQ/);
    const duplicate = await put(entry({ value: 10, states: ['AFG', 'AGO', 'afg'] }));
    expect(duplicate.statusCode).toBe(400);
    expect(ProblemSchema.parse(duplicate.json()).detail).toMatch(/states lists AFG more than once/);
    const malformed = await put(entry({ value: 10, states: ['AF'] }));
    expect(malformed.statusCode).toBe(400);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('a complete list must be an exact count', async () => {
    const res = await put(entry({ value: 10, qualifier: 'at_least', states: TEN, statesComplete: true }));
    expect(res.statusCode).toBe(400);
    expect(ProblemSchema.parse(res.json()).detail).toMatch(/qualifier must be exact/);
  });
});

describe('publishing, re-seeding and reverting who is counted', () => {
  it('publish replaces the figure’s observation_states, and the public indicator names the States', async () => {
    expect((await put(entry({ states: TEN, statesComplete: true }))).statusCode).toBe(200);
    expect(countedRows(INDICATOR, '14MSP')).toHaveLength(0);
    expect((await publish('14MSP')).statusCode).toBe(200);
    const rows = countedRows(INDICATOR, '14MSP');
    expect(rows.map((r) => r.state)).toEqual([...TEN].sort());
    expect(rows.every((r) => r.documentId === null && r.quote === null)).toBe(true);

    const observation = (await publicIndicator(INDICATOR)).observations.find((o) => o.cycle === '14MSP' && o.spanFrom === null);
    expect(observation?.value).toBe(10);
    expect(observation?.counted?.states.slice().sort()).toEqual([...TEN].sort());
    expect(observation?.counted?.complete).toBe(true);

    // A later draft without a list leaves who is counted alone.
    expect((await put(entry({ value: 10, note: 'Confirmed at the meeting.', reason: 'Confirmed.' }))).statusCode).toBe(200);
    expect((await publish('14MSP')).statusCode).toBe(200);
    expect(countedRows(INDICATOR, '14MSP').map((r) => r.state)).toEqual([...TEN].sort());

    // A shorter list replaces it: the States left out go.
    expect((await put(entry({ states: TEN.slice(0, 8), value: null, statesComplete: true, note: 'Two removed.', reason: 'Two States had not completed.' }))).statusCode).toBe(200);
    expect((await publish('14MSP')).statusCode).toBe(200);
    expect(countedRows(INDICATOR, '14MSP').map((r) => r.state)).toEqual(TEN.slice(0, 8).sort());
  });

  it('a bundle re-seed keeps the ISU’s list for a figure the ISU touched', async () => {
    // a10-withdrawals × 13MSP is bundled with LTU; the ISU corrects it to name another State as well.
    expect(countedRows('a10-withdrawals', '13MSP').map((r) => r.state)).toEqual(['LTU']);
    const res = await put({ indicatorId: 'a10-withdrawals', cycle: '13MSP', value: null, source: 'Article 7 reports 2026', states: ['LTU', 'ESP'], statesComplete: true, reason: 'A second withdrawal notified.' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await publish('13MSP')).statusCode).toBe(200);
    const edited = countedRows('a10-withdrawals', '13MSP');
    expect(edited.map((r) => r.state)).toEqual(['ESP', 'LTU']);
    // The bundled LTU row keeps its paragraph and words.
    expect(edited.find((r) => r.state === 'LTU')?.quote).toMatch(/Lithuania/);

    seedDatabase(isu.database, loadSeedBundle(SEED_DIR));
    expect(countedRows('a10-withdrawals', '13MSP')).toEqual(edited);
  });

  it('reverting a figure restores its previous list', async () => {
    const corrected = await put({ indicatorId: 'a10-withdrawals', cycle: '13MSP', value: null, source: 'Article 7 reports 2026', states: ['ESP', 'LTU'], statesComplete: true, reason: 'A second withdrawal notified.' });
    const changeId = ChangeResponseSchema.parse(corrected.json()).data.id;
    expect(ChangeResponseSchema.parse(corrected.json()).data.before?.states).toEqual(['LTU']);
    await publish('13MSP');
    const revert = await call('POST', `/api/v1/workspace/changes/${changeId}/revert`, isu.editor, { reason: 'The notification was withdrawn.' });
    expect(revert.statusCode, revert.body).toBe(200);
    expect(ChangeResponseSchema.parse(revert.json()).data.after?.states).toEqual(['LTU']);
    await publish('13MSP');
    expect(countedRows('a10-withdrawals', '13MSP').map((r) => r.state)).toEqual(['LTU']);
    const observation = (await publicIndicator('a10-withdrawals')).observations.find((o) => o.cycle === '13MSP' && o.spanFrom === null);
    expect(observation?.value).toBe(1);
    expect(observation?.counted?.states).toEqual(['LTU']);
  });

  it('the review diff carries both lists, for the States added and removed', async () => {
    await put({ indicatorId: 'a10-withdrawals', cycle: '13MSP', value: null, source: 'Article 7 reports 2026', states: ['ESP'], statesComplete: true, reason: 'Corrected.' });
    const diff = ChangesResponseSchema.parse((await call('GET', '/api/v1/workspace/cycles/13MSP/diff', isu.editor)).json()).data;
    const change = diff.find((c) => c.indicatorId === 'a10-withdrawals');
    expect(change?.before?.states).toEqual(['LTU']);
    expect(change?.after?.states).toEqual(['ESP']);
  });
});

describe('CSV import of counted States', () => {
  const header = 'indicator,cycle,state,span_from,value';
  const rowsOf = (states: string[], value = '') => states.map((s) => `${INDICATOR},14MSP,${s},,${value}`).join('\n');

  it('refuses anonymous and cross-site callers', async () => {
    const csv = `${header}\n${rowsOf(TEN)}\n`;
    expect((await importCsv(csv, true, null)).statusCode).toBe(401);
    const cross = await isu.app.inject({ method: 'POST', url: '/api/v1/workspace/counted-states/import?dryRun=true', payload: csv, headers: { 'content-type': 'text/csv', cookie: isu.editor, origin: 'https://evil.example' } });
    expect(cross.statusCode).toBe(403);
    const json = await isu.app.inject({ method: 'POST', url: '/api/v1/workspace/counted-states/import?dryRun=true', payload: { csv }, headers: { cookie: isu.editor, ...SAME_ORIGIN } });
    expect(json.statusCode).toBe(415);
  });

  it('a dry run lists per figure the States, the derived count and the current counts; apply drafts them in one go', async () => {
    expect((await put(entry({ value: 9, note: 'Provisional.' }))).statusCode).toBe(200);
    // Semicolons and a BOM, as Excel writes them in French and Spanish locales.
    const csv = `\uFEFF${header.replaceAll(',', ';')}\r\n${TEN.map((s) => `${INDICATOR};14MSP;${s.toLowerCase()};;10`).join('\r\n')}\r\n`;
    const before = databaseChecksum(isu.database.sqlite);
    const dry = await importCsv(csv, true);
    expect(dry.statusCode, dry.body).toBe(200);
    const report = CountedImportResponseSchema.parse(dry.json()).data;
    expect(report.problems).toEqual([]);
    expect(report.figures).toHaveLength(1);
    expect(report.figures[0]).toMatchObject({ indicatorId: INDICATOR, cycle: '14MSP', derived: 10, typed: 10, published: null, draft: { value: 9, states: null }, outcome: 'draft' });
    expect(report.figures[0]?.states).toEqual([...TEN].sort());
    expect(report.figures[0]?.rows).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);

    const applied = await importCsv(csv, false);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(CountedImportResponseSchema.parse(applied.json()).data.applied).toBe(true);
    const diff = ChangesResponseSchema.parse((await call('GET', '/api/v1/workspace/cycles/14MSP/diff', isu.editor)).json()).data;
    const draft = diff.find((c) => c.indicatorId === INDICATOR);
    expect(draft?.kind).toBe('import');
    expect(draft?.after).toMatchObject({ value: 10, states: [...TEN].sort(), statesComplete: true, note: 'Provisional.', source: 'Article 7 reports 2026' });

    // Published, the figure names its States; the same file again is unchanged.
    expect((await publish('14MSP')).statusCode).toBe(200);
    expect(countedRows(INDICATOR, '14MSP')).toHaveLength(10);
    const again = CountedImportResponseSchema.parse((await importCsv(csv, true)).json()).data;
    expect(again.figures[0]?.outcome).toBe('unchanged');
    expect(again.figures[0]?.published).toEqual({ value: 10, states: [...TEN].sort() });
  });

  it('names every bad row, and applies nothing while any problem remains', async () => {
    const csv = [
      header,
      `${INDICATOR},14MSP,AFG,,3`, // 2
      `${INDICATOR},14MSP,AGO,,3`, // 3
      `no-such-indicator,14MSP,AFG,,`, // 4
      `${INDICATOR},99MSP,AFG,,`, // 5
      `${INDICATOR},14MSP,XYZ,,`, // 6
      `${INDICATOR},14MSP,AFG,,`, // 7: repeats row 2
      `a10-withdrawals,13MSP,LTU,,`, // 8: a correction of a published cycle, without a reason
    ].join('\n');
    const before = databaseChecksum(isu.database.sqlite);
    const dry = await importCsv(csv, true);
    expect(dry.statusCode, dry.body).toBe(200);
    const { problems, figures } = CountedImportResponseSchema.parse(dry.json()).data;
    const reasons = problems.map((p) => p.reason).join('\n');
    expect(reasons).toMatch(/Row 4: no indicator "no-such-indicator"/);
    expect(reasons).toMatch(/Row 5: no cycle "99MSP"/);
    expect(reasons).toMatch(/Row 6: XYZ is not a known State code/);
    expect(reasons).toMatch(/Row 7 repeats row 2/);
    expect(problems.find((p) => p.field === 'value')?.reason).toMatch(/the rows list 2 States \(rows 2, 3\) but the value column says 3: the count must be 2/);
    expect(problems.find((p) => p.field === 'value')?.rows).toEqual([2, 3]);
    // LTU is already a10-withdrawals' published list: unchanged, so it needs no reason.
    expect(figures.find((f) => f.indicatorId === 'a10-withdrawals')?.outcome).toBe('unchanged');

    const applied = await importCsv(csv, false);
    expect(applied.statusCode).toBe(400);
    expect(ProblemSchema.parse(applied.json()).detail).toMatch(/Nothing was imported: 5 problem\(s\)/);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('refuses a file without the required columns, naming them', async () => {
    const res = await importCsv('indicator,state\na27-re-integrated,AFG\n', true);
    expect(res.statusCode).toBe(400);
    expect(ProblemSchema.parse(res.json()).detail).toMatch(/Missing column\(s\): cycle/);
  });
});
