// Status overrides are drafted and published like figures: a draft changes nothing public; once published the override
// is the status everyone sees (badge, counts, flagged lists, briefings in JSON and Word, exports, results) with the
// rule's result beside it; a published withdrawal gives the rule back.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/src/api-paths.ts';
import { IndicatorResponseSchema, IndicatorsResponseSchema, SummaryResponseSchema, type Indicator } from '../../shared/src/schemas/api.ts';
import { BriefingComparisonResponseSchema, BriefingResponseSchema } from '../../shared/src/schemas/briefing.ts';
import { isFlagged, ProblemSchema, type StatusCode } from '../../shared/src/schemas/common.ts';
import { OverridesResponseSchema, PublicationResponseSchema, ReviewResponseSchema } from '../../shared/src/schemas/publishing.ts';
import { StatusOverrideResponseSchema } from '../../shared/src/schemas/workspace.ts';
import { signedInAppPerTest } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';

const isu = signedInAppPerTest('isu.test');

const call = (method: 'GET' | 'POST', url: string, cookie: string | null, payload?: unknown) =>
  isu.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }), headers: cookie ? { cookie } : {} });
const get = async (url: string): Promise<unknown> => (await isu.app.inject({ method: 'GET', url })).json();
const publicIndicator = async (id: string) => IndicatorResponseSchema.parse(await get(API_PATHS.indicator(id))).data;
const counts = async () => SummaryResponseSchema.parse(await get(API_PATHS.planSummary('LAP'))).data.counts;
const flaggedIds = async () => IndicatorsResponseSchema.parse(await get(API_PATHS.planIndicators('LAP'))).data.filter((i) => isFlagged(i.status.code)).map((i) => i.id);
const briefing = async (pillar: string) => BriefingResponseSchema.parse(await get(API_PATHS.planBriefing('LAP', pillar))).data;
async function docxText(pillar: string) {
  const res = await isu.app.inject({ method: 'GET', url: `${API_PATHS.planBriefing('LAP', pillar)}.docx` });
  const xml = (await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&apos;/g, "'");
}
const exportIds = async (status: StatusCode) => {
  const csv = (await isu.app.inject({ method: 'GET', url: `${API_PATHS.exportCsv()}?status=${status}` })).body;
  return new Set(csv.split('\n').slice(1).map((line) => line.split(',')[3]));
};

/** A LAP indicator with figures whose computed status is not flagged: an override to "stalled" flags it. */
async function unflaggedIndicator(): Promise<Indicator> {
  const all = IndicatorsResponseSchema.parse(await get(API_PATHS.planIndicators('LAP'))).data;
  const found = all.find((i) => !isFlagged(i.status.code) && i.status.code !== 'insufficient_data' && i.observations.length > 0);
  if (!found) throw new Error('the bundle has no unflagged indicator with figures');
  return found;
}

const JUSTIFICATION = 'Three States Parties reported no progress since the last meeting.';

async function draft(id: string, code: StatusCode | null, justification = JUSTIFICATION) {
  const res = await call('POST', `/api/v1/workspace/indicators/${id}/override`, isu.admin, { code, justification });
  expect(res.statusCode, res.body).toBe(200);
  return StatusOverrideResponseSchema.parse(res.json()).data;
}
async function publish(overrideIds: number[]) {
  const res = await call('POST', '/api/v1/workspace/publications', isu.admin, { overrideIds });
  expect(res.statusCode, res.body).toBe(200);
  return PublicationResponseSchema.parse(res.json()).data.publication;
}

