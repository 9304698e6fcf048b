// Publication levels: the ISU (admin) sets per indicator whether the public sees the States a figure names (named), or
// only the count (counts_only; missing_only publishes the same until populations are lists of States). A withheld
// indicator names no one anywhere: not its observations, the States pages, the who-is-counted export nor the briefing,
// for any cycle (so no State can be worked out by subtracting two cycles' lists); series points are untouched.
import JSZip from 'jszip';
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { API_PATHS } from '../../shared/src/api-paths.ts';
import { ExportStatesResponseSchema, IndicatorResponseSchema, type ExportStateRow } from '../../shared/src/schemas/api.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { StateResponseSchema, StatesResponseSchema } from '../../shared/src/schemas/states.ts';
import { ContentChangesResponseSchema, PublicationLevelResponseSchema } from '../../shared/src/schemas/workspace.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import { bumpDataVersion } from '../../server/src/db/data-version.ts';
import * as t from '../../server/src/db/schema.ts';
import { buildTestApp } from '../helpers/app.ts';
import { signInAdminAndEditor } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';

const INDICATOR = 'a33-focal-points';
/** The twelve States the Review Document names for a33-focal-points at 12MSP (¶138). */
const NAMED = ['AFG', 'ALB', 'BIH', 'TCD', 'HRV', 'IRQ', 'LAO', 'LBN', 'MRT', 'MNE', 'SOM', 'SSD'];

let app: FastifyInstance;
let database: Database_;
let admin: string;
let editor: string;

beforeEach(async () => {
  ({ app, database } = await buildTestApp());
  ({ admin, editor } = await signInAdminAndEditor(app, database, 'isu.test'));
});
afterEach(async () => {
  await app.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });
const levelPath = (id: string) => `/api/v1/workspace/indicators/${id}/publication-level`;
/** As the admin unless told otherwise; null: without a session. */
const setLevel = (id: string, payload: unknown, cookie: string | null = admin) =>
  app.inject({ method: 'PUT', url: levelPath(id), payload: payload as Record<string, unknown>, headers: cookie === null ? {} : { cookie } });

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
const figuresOf = (mentions: { kind: string; indicator: string | null; cycle: string | null }[], id = INDICATOR) =>
  mentions.filter((m) => m.kind === 'figure' && m.indicator === id).map((m) => m.cycle);

async function briefingXml(): Promise<string> {
  const res = await get('/api/v1/action-plans/lap/briefings/victim-assistance.docx');
  expect(res.statusCode).toBe(200);
  const zip = await JSZip.loadAsync(res.rawPayload);
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
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
  it('names the States: the observation, the State page, namedIn and the who-is-counted export', async () => {
    const data = await indicator();
    expect(data.publicationLevel).toBe('named');
    const counted = data.observations.find((o) => o.cycle === '12MSP')?.counted;
    expect(counted?.states).toHaveLength(12);
    expect([...(counted?.states ?? [])].sort()).toEqual([...NAMED].sort());
    expect(figuresOf((await state('lbn')).mentions)).toEqual(['12MSP']);
    const rows = (await exportStates()).filter((r) => r.indicatorId === INDICATOR);
    expect(rows.map((r) => r.state).sort()).toEqual([...NAMED].sort());
    const lbn = rows.find((r) => r.state === 'LBN');
    expect(lbn).toEqual({ actionPlan: 'LAP', indicatorId: INDICATOR, cycle: '12MSP', spanFrom: null, state: 'LBN', stateName: 'Lebanon', document: counted?.source.document, paragraph: 138 });
    expect(lbn?.document).not.toBe('');
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
});

describe.each(['counts_only', 'missing_only'] as const)('publication level %s', (level) => {
  it('withholds every name of the indicator and keeps the count; other indicators and series points are untouched', async () => {
    const shown = await indicator();
    const before = {
      namedIn: await namedIn(),
      lbn: await state('lbn'),
      xml: await briefingXml(),
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
    expect(figure?.counted).toEqual({ states: [], complete: false, unnamed: 12, source: { document: before.source, paragraph: 138, quote: null } });
    // The same list under another indicator stays published.
    expect((await indicator('a37-qualified-personnel')).observations.find((o) => o.cycle === '12MSP')?.counted?.states).toHaveLength(12);

    const lbn = await state('lbn');
    expect(figuresOf(lbn.mentions)).toEqual([]);
    expect(lbn.mentions.filter((m) => m.kind === 'series')).toEqual(before.lbn.mentions.filter((m) => m.kind === 'series'));
    const after = await namedIn();
    for (const code of Object.keys(before.namedIn)) expect(after[code]).toBe((before.namedIn[code] ?? 0) - (NAMED.includes(code) ? 1 : 0));

    expect((await exportStates()).filter((r) => r.indicatorId === INDICATOR)).toEqual([]);
    expect((await exportStates()).filter((r) => r.indicatorId === 'a37-qualified-personnel')).toHaveLength(12);
    expect((await get(API_PATHS.exportStatesCsv())).body).not.toContain(INDICATOR);

    // The briefing never carried who is counted; it does not now either. The docx names none of the twelve, before or after.
    const xml = await briefingXml();
    for (const name of ['Lebanon', 'Afghanistan', 'Albania', 'Mauritania', 'Somalia', 'Montenegro']) {
      expect(before.xml).not.toContain(name);
      expect(xml).not.toContain(name);
    }
    // The long-format export of figures carries no names at all.
    expect(Object.keys((await get(API_PATHS.exportJson())).json<{ data: Record<string, unknown>[] }>().data[0] ?? {})).not.toContain('states');
  });
});

describe('the subtraction case: an indicator with two cycles naming States', () => {
  it('names no one in either cycle once withheld, so Lebanon cannot be worked out from the difference', async () => {
    addSecondCycle(database);
    expect(figuresOf((await state('afg')).mentions)).toEqual(['12MSP', '13MSP']);
    expect(figuresOf((await state('lbn')).mentions)).toEqual(['12MSP']);
    expect((await exportStates()).filter((r) => r.indicatorId === INDICATOR)).toHaveLength(23);

    expect((await setLevel(INDICATOR, { level: 'counts_only', reason: 'Withheld.' })).statusCode).toBe(200);
    const data = await indicator();
    expect(data.observations.map((o) => [o.cycle, o.counted?.states, o.counted?.unnamed])).toEqual([
      ['12MSP', [], 12],
      ['13MSP', [], 11],
    ]);
    for (const code of NAMED) expect(figuresOf((await state(code)).mentions)).toEqual([]);
    expect((await exportStates()).filter((r) => r.indicatorId === INDICATOR)).toEqual([]);

    // Named again: both cycles name their States again.
    expect((await setLevel(INDICATOR, { level: 'named', reason: 'The States agreed to be named.' })).statusCode).toBe(200);
    expect(figuresOf((await state('afg')).mentions)).toEqual(['12MSP', '13MSP']);
    expect((await exportStates()).filter((r) => r.indicatorId === INDICATOR)).toHaveLength(23);
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

    const changes = ContentChangesResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/workspace/content/changes', headers: { cookie: editor } })).json()).data;
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
    const cookie = who === 'editor' ? editor : who === 'anonymous' ? null : admin;
    const before = databaseChecksum(database.sqlite);
    const res = await setLevel(id, payload, cookie);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    ProblemSchema.parse(res.json());
    expect(databaseChecksum(database.sqlite)).toBe(before);
    expect((await indicator()).publicationLevel).toBe('named');
  });
});
