// What a briefing says about time: "Since the previous cycle" names the two cycles compared and the cycles skipped between
// them; "Data last changed" is the last published change of the pillar's figures, never when the server loaded the data.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { BriefingResponseSchema, type Briefing } from '../../shared/src/schemas/briefing.ts';
import { signedInAppPerTest } from '../helpers/auth.ts';
import { enterFigure, publishChanges } from '../helpers/workspace.ts';

const isu = signedInAppPerTest('isu.test');

async function briefingOf(pillar: string, lang = 'en'): Promise<Briefing> {
  const res = await isu.app.inject({ method: 'GET', url: `/api/v1/action-plans/lap/briefings/${pillar}?lang=${lang}` });
  expect(res.statusCode).toBe(200);
  return BriefingResponseSchema.parse(res.json()).data;
}
async function docxText(pillar: string): Promise<string> {
  const res = await isu.app.inject({ method: 'GET', url: `/api/v1/action-plans/lap/briefings/${pillar}.docx` });
  const xml = (await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<[^>]+>/g, '');
}

describe('since the previous cycle', () => {
  it('names the cycles compared and, when cycles between them have no figure, says which', async () => {
    const b = await briefingOf('survey-and-clearance');
    const changes = [...b.flagged, ...b.others].flatMap((i) => [i.sincePrevious, i.sinceBaseline]).filter((c) => c !== null);
    const skipping = changes.filter((c) => b.cyclesCovered.indexOf(c.toCycle) - b.cyclesCovered.indexOf(c.fromCycle) > 1);
    expect(skipping.length).toBeGreaterThan(0);
    for (const c of changes) {
      const between = b.cyclesCovered.slice(b.cyclesCovered.indexOf(c.fromCycle) + 1, b.cyclesCovered.indexOf(c.toCycle));
      expect(c.skipped).toEqual(between);
      expect(c.sentence).toContain(c.fromCycle);
      expect(c.sentence).toContain(c.toCycle);
      if (between.length > 0) for (const cycle of between) expect(c.sentence).toContain(cycle);
      expect(c.sentence.includes('No figure for')).toBe(between.length > 0);
    }
    const fr = await briefingOf('survey-and-clearance', 'fr');
    expect([...fr.flagged, ...fr.others].some((i) => i.sincePrevious?.sentence.includes('Aucun chiffre pour'))).toBe(true);
  });
});

describe('data last changed', () => {
  it('is the bundled data itself until a change is published, then the time of that publication', async () => {
    const before = await briefingOf('victim-assistance');
    expect(before.generatedFrom.updatedAt).toBeNull();
    expect(await docxText('victim-assistance')).toContain(`unchanged since the bundled data (${before.generatedFrom.document})`);

    const item = [...before.flagged, ...before.others].find((i) => i.indicator.observations.some((o) => o.cycle === '13MSP' && o.spanFrom === null));
    expect(item).toBeDefined();
    const id = item?.indicator.id ?? '';
    const change = await enterFigure(isu.app, isu.editor, { indicatorId: id, cycle: '13MSP', value: 10, denominator: 12, source: 'Article 7 reports 2026', note: 'Corrected with the reports.', reason: 'Corrected with the reports.' });
    // A draft changes nothing public.
    expect((await briefingOf('victim-assistance')).generatedFrom.updatedAt).toBeNull();
    const publication = await publishChanges(isu.app, isu.admin, [change.id]);

    const after = await briefingOf('victim-assistance');
    expect(after.generatedFrom.updatedAt).toBe(publication.publishedAt);
    expect(await docxText('victim-assistance')).toContain(`last changed ${publication.publishedAt.slice(0, 10)}`);
    // Another pillar's briefing is not "changed" by it.
    expect((await briefingOf('survey-and-clearance')).generatedFrom.updatedAt).toBeNull();
  });
});
