// Hostile and broken text: every text the workspace accepts is normalised (NFC, plain line breaks) and refused with a
// 400 naming the field when it holds control characters, lone surrogates or bidirectional overrides; translations
// may use balanced isolates. The Word briefing stays well-formed XML whatever was stored before these rules.
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { ChangeResponseSchema, ContentChangeResponseSchema, ImportResponseSchema } from '../../shared/src/schemas/workspace.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import { buildTestApp } from '../helpers/app.ts';
import { signInAdminAndEditor } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';
import { xmlError } from '../helpers/xml.ts';

let app: FastifyInstance;
let database: Database_;
let editor: string;
let admin: string;

beforeEach(async () => {
  ({ app, database } = await buildTestApp());
  ({ admin, editor } = await signInAdminAndEditor(app, database, 'text.test'));
});
afterEach(async () => {
  await app.close();
});

/** Characters no stored text may hold, each with how it is described. */
const HOSTILE: [string, string, RegExp][] = [
  ['NUL', '\u0000', /control characters.*U\+0000/],
  ['BEL', '\u0007', /control characters.*U\+0007/],
  ['ESC (terminal colour codes)', '\u001b[31m', /control characters.*U\+001B/],
  ['form feed', '\u000c', /control characters.*U\+000C/],
  ['DEL', '\u007f', /control characters.*U\+007F/],
  ['C1 NEL', '\u0085', /control characters.*U\+0085/],
  ['a lone high surrogate', '\ud83d', /lone UTF-16 surrogate, U\+D83D/],
  ['a lone low surrogate', '\ude00', /lone UTF-16 surrogate, U\+DE00/],
  ['LRE', '\u202a', /override or embedding.*U\+202A/],
  ['RLE', '\u202b', /override or embedding.*U\+202B/],
  ['PDF', '\u202c', /override or embedding.*U\+202C/],
  ['LRO', '\u202d', /override or embedding.*U\+202D/],
  ['RLO (the "txt.exe" trick)', '\u202e', /override or embedding.*U\+202E/],
  ['LRI', '\u2066', /isolate.*U\+2066/],
  ['RLI', '\u2067', /isolate.*U\+2067/],
  ['FSI', '\u2068', /isolate.*U\+2068/],
  ['PDI', '\u2069', /isolate.*U\+2069/],
];

const entry = { indicatorId: 'a27-re-integrated', cycle: '13MSP', value: 9, denominator: 10, source: 'Article 7 reports 2026', reason: 'Corrected by the State' };

/** Every text field of every workspace write, with a valid body to put it in. */
const FIELDS: { route: string; method: 'PUT' | 'POST'; url: string; field: string; body: (text: string) => object }[] = [
  { route: 'figure', method: 'PUT', url: '/api/v1/workspace/observations', field: 'source', body: (t) => ({ ...entry, source: `Article 7 ${t} report` }) },
  { route: 'figure', method: 'PUT', url: '/api/v1/workspace/observations', field: 'note', body: (t) => ({ ...entry, note: `Checked ${t}` }) },
  { route: 'figure', method: 'PUT', url: '/api/v1/workspace/observations', field: 'reason', body: (t) => ({ ...entry, reason: `Corrected ${t}` }) },
  { route: 'figure', method: 'PUT', url: '/api/v1/workspace/observations', field: 'underReview.note', body: (t) => ({ ...entry, underReview: { note: `Checking ${t}`, paragraph: null } }) },
  { route: 'revert', method: 'POST', url: '/api/v1/workspace/changes/1/revert', field: 'reason', body: (t) => ({ reason: `Wrong ${t}` }) },
  { route: 'override', method: 'POST', url: '/api/v1/workspace/indicators/a27-re-integrated/override', field: 'justification', body: (t) => ({ code: 'stalled', justification: `Ten words of justification ${t}` }) },
  { route: 'action title', method: 'PUT', url: '/api/v1/workspace/content', field: 'value', body: (t) => ({ entity: 'action', key: '27', field: 'title', value: `Integrate ${t}` }) },
  { route: 'action summary', method: 'PUT', url: '/api/v1/workspace/content', field: 'value', body: (t) => ({ entity: 'action', key: '27', field: 'summary', value: `Summary ${t}` }) },
  { route: 'indicator title', method: 'PUT', url: '/api/v1/workspace/content', field: 'value', body: (t) => ({ entity: 'indicator', key: 'a27-re-integrated', field: 'title', value: `Title ${t}` }) },
  { route: 'content reason', method: 'PUT', url: '/api/v1/workspace/content', field: 'reason', body: (t) => ({ entity: 'indicator', key: 'a27-re-integrated', field: 'title', value: 'A new title', reason: `Because ${t}` }) },
  { route: 'translation', method: 'PUT', url: '/api/v1/workspace/translations', field: 'reason', body: (t) => ({ entity: 'indicator', key: 'a27-re-integrated', field: 'title', lang: 'fr', value: 'Un titre', reason: `Parce que ${t}` }) },
  { route: 'cycle', method: 'POST', url: '/api/v1/workspace/cycles', field: 'meeting', body: (t) => ({ code: '14MSP', actionPlan: 'LAP', year: 2026, meeting: `Fourteenth ${t} Meeting` }) },
];

