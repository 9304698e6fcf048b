// Concurrent drafts (issue 18): "a CSV import silently replaced a colleague's draft (9 became 10) without mentioning it".
// A save records the change it was based on; a save or import over someone else's newer change is refused with both
// values and both authors, nothing written, and the editor chooses.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import {
  ChangeResponseSchema,
  ChangesResponseSchema,
  CountedImportResponseSchema,
  DraftConflictProblemSchema,
  EntryGridResponseSchema,
  ImportConflictProblemSchema,
  ImportResponseSchema,
} from '../../shared/src/schemas/workspace.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import { buildTestApp } from '../helpers/app.ts';
import { createAccount, signIn, signInAdminAndEditor } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';

let app: FastifyInstance;
let database: Database_;
let admin: string;
/** Editor A (alice) and editor B (bob). */
let alice: string;
let bob: string;

const INDICATOR = 'a27-re-integrated';
const entry = (over: Record<string, unknown> = {}) => ({ indicatorId: INDICATOR, cycle: '14MSP', value: 9, denominator: 10, source: 'Article 7 reports 2026', reason: 'Article 7 report corrected', ...over });

beforeEach(async () => {
  ({ app, database } = await buildTestApp());
  ({ admin } = await signInAdminAndEditor(app, database, 'isu.test'));
  await createAccount(database, 'alice@isu.test', 'editor');
  await createAccount(database, 'bob@isu.test', 'editor');
  alice = await signIn(app, 'alice@isu.test');
  bob = await signIn(app, 'bob@isu.test');
  const cycle = await call('POST', '/api/v1/workspace/cycles', admin, { code: '14MSP', actionPlan: 'LAP', year: 2026, meeting: 'Fourteenth Meeting of States Parties' });
  expect(cycle.statusCode, cycle.body).toBe(201);
});
afterEach(async () => {
  await app.close();
});

async function call(method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: unknown) {
  return app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }), headers: { cookie } });
}
const save = (cookie: string, over: Record<string, unknown> = {}) => call('PUT', '/api/v1/workspace/observations', cookie, entry(over));
const importCsv = (cookie: string, csv: string, query: string) =>
  app.inject({ method: 'POST', url: `/api/v1/workspace/import?${query}`, payload: csv, headers: { cookie, 'content-type': 'text/csv' } });
const CSV_10 = `indicatorId,cycle,value,denominator,document\n${INDICATOR},14MSP,10,10,Article 7 reports 2026\n`;

async function gridRow(cookie: string) {
  const res = await call('GET', '/api/v1/workspace/cycles/14MSP/entries', cookie);
  const row = EntryGridResponseSchema.parse(res.json()).data.rows.find((r) => r.indicatorId === INDICATOR);
  if (!row) throw new Error('no grid row');
  return row;
}
/** What an up-to-date client sends as basedOn: the row's draft, else the published change. */
const basedOnOf = (row: Awaited<ReturnType<typeof gridRow>>) => row.draft?.id ?? row.publishedChangeId;

async function historyOf(cookie: string) {
  return ChangesResponseSchema.parse((await call('GET', `/api/v1/workspace/history?indicator=${INDICATOR}&cycle=14MSP`, cookie)).json()).data;
}

/** The figure published once by admin (8), so it has a published change both editors start from. */
async function publishedFigure() {
  expect((await save(admin, { value: 8, basedOn: null })).statusCode).toBe(200);
  expect((await call('POST', '/api/v1/workspace/cycles/14MSP/publish', admin)).statusCode).toBe(200);
  const row = await gridRow(alice);
  expect(row.published?.value).toBe(8);
  expect(row.publishedChangeId).toEqual(expect.any(Number));
  expect(row.draft).toBeNull();
  return row.publishedChangeId as number;
}

