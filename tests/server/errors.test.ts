// Every error is a problem document (RFC 9457), including the ones answered before any route runs, and validation
// problems are sentences that name the field and the limit instead of zod's raw messages.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { ProblemSchema, type Problem } from '../../shared/src/schemas/common.ts';
import { ImportResponseSchema } from '../../shared/src/schemas/workspace.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import { buildTestApp } from '../helpers/app.ts';
import { signInAdminAndEditor } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';

let app: FastifyInstance;
let database: Database_;
let editor: string;
let admin: string;
let base: string;

beforeAll(async () => {
  ({ app, database } = await buildTestApp());
  ({ admin, editor } = await signInAdminAndEditor(app, database, 'errors.test'));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await app.close();
});

function problemOf(res: LightMyRequestResponse): Problem {
  expect(res.headers['content-type'], res.body).toMatch(/^application\/problem\+json/);
  return ProblemSchema.parse(res.json());
}

/** Sends raw bytes over a socket and returns the status line, content type and body of the answer. */
function raw(request: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(base).port), '127.0.0.1');
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), type: /content-type: ([^\r\n]+)/i.exec(head)?.[1] ?? '', body });
    });
    socket.end(request);
  });
}

describe('every error is a problem document', () => {
  it('404 for an unknown API path', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(problemOf(res).detail).toBe('No route GET /api/v1/nothing-here.');
  });

  it('405 with Allow for a known path and the wrong method', async () => {
    const res = await app.inject({ method: 'DELETE', url: '/api/v1/indicators' });
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(problemOf(res)).toMatchObject({ title: 'Method Not Allowed', status: 405 });
    const get = await app.inject({ method: 'GET', url: '/api/v1/workspace/import', headers: { cookie: editor } });
    expect(get.statusCode).toBe(405);
    expect(get.headers.allow).toBe('POST');
    const param = await app.inject({ method: 'PUT', url: '/api/v1/indicators/a27-re-integrated' });
    expect(param.statusCode).toBe(405);
  });

  it('413 for a body over 2 MB', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/classify', payload: `{"x":"${'a'.repeat(2 * 1024 * 1024)}"}`, headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(413);
    expect(problemOf(res).detail).toBe('The request body is larger than 2 MB.');
  });

  it('414 for an address over 4096 characters, and for a path segment over 100', async () => {
    const long = await app.inject({ method: 'GET', url: `/api/v1/indicators?pillar=${'a'.repeat(5000)}` });
    expect(long.statusCode).toBe(414);
    expect(problemOf(long).detail).toMatch(/longer than 4096 characters/);
    const segment = await fetch(`${base}/api/v1/indicators/${'a'.repeat(150)}`);
    expect(segment.status).toBe(414);
    expect(segment.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    ProblemSchema.parse(await segment.json());
  });

  it('415 for a content type no route reads', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/classify', payload: '<indicator/>', headers: { 'content-type': 'application/xml' } });
    expect(res.statusCode).toBe(415);
    expect(problemOf(res).detail).toBe('This route does not accept Content-Type "application/xml".');
  });

  it('431 for headers over 16 KB (answered by Node before Fastify)', async () => {
    const res = await fetch(`${base}/api/v1/summary`, { headers: { 'x-padding': 'a'.repeat(20_000) } });
    expect(res.status).toBe(431);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(ProblemSchema.parse(await res.json())).toMatchObject({ status: 431, title: 'Request Header Fields Too Large' });
  });

  it('400 for a malformed URL, a malformed request line and malformed JSON', async () => {
    const url = await fetch(`${base}/api/v1/indicators/%E0%A4%A`);
    expect(url.status).toBe(400);
    expect(url.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(ProblemSchema.parse(await url.json()).detail).toMatch(/not a valid URL/);
    const line = await raw('GARBAGE / HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(line.status).toBe(400);
    expect(line.type).toMatch(/^application\/problem\+json/);
    ProblemSchema.parse(JSON.parse(line.body));
    const json = await app.inject({ method: 'POST', url: '/api/v1/classify', payload: '{"direction":', headers: { 'content-type': 'application/json' } });
    expect(json.statusCode).toBe(400);
    problemOf(json);
  });
});

