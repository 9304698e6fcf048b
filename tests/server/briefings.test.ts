// Briefings through the API: the Word file is a valid Office Open XML package with the pillar's flagged indicators, and
// every figure is worded as the document states it, with its under-review and inferred-cycle markers.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  ActionsResponseSchema,
  ConflictsResponseSchema,
  EXPORT_COLUMNS,
  ExportResponseSchema,
  IndicatorsResponseSchema,
  PillarsResponseSchema,
  type Indicator,
  type Observation,
} from '../../shared/src/schemas/api.ts';
import { BriefingResponseSchema, type Briefing, type BriefingMarker } from '../../shared/src/schemas/briefing.ts';
import { isFlagged, ProblemSchema } from '../../shared/src/schemas/common.ts';
import { appPerFile } from '../helpers/app.ts';
import { readCsvRecords } from '../../server/src/lib/csv.ts';

const current = appPerFile();

async function docxText(pillar: string): Promise<{ text: string; xml: string; files: string[] }> {
  const res = await current.app.inject({ method: 'GET', url: `/api/v1/action-plans/lap/briefings/${pillar}.docx` });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const zip = await JSZip.loadAsync(res.rawPayload);
  const files = Object.keys(zip.files);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const text = xml.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  return { text, xml, files };
}

/** A CSV body as header and records (the BOM and the formula apostrophes removed, as the server reads CSV back). */
function parseCsv(body: string): { header: string[]; rows: Record<string, string>[] } {
  const read = readCsvRecords(body);
  return { header: read.header, rows: read.records };
}

async function briefingOf(pillar: string): Promise<Briefing> {
  const res = await current.app.inject({ method: 'GET', url: `/api/v1/action-plans/lap/briefings/${pillar}` });
  expect(res.statusCode, pillar).toBe(200);
  return BriefingResponseSchema.parse(res.json()).data;
}

async function allIndicators(): Promise<Indicator[]> {
  return IndicatorsResponseSchema.parse((await current.app.inject({ method: 'GET', url: '/api/v1/indicators' })).json()).data;
}

/**
 * The pillar with the most figures marked one way, found from the API: the bundled data is re-audited, so which
 * pillar has under-review or inferred figures is not written into the test.
 */
function pillarWith(indicators: Indicator[], marked: (o: Observation) => boolean): string | undefined {
  const counts = new Map<string, number>();
  for (const i of indicators) counts.set(i.pillar, (counts.get(i.pillar) ?? 0) + i.observations.filter(marked).length);
  return [...counts].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])[0]?.[0];
}

const MARKERS: { kind: BriefingMarker['kind']; words: string; marked: (o: Observation) => boolean }[] = [
  { kind: 'under_review', words: 'under review by the ISU', marked: (o) => o.underReview !== null },
  { kind: 'cycle_inferred', words: 'cycle inferred', marked: (o) => o.cycleInferred },
];

