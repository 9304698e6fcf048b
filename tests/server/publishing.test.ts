// Review and publishing through the API: the review names each draft's indicator, figures and statuses; a selection is
// published exactly (or refused whole); the summary says what the public site will show; the latest publication can be
// undone as a new one, and a figure it added is then listed publicly as withdrawn.
import { describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/src/api-paths.ts';
import { IndicatorResponseSchema, SummaryResponseSchema } from '../../shared/src/schemas/api.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import {
  PublicationResponseSchema,
  PublicationsResponseSchema,
  PublicationSummaryResponseSchema,
  ReviewResponseSchema,
} from '../../shared/src/schemas/publishing.ts';
import { ChangeResponseSchema, ChangesResponseSchema } from '../../shared/src/schemas/workspace.ts';

import { signedInAppPerTest } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';

const isu = signedInAppPerTest('isu.test', { withNextCycle: true });

const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string | null, payload?: unknown) =>
  isu.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }), headers: cookie ? { cookie } : {} });
const publicIndicator = async (id: string) => IndicatorResponseSchema.parse((await isu.app.inject({ method: 'GET', url: API_PATHS.indicator(id) })).json()).data;
const counts = async () => SummaryResponseSchema.parse((await isu.app.inject({ method: 'GET', url: API_PATHS.planSummary('LAP') })).json()).data.counts;

async function enter(indicatorId: string, over: Record<string, unknown> = {}) {
  const res = await call('PUT', '/api/v1/workspace/observations', isu.editor, { indicatorId, cycle: '14MSP', value: 10, denominator: 10, source: 'Article 7 reports 2026', note: 'Confirmed with the reports.', ...over });
  expect(res.statusCode, res.body).toBe(200);
  return ChangeResponseSchema.parse(res.json()).data;
}
async function publishSelected(changeIds: number[]) {
  const res = await call('POST', '/api/v1/workspace/publications', isu.admin, { changeIds });
  expect(res.statusCode, res.body).toBe(200);
  return PublicationResponseSchema.parse(res.json()).data.publication;
}
async function publications() {
  return PublicationsResponseSchema.parse((await call('GET', '/api/v1/workspace/publications', isu.editor)).json()).data;
}
async function undo(id: number, cookie = isu.admin) {
  return call('POST', `/api/v1/workspace/publications/${id}/undo`, cookie, { reason: 'Published too early; the reports are being checked.' });
}

describe('the review', () => {
  it('lists each draft with its indicator, figures before and after, source, note, author and status before and after', async () => {
    const a27 = await publicIndicator('a27-re-integrated');
    const draft = await enter('a27-re-integrated');
    const review = ReviewResponseSchema.parse((await call('GET', '/api/v1/workspace/review?cycle=14MSP', isu.editor)).json()).data;
    expect(review.cycle).toBe('14MSP');
    expect(review.changes).toHaveLength(1);
    expect(review.changes[0]).toMatchObject({
      id: draft.id,
      kind: 'entry',
      indicatorId: 'a27-re-integrated',
      title: a27.title,
      action: a27.action,
      cycle: '14MSP',
      before: null,
      after: { value: 10, qualifier: 'exact', denominator: 10, source: 'Article 7 reports 2026', note: 'Confirmed with the reports.' },
      author: 'editor@isu.test',
      statusBefore: a27.status.code,
    });
    // The status after is the rule's on the figures with the draft: what the public sees once it is published.
    await publishSelected([draft.id]);
    expect(review.changes[0]?.statusAfter).toBe((await publicIndicator('a27-re-integrated')).status.code);
    // The old diff still answers.
    expect(ChangesResponseSchema.parse((await call('GET', '/api/v1/workspace/cycles/13MSP/diff', isu.editor)).json()).data).toEqual([]);
    expect((await call('GET', '/api/v1/workspace/review?cycle=99MSP', isu.editor)).statusCode).toBe(404);
  });
});