describe('reproduction: an import over a colleague’s draft', () => {
  it('no longer replaces editor A’s 9 with editor B’s 10 silently: the dry run lists it apart and applying is refused', async () => {
    expect((await save(alice, { value: 9 })).statusCode).toBe(200);
    const dry = ImportResponseSchema.parse((await importCsv(bob, CSV_10, 'dryRun=true')).json()).data;
    expect(dry.changes).toEqual([]);
    expect(dry.conflicts).toMatchObject([{ row: 2, indicatorId: INDICATOR, cycle: '14MSP', yours: { value: 10 }, theirs: { value: 9, author: 'alice@isu.test', state: 'draft' } }]);

    const before = databaseChecksum(database.sqlite);
    const applied = await importCsv(bob, CSV_10, 'dryRun=false');
    expect(applied.statusCode).toBe(409);
    expect((await gridRow(alice)).draft).toMatchObject({ author: 'alice@isu.test', after: { value: 9 } });
    expect(databaseChecksum(database.sqlite)).toBe(before);
  });
});

describe('saving a figure over someone else’s change', () => {
  it('refuses B’s save based on the same published change as A’s draft, with both values and authors, and nothing changes', async () => {
    const publishedId = await publishedFigure();
    const aliceSave = await save(alice, { value: 9, basedOn: publishedId });
    expect(aliceSave.statusCode, aliceSave.body).toBe(200);
    const aliceSaved = ChangeResponseSchema.parse(aliceSave.json()).data;
    expect(aliceSaved.basedOnChangeId).toBe(publishedId);

    const before = databaseChecksum(database.sqlite);
    const refused = await save(bob, { value: 10, basedOn: publishedId });
    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    const problem = DraftConflictProblemSchema.parse(refused.json());
    expect(problem).toMatchObject({
      type: 'urn:ccm:problem:draft-conflict',
      title: 'Conflict',
      status: 409,
      draftConflict: {
        indicatorId: INDICATOR,
        cycle: '14MSP',
        spanFrom: null,
        yours: { value: 10, qualifier: 'exact', denominator: 10 },
        theirs: { changeId: aliceSaved.id, state: 'draft', value: 9, author: 'alice@isu.test', at: aliceSaved.createdAt },
      },
    });
    expect(problem.draftConflict.title.length).toBeGreaterThan(3);
    expect(problem.detail).toMatch(/^alice@isu\.test drafted 9 of 10 for 14MSP on \d{1,2} \w{3} \d{4} after you started; your 10 of 10 was not saved/);
    expect(databaseChecksum(database.sqlite)).toBe(before);

    // Keep mine: B re-sends based on A's change; A's draft is superseded and the history says what B's was based on.
    const kept = ChangeResponseSchema.parse((await save(bob, { value: 10, basedOn: aliceSaved.id })).json()).data;
    expect(kept).toMatchObject({ author: 'bob@isu.test', state: 'draft', after: { value: 10 }, basedOnChangeId: aliceSaved.id });
    const history = await historyOf(bob);
    expect(history.find((c) => c.id === aliceSaved.id)).toMatchObject({ state: 'superseded', author: 'alice@isu.test', after: { value: 9 } });
    expect(history.find((c) => c.id === kept.id)).toMatchObject({ state: 'draft', basedOnChangeId: aliceSaved.id });
  });

  it('refuses a save over a figure someone published after the editor looked', async () => {
    const first = await gridRow(bob);
    expect(first.publishedChangeId).toBeNull();
    expect(basedOnOf(first)).toBeNull();
    const publishedId = await publishedFigure();
    const refused = await save(bob, { value: 10, basedOn: basedOnOf(first) });
    expect(refused.statusCode).toBe(409);
    expect(DraftConflictProblemSchema.parse(refused.json()).draftConflict.theirs).toMatchObject({ changeId: publishedId, state: 'published', value: 8, author: 'admin@isu.test' });
  });

  it('lets an editor replace their own draft, whatever it was based on', async () => {
    const first = ChangeResponseSchema.parse((await save(alice, { value: 9, basedOn: null })).json()).data;
    const second = await save(alice, { value: 10, basedOn: null });
    expect(second.statusCode, second.body).toBe(200);
    expect(ChangeResponseSchema.parse(second.json()).data.after?.value).toBe(10);
    expect((await historyOf(alice)).find((c) => c.id === first.id)?.state).toBe('superseded');
  });

  it('a client that does not send basedOn: refused over someone’s draft, allowed over a published figure', async () => {
    const publishedId = await publishedFigure();
    const over = ChangeResponseSchema.parse((await save(bob, { value: 9 })).json()).data;
    // What it was based on is recorded as the latest change it was allowed over.
    expect(over.basedOnChangeId).toBe(publishedId);

    const before = databaseChecksum(database.sqlite);
    const refused = await save(alice, { value: 10 });
    expect(refused.statusCode).toBe(409);
    expect(DraftConflictProblemSchema.parse(refused.json()).draftConflict.theirs).toMatchObject({ changeId: over.id, author: 'bob@isu.test', value: 9 });
    expect(databaseChecksum(database.sqlite)).toBe(before);
  });

  it('the entry grid gives what an up-to-date client sends: the draft id, else the published change', async () => {
    const publishedId = await publishedFigure();
    expect(basedOnOf(await gridRow(bob))).toBe(publishedId);
    const draft = ChangeResponseSchema.parse((await save(alice, { value: 9, basedOn: publishedId })).json()).data;
    expect(basedOnOf(await gridRow(bob))).toBe(draft.id);
    expect((await save(bob, { value: 10, basedOn: draft.id })).statusCode).toBe(200);
  });

  it('refuses a basedOn that is not a change id, naming the field', async () => {
    const res = await save(bob, { basedOn: 'latest' });
    expect(res.statusCode).toBe(400);
    expect(ProblemSchema.parse(res.json()).parameter).toBe('basedOn');
  });
});

