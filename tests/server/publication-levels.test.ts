// Publication levels: the ISU (admin) sets per indicator whether the public sees the States a figure names (named), only
// who of the population is missing (missing_only), or only the count (counts_only). A withheld indicator names no one as
// counted anywhere: not its observations, the States pages, the who-is-counted export nor the briefing (web and Word),
// for any cycle (so no State can be worked out by subtracting two cycles' lists); series points are untouched.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/src/api-paths.ts';
import { ExportStatesResponseSchema, IndicatorResponseSchema, type ExportStateRow } from '../../shared/src/schemas/api.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { BriefingResponseSchema } from '../../shared/src/schemas/briefing.ts';
import { StateResponseSchema, StatesResponseSchema } from '../../shared/src/schemas/states.ts';
import { ContentChangesResponseSchema, PublicationLevelResponseSchema } from '../../shared/src/schemas/workspace.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import { bumpDataVersion } from '../../server/src/db/data-version.ts';
import * as t from '../../server/src/db/schema.ts';
import { signedInAppPerTest } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';

const INDICATOR = 'a33-focal-points';
/** The twelve States the Review Document names for a33-focal-points at 12MSP (¶138). */
const NAMED = ['AFG', 'ALB', 'BIH', 'TCD', 'HRV', 'IRQ', 'LAO', 'LBN', 'MRT', 'MNE', 'SOM', 'SSD'];

const isu = signedInAppPerTest('isu.test');

const get = (url: string) => isu.app.inject({ method: 'GET', url });
const levelPath = (id: string) => `/api/v1/workspace/indicators/${id}/publication-level`;
/** As the admin unless told otherwise; null: without a session. */
const setLevel = (id: string, payload: unknown, cookie: string | null = isu.admin) =>
  isu.app.inject({ method: 'PUT', url: levelPath(id), payload: payload as Record<string, unknown>, headers: cookie === null ? {} : { cookie } });

async function indicator(id = INDICATOR) {
  const res = await get(API_PATHS.indicator(id));
  expect(res.statusCode).toBe(200);
  return IndicatorResponseSchema.parse(res.json()).data;
}
async function state(code: string) {
  const res = await get(API_PATHS.state(code));
  expect(res.statusCode).toBe(200);
  return StateResponseSchema.parse(res.json()).data;
}
async function namedIn(): Promise<Record<string, number>> {
  return Object.fromEntries(StatesResponseSchema.parse((await get(API_PATHS.states())).json()).data.map((s) => [s.code, s.namedIn]));
}
async function exportStates(query = ''): Promise<ExportStateRow[]> {
  const res = await get(`${API_PATHS.exportStatesJson()}${query}`);
  expect(res.statusCode).toBe(200);
  return ExportStatesResponseSchema.parse(res.json()).data;
}
/** The cycles in which a State's page lists the indicator with the given role (counted by default). */
const figuresOf = (mentions: { kind: string; indicator: string | null; cycle: string | null; counted: string | null }[], id = INDICATOR, role = 'counted') =>
  mentions.filter((m) => m.kind === 'figure' && m.indicator === id && m.counted === role).map((m) => m.cycle);
const anyFigureOf = (mentions: { kind: string; indicator: string | null }[], id = INDICATOR) => mentions.filter((m) => m.kind === 'figure' && m.indicator === id);

async function briefingXml(): Promise<string> {
  const res = await get('/api/v1/action-plans/lap/briefings/victim-assistance.docx');
  expect(res.statusCode).toBe(200);
  const zip = await JSZip.loadAsync(res.rawPayload);
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}
/** Who each figure of the indicator counts, in the briefing's words, by cycle. */
async function briefingCounted(id = INDICATOR): Promise<Record<string, string | null>> {
  const res = await get('/api/v1/action-plans/lap/briefings/victim-assistance');
  expect(res.statusCode).toBe(200);
  const briefing = BriefingResponseSchema.parse(res.json()).data;
  const item = [...briefing.flagged, ...briefing.others].find((i) => i.indicator.id === id);
  return Object.fromEntries((item?.figures ?? []).map((f) => [f.cycle, f.counted]));
}