describe('status overrides through draft and publish', () => {
  it('a drafted override changes nothing public; the review lists it with the status before and after', async () => {
    const target = await unflaggedIndicator();
    const before = { counts: await counts(), flagged: await flaggedIds(), indicator: await publicIndicator(target.id) };
    const drafted = await draft(target.id, 'stalled');
    expect(drafted).toMatchObject({ state: 'draft', code: 'stalled', publishedAt: null, author: 'admin@isu.test' });
    expect(await publicIndicator(target.id)).toEqual(before.indicator);
    expect(await counts()).toEqual(before.counts);
    expect(await flaggedIds()).toEqual(before.flagged);

    const review = ReviewResponseSchema.parse((await call('GET', '/api/v1/workspace/review', isu.editor)).json()).data;
    expect(review.overrides).toEqual([
      expect.objectContaining({ id: drafted.id, indicatorId: target.id, title: target.title, code: 'stalled', justification: JUSTIFICATION, statusBefore: target.status.code, statusAfter: 'stalled', inForce: null }),
    ]);
    const list = OverridesResponseSchema.parse((await call('GET', '/api/v1/workspace/overrides', isu.editor)).json()).data;
    expect(list.drafts.map((o) => o.id)).toEqual([drafted.id]);
    expect(list.inForce).toEqual([]);
  });

  it('published, the override is the public status: badge, counts, flagged list, briefing, Word file and export', async () => {
    const target = await unflaggedIndicator();
    const computed = target.status.code;
    const countsBefore = await counts();
    expect(await exportIds('stalled')).not.toContain(target.id);
    const drafted = await draft(target.id, 'stalled');
    const publication = await publish([drafted.id]);
    expect(publication).toMatchObject({ kind: 'selected', overrides: [{ id: drafted.id, indicatorId: target.id, code: 'stalled' }], undoable: true });

    const indicator = await publicIndicator(target.id);
    expect(indicator.status.code).toBe('stalled');
    expect(indicator.computedStatus).toBe(computed);
    expect(indicator.override).toMatchObject({ code: 'stalled', justification: JUSTIFICATION, publishedAt: publication.publishedAt });
    const countsAfter = await counts();
    expect(countsAfter.stalled).toBe((countsBefore.stalled ?? 0) + 1);
    expect(countsAfter[computed]).toBe((countsBefore[computed] ?? 0) - 1);
    expect(await flaggedIds()).toContain(target.id);
    const flaggedOnly = IndicatorsResponseSchema.parse(await get(`${API_PATHS.planIndicators('LAP')}?status=stalled`)).data.map((i) => i.id);
    expect(flaggedOnly).toContain(target.id);
    expect((await briefing(target.pillar)).flagged.map((b) => b.indicator.id)).toContain(target.id);
    const word = await docxText(target.pillar);
    expect(word).toContain(JUSTIFICATION);
    // Beside the ISU's status, what the rule gives (not "Stalled", the override), then the justification.
    expect(word).toMatch(/Status set by the ISU: Stalled\. The rule gives: (?!Stalled)[^.]+\. Justification: Three States Parties/);
    expect(await exportIds('stalled')).toContain(target.id);
    expect(await exportIds(computed)).not.toContain(target.id);
    // "What changed since the briefing of <date>" names the status the ISU set, beside the rule's.
    const since = publication.publishedAt.slice(0, 10);
    const compared = BriefingComparisonResponseSchema.parse(await get(`/api/v1/action-plans/lap/briefings/${target.pillar}/changes?since=${since}`)).data;
    expect(compared.changes).toContainEqual(expect.objectContaining({ indicatorId: target.id, kind: 'status', cycle: null, publishedAt: publication.publishedAt }));
    expect(compared.changes.find((c) => c.kind === 'status')?.text).toMatch(new RegExp(`^.+: status set by the ISU: Stalled; the rule gives: (?!Stalled).+ \\(published ${since}\\)\\.$`));

    const list = OverridesResponseSchema.parse((await call('GET', '/api/v1/workspace/overrides', isu.editor)).json()).data;
    expect(list).toMatchObject({ drafts: [], inForce: [{ id: drafted.id, code: 'stalled', computedStatus: computed, state: 'published' }] });
  });

  it('a newer draft supersedes the older one; a published withdrawal gives the rule’s status back', async () => {
    const target = await unflaggedIndicator();
    const first = await draft(target.id, 'declining');
    const second = await draft(target.id, 'stalled');
    const list = OverridesResponseSchema.parse((await call('GET', '/api/v1/workspace/overrides', isu.editor)).json()).data;
    expect(list.drafts.map((o) => o.id)).toEqual([second.id]);
    const stale = await call('POST', '/api/v1/workspace/publications', isu.admin, { overrideIds: [first.id] });
    expect(stale.statusCode).toBe(409);
    const problem = ProblemSchema.parse(stale.json());
    expect(problem.parameter).toBe('overrideIds');
    expect(problem.detail).toContain(String(first.id));
    await publish([second.id]);
    expect((await publicIndicator(target.id)).status.code).toBe('stalled');

    const withdrawal = await draft(target.id, null, 'The reports of the last meeting settle it after all.');
    expect((await publicIndicator(target.id)).status.code).toBe('stalled');
    await publish([withdrawal.id]);
    const indicator = await publicIndicator(target.id);
    expect(indicator.status.code).toBe(target.status.code);
    expect(indicator.override).toBeNull();
    expect(await flaggedIds()).not.toContain(target.id);
  });

  it('only an admin drafts an override; a bad code or justification is a 400 naming the field; nothing changes', async () => {
    const target = await unflaggedIndicator();
    const before = databaseChecksum(isu.database.sqlite);
    expect((await call('POST', `/api/v1/workspace/indicators/${target.id}/override`, isu.editor, { code: 'stalled', justification: JUSTIFICATION })).statusCode).toBe(403);
    expect((await call('POST', `/api/v1/workspace/indicators/${target.id}/override`, null, { code: 'stalled', justification: JUSTIFICATION })).statusCode).toBe(401);
    const cases: [unknown, string][] = [
      [{ code: 'excellent', justification: JUSTIFICATION }, 'code'],
      [{ code: 'stalled', justification: 'short' }, 'justification'],
      [{ code: null, justification: JUSTIFICATION }, 'code'],
    ];
    for (const [body, field] of cases) {
      const res = await call('POST', `/api/v1/workspace/indicators/${target.id}/override`, isu.admin, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(ProblemSchema.parse(res.json()).parameter).toBe(field);
    }
    expect((await call('POST', '/api/v1/workspace/indicators/no-such-indicator/override', isu.admin, { code: 'stalled', justification: JUSTIFICATION })).statusCode).toBe(404);
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
  });

  it('a draft can be discarded; it is never public', async () => {
    const target = await unflaggedIndicator();
    const drafted = await draft(target.id, 'stalled');
    expect((await call('POST', `/api/v1/workspace/overrides/${drafted.id}/discard`, isu.editor)).statusCode).toBe(403);
    expect((await call('POST', `/api/v1/workspace/overrides/${drafted.id}/discard`, isu.admin)).statusCode).toBe(204);
    expect(OverridesResponseSchema.parse((await call('GET', '/api/v1/workspace/overrides', isu.editor)).json()).data.drafts).toEqual([]);
    expect((await call('POST', '/api/v1/workspace/publications', isu.admin, { overrideIds: [drafted.id] })).statusCode).toBe(409);
    expect((await publicIndicator(target.id)).override).toBeNull();
  });
});