describe('briefings', () => {
  it('answers a briefing for every pillar, flagged indicators first', async () => {
    const pillars = PillarsResponseSchema.parse((await current.app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/pillars' })).json()).data;
    for (const pillar of pillars) {
      const res = await current.app.inject({ method: 'GET', url: `/api/v1/action-plans/lap/briefings/${pillar.slug}` });
      expect(res.statusCode, pillar.slug).toBe(200);
      const { data } = BriefingResponseSchema.parse(res.json());
      expect(data.headline.length).toBeGreaterThan(0);
      expect(data.flagged.every((b) => isFlagged(b.effectiveStatus))).toBe(true);
      expect(data.others.some((b) => isFlagged(b.effectiveStatus))).toBe(false);
      expect(data.flagged.length + data.others.length).toBe(pillar.indicatorCount);
      for (const b of [...data.flagged, ...data.others]) {
        // A bound, an average or a period figure is still a figure: "latest" is null only when the document gives none.
        const stated = b.indicator.observations.some((o) => o.reporting === 'reported' && o.value !== null);
        expect(b.latest !== null, `${b.indicator.id}: latest`).toBe(stated);
        expect(b.figures).toHaveLength(b.indicator.observations.length);
        if (isFlagged(b.effectiveStatus) && b.indicator.status.projection) expect(b.projection, b.indicator.id).toBe(b.indicator.status.projection.text);
      }
    }
  });

  it('the Word file is an OOXML package whose text holds the flagged indicators, with headings, tables and chart images', async () => {
    const { data } = BriefingResponseSchema.parse((await current.app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/briefings/victim-assistance' })).json());
    expect(data.flagged.length).toBeGreaterThan(0);
    const { text, xml, files } = await docxText('victim-assistance');
    expect(files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    expect(files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    for (const flagged of data.flagged) expect(text).toContain(flagged.indicator.title);
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('<w:tbl>');
    expect(text).toContain('Talking points for the meeting');
    for (const sentence of data.headline) expect(text).toContain(sentence);
  });

  it.each(MARKERS)('marks each $kind figure "$words" in the briefing and next to the figure and in the table of the Word file', async ({ kind, words, marked }) => {
    const indicators = await allIndicators();
    const pillar = pillarWith(indicators, marked);
    expect(pillar, `no pillar has a ${kind} figure in the bundled data`).toBeDefined();
    if (pillar === undefined) return;
    const briefing = await briefingOf(pillar);
    const items = [...briefing.flagged, ...briefing.others];
    const markedFigures = items.flatMap((b) => b.indicator.observations.flatMap((o, index) => (marked(o) ? [{ b, figure: b.figures[index] }] : [])));
    expect(markedFigures.length).toBeGreaterThan(0);
    for (const { b, figure } of markedFigures) {
      const marker = figure?.markers.find((m) => m.kind === kind);
      expect(marker, `${b.indicator.id} ${figure?.cycle}`).toBeDefined();
      expect(marker?.label).toBe(words);
      expect(figure?.text).toContain(marker?.text ?? words);
    }

    const { text, xml, files } = await docxText(pillar);
    expect(text).toContain(words);
    for (const { figure } of markedFigures) for (const m of figure?.markers ?? []) expect(text).toContain(m.text);
    // A marked latest figure is printed with its marker next to it.
    for (const b of items) if (b.latestFigure?.markers.some((m) => m.kind === kind)) expect(text).toContain(`Latest figure: ${b.latest ?? ''}`);
    // The Word file is still a proper document: headings, the figures tables, the charts as PNG.
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('w:val="Heading3"');
    expect(xml).toContain('<w:tbl>');
    expect(files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
  });

  it('lists each conflict in the briefing of every pillar whose indicator it names or under whose action it is filed', async () => {
    const indicators = await allIndicators();
    const pillarOf = new Map(indicators.map((i) => [i.id, i.pillar]));
    const actions = ActionsResponseSchema.parse((await current.app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/actions' })).json()).data;
    const pillarOfAction = (n: number) => actions.find((a) => a.number === n)?.pillar;
    const conflicts = ConflictsResponseSchema.parse((await current.app.inject({ method: 'GET', url: '/api/v1/conflicts' })).json()).data;
    const briefings = new Map<string, Briefing>();
    for (const conflict of conflicts) {
      const concerned = new Set([...conflict.indicators.map((id) => pillarOf.get(id)), conflict.action === null ? undefined : pillarOfAction(conflict.action)]);
      for (const slug of concerned) {
        if (slug === undefined) continue;
        const briefing = briefings.get(slug) ?? (await briefingOf(slug));
        briefings.set(slug, briefing);
        expect(briefing.conflicts.map((c) => c.id), `${conflict.id} in ${slug}`).toContain(conflict.id);
      }
    }
  });

  it('the CSV holds exactly the export rows of the pillar, each figure also in words as the document states it', async () => {
    const rows = ExportResponseSchema.parse((await current.app.inject({ method: 'GET', url: '/api/v1/export.json?pillar=survey-and-clearance' })).json()).data;
    const csv = (await current.app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/briefings/survey-and-clearance.csv' })).body;
    const exported = (await current.app.inject({ method: 'GET', url: '/api/v1/export.csv?pillar=survey-and-clearance' })).body;
    const records = parseCsv(csv);
    const header = records.header;
    // The export's columns, in order, then the words; every export cell unchanged.
    expect(header).toEqual([...EXPORT_COLUMNS, 'inWords']);
    expect(header).toEqual(expect.arrayContaining(['cycleInferred', 'underReview']));
    expect(records.rows).toHaveLength(rows.length);
    const plain = parseCsv(exported);
    for (const [index, row] of records.rows.entries()) {
      for (const column of EXPORT_COLUMNS) expect(row[column], `${index} ${column}`).toBe(plain.rows[index]?.[column]);
    }
    // A bound is worded as one, with its paragraph: "at least 8 of 10 States Parties over the review period (10MSP–13MSP) (¶92)".
    const bounds = records.rows.filter((r) => r.qualifier === 'at_least');
    expect(bounds.length).toBeGreaterThan(0);
    for (const r of bounds) {
      expect(r.inWords).toContain(`at least ${r.value}`);
      if (r.denominator) expect(r.inWords).toContain(`of ${r.denominator}`);
      expect(r.inWords).toContain(`(¶${r.paragraph})`);
      if (r.spanFrom) expect(r.inWords).toContain('over the review period');
    }
    // In French, as the reader asked.
    const fr = parseCsv((await current.app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/briefings/survey-and-clearance.csv?lang=fr' })).body);
    for (const r of fr.rows.filter((x) => x.qualifier === 'at_least')) expect(r.inWords).toContain(`au moins ${r.value}`);
  });

  it('answers 404 for an unknown pillar and 400 for an unknown language', async () => {
    for (const url of ['/api/v1/action-plans/lap/briefings/nope', '/api/v1/action-plans/lap/briefings/nope.docx', '/api/v1/action-plans/lap/briefings/nope.csv']) {
      const res = await current.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(ProblemSchema.parse(res.json()).status).toBe(404);
    }
    expect((await current.app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/briefings/risk-education?lang=xx' })).statusCode).toBe(400);
  });
});