/** A second cycle's figure of the indicator naming eleven of the twelve (all but Lebanon): the subtraction case. */
function addSecondCycle(db: Database_) {
  db.db.insert(t.observations).values({ indicatorId: INDICATOR, cycle: '13MSP', value: 11, qualifier: 'exact', reporting: 'reported', documentId: null, sourceRef: 'Test source', paragraph: 140 }).run();
  for (const code of NAMED.filter((c) => c !== 'LBN')) {
    db.db.insert(t.observationStates).values({ indicatorId: INDICATOR, cycle: '13MSP', state: code, paragraph: 140, quote: 'Eleven States designated focal points.' }).run();
  }
  bumpDataVersion(db.db, new Date());
}

describe('publication level named (the default)', () => {
  it('names the States: the observation, its population, the State page, namedIn, the export and the briefing', async () => {
    const data = await indicator();
    expect(data.publicationLevel).toBe('named');
    const figure = data.observations.find((o) => o.cycle === '12MSP');
    const counted = figure?.counted;
    expect(counted?.states).toHaveLength(12);
    expect([...(counted?.states ?? [])].sort()).toEqual([...NAMED].sort());
    // All twelve counted, out of the twelve of ¶138: no one is missing, and the N is the population list's.
    expect(counted?.missing).toEqual([]);
    expect(figure?.population).toMatchObject({ cycle: '13MSP', spanFrom: '10MSP', size: 12, complete: true, covers: 'span', source: { paragraph: 138 } });
    expect([...(figure?.population?.states ?? [])].sort()).toEqual([...NAMED].sort());
    expect(data.denominator).toBe(12);
    expect(data.populationStates).toMatchObject({ id: 'states-with-victims', titleFallback: false });
    expect(figuresOf((await state('lbn')).mentions)).toEqual(['12MSP']);
    const rows = (await exportStates()).filter((r) => r.indicatorId === INDICATOR);
    expect(rows.map((r) => r.state).sort()).toEqual([...NAMED].sort());
    const lbn = rows.find((r) => r.state === 'LBN');
    expect(lbn).toEqual({ actionPlan: 'LAP', indicatorId: INDICATOR, cycle: '12MSP', spanFrom: null, state: 'LBN', stateName: 'Lebanon', document: counted?.source.document, paragraph: 138 });
    expect(lbn?.document).not.toBe('');
    const words = (await briefingCounted())['12MSP'];
    expect(words).toContain('Counted: Afghanistan, Albania');
    expect(words).toContain('Every State of the population is counted.');
    expect(await briefingXml()).toContain('Counted: Afghanistan, Albania');
  });

  it('exports who is counted as CSV like export.csv, names in ?lang, one plan with ?plan=', async () => {
    const res = await get(`${API_PATHS.exportStatesCsv()}?plan=lap&lang=fr`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="lap-states-counted.csv"');
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('actionPlan,indicatorId,cycle,spanFrom,state,stateName,document,paragraph');
    expect(lines.some((l) => l.startsWith(`LAP,${INDICATOR},12MSP,,LBN,Liban,`))).toBe(true);
    expect((await get(`${API_PATHS.exportStatesCsv()}?plan=nope`)).statusCode).toBe(404);
    expect((await get(`${API_PATHS.exportStatesJson()}?plan=nope`)).statusCode).toBe(404);
    expect((await get(`${API_PATHS.exportStatesJson()}?bogus=1`)).statusCode).toBe(400);
  });

  it('names who is missing from a figure where both lists are complete: the State page says not counted', async () => {
    addSecondCycle(isu.database);
    const figure = (await indicator()).observations.find((o) => o.cycle === '13MSP');
    expect(figure?.counted?.missing).toEqual(['LBN']);
    expect(figure?.population?.covers).toBe('span');
    expect(figuresOf((await state('lbn')).mentions, INDICATOR, 'not_counted')).toEqual(['13MSP']);
    expect(figuresOf((await state('afg')).mentions)).toEqual(['12MSP', '13MSP']);
    expect((await briefingCounted())['13MSP']).toContain('Not counted: Lebanon.');
  });
});

describe.each(['counts_only', 'missing_only'] as const)('publication level %s', (level) => {
  it('withholds every counted name of the indicator and keeps the count; other indicators and series points are untouched', async () => {
    const shown = await indicator();
    const before = {
      namedIn: await namedIn(),
      lbn: await state('lbn'),
      observations: shown.observations.length,
      source: shown.observations.find((o) => o.cycle === '12MSP')?.counted?.source.document,
    };
    expect(before.source).toBeTruthy();
    const res = await setLevel(INDICATOR, { level, reason: 'Names withheld at the request of the States concerned.' });
    expect(res.statusCode).toBe(200);
    const change = PublicationLevelResponseSchema.parse(res.json()).data;
    expect(change).toMatchObject({ indicatorId: INDICATOR, level, previous: 'named', author: 'admin@isu.test' });

    const data = await indicator();
    expect(data.publicationLevel).toBe(level);
    expect(data.observations).toHaveLength(before.observations);
    const figure = data.observations.find((o) => o.cycle === '12MSP');
    expect(figure?.value).toBe(12);
    // missing_only: no one is missing (all twelve are counted), so it names no one either.
    expect(figure?.counted).toEqual({ states: [], complete: false, unnamed: 12, missing: level === 'missing_only' ? [] : null, source: { document: before.source, paragraph: 138, quote: null } });
    if (level === 'counts_only') {
      // The population's names go too on this indicator, its size stays.
      expect(figure?.population).toMatchObject({ size: 12, states: [], complete: false, unnamed: 12 });
      expect(data.populationStates?.lists.flatMap((l) => l.states)).toEqual([]);
    } else {
      expect(figure?.population?.states).toHaveLength(12);
    }
    // The same list under another indicator stays published.
    expect((await indicator('a37-qualified-personnel')).observations.find((o) => o.cycle === '12MSP')?.counted?.states).toHaveLength(12);

    const lbn = await state('lbn');
    expect(anyFigureOf(lbn.mentions)).toEqual([]);
    expect(lbn.mentions.filter((m) => m.kind === 'series')).toEqual(before.lbn.mentions.filter((m) => m.kind === 'series'));
    const after = await namedIn();
    for (const code of Object.keys(before.namedIn)) expect(after[code]).toBe((before.namedIn[code] ?? 0) - (NAMED.includes(code) ? 1 : 0));

    expect((await exportStates()).filter((r) => r.indicatorId === INDICATOR)).toEqual([]);
    expect((await exportStates()).filter((r) => r.indicatorId === 'a37-qualified-personnel')).toHaveLength(12);
    expect((await get(API_PATHS.exportStatesCsv())).body).not.toContain(INDICATOR);

    // The briefing (web and Word) says the names are withheld, and names none of this indicator's States.
    const words = (await briefingCounted())['12MSP'];
    expect(words).toContain('Names withheld by the ISU.');
    expect(words).not.toContain('Afghanistan');
    expect(await briefingXml()).toContain('Names withheld by the ISU.');
    // The long-format export of figures carries no names at all.
    expect(Object.keys((await get(API_PATHS.exportJson())).json<{ data: Record<string, unknown>[] }>().data[0] ?? {})).not.toContain('states');
  });
});

describe('the subtraction case: an indicator with two cycles naming States', () => {
  it('counts only: names no one in either cycle once withheld, so Lebanon cannot be worked out from the difference', async () => {
    addSecondCycle(isu.database);
    expect(figuresOf((await state('afg')).mentions)).toEqual(['12MSP', '13MSP']);
    expect(figuresOf((await state('lbn')).mentions)).toEqual(['12MSP']);
    expect((await exportStates()).filter((r) => r.indicatorId === INDICATOR)).toHaveLength(23);

    expect((await setLevel(INDICATOR, { level: 'counts_only', reason: 'Withheld.' })).statusCode).toBe(200);
    const data = await indicator();
    expect(data.observations.map((o) => [o.cycle, o.counted?.states, o.counted?.unnamed, o.counted?.missing, o.population?.states])).toEqual([
      ['12MSP', [], 12, null, []],
      ['13MSP', [], 11, null, []],
    ]);
    for (const code of NAMED) expect(anyFigureOf((await state(code)).mentions)).toEqual([]);
    expect((await exportStates()).filter((r) => r.indicatorId === INDICATOR)).toEqual([]);
    const words = await briefingCounted();
    expect(words['13MSP']).toBe('Names withheld by the ISU.');

    // Named again: both cycles name their States again.
    expect((await setLevel(INDICATOR, { level: 'named', reason: 'The States agreed to be named.' })).statusCode).toBe(200);
    expect(figuresOf((await state('afg')).mentions)).toEqual(['12MSP', '13MSP']);
    expect((await exportStates()).filter((r) => r.indicatorId === INDICATOR)).toHaveLength(23);
  });

  it('missing only: names only who is missing (Lebanon in 13MSP), and no State as counted in either cycle', async () => {
    addSecondCycle(isu.database);
    expect((await setLevel(INDICATOR, { level: 'missing_only', reason: 'Only gaps are named.' })).statusCode).toBe(200);
    const data = await indicator();
    expect(data.observations.map((o) => [o.cycle, o.counted?.states, o.counted?.missing])).toEqual([
      ['12MSP', [], []],
      ['13MSP', [], ['LBN']],
    ]);
    for (const code of NAMED) expect(figuresOf((await state(code)).mentions)).toEqual([]);
    expect(figuresOf((await state('lbn')).mentions, INDICATOR, 'not_counted')).toEqual(['13MSP']);
    expect((await exportStates()).filter((r) => r.indicatorId === INDICATOR)).toEqual([]);
    const words = await briefingCounted();
    expect(words['13MSP']).toBe('Names withheld by the ISU. Not counted: Lebanon.');
  });
});

describe('PUT /api/v1/workspace/indicators/:id/publication-level', () => {
  it('setting named again restores the names, and each change is logged as a published content change', async () => {
    const original = await namedIn();
    expect((await setLevel(INDICATOR, { level: 'counts_only', reason: 'Withheld for now.' })).statusCode).toBe(200);
    const res = await setLevel(INDICATOR, { level: 'named', reason: 'Published again.' });
    expect(res.statusCode).toBe(200);
    expect(PublicationLevelResponseSchema.parse(res.json()).data).toMatchObject({ level: 'named', previous: 'counts_only' });
    expect((await indicator()).observations.find((o) => o.cycle === '12MSP')?.counted?.states).toHaveLength(12);
    expect(figuresOf((await state('lbn')).mentions)).toEqual(['12MSP']);
    expect(await namedIn()).toEqual(original);

    const changes = ContentChangesResponseSchema.parse((await isu.app.inject({ method: 'GET', url: '/api/v1/workspace/content/changes', headers: { cookie: isu.editor } })).json()).data;
    expect(changes.filter((c) => c.field === 'publicationLevel').map((c) => ({ entity: c.entity, key: c.key, before: c.before, after: c.after, state: c.state, reason: c.reason, actionPlan: c.actionPlan }))).toEqual([
      { entity: 'indicator', key: INDICATOR, before: 'counts_only', after: 'named', state: 'published', reason: 'Published again.', actionPlan: 'LAP' },
      { entity: 'indicator', key: INDICATOR, before: 'named', after: 'counts_only', state: 'published', reason: 'Withheld for now.', actionPlan: 'LAP' },
    ]);
  });

  it('bumps the data version, so the public catalogue rebuilds', async () => {
    const etag = (await get(API_PATHS.indicator(INDICATOR))).headers.etag;
    const res = await setLevel(INDICATOR, { level: 'counts_only', reason: 'Withheld.' });
    expect(PublicationLevelResponseSchema.parse(res.json()).data.dataVersion).toBeGreaterThan(0);
    expect((await get(API_PATHS.indicator(INDICATOR))).headers.etag).not.toBe(etag);
  });

  it.each([
    ['an unknown level', INDICATOR, { level: 'secret', reason: 'Because.' }, 'admin', 400],
    ['a missing reason', INDICATOR, { level: 'counts_only' }, 'admin', 400],
    ['a reason too short', INDICATOR, { level: 'counts_only', reason: ' a ' }, 'admin', 400],
    ['a reason too long', INDICATOR, { level: 'counts_only', reason: 'x'.repeat(501) }, 'admin', 400],
    ['an unknown field', INDICATOR, { level: 'counts_only', reason: 'Because.', extra: 1 }, 'admin', 400],
    ['the level it has already', INDICATOR, { level: 'named', reason: 'Because.' }, 'admin', 400],
    ['an editor', INDICATOR, { level: 'counts_only', reason: 'Because.' }, 'editor', 403],
    ['no session', INDICATOR, { level: 'counts_only', reason: 'Because.' }, 'anonymous', 401],
    ['an unknown indicator', 'no-such-indicator', { level: 'counts_only', reason: 'Because.' }, 'admin', 404],
  ] as const)('rejects %s and changes nothing', async (_label, id, payload, who, status) => {
    const cookie = who === 'editor' ? isu.editor : who === 'anonymous' ? null : isu.admin;
    const before = databaseChecksum(isu.database.sqlite);
    const res = await setLevel(id, payload, cookie);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    ProblemSchema.parse(res.json());
    expect(databaseChecksum(isu.database.sqlite)).toBe(before);
    expect((await indicator()).publicationLevel).toBe('named');
  });
});
