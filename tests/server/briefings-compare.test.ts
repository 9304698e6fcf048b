// "What changed since the briefing of <date>": a figure published in the test is listed for a date on or before its
// publication, before → after in words, and not for a later date nor in another pillar; a bad date is a 400 naming it.
import { describe, expect, it } from 'vitest';
import { BriefingComparisonResponseSchema, BriefingResponseSchema, type Briefing } from '../../shared/src/schemas/briefing.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { signedInAppPerTest } from '../helpers/auth.ts';
import { enterFigure, publishChanges } from '../helpers/workspace.ts';

const BASE = '/api/v1/action-plans/lap/briefings';
const isu = signedInAppPerTest('isu.test');

async function briefingOf(pillar: string): Promise<Briefing> {
  const res = await isu.app.inject({ method: 'GET', url: `${BASE}/${pillar}` });
  expect(res.statusCode).toBe(200);
  return BriefingResponseSchema.parse(res.json()).data;
}
async function changesSince(pillar: string, since: string, lang = 'en') {
  const res = await isu.app.inject({ method: 'GET', url: `${BASE}/${pillar}/changes?since=${since}&lang=${lang}` });
  expect(res.statusCode, res.body).toBe(200);
  return BriefingComparisonResponseSchema.parse(res.json()).data;
}
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('what changed since the briefing of a date', () => {
  it('lists a figure published after the date, before → after in words, in every language; nothing for a later date or another pillar', async () => {
    const yesterday = day(-1);
    const none = await changesSince('victim-assistance', yesterday);
    expect(none.changes).toEqual([]);
    expect(none.sentence).toBe(`No figure or status of this pillar was published or withdrawn on or after ${yesterday}.`);

    const before = await briefingOf('victim-assistance');
    const item = [...before.flagged, ...before.others].find((i) => i.indicator.observations.some((o) => o.cycle === '13MSP' && o.spanFrom === null && o.value !== null && o.value < 12));
    expect(item).toBeDefined();
    const id = item?.indicator.id ?? '';
    const previous = item?.indicator.observations.find((o) => o.cycle === '13MSP' && o.spanFrom === null)?.value ?? null;
    const change = await enterFigure(isu.app, isu.editor, { indicatorId: id, cycle: '13MSP', value: 11, denominator: 12, source: 'Article 7 reports 2026', note: 'Corrected with the reports.', reason: 'Corrected with the reports.' });
    // A draft is not a change of the public data.
    expect((await changesSince('victim-assistance', yesterday)).changes).toEqual([]);
    const publication = await publishChanges(isu.app, isu.admin, [change.id]);

    const after = await changesSince('victim-assistance', yesterday);
    expect(after.changes).toHaveLength(1);
    const [listed] = after.changes;
    expect(listed).toMatchObject({ indicatorId: id, cycle: '13MSP', kind: 'revised', before: previous, after: 11, publishedAt: publication.publishedAt });
    expect(listed?.text).toBe(`${item?.indicator.title ?? ''}, 13MSP: ${String(previous)} → 11 of 12 (92%) in 13MSP (published ${publication.publishedAt.slice(0, 10)}).`);
    expect(after.sentence).toBe(`Figures and statuses of this pillar published or withdrawn on or after ${yesterday}: 1.`);
    // The day of the publication counts; the day after does not.
    expect((await changesSince('victim-assistance', publication.publishedAt.slice(0, 10))).changes).toHaveLength(1);
    expect((await changesSince('victim-assistance', day(1))).changes).toEqual([]);
    // Another pillar's briefing did not change.
    expect((await changesSince('survey-and-clearance', yesterday)).changes).toEqual([]);
    // In French, with the no-break space before the colon; in Arabic, with Arabic words.
    const fr = await changesSince('victim-assistance', yesterday, 'fr');
    expect(fr.changes[0]?.text).toMatch(/13MSP\u00a0: /);
    expect(fr.changes[0]?.text).toContain('→');
    const ar = await changesSince('victim-assistance', yesterday, 'ar');
    expect(ar.changes[0]?.text).toMatch(/[\u0600-\u06ff]/);
  });

  it('a date that is not YYYY-MM-DD, or not in the calendar, is a 400 naming since; an unknown pillar is a 404', async () => {
    for (const since of ['yesterday', '2026-02-30', '2026-13-01', '']) {
      const res = await isu.app.inject({ method: 'GET', url: `${BASE}/victim-assistance/changes?since=${since}` });
      expect(res.statusCode, since).toBe(400);
      const problem = ProblemSchema.parse(res.json());
      expect(JSON.stringify(problem), since).toContain('since');
    }
    expect((await isu.app.inject({ method: 'GET', url: `${BASE}/victim-assistance/changes` })).statusCode).toBe(400);
    expect((await isu.app.inject({ method: 'GET', url: `${BASE}/no-such-pillar/changes?since=2026-01-01` })).statusCode).toBe(404);
  });
});
