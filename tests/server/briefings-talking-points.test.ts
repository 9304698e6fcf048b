// Talking points on the bundled data, every pillar and language: one or two sentences per flagged or changed indicator,
// never the same sentence twice, a bounded figure said with its bound ("at least"), an under-review figure said to be.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { PillarsResponseSchema } from '../../shared/src/schemas/api.ts';
import { BriefingResponseSchema, type Briefing } from '../../shared/src/schemas/briefing.ts';
import { isFlagged } from '../../shared/src/schemas/common.ts';
import { BRIEFING_TEMPLATES_BY_LANG } from '../../shared/src/i18n/briefing-templates.ts';
import { buildTestApp } from '../helpers/app.ts';

const LANGS = ['en', 'fr', 'es', 'ar'] as const;
let app: FastifyInstance;
let pillars: string[] = [];
beforeAll(async () => {
  ({ app } = await buildTestApp());
  const res = await app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/pillars' });
  pillars = PillarsResponseSchema.parse(res.json()).data.map((p) => p.slug);
});
afterAll(async () => {
  await app.close();
});

async function briefing(pillar: string, lang: string): Promise<Briefing> {
  const res = await app.inject({ method: 'GET', url: `/api/v1/action-plans/lap/briefings/${pillar}?lang=${lang}` });
  expect(res.statusCode).toBe(200);
  return BriefingResponseSchema.parse(res.json()).data;
}

/** A talking point split into its sentences (". " after a word or a bracket; Arabic ends sentences with "." too). */
const sentences = (text: string) => text.split(/(?<=[.؟?])\s+(?=\S)/u).filter((s) => s.length > 0);

describe('talking points on the bundled data', () => {
  it('reads every pillar of the plan', () => {
    expect(pillars.length).toBeGreaterThanOrEqual(4);
  });

  it.each(LANGS)('%s: one point per flagged or changed indicator, then the conflicts; no sentence twice; no placeholder', async (lang) => {
    let total = 0;
    for (const pillar of pillars) {
      const b = await briefing(pillar, lang);
      const ids = b.talkingPoints.flatMap((p) => (p.indicatorId ? [p.indicatorId] : []));
      expect(new Set(ids).size, pillar).toBe(ids.length);
      for (const f of b.flagged) expect(ids, `${pillar}: flagged ${f.indicator.id}`).toContain(f.indicator.id);
      for (const o of b.others) if (o.sincePrevious && o.sincePrevious.deltaCount !== 0) expect(ids, `${pillar}: changed ${o.indicator.id}`).toContain(o.indicator.id);
      expect(b.talkingPoints.filter((p) => p.conflictId !== null).map((p) => p.conflictId)).toEqual(b.conflicts.map((c) => c.id));
      const all = b.talkingPoints.flatMap((p) => sentences(p.text));
      expect(new Set(all).size, `${pillar}: ${all.join(' | ')}`).toBe(all.length);
      for (const p of b.talkingPoints) {
        expect(p.text).not.toMatch(/[{}]/);
        if (p.indicatorId) expect(sentences(p.text).length, p.text).toBeLessThanOrEqual(2);
      }
      total += b.talkingPoints.length;
    }
    expect(total).toBeGreaterThan(0);
  });

  it.each(LANGS)('%s: a point resting on a bound says it ("at least"/"at most"), never the bare number', async (lang) => {
    const t = BRIEFING_TEMPLATES_BY_LANG[lang];
    const bound = (template: string) => template.replace(/\{n\}.*$|\s*\{n\}/u, '').replace(/^\{n\}\s*/u, '').trim();
    for (const pillar of pillars) {
      const b = await briefing(pillar, lang);
      for (const point of b.talkingPoints) {
        const item = [...b.flagged, ...b.others].find((x) => x.indicator.id === point.indicatorId);
        const latest = item?.latestFigure;
        if (!item || !latest || (latest.qualifier !== 'at_least' && latest.qualifier !== 'at_most')) continue;
        if (item.sincePrevious && item.sincePrevious.deltaCount !== null) continue; // the change compares exact figures
        expect(point.text, point.text).toContain(latest.words);
        const words = lang === 'ar' ? (latest.qualifier === 'at_least' ? 'على الأقل' : 'على الأكثر') : bound(t[`qualifier.${latest.qualifier}`]);
        expect(point.text, point.text).toContain(words);
      }
    }
    // The bundled data has no flagged or changed indicator whose latest figure is a bound (tests/shared/briefing.test.ts
    // builds one): the loop guards the wording should a publication make one.
  });

  it('an under-review figure in a point is said to be under review by the ISU', async () => {
    let seen = 0;
    for (const pillar of pillars) {
      const b = await briefing(pillar, 'en');
      for (const point of b.talkingPoints) {
        const item = [...b.flagged, ...b.others].find((x) => x.indicator.id === point.indicatorId);
        if (!item) continue;
        const compared = item.sincePrevious && item.sincePrevious.deltaCount !== null ? [item.sincePrevious.fromCycle, item.sincePrevious.toCycle] : [item.latestFigure?.cycle];
        const reviewed = item.figures.find((f) => compared.includes(f.cycle) && f.markers.some((m) => m.kind === 'under_review'));
        if (!reviewed) continue;
        seen += 1;
        expect(point.text).toContain(`(the ${reviewed.cycle} figure is under review by the ISU)`);
      }
    }
    expect(seen, 'the bundled data has an under-review figure in a talking point').toBeGreaterThan(0);
  });

  it('every flagged point names a cycle of the plan and, when its status has a target, the deadline', async () => {
    for (const pillar of pillars) {
      const b = await briefing(pillar, 'en');
      for (const f of b.flagged) {
        const point = b.talkingPoints.find((p) => p.indicatorId === f.indicator.id);
        expect(point?.text).toMatch(/\d+MSP|\dRC/);
        if (f.indicator.status.projection?.needed != null) expect(point?.text).toContain(`by the ${b.actionPlan.deadlineCycle}`);
        expect(isFlagged(f.effectiveStatus)).toBe(true);
      }
    }
  });
});