describe('importing over someone else’s draft', () => {
  const CSV_TWO = `indicatorId,cycle,value,denominator,document\n${INDICATOR},14MSP,10,10,Article 7 reports 2026\na28-tailored-re,14MSP,5,,Article 7 reports 2026\n`;

  it('the dry run lists the row apart from the changes, with both values and the other author', async () => {
    const aliceDraft = ChangeResponseSchema.parse((await save(alice, { value: 9 })).json()).data;
    const res = await importCsv(bob, CSV_TWO, 'dryRun=true');
    expect(res.statusCode, res.body).toBe(200);
    const report = ImportResponseSchema.parse(res.json()).data;
    expect(report.changes.map((c) => c.indicatorId)).not.toContain(INDICATOR);
    expect(report.conflicts).toEqual([
      {
        row: 2,
        indicatorId: INDICATOR,
        cycle: '14MSP',
        spanFrom: null,
        yours: { value: 10, qualifier: 'exact', denominator: 10 },
        theirs: { changeId: aliceDraft.id, state: 'draft', value: 9, qualifier: 'exact', denominator: 10, author: 'alice@isu.test', at: aliceDraft.createdAt },
      },
    ]);
  });

  it('applying without a choice is refused with 409 listing the rows, and nothing is written', async () => {
    await save(alice, { value: 9 });
    const before = databaseChecksum(database.sqlite);
    const res = await importCsv(bob, CSV_TWO, 'dryRun=false');
    expect(res.statusCode).toBe(409);
    const problem = ImportConflictProblemSchema.parse(res.json());
    expect(problem.conflicts).toMatchObject([{ row: 2, yours: { value: 10 }, theirs: { value: 9, author: 'alice@isu.test' } }]);
    expect(problem.detail).toMatch(/Nothing was imported: 1 row\(s\) would replace someone else's draft \(row 2: alice@isu\.test drafted 9 of 10 for 14MSP/);
    expect(problem.parameter).toBe('onConflict');
    expect(databaseChecksum(database.sqlite)).toBe(before);
  });

  it('onConflict=skip keeps their draft and imports the other rows', async () => {
    const aliceDraft = ChangeResponseSchema.parse((await save(alice, { value: 9 })).json()).data;
    const res = await importCsv(bob, CSV_TWO, 'dryRun=false&onConflict=skip');
    expect(res.statusCode, res.body).toBe(200);
    const report = ImportResponseSchema.parse(res.json()).data;
    expect(report).toMatchObject({ applied: true, conflicts: [{ row: 2 }] });
    expect((await gridRow(bob)).draft).toMatchObject({ id: aliceDraft.id, author: 'alice@isu.test', after: { value: 9 } });
    const other = (await historyOf(bob)).length;
    expect(other).toBe(1);
    const imported = ChangesResponseSchema.parse((await call('GET', '/api/v1/workspace/history?indicator=a28-tailored-re&cycle=14MSP', bob)).json()).data;
    expect(imported).toMatchObject([{ author: 'bob@isu.test', state: 'draft', kind: 'import', after: { value: 5 } }]);
  });

  it('onConflict=overwrite replaces their draft, and the new draft says which one it replaced', async () => {
    const aliceDraft = ChangeResponseSchema.parse((await save(alice, { value: 9 })).json()).data;
    const res = await importCsv(bob, CSV_TWO, 'dryRun=false&onConflict=overwrite');
    expect(res.statusCode, res.body).toBe(200);
    expect((await gridRow(alice)).draft).toMatchObject({ author: 'bob@isu.test', kind: 'import', after: { value: 10 }, basedOnChangeId: aliceDraft.id });
    expect((await historyOf(alice)).find((c) => c.id === aliceDraft.id)?.state).toBe('superseded');
  });

  it('a row equal to the colleague’s draft is unchanged, not a conflict; a row over your own draft is a plain change', async () => {
    await save(alice, { value: 10 });
    const same = ImportResponseSchema.parse((await importCsv(bob, CSV_10, 'dryRun=true')).json()).data;
    expect(same).toMatchObject({ unchanged: 1, changes: [], conflicts: [] });

    const own = ImportResponseSchema.parse((await importCsv(alice, CSV_10.replace(',10,10,', ',8,10,'), 'dryRun=false')).json()).data;
    expect(own).toMatchObject({ applied: true, conflicts: [], changes: [{ indicatorId: INDICATOR, after: { value: 8 } }] });
  });

  it('refuses an unknown onConflict, naming the parameter', async () => {
    const res = await importCsv(bob, CSV_10, 'dryRun=false&onConflict=merge');
    expect(res.statusCode).toBe(400);
    expect(ProblemSchema.parse(res.json()).parameter).toBe('onConflict');
  });
});

describe('importing who is counted over someone else’s draft', () => {
  const NINE = ['AFG', 'AGO', 'ALB', 'BIH', 'CHL', 'COL', 'DEU', 'ESP', 'FIN'];
  const TEN = [...NINE, 'CAN'];
  const countedCsv = (states: string[]) => `indicator,cycle,state\n${states.map((state) => `${INDICATOR},14MSP,${state}`).join('\n')}\n`;
  const importCounted = (cookie: string, csv: string, query: string) =>
    app.inject({ method: 'POST', url: `/api/v1/workspace/counted-states/import?${query}`, payload: csv, headers: { cookie, 'content-type': 'text/csv' } });

  it('the dry run marks the figure as a conflict with her draft; applying is refused, skip keeps it, overwrite replaces it', async () => {
    const aliceDraft = ChangeResponseSchema.parse((await save(alice, { value: null, states: NINE, statesComplete: true })).json()).data;
    expect(aliceDraft.after?.value).toBe(9);

    const dry = CountedImportResponseSchema.parse((await importCounted(bob, countedCsv(TEN), 'dryRun=true')).json()).data;
    expect(dry.figures).toMatchObject([{ indicatorId: INDICATOR, derived: 10, outcome: 'conflict', theirs: { changeId: aliceDraft.id, author: 'alice@isu.test', value: 9 } }]);
    expect(dry.conflicts).toMatchObject([{ row: 2, yours: { value: 10 }, theirs: { value: 9, author: 'alice@isu.test' } }]);

    const before = databaseChecksum(database.sqlite);
    const refused = await importCounted(bob, countedCsv(TEN), 'dryRun=false');
    expect(refused.statusCode).toBe(409);
    expect(ImportConflictProblemSchema.parse(refused.json()).conflicts).toHaveLength(1);
    expect(databaseChecksum(database.sqlite)).toBe(before);

    const skipped = CountedImportResponseSchema.parse((await importCounted(bob, countedCsv(TEN), 'dryRun=false&onConflict=skip')).json()).data;
    expect(skipped).toMatchObject({ applied: true, figures: [{ outcome: 'conflict' }] });
    expect(databaseChecksum(database.sqlite)).toBe(before);

    const replaced = CountedImportResponseSchema.parse((await importCounted(bob, countedCsv(TEN), 'dryRun=false&onConflict=overwrite')).json()).data;
    expect(replaced).toMatchObject({ applied: true, figures: [{ outcome: 'draft' }] });
    expect((await gridRow(alice)).draft).toMatchObject({ author: 'bob@isu.test', after: { value: 10 }, basedOnChangeId: aliceDraft.id });
  });

  it('her own draft is no conflict for her', async () => {
    await save(alice, { value: null, states: NINE, statesComplete: true });
    const dry = CountedImportResponseSchema.parse((await importCounted(alice, countedCsv(TEN), 'dryRun=true')).json()).data;
    expect(dry).toMatchObject({ figures: [{ outcome: 'draft', theirs: null }], conflicts: [] });
  });
});

describe('the API description', () => {
  it('documents both 409 shapes: the draft conflict of a save and the conflicts of an import, beside the plain problem', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{ paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: { name: string }[] }>> }>();
    const save409 = JSON.stringify(doc.paths['/api/v1/workspace/observations']?.put?.responses['409']);
    expect(save409).toContain('draftConflict');
    expect(save409).toContain('changeId');
    const import409 = JSON.stringify(doc.paths['/api/v1/workspace/import']?.post?.responses['409']);
    expect(import409).toContain('conflicts');
    expect(doc.paths['/api/v1/workspace/import']?.post?.parameters?.map((p) => p.name)).toContain('onConflict');
    expect(JSON.stringify(doc.paths['/api/v1/workspace/observations']?.put)).toContain('basedOn');
  });
});

