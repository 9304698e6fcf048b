// The ISU workflow through the API: guards on every write, drafts invisible until published, corrections, history, revert, import.
import { describe, expect, it } from 'vitest';
import { IndicatorResponseSchema } from '../../shared/src/schemas/api.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import {
  ChangeResponseSchema,
  ChangesResponseSchema,
  CreateUserResponseSchema,
  EntryGridResponseSchema,
  ImportResponseSchema,
  PublishResponseSchema,
  WorkspaceCyclesResponseSchema,
} from '../../shared/src/schemas/workspace.ts';

import { signIn, signedInAppPerTest } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';

const isu = signedInAppPerTest('isu.test');

const newCycle = { code: '14MSP', actionPlan: 'LAP', year: 2026, meeting: 'Fourteenth Meeting of States Parties', startDate: '2026-09-01', endDate: '2026-09-03' };
const entry = (over: Record<string, unknown> = {}) => ({
  indicatorId: 'a27-re-integrated',
  cycle: '14MSP',
  value: 10,
  denominator: 10,
  source: 'Article 7 reports 2026',
  ...over,
});

async function call(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, cookie: string | null, payload?: unknown, headers: Record<string, string> = {}) {
  return isu.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }), headers: { ...(cookie ? { cookie } : {}), ...headers } });
}

async function publicIndicator(id: string) {
  return IndicatorResponseSchema.parse((await isu.app.inject({ method: 'GET', url: `/api/v1/indicators/${id}` })).json()).data;
}

/** Every write route with a valid body, the role it needs, and how to check success. */
const WRITES = [
  { name: 'add a cycle', method: 'POST', url: '/api/v1/workspace/cycles', role: 'admin', body: () => newCycle, ok: 201 },
  { name: 'enter a figure', method: 'PUT', url: '/api/v1/workspace/observations', role: 'editor', body: () => entry({ cycle: '13MSP', value: 9, reason: 'Article 7 report corrected' }), ok: 200 },
  { name: 'publish a cycle', method: 'POST', url: '/api/v1/workspace/cycles/13MSP/publish', role: 'admin', body: () => undefined, ok: 200, setup: true },
  { name: 'edit a cycle', method: 'PATCH', url: '/api/v1/workspace/cycles/14MSP', role: 'admin', body: () => ({ meeting: 'Fourteenth Meeting (renamed)' }), ok: 200, setup: true },
  { name: 'delete a cycle', method: 'DELETE', url: '/api/v1/workspace/cycles/14MSP', role: 'admin', body: () => undefined, ok: 204, setup: true },
  { name: 'import CSV', method: 'POST', url: '/api/v1/workspace/import?dryRun=true', role: 'editor', body: () => undefined, ok: 200, csv: true },
  { name: 'override a status', method: 'POST', url: '/api/v1/workspace/indicators/a36-legislation-policies/override', role: 'admin', body: () => ({ code: 'needs_acceleration', justification: 'Three States Parties have announced legislation for 2026.' }), ok: 200 },
  { name: 'edit content', method: 'PUT', url: '/api/v1/workspace/content', role: 'editor', body: () => ({ entity: 'action', key: '27', field: 'title', value: 'Risk education in national plans' }), ok: 200 },
  { name: 'publish content', method: 'POST', url: '/api/v1/workspace/content/publish', role: 'admin', body: () => undefined, ok: 200, setup: true },
  { name: 'create a user', method: 'POST', url: '/api/v1/workspace/users', role: 'admin', body: () => ({ email: 'new@isu.test', role: 'editor' }), ok: 201 },
] as const;

async function prepare(write: (typeof WRITES)[number]) {
  if (write.name === 'publish a cycle') await call('PUT', '/api/v1/workspace/observations', isu.editor, entry({ cycle: '13MSP', value: 9, reason: 'Article 7 report corrected' }));
  if (write.name === 'edit a cycle' || write.name === 'delete a cycle') await call('POST', '/api/v1/workspace/cycles', isu.admin, newCycle);
  if (write.name === 'publish content') await call('PUT', '/api/v1/workspace/content', isu.editor, { entity: 'action', key: '27', field: 'title', value: 'Risk education in national plans' });
}

async function send(write: (typeof WRITES)[number], cookie: string | null, headers: Record<string, string> = {}) {
  if ('csv' in write) {
    return isu.app.inject({ method: 'POST', url: write.url, payload: 'indicatorId,cycle,value\na27-re-integrated,13MSP,10\n', headers: { 'content-type': 'text/csv', ...(cookie ? { cookie } : {}), ...headers } });
  }
  return call(write.method, write.url, cookie, write.body(), headers);
}