const send = (method: 'PUT' | 'POST', url: string, payload: object, cookie = admin) => app.inject({ method, url, payload, headers: { cookie } });

describe('refused: 400 naming the field, nothing stored', () => {
  it.each(FIELDS.map((f) => [`${f.route} ${f.field}`, f] as const))('%s', async (_name, f) => {
    const before = databaseChecksum(database.sqlite);
    for (const [what, text, described] of HOSTILE) {
      const res = await send(f.method, f.url, f.body(text));
      expect(res.statusCode, `${what}: ${res.body}`).toBe(400);
      const problem = ProblemSchema.parse(res.json());
      expect(problem.parameter, what).toBe(f.field);
      expect(problem.detail, what).toMatch(new RegExp(`^${f.field.replace('.', '\\.')} must`));
      expect(problem.detail, what).toMatch(described);
    }
    expect(databaseChecksum(database.sqlite)).toBe(before);
  });

  it('translations refuse overrides and unbalanced isolates, naming the value', async () => {
    const before = databaseChecksum(database.sqlite);
    for (const value of ['عنوان \u202eمقلوب', 'عنوان \u2067ISU', 'عنوان ISU\u2069', '\u2069\u2067ISU', 'عنوان \u0007']) {
      const res = await send('PUT', '/api/v1/workspace/translations', { entity: 'indicator', key: 'a27-re-integrated', field: 'title', lang: 'ar', value });
      expect(res.statusCode, JSON.stringify(value)).toBe(400);
      expect(ProblemSchema.parse(res.json()).parameter).toBe('value');
    }
    expect(databaseChecksum(database.sqlite)).toBe(before);
  });

  it('CSV cells with hostile characters are refused row by row, naming the column, and nothing is imported', async () => {
    const before = databaseChecksum(database.sqlite);
    const csv = [
      'indicatorId,cycle,value,denominator,source,note,reason,underReview',
      `a27-re-integrated,13MSP,9,10,Article 7 reports,"bell \u0007 here",Corrected,`,
      `a29-disaggregated-data,13MSP,5,10,"Article \u202e7",,Corrected,`,
      `a30-residual-contamination-references,13MSP,5,10,Article 7 reports,,"why \u2066",`,
      `a31-clearance-methods,13MSP,5,10,Article 7 reports,,Corrected,"checking \u001b[2J"`,
    ].join('\n');
    for (const dryRun of ['true', 'false']) {
      const res = await app.inject({ method: 'POST', url: `/api/v1/workspace/import?dryRun=${dryRun}`, payload: csv, headers: { cookie: editor, 'content-type': 'text/csv' } });
      if (dryRun === 'true') {
        const report = ImportResponseSchema.parse(res.json()).data;
        expect(report.rejected.map((r) => [r.row, r.field])).toEqual([
          [2, 'note'],
          [3, 'source'],
          [4, 'reason'],
          [5, 'underReview'],
        ]);
        expect(report.rejected[0]?.reason).toMatch(/^note must not contain control characters/);
      } else {
        expect(res.statusCode).toBe(400);
      }
    }
    expect(databaseChecksum(database.sqlite)).toBe(before);
  });
});