describe('publishing a selection', () => {
  it('publishes exactly the drafts chosen, after a summary of what changes publicly; the others stay drafts', async () => {
    const first = await enter('a27-re-integrated');
    const second = await enter('a28-tailored-re', { value: 1, denominator: 10 });
    const statusBefore = (await publicIndicator('a27-re-integrated')).status.code;
    const countsBefore = await counts();

    const preview = await call('POST', '/api/v1/workspace/publications/preview', isu.editor, { changeIds: [first.id] });
    expect(preview.statusCode, preview.body).toBe(200);
    const summary = PublicationSummaryResponseSchema.parse(preview.json()).data;
    expect(summary).toMatchObject({ changes: 1, overrides: 0 });
    expect(summary.statuses.map((s) => s.indicatorId)).not.toContain('a28-tailored-re');
    expect(summary.counts.find((c) => c.actionPlan === 'LAP')?.before).toEqual(countsBefore);

    const publication = await publishSelected([first.id]);
    expect(publication).toMatchObject({ kind: 'selected', cycle: null, publishedBy: 'admin@isu.test', undoable: true, changes: [{ id: first.id, indicatorId: 'a27-re-integrated', cycle: '14MSP' }] });
    const a27 = await publicIndicator('a27-re-integrated');
    expect(a27.observations.find((o) => o.cycle === '14MSP')).toMatchObject({ value: 10, denominator: 10 });
    expect((await publicIndicator('a28-tailored-re')).observations.map((o) => o.cycle)).not.toContain('14MSP');
    // The summary said what the public now sees: the status, and the counts.
    const change = summary.statuses.find((s) => s.indicatorId === 'a27-re-integrated');
    if (a27.status.code !== statusBefore) expect(change).toMatchObject({ before: statusBefore, after: a27.status.code });
    else expect(change).toBeUndefined();
    expect(summary.counts.find((c) => c.actionPlan === 'LAP')?.after).toEqual(await counts());

    const review = ReviewResponseSchema.parse((await call('GET', '/api/v1/workspace/review?cycle=14MSP', isu.editor)).json()).data;
    expect(review.changes.map((c) => c.id)).toEqual([second.id]);
  });

  it('refuses a selection naming anything but a pending draft, naming the id, and writes nothing', async () => {
    const first = await enter('a27-re-integrated');
    const second = await enter('a28-tailored-re', { value: 1, denominator: 10 });
    await publishSelected([first.id]);
    const before = databaseChecksum(isu.database.sqlite);
    const res = await call('POST', '/api/v1/workspace/publications', isu.admin, { changeIds: [second.id, first.id, 999999] });
    expect(res.statusCode).toBe(409);
    const problem = ProblemSchema.parse(res.json());
    expect(problem).toMatchObject({ parameter: 'changeIds' });
    expect(problem.detail).toContain(String(first.id));
    expect(problem.detail).toContain('999999');
    expect(problem.detail).not.toContain(String(second.id) + ',');
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
    expect((await call('POST', '/api/v1/workspace/publications', isu.admin, { changeIds: [] })).statusCode).toBe(400);
    expect(ProblemSchema.parse((await call('POST', '/api/v1/workspace/publications', isu.admin, { changeIds: ['x'] })).json()).parameter).toMatch(/^changeIds/);
    expect((await call('POST', '/api/v1/workspace/publications', isu.editor, { changeIds: [second.id] })).statusCode).toBe(403);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('a cycle made public without drafts is listed but has nothing to undo; the publication before stays the one to undo', async () => {
    const figure = (await publicIndicator('a27-re-integrated')).observations.find((o) => o.cycle === '13MSP');
    const corrected = await publishSelected([(await enter('a27-re-integrated', { cycle: '13MSP', value: (figure?.value ?? 1) - 1, reason: 'Corrected report' })).id]);
    expect((await call('POST', '/api/v1/workspace/cycles/14MSP/publish', isu.admin)).statusCode).toBe(200);
    const [empty, before] = await publications();
    expect(empty).toMatchObject({ kind: 'cycle', cycle: '14MSP', changes: [], overrides: [], undoable: false });
    expect(before).toMatchObject({ id: corrected.id, undoable: true });
    expect((await undo(empty?.id ?? 0)).statusCode).toBe(409);
    expect((await undo(corrected.id)).statusCode).toBe(200);
    expect((await publicIndicator('a27-re-integrated')).observations.find((o) => o.cycle === '13MSP')?.value).toBe(figure?.value);
  });

  it('publishing a whole cycle is recorded as a publication of kind cycle', async () => {
    await enter('a27-re-integrated');
    const preview = PublicationSummaryResponseSchema.parse((await call('POST', '/api/v1/workspace/publications/preview', isu.editor, { cycle: '14MSP' })).json()).data;
    expect(preview.changes).toBe(1);
    expect((await call('POST', '/api/v1/workspace/cycles/14MSP/publish', isu.admin)).statusCode).toBe(200);
    const [latest] = await publications();
    expect(latest).toMatchObject({ kind: 'cycle', cycle: '14MSP', changes: [{ indicatorId: 'a27-re-integrated' }], undoable: true });
  });
});

describe('undoing the latest publication', () => {
  it('a revert of a new published figure, published as a selection, leaves the figure listed as withdrawn', async () => {
    const added = await publishSelected([(await enter('a27-re-integrated')).id]);
    const revert = await call('POST', `/api/v1/workspace/changes/${added.changes[0]?.id ?? 0}/revert`, isu.editor, { reason: 'The figure belongs to the next cycle.' });
    expect(revert.statusCode, revert.body).toBe(200);
    await publishSelected([ChangeResponseSchema.parse(revert.json()).data.id]);
    const a27 = await publicIndicator('a27-re-integrated');
    expect(a27.observations.map((o) => o.cycle)).not.toContain('14MSP');
    expect(a27.withdrawn).toEqual([expect.objectContaining({ cycle: '14MSP', previousValue: 10, reason: 'The figure belongs to the next cycle.' })]);
  });

  it('an undone override gives way to the one in force before it', async () => {
    const draft = async (code: string, justification: string) =>
      (await call('POST', '/api/v1/workspace/indicators/a27-re-integrated/override', isu.admin, { code, justification })).json<{ data: { id: number } }>().data.id;
    const computed = (await publicIndicator('a27-re-integrated')).status.code;
    await call('POST', '/api/v1/workspace/publications', isu.admin, { overrideIds: [await draft('declining', 'First override, in force before the second.')] });
    const second = PublicationResponseSchema.parse((await call('POST', '/api/v1/workspace/publications', isu.admin, { overrideIds: [await draft('stalled', 'Second override, to be undone.')] })).json()).data.publication;
    expect((await publicIndicator('a27-re-integrated')).status.code).toBe('stalled');
    expect((await undo(second.id)).statusCode).toBe(200);
    expect((await publicIndicator('a27-re-integrated')).override).toMatchObject({ code: 'declining', justification: 'First override, in force before the second.' });
    const first = (await publications()).find((p) => p.undoable);
    expect((await undo(first?.id ?? 0)).statusCode).toBe(200);
    const a27 = await publicIndicator('a27-re-integrated');
    expect(a27.override).toBeNull();
    expect(a27.status.code).toBe(computed);
  });

  it('withdraws a figure it added, shown publicly as withdrawn, and restores a figure it corrected', async () => {
    const a27Before = await publicIndicator('a27-re-integrated');
    const figure13 = a27Before.observations.find((o) => o.cycle === '13MSP');
    const added = await enter('a27-re-integrated');
    const corrected = await enter('a27-re-integrated', { cycle: '13MSP', value: (figure13?.value ?? 0) - 1, reason: 'Article 7 report of Lao PDR corrected' });
    const publication = await publishSelected([added.id, corrected.id]);

    expect((await undo(publication.id, isu.editor)).statusCode).toBe(403);
    const res = await undo(publication.id);
    expect(res.statusCode, res.body).toBe(200);
    const undone = PublicationResponseSchema.parse(res.json()).data.publication;
    expect(undone).toMatchObject({ kind: 'undo', undoesPublicationId: publication.id });
    expect(undone.changes.map((c) => [c.kind, c.cycle, c.after?.value ?? null])).toEqual([
      ['revert', '14MSP', null],
      ['revert', '13MSP', figure13?.value],
    ]);

    const a27 = await publicIndicator('a27-re-integrated');
    expect(a27.observations.map((o) => o.cycle)).not.toContain('14MSP');
    expect(a27.observations.find((o) => o.cycle === '13MSP')?.value).toBe(figure13?.value);
    expect(a27.withdrawn).toEqual([expect.objectContaining({ cycle: '14MSP', previousValue: 10, reason: 'Published too early; the reports are being checked.' })]);
    expect(a27.status.code).toBe(a27Before.status.code);

    const list = await publications();
    expect(list.map((p) => [p.kind, p.undoneByPublicationId, p.undoable])).toEqual([
      ['undo', null, false],
      ['selected', undone.id, false],
    ]);
    const history = ChangesResponseSchema.parse((await call('GET', '/api/v1/workspace/history?indicator=a27-re-integrated', isu.editor)).json()).data;
    expect(history.filter((c) => c.kind === 'revert' && c.state === 'published')).toHaveLength(2);
  });

  it('refuses, writing nothing, an undo of a publication that is not the latest, one already undone, or whose figure changed since', async () => {
    const first = await publishSelected([(await enter('a27-re-integrated')).id]);
    const second = await publishSelected([(await enter('a28-tailored-re', { value: 1, denominator: 10 })).id]);
    let before = databaseChecksum(isu.database.sqlite);
    const notLatest = await undo(first.id);
    expect(notLatest.statusCode).toBe(409);
    const problem = ProblemSchema.parse(notLatest.json());
    expect(problem.parameter).toBe('id');
    expect(problem.detail).toContain(String(second.id));
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);

    expect((await undo(second.id)).statusCode).toBe(200);
    before = databaseChecksum(isu.database.sqlite);
    expect((await undo(second.id)).statusCode).toBe(409);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);

    // The first is now the latest one not undone, and can be undone; unless its figure changed since (here written
    // straight into the table, as a publication made before publications were recorded would have).
    expect((await publications()).find((p) => p.id === first.id)?.undoable).toBe(true);
    isu.database.sqlite.prepare("update observations set value = 7 where indicator_id = 'a27-re-integrated' and cycle = '14MSP'").run();
    before = databaseChecksum(isu.database.sqlite);
    const changed = await undo(first.id);
    expect(changed.statusCode).toBe(409);
    expect(ProblemSchema.parse(changed.json()).detail).toMatch(/a27-re-integrated.*14MSP.*changed/);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });
});