describe('guards on every write route', () => {
  it.each(WRITES)('$name: 401 without a session and nothing changes', async (write) => {
    await prepare(write);
    const before = databaseChecksum(isu.database.sqlite);
    const res = await send(write, null);
    expect(res.statusCode).toBe(401);
    expect(ProblemSchema.parse(res.json()).status).toBe(401);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it.each(WRITES.filter((w) => w.role === 'admin'))('$name: 403 for an editor', async (write) => {
    await prepare(write);
    const before = databaseChecksum(isu.database.sqlite);
    const res = await send(write, isu.editor);
    expect(res.statusCode).toBe(403);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it.each(WRITES)('$name: 403 from another origin, even signed in as admin', async (write) => {
    await prepare(write);
    const before = databaseChecksum(isu.database.sqlite);
    const res = await send(write, isu.admin, { origin: 'https://evil.example' });
    expect(res.statusCode).toBe(403);
    expect(ProblemSchema.parse(res.json()).detail).toMatch(/cross-site/i);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it.each(WRITES)('$name: succeeds for the right role from the same origin', async (write) => {
    await prepare(write);
    const cookie = write.role === 'admin' ? isu.admin : isu.editor;
    const res = await send(write, cookie, { origin: 'http://localhost:80', host: 'localhost:80' });
    expect(res.statusCode, res.body).toBe(write.ok);
  });
});

describe('entering, publishing and correcting figures', () => {
  it('keeps a new cycle and its drafts out of the public API until an admin publishes', async () => {
    expect((await call('POST', '/api/v1/workspace/cycles', isu.admin, newCycle)).statusCode).toBe(201);
    const publicCycles = (await isu.app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/cycles' })).json<{ data: { code: string }[] }>().data.map((c) => c.code);
    expect(publicCycles).not.toContain('14MSP');

    const saved = await call('PUT', '/api/v1/workspace/observations', isu.editor, entry());
    expect(saved.statusCode, saved.body).toBe(200);
    expect(ChangeResponseSchema.parse(saved.json()).data).toMatchObject({ state: 'draft', kind: 'entry', author: 'editor@isu.test', before: null });
    expect((await publicIndicator('a27-re-integrated')).observations.map((o) => o.cycle)).not.toContain('14MSP');

    const cycles = WorkspaceCyclesResponseSchema.parse((await call('GET', '/api/v1/workspace/cycles', isu.editor)).json()).data;
    expect(cycles.find((c) => c.code === '14MSP')).toMatchObject({ status: 'open', pendingChanges: 1 });
    expect(cycles.find((c) => c.code === '3RC')?.ordinal).toBeGreaterThan(cycles.find((c) => c.code === '14MSP')?.ordinal ?? Infinity);

    const published = await call('POST', '/api/v1/workspace/cycles/14MSP/publish', isu.admin);
    expect(PublishResponseSchema.parse(published.json()).data).toMatchObject({ cycle: '14MSP', published: 1 });
    const indicator = await publicIndicator('a27-re-integrated');
    expect(indicator.observations.find((o) => o.cycle === '14MSP')).toMatchObject({ value: 10, denominator: 10, source: { document: 'Article 7 reports 2026', paragraph: null } });
    const cyclesAfter = (await isu.app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/cycles' })).json<{ data: { code: string }[] }>().data.map((c) => c.code);
    expect(cyclesAfter).toEqual(['10MSP', '11MSP', '12MSP', '13MSP', '14MSP', '3RC']);
  });

  it('rejects invalid figures with a problem document naming the field, and changes nothing', async () => {
    await call('POST', '/api/v1/workspace/cycles', isu.admin, newCycle);
    const before = databaseChecksum(isu.database.sqlite);
    const cases: [Record<string, unknown>, string][] = [
      [entry({ value: -1 }), 'value'],
      [entry({ value: 11, denominator: 10 }), 'value'],
      [entry({ value: 2.5 }), 'value'],
      [entry({ value: 3, reporting: 'not_reported' }), 'value'],
      [entry({ value: null }), 'value'],
      [entry({ indicatorId: 'no-such-indicator' }), 'indicatorId'],
      [entry({ cycle: '3RC' }), 'cycle'],
      [entry({ cycle: '99MSP' }), 'cycle'],
      [entry({ source: '' }), 'source'],
      [entry({ value: 4 }), 'note'], // 10 → 4 at 14MSP: an outlier needs a confirming note
      [entry({ cycle: '13MSP', value: 9 }), 'reason'], // a correction to a published figure needs a reason
      [{ ...entry(), extra: 1 }, ''],
    ];
    for (const [body, field] of cases) {
      const res = await call('PUT', '/api/v1/workspace/observations', isu.editor, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const problem = ProblemSchema.parse(res.json());
      if (field) expect(problem.parameter, JSON.stringify(body)).toBe(field);
    }
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('accepts an outlier once a note confirms it', async () => {
    await call('POST', '/api/v1/workspace/cycles', isu.admin, newCycle);
    const res = await call('PUT', '/api/v1/workspace/observations', isu.editor, entry({ value: 4, note: 'Six States Parties did not report this year.' }));
    expect(res.statusCode, res.body).toBe(200);
  });

  it('shows a published correction as a dated revision with its reason, keeps history, and reverts', async () => {
    const corrected = await call('PUT', '/api/v1/workspace/observations', isu.editor, {
      indicatorId: 'a27-re-integrated', cycle: '12MSP', value: 9, denominator: 10, source: 'Draft Review Document 2021-2025 v1.0', paragraph: 123, reason: 'Recount of Article 7 reports',
    });
    expect(ChangeResponseSchema.parse(corrected.json()).data).toMatchObject({ kind: 'correction', before: { value: 10 }, after: { value: 9 } });
    expect((await publicIndicator('a27-re-integrated')).observations.find((o) => o.cycle === '12MSP')?.value).toBe(10);

    await call('POST', '/api/v1/workspace/cycles/12MSP/publish', isu.admin);
    const revised = (await publicIndicator('a27-re-integrated')).observations.find((o) => o.cycle === '12MSP');
    expect(revised?.value).toBe(9);
    expect(revised?.revisions[0]).toMatchObject({ previousValue: 10, reason: 'Recount of Article 7 reports' });
    expect(revised?.source).toEqual({ document: 'Draft Review Document 2021-2025 v1.0', paragraph: 123 });

    const history = ChangesResponseSchema.parse((await call('GET', '/api/v1/workspace/history?indicator=a27-re-integrated', isu.editor)).json()).data;
    expect(history[0]).toMatchObject({ state: 'published', author: 'editor@isu.test', publishedBy: 'admin@isu.test', before: { value: 10 }, after: { value: 9 } });

    const revert = await call('POST', `/api/v1/workspace/changes/${history[0]?.id}/revert`, isu.editor, { reason: 'The recount was wrong' });
    expect(ChangeResponseSchema.parse(revert.json()).data).toMatchObject({ kind: 'revert', after: { value: 10 }, revertsChangeId: history[0]?.id });
    await call('POST', '/api/v1/workspace/cycles/12MSP/publish', isu.admin);
    expect((await publicIndicator('a27-re-integrated')).observations.find((o) => o.cycle === '12MSP')?.value).toBe(10);
    const after = ChangesResponseSchema.parse((await call('GET', '/api/v1/workspace/history?indicator=a27-re-integrated', isu.editor)).json()).data;
    expect(after).toHaveLength(2);
  });

  it('reverting a new published figure leaves a public trace: withdrawn on <date>, with the reason and the value it had', async () => {
    await call('POST', '/api/v1/workspace/cycles', isu.admin, newCycle);
    await call('PUT', '/api/v1/workspace/observations', isu.editor, entry({ value: 9 }));
    await call('POST', '/api/v1/workspace/cycles/14MSP/publish', isu.admin);
    expect((await publicIndicator('a27-re-integrated')).observations.find((o) => o.cycle === '14MSP')?.value).toBe(9);
    expect((await publicIndicator('a27-re-integrated')).withdrawn).toEqual([]);

    const history = ChangesResponseSchema.parse((await call('GET', '/api/v1/workspace/history?cycle=14MSP', isu.editor)).json()).data;
    const revert = await call('POST', `/api/v1/workspace/changes/${history[0]?.id}/revert`, isu.editor, { reason: 'Entered against the wrong cycle' });
    expect(revert.statusCode, revert.body).toBe(200);
    // Still public until the withdrawal is published.
    expect((await publicIndicator('a27-re-integrated')).observations.find((o) => o.cycle === '14MSP')?.value).toBe(9);
    await call('POST', '/api/v1/workspace/cycles/14MSP/publish', isu.admin);
    const data = await publicIndicator('a27-re-integrated');
    expect(data.observations.find((o) => o.cycle === '14MSP')).toBeUndefined();
    expect(data.withdrawn).toEqual([{ cycle: '14MSP', spanFrom: null, previousValue: 9, withdrawnAt: expect.any(String) as string, reason: 'Entered against the wrong cycle' }]);

    // Entered again: the figure is back and the withdrawal is history, not a current trace.
    await call('PUT', '/api/v1/workspace/observations', isu.editor, entry({ value: 8, reason: 'Entered again' }));
    await call('POST', '/api/v1/workspace/cycles/14MSP/publish', isu.admin);
    expect((await publicIndicator('a27-re-integrated')).withdrawn).toEqual([]);
  });

  it('keeps an edited draft as a superseded row instead of overwriting it', async () => {
    await call('POST', '/api/v1/workspace/cycles', isu.admin, newCycle);
    const first = ChangeResponseSchema.parse((await call('PUT', '/api/v1/workspace/observations', isu.editor, entry({ value: 9 }))).json()).data;
    // Someone else's draft is replaced only by a save that says it saw it (basedOn; see draft-conflicts.test.ts).
    expect((await call('PUT', '/api/v1/workspace/observations', isu.admin, entry({ value: 10, basedOn: first.id }))).statusCode).toBe(200);
    const history = ChangesResponseSchema.parse((await call('GET', '/api/v1/workspace/history?cycle=14MSP', isu.editor)).json()).data;
    expect(history.map((c) => [c.state, c.after?.value, c.author])).toEqual([
      ['draft', 10, 'admin@isu.test'],
      ['superseded', 9, 'editor@isu.test'],
    ]);
    const grid = EntryGridResponseSchema.parse((await call('GET', '/api/v1/workspace/cycles/14MSP/entries?pillar=risk-education', isu.editor)).json()).data;
    expect(grid.rows.find((r) => r.indicatorId === 'a27-re-integrated')?.draft?.after?.value).toBe(10);
    expect(grid.rows.find((r) => r.indicatorId === 'a27-re-integrated')?.previous).toEqual({ cycle: '13MSP', value: 10 });
  });

  it('changes the public status once an admin publishes an override, keeping the computed one beside it', async () => {
    const computed = (await publicIndicator('a36-legislation-policies')).status.code;
    const drafted = await call('POST', '/api/v1/workspace/indicators/a36-legislation-policies/override', isu.admin, { code: 'needs_acceleration', justification: 'Three States Parties have announced legislation.' });
    expect((await publicIndicator('a36-legislation-policies')).override).toBeNull();
    const published = await call('POST', '/api/v1/workspace/publications', isu.admin, { overrideIds: [drafted.json<{ data: { id: number } }>().data.id] });
    expect(published.statusCode, published.body).toBe(200);
    const indicator = await publicIndicator('a36-legislation-policies');
    expect(indicator.status.code).toBe('needs_acceleration');
    expect(indicator.computedStatus).toBe(computed);
    expect(indicator.override).toMatchObject({ code: 'needs_acceleration', justification: 'Three States Parties have announced legislation.' });
  });

  it('publishes content edits with their history', async () => {
    await call('PUT', '/api/v1/workspace/content', isu.editor, { entity: 'indicator', key: 'a27-re-integrated', field: 'title', value: 'States Parties integrating risk education' });
    expect((await publicIndicator('a27-re-integrated')).title).not.toBe('States Parties integrating risk education');
    await call('POST', '/api/v1/workspace/content/publish', isu.admin);
    expect((await publicIndicator('a27-re-integrated')).title).toBe('States Parties integrating risk education');
  });
});

describe('CSV import', () => {
  const header = 'indicatorId,cycle,spanFrom,value,qualifier,denominator,reporting,document,paragraph,note';
  async function importCsv(csv: string, dryRun: boolean) {
    return isu.app.inject({ method: 'POST', url: `/api/v1/workspace/import?dryRun=${dryRun}`, payload: csv, headers: { cookie: isu.editor, 'content-type': 'text/csv' } });
  }

  it('re-imports the export unchanged: every row counted as unchanged', async () => {
    const csv = (await isu.app.inject({ method: 'GET', url: '/api/v1/export.csv' })).body;
    const res = await importCsv(csv, true);
    const report = ImportResponseSchema.parse(res.json()).data;
    expect(report.rejected).toEqual([]);
    expect(report.changes).toEqual([]);
    expect(report.unchanged).toBe(report.rows);
  });

  it('dry run lists the changes and the rejected rows with reasons, and changes nothing', async () => {
    await call('POST', '/api/v1/workspace/cycles', isu.admin, newCycle);
    const before = databaseChecksum(isu.database.sqlite);
    const csv = [header, 'a27-re-integrated,14MSP,,10,exact,10,reported,Article 7 reports 2026,,', 'a29-disaggregated-data,14MSP,,12,exact,10,reported,Article 7 reports 2026,,', 'a30-residual-contamination-references,14MSP,,abc,exact,10,reported,Article 7 reports 2026,,'].join('\r\n');
    const report = ImportResponseSchema.parse((await importCsv(csv, true)).json()).data;
    expect(report.changes.map((c) => [c.row, c.indicatorId, c.after.value])).toEqual([[2, 'a27-re-integrated', 10]]);
    expect(report.rejected.map((r) => [r.row, r.field])).toEqual([
      [3, 'value'],
      [4, 'value'],
    ]);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('a failing row aborts the whole import', async () => {
    await call('POST', '/api/v1/workspace/cycles', isu.admin, newCycle);
    const before = databaseChecksum(isu.database.sqlite);
    const csv = [header, 'a27-re-integrated,14MSP,,10,exact,10,reported,Article 7 reports 2026,,', 'no-such-indicator,14MSP,,1,exact,,reported,Article 7 reports 2026,,'].join('\n');
    const res = await importCsv(csv, false);
    expect(res.statusCode).toBe(400);
    expect(ProblemSchema.parse(res.json()).detail).toMatch(/Nothing was imported/);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('applies a valid file as drafts in one go', async () => {
    await call('POST', '/api/v1/workspace/cycles', isu.admin, newCycle);
    const csv = [header, 'a27-re-integrated,14MSP,,10,exact,10,reported,Article 7 reports 2026,,', 'a29-disaggregated-data,14MSP,,8,exact,10,reported,Article 7 reports 2026,,'].join('\n');
    const report = ImportResponseSchema.parse((await importCsv(csv, false)).json()).data;
    expect(report.applied).toBe(true);
    const cycles = WorkspaceCyclesResponseSchema.parse((await call('GET', '/api/v1/workspace/cycles', isu.editor)).json()).data;
    expect(cycles.find((c) => c.code === '14MSP')?.pendingChanges).toBe(2);
  });
});

describe('accounts and sessions', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and ends the session on sign-out', async () => {
    const res = await isu.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'editor@isu.test', password: 'correct horse battery staple' } });
    const cookie = res.cookies.find((c) => c.name === 'ccm_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const header = `ccm_session=${cookie?.value}`;
    expect((await call('GET', '/api/v1/auth/me', header)).statusCode).toBe(200);
    expect((await call('POST', '/api/v1/auth/sign-out', header)).statusCode).toBe(204);
    expect((await call('GET', '/api/v1/auth/me', header)).statusCode).toBe(401);
  });

  it('gives a new session id at each sign-in', async () => {
    expect(await signIn(isu.app, 'editor@isu.test')).not.toBe(isu.editor);
  });

  it('answers the same message for an unknown account and a wrong password', async () => {
    const unknown = await isu.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'nobody@isu.test', password: 'whatever it is' } });
    const wrong = await isu.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'editor@isu.test', password: 'whatever it is' } });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(ProblemSchema.parse(unknown.json()).detail).toBe(ProblemSchema.parse(wrong.json()).detail);
  });

  it('answers 429 after repeated failures for one account from one address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      codes.push((await isu.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'admin@isu.test', password: `wrong ${i}` } })).statusCode);
    }
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes.at(-1)).toBe(429);
  });

  it('makes an account created with a one-time password change it before anything else', async () => {
    const created = CreateUserResponseSchema.parse((await call('POST', '/api/v1/workspace/users', isu.admin, { email: 'new@isu.test', role: 'editor' })).json()).data;
    expect(created.mustChangePassword).toBe(true);
    const cookie = await signIn(isu.app, 'new@isu.test', created.oneTimePassword);
    expect((await call('GET', '/api/v1/workspace/cycles', cookie)).statusCode).toBe(403);
    const changed = await call('POST', '/api/v1/auth/password', cookie, { currentPassword: created.oneTimePassword, newPassword: 'a brand new long password' });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await call('GET', '/api/v1/workspace/cycles', cookie)).statusCode).toBe(200);
  });
});