describe('accepted, normalised', () => {
  it('a vertical tab pasted from Word becomes a newline; CRLF becomes a newline; tabs and newlines stay', async () => {
    const res = await send('PUT', '/api/v1/workspace/observations', { ...entry, note: 'First line\u000bsecond line\r\nthird\tcolumn\nfourth' });
    expect(res.statusCode, res.body).toBe(200);
    expect(ChangeResponseSchema.parse(res.json()).data.after?.note).toBe('First line\nsecond line\nthird\tcolumn\nfourth');
    const stored = database.sqlite.prepare("select after from observation_changes where state = 'draft' order by id desc").pluck().get() as string;
    expect(JSON.parse(stored)).toMatchObject({ note: 'First line\nsecond line\nthird\tcolumn\nfourth' });
  });

  it('text is stored in NFC: a decomposed é is stored composed', async () => {
    const res = await send('PUT', '/api/v1/workspace/content', { entity: 'action', key: '27', field: 'title', value: 'Inte\u0301gration des programmes' });
    expect(res.statusCode, res.body).toBe(200);
    expect(ContentChangeResponseSchema.parse(res.json()).data.after).toBe('Intégration des programmes');
  });

  it('an Arabic translation may use balanced direction isolates around a Latin name or a number', async () => {
    const value = 'الدول الأطراف التي أبلغت \u2068ISU\u2069 عن \u206615\u2069 برنامجا';
    const res = await send('PUT', '/api/v1/workspace/translations', { entity: 'indicator', key: 'a27-re-integrated', field: 'title', lang: 'ar', value });
    expect(res.statusCode, res.body).toBe(200);
    expect(ContentChangeResponseSchema.parse(res.json()).data.after).toBe(value);
  });

  it('ordinary text in every script is accepted unchanged (emoji, Arabic, accents, marks)', async () => {
    const note = 'Vérifié ✓ — 👍🏽 رسالة, with an LRM\u200e mark and a ZWJ family 👨‍👩‍👧';
    const res = await send('PUT', '/api/v1/workspace/observations', { ...entry, note });
    expect(res.statusCode, res.body).toBe(200);
    expect(ChangeResponseSchema.parse(res.json()).data.after?.note).toBe(note);
  });
});

describe('the Word briefing stays well-formed whatever was stored before', () => {
  it('control characters, overrides and unbalanced isolates stored earlier are left out of document.xml', async () => {
    // Written straight into the database, as a version without these rules could have.
    database.sqlite.prepare("update indicators set title = title || ? where id = 'a27-re-integrated'").run(' bell\u0007 vt\u000b esc\u001b[0m \u202eevil \u2067open');
    database.sqlite.prepare("update observations set note = ? where indicator_id = 'a27-re-integrated'").run('form\u000cfeed nul\u0000 \uffff end');
    database.sqlite.prepare("update meta set value = cast(value as integer) + 1 where key = 'data_version'").run();
    const pillar = database.sqlite.prepare("select p.slug from indicators i join actions a on a.id = i.action_id join pillars p on p.id = a.pillar_id where i.id = 'a27-re-integrated'").pluck().get() as string;

    const res = await app.inject({ method: 'GET', url: `/api/v1/action-plans/lap/briefings/${pillar}.docx` });
    expect(res.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xmlError(xml)).toBeNull();
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\u202a-\u202e\u2066-\u2069]/);
    expect(xml).toContain('bell');
    expect(xml).toContain('evil');
  });
});