describe('validation problems are sentences naming the field and the limit', () => {
  const entry = { indicatorId: 'a27-re-integrated', cycle: '13MSP', value: 9, denominator: 10, source: 'Article 7 reports 2026', reason: 'Corrected by the State' };
  const put = (url: string, payload: object) => app.inject({ method: 'PUT', url, payload, headers: { cookie: editor } });

  it.each([
    ['a note over the limit', { ...entry, note: 'n'.repeat(2001) }, 'note', 'note must be at most 2000 characters.'],
    ['a missing source', { ...entry, source: undefined }, 'source', 'source is required.'],
    ['a source too short (the schema’s own words)', { ...entry, source: 'AB' }, 'source', 'source must name the report or document the figure comes from.'],
    ['an unknown qualifier', { ...entry, qualifier: 'roughly' }, 'qualifier', 'qualifier must be one of "exact", "at_least", "at_most", "average" or "approximate".'],
    ['a denominator that is not whole', { ...entry, denominator: 2.5 }, 'denominator', 'denominator must be a whole number.'],
    ['an unknown field', { ...entry, colour: 'red' }, 'colour', '"colour" is not a field this route accepts.'],
    ['an indicator id with capitals', { ...entry, indicatorId: 'A27' }, 'indicatorId', 'indicatorId must be lower-case letters, digits and single hyphens.'],
    ['an under-review note too short', { ...entry, underReview: { note: 'ok', paragraph: null } }, 'underReview.note', 'underReview.note must say what is being reviewed.'],
  ])('%s', async (_name, payload, parameter, message) => {
    const before = databaseChecksum(database.sqlite);
    const res = await put('/api/v1/workspace/observations', payload);
    expect(res.statusCode).toBe(400);
    const problem = problemOf(res);
    expect(problem.parameter).toBe(parameter);
    expect(problem.detail).toBe(message);
    expect(problem.errors?.[0]).toEqual({ parameter, message });
    expect(databaseChecksum(database.sqlite)).toBe(before);
  });

  it('a content edit of an action summary over 4000 characters names the value and its limit (a union of shapes)', async () => {
    const res = await put('/api/v1/workspace/content', { entity: 'action', key: '27', field: 'summary', value: 's'.repeat(4001) });
    expect(problemOf(res)).toMatchObject({ parameter: 'value', detail: 'value must be at most 4000 characters.' });
  });

  it('a cycle with a short meeting name and an unknown query parameter', async () => {
    const cycle = await app.inject({ method: 'POST', url: '/api/v1/workspace/cycles', payload: { code: '14MSP', actionPlan: 'LAP', year: 2026, meeting: 'MS' }, headers: { cookie: admin } });
    expect(problemOf(cycle)).toMatchObject({ parameter: 'meeting', detail: 'meeting must be at least 3 characters.' });
    const query = await app.inject({ method: 'GET', url: '/api/v1/indicators?colour=red' });
    expect(problemOf(query)).toMatchObject({ parameter: 'colour', detail: '"colour" is not a query parameter this route accepts.' });
    const year = await app.inject({ method: 'POST', url: '/api/v1/workspace/cycles', payload: { code: '14MSP', actionPlan: 'LAP', year: 1999, meeting: 'Fourteenth Meeting' }, headers: { cookie: admin } });
    expect(problemOf(year)).toMatchObject({ parameter: 'year', detail: 'year must be at least 2000.' });
  });

  it('a CSV import names the field and the limit for each refused row', async () => {
    const csv = `indicatorId,cycle,value,denominator,source,note,reason\na27-re-integrated,13MSP,9,10,Article 7 reports,${'n'.repeat(2001)},Corrected\n`;
    const res = await app.inject({ method: 'POST', url: '/api/v1/workspace/import?dryRun=true', payload: csv, headers: { cookie: editor, 'content-type': 'text/csv' } });
    expect(ImportResponseSchema.parse(res.json()).data.rejected).toEqual([{ row: 2, field: 'note', reason: 'note must be at most 2000 characters.' }]);
  });

  it('no answer carries zod’s own wording', async () => {
    const bodies = [{}, { ...entry, value: 'nine' }, { ...entry, paragraph: -1 }, { ...entry, reporting: 'maybe' }, [], null, { ...entry, underReview: 'yes' }];
    for (const body of bodies) {
      const res = await put('/api/v1/workspace/observations', body as object);
      expect(res.statusCode).toBe(400);
      expect(res.body, JSON.stringify(body)).not.toMatch(/Too big|Too small|Invalid input|Invalid option|Unrecognized key|expected \w+, received/);
    }
  });
});

describe('content types', () => {
  const csv = 'indicatorId,cycle,value,denominator,source\na27-re-integrated,13MSP,9,10,Article 7 reports 2026\n';
  const upload = (type: string | undefined, payload = csv) =>
    app.inject({ method: 'POST', url: '/api/v1/workspace/import?dryRun=true', payload, headers: { cookie: editor, ...(type ? { 'content-type': type } : {}) } });

  it.each(['text/csv', 'text/csv; charset=utf-8', 'application/vnd.ms-excel', 'application/csv', 'text/x-csv'])('the import reads %s', async (type) => {
    const res = await upload(type);
    expect(res.statusCode, res.body).toBe(200);
    expect(ImportResponseSchema.parse(res.json()).data.rows).toBe(1);
  });

  // An .xlsx workbook is read since issue 18 (tests/server/xlsx.test.ts); CSV text labelled as one is a 400 there.
  it.each(['text/plain', 'application/json', 'application/octet-stream', 'multipart/form-data; boundary=x'])(
    'the import refuses %s with 415',
    async (type) => {
      const before = databaseChecksum(database.sqlite);
      const res = await upload(type, type === 'application/json' ? JSON.stringify(csv) : csv);
      expect(res.statusCode).toBe(415);
      expect(problemOf(res).detail).toMatch(/takes a CSV file/);
      expect(databaseChecksum(database.sqlite)).toBe(before);
    },
  );
});