describe('under review and inferred cycles in the workspace', () => {
  const put = (body: unknown) => call('PUT', '/api/v1/workspace/observations', isu.editor, body, { origin: 'http://localhost:80' });
  const publish = (cycle: string) => call('POST', `/api/v1/workspace/cycles/${cycle}/publish`, isu.admin, undefined, { origin: 'http://localhost:80' });

  it('the ISU clears a drafters’ under-review flag with a correction, and the public figure loses its marker only once published', async () => {
    const before = await publicIndicator('a43-timely-reports');
    const flagged = before.observations.find((o) => o.cycle === '13MSP' && o.spanFrom === null);
    expect(flagged?.underReview).not.toBeNull();
    if (!flagged || flagged.value === null) return;
    const res = await put({
      indicatorId: 'a43-timely-reports',
      cycle: '13MSP',
      value: flagged.value,
      source: flagged.source.document,
      paragraph: flagged.source.paragraph,
      note: flagged.note,
      underReview: null,
      reason: 'Checked against the Article 7 reports received by 30 April 2026',
    });
    expect(res.statusCode, res.body).toBe(200);
    const change = ChangeResponseSchema.parse(res.json()).data;
    expect(change.before?.underReview).toEqual(flagged.underReview);
    expect(change.after?.underReview).toBeNull();
    expect((await publicIndicator('a43-timely-reports')).observations.find((o) => o.cycle === '13MSP' && o.spanFrom === null)?.underReview).not.toBeNull();
    expect((await publish('13MSP')).statusCode).toBe(200);
    const after = (await publicIndicator('a43-timely-reports')).observations.find((o) => o.cycle === '13MSP' && o.spanFrom === null);
    expect(after?.underReview).toBeNull();
    expect(after?.revisions[0]?.reason).toBe('Checked against the Article 7 reports received by 30 April 2026');
  });

  it('sets a flag and an inferred cycle on a new figure; an inferred cycle without a note is refused, naming the field', async () => {
    expect((await call('POST', '/api/v1/workspace/cycles', isu.admin, newCycle, { origin: 'http://localhost:80' })).statusCode).toBe(201);
    const refused = await put(entry({ cycleInferred: true }));
    expect(refused.statusCode).toBe(400);
    expect(ProblemSchema.parse(refused.json()).parameter).toBe('note');
    const ok = await put(entry({ cycleInferred: true, note: 'The report gives the figure for 2026 without naming the meeting', underReview: { note: 'The ISU is checking this figure', paragraph: null } }));
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await publish('14MSP')).statusCode).toBe(200);
    const figure = (await publicIndicator('a27-re-integrated')).observations.find((o) => o.cycle === '14MSP');
    expect(figure).toMatchObject({ value: 10, cycleInferred: true, underReview: { note: 'The ISU is checking this figure', paragraph: null } });
  });

  it('CSV import reads cycleInferred and underReview; the export of a figure imports back unchanged', async () => {
    const csvExport = (await isu.app.inject({ method: 'GET', url: '/api/v1/export.csv?pillar=transparency-measures' })).body;
    const roundTrip = await isu.app.inject({ method: 'POST', url: '/api/v1/workspace/import?dryRun=true', payload: csvExport, headers: { cookie: isu.editor, 'content-type': 'text/csv', origin: 'http://localhost:80' } });
    expect(roundTrip.statusCode, roundTrip.body).toBe(200);
    const report = ImportResponseSchema.parse(roundTrip.json()).data;
    expect(report.changes).toEqual([]);
    expect(report.rejected).toEqual([]);
    expect(report.unchanged).toBe(report.rows);

    const bad = await isu.app.inject({
      method: 'POST',
      url: '/api/v1/workspace/import?dryRun=true',
      payload: 'indicatorId,cycle,value,cycleInferred,note,source\na27-re-integrated,13MSP,9,perhaps,A note,Article 7 reports\n',
      headers: { cookie: isu.editor, 'content-type': 'text/csv', origin: 'http://localhost:80' },
    });
    expect(ImportResponseSchema.parse(bad.json()).data.rejected[0]).toMatchObject({ row: 2, field: 'cycleInferred' });
  });
});