describe('a revert over a colleague’s draft', () => {
  it('is refused with both values and authors, and nothing is written; once her draft is gone it drafts the revert', async () => {
    const publishedChange = await publishedFigure();
    expect((await save(alice, { value: 9, basedOn: publishedChange })).statusCode).toBe(200);
    const checksum = databaseChecksum(database.sqlite);

    const refused = await call('POST', `/api/v1/workspace/changes/${publishedChange}/revert`, bob, { reason: 'The 8 was entered by mistake.' });
    expect(refused.statusCode).toBe(409);
    const problem = DraftConflictProblemSchema.parse(refused.json());
    expect(problem.detail).toMatch(/^alice@isu.test drafted 9 of 10 for 14MSP on .*; the revert would replace that draft/);
    expect(problem.draftConflict).toMatchObject({ indicatorId: INDICATOR, cycle: '14MSP', theirs: { state: 'draft', value: 9, author: 'alice@isu.test' }, yours: { value: null } });
    expect(databaseChecksum(database.sqlite)).toBe(checksum);

    const aliceDraft = (await gridRow(alice)).draft;
    expect((await call('POST', `/api/v1/workspace/changes/${aliceDraft?.id}/discard`, alice)).statusCode).toBe(204);
    const revert = await call('POST', `/api/v1/workspace/changes/${publishedChange}/revert`, bob, { reason: 'The 8 was entered by mistake.' });
    expect(revert.statusCode, revert.body).toBe(200);
    expect(ChangeResponseSchema.parse(revert.json()).data).toMatchObject({ kind: 'revert', author: 'bob@isu.test', state: 'draft' });
  });
});
