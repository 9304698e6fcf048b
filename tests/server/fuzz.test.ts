// Property-based attack on every route: generated URLs, methods, queries, bodies, headers and CSV files, with
// control-character, bidirectional and lone-surrogate strings among them. No 5xx, every rejection a problem document
// without internals, hostile text always refused naming its field, and the database byte-for-byte unchanged after
// every rejected write.
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { findHostileCharacter, normaliseText, type IsolatePolicy } from '../../shared/src/domain/text.ts';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import { buildTestApp } from '../helpers/app.ts';
import { createAccount, signIn } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';

/** Runs per unit; the properties below take 14 units in all, so the default tries more than 10,000 inputs. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 750);
const EXPECTED = 14 * RUNS;
let app: FastifyInstance;
let database: Database_;
let admin: string;
let tried = 0;

beforeAll(async () => {
  // Rate limits are part of the product, but here they would turn generated input into 429s and hide the real answer.
  // TRUST_PROXY so the generated X-Forwarded-* headers are parsed, not ignored.
  ({ app, database } = await buildTestApp({
    config: { CLASSIFY_RATE_LIMIT: '1000000', SIGNIN_RATE_LIMIT: '10000', SIGNIN_MAX_FAILURES: '1000', SIGNIN_ADDRESS_MAX_FAILURES: '100000', TRUST_PROXY: '127.0.0.1' },
  }));
  await createAccount(database, 'admin@fuzz.test', 'admin');
  admin = await signIn(app, 'admin@fuzz.test');
  await app.inject({
    method: 'POST',
    url: '/api/v1/workspace/cycles',
    payload: { code: '14MSP', actionPlan: 'LAP', year: 2026, meeting: 'Fourteenth Meeting of States Parties' },
    headers: { cookie: admin },
  });
});
// Each property must have run signed in to the end; a lost session would turn every answer into a quiet 401.
afterEach(async () => {
  expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: admin } })).statusCode).toBe(200);
});
afterAll(async () => {
  await app.close();
  process.stdout.write(`fuzz: ${tried} generated inputs tried (${hostileRefused} hostile texts refused), 0 server errors, database unchanged after every rejection\n`);
});

// A stack frame, a source path with line numbers, or SQL — none may reach a client.
const INTERNALS = /\bat \S+ \(.+:\d+:\d+\)|\.(?:ts|js|mjs):\d+:\d+|SQLITE_|\bselect [\w*", ]+ from ["`\w]|node_modules/i;

let hostileRefused = 0;

function expectWellFormed(res: LightMyRequestResponse, label: string, method = 'GET') {
  tried += 1;
  expect(res.statusCode, `${label} → ${res.statusCode} ${res.body.slice(0, 300)}`).toBeLessThan(500);
  expect(res.body, label).not.toMatch(INTERNALS);
  if (res.statusCode >= 400 && method !== 'HEAD') {
    expect(res.headers['content-type'], label).toMatch(/^application\/problem\+json/);
    const problem = ProblemSchema.safeParse(JSON.parse(res.body));
    expect(problem.success, `${label}: ${res.body}`).toBe(true);
  }
}

/** Characters that have broken text handling somewhere: controls, lone surrogates, bidi controls, odd whitespace. */
const HOSTILE_CHARACTERS = [
  '\u0000', '\u0007', '\u0008', '\u000b', '\u000c', '\r', '\r\n', '\u001b[31m', '\u007f', '\u0085', '\u009b',
  '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
  '\u2066', '\u2067', '\u2068', '\u2069', '\u2066x\u2069', '\u200e', '\u200f', '\u061c', '\u2028', '\u2029',
  '\ufeff', '\ufffe', '\uffff', 'e\u0301', '\u00a0', '\t', '\n',
];
/** Any UTF-16 code unit, lone surrogates included (fast-check's own units never produce half pairs). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE_CHARACTERS),
  fc.string({ unit: codeUnit, minLength: 1, maxLength: 12 }),
  fc.array(fc.constantFrom(...HOSTILE_CHARACTERS), { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
);
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', ' ', '<script>alert(1)</script>', "' OR 1=1 --", '../../etc/passwd', '%00', '1e9', '-1', 'NaN', '13MSP', 'risk-education', 'stalled', '\u202e', '=cmd|calc'),
  fc.tuple(fc.string({ maxLength: 12 }), hostile, fc.string({ maxLength: 12 })).map((parts) => parts.join('')),
);
/** Header values Node accepts (visible ASCII and Latin-1, no line breaks): anything else never reaches the server. */
const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)), maxLength: 60 });
const queryObject = fc.dictionary(fc.oneof(fc.constantFrom('pillar', 'action', 'status', 'dryRun', 'indicator', 'cycle', 'lang'), fc.string({ maxLength: 10 })), text, { maxKeys: 4 });
const jsonBody = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record(
    {
      indicatorId: text,
      cycle: text,
      value: fc.oneof(fc.integer(), fc.double(), fc.constant(null), text),
      denominator: fc.oneof(fc.integer(), fc.constant(null), text),
      qualifier: text,
      reporting: text,
      source: text,
      code: text,
      justification: text,
      email: text,
      role: text,
      direction: text,
      observations: fc.array(fc.record({ cycle: text, value: fc.oneof(fc.integer(), fc.constant(null)) }), { maxLength: 5 }),
    },
    { requiredKeys: [] },
  ),
);

function publicGetRoutes() {
  return app.routeTable.filter((r) => r.method === 'GET' && r.url.startsWith('/api/v1/') && !r.url.includes('openapi'));
}
function writeRoutes() {
  return app.routeTable.filter((r) => ['POST', 'PUT', 'DELETE', 'PATCH'].includes(r.method) && r.url.startsWith('/api/'));
}
// encodeURIComponent throws on a lone surrogate: such a segment is sent as its raw %-escapes of U+FFFD instead.
const encodeSegment = (segment: string) => {
  try {
    return encodeURIComponent(segment);
  } catch {
    return '%EF%BF%BD';
  }
};
const fill = (url: string, segment: string) => url.replace(/:[a-z]+/gi, encodeSegment(segment) || 'x');

describe('generated bad input', () => {
  it('GET routes: generated queries, path segments and headers never cause a 5xx', async () => {
    const routes = publicGetRoutes();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        queryObject,
        text,
        fc.record(
          {
            'if-none-match': headerText,
            'accept-encoding': headerText,
            'accept-language': headerText,
            cookie: headerText,
            'x-forwarded-for': fc.oneof(headerText, fc.ipV4(), fc.ipV6(), fc.array(fc.ipV4(), { maxLength: 4 }).map((a) => a.join(', '))),
            'x-forwarded-proto': fc.oneof(headerText, fc.constantFrom('https', 'http', 'https, http', 'HTTPS')),
            'x-forwarded-host': headerText,
            origin: fc.oneof(headerText, fc.webUrl()),
          },
          { requiredKeys: [] },
        ),
        async (route, query, segment, headers) => {
          const url = `${fill(route.url, segment)}?${new URLSearchParams(query).toString()}`;
          const res = await app.inject({ method: 'GET', url, headers: { ...headers, cookie: headers.cookie ?? admin } });
          expectWellFormed(res, `GET ${url} ${JSON.stringify(headers).slice(0, 200)}`);
        },
      ),
      { numRuns: RUNS * 4 },
    );
  }, 120_000);

  it('write routes: generated JSON bodies are rejected cleanly and leave the database unchanged', async () => {
    const routes = writeRoutes().filter((r) => !r.url.endsWith('/sign-out'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), jsonBody, text, async (route, body, segment) => {
        const before = databaseChecksum(database.sqlite);
        const url = fill(route.url, segment);
        const res = await app.inject({ method: route.method as 'POST', url, payload: JSON.stringify(body), headers: { cookie: admin, 'content-type': 'application/json' } });
        expectWellFormed(res, `${route.method} ${url} ${JSON.stringify(body).slice(0, 200)}`, route.method);
        if (res.statusCode >= 400) expect(databaseChecksum(database.sqlite), `${route.method} ${url}`).toBe(before);
      }),
      { numRuns: RUNS * 2 },
    );
  }, 120_000);

  it('write routes: malformed payloads and content types are rejected cleanly', async () => {
    const routes = writeRoutes().filter((r) => !r.url.endsWith('/sign-out'));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('{', '{"a":', '[]', 'null', '\u0000', '{"__proto__":{"x":1}}')),
        fc.constantFrom('application/json', 'text/plain', 'text/csv', 'application/xml', 'multipart/form-data; boundary=x', ''),
        async (route, payload, contentType) => {
          const before = databaseChecksum(database.sqlite);
          const res = await app.inject({ method: route.method as 'POST', url: fill(route.url, '14MSP'), payload, headers: { cookie: admin, ...(contentType ? { 'content-type': contentType } : {}) } });
          expectWellFormed(res, `${route.method} ${route.url} ${contentType} ${JSON.stringify(payload).slice(0, 100)}`, route.method);
          if (res.statusCode >= 400) expect(databaseChecksum(database.sqlite)).toBe(before);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  }, 120_000);

  it('CSV uploads: generated files never cause a 5xx, and rejected imports change nothing', async () => {
    const cellArb = fc.oneof(text, hostile, fc.integer({ min: -5, max: 200 }).map(String), fc.constantFrom('a27-re-integrated', 'a29-disaggregated-data', '14MSP', '13MSP', 'exact', 'reported', '10', '"quoted, cell"', '=HYPERLINK("x")'));
    const header = fc.constantFrom('indicatorId,cycle,value', 'indicatorId,cycle,spanFrom,value,qualifier,denominator,reporting,document,paragraph,note', 'indicatorId,cycle,value,denominator,source,note,reason,underReview', 'foo,bar', '');
    await fc.assert(
      fc.asyncProperty(
        header,
        fc.array(fc.array(cellArb, { minLength: 1, maxLength: 11 }), { maxLength: 8 }),
        fc.boolean(),
        fc.constantFrom('text/csv', 'text/csv; charset=utf-8', 'application/vnd.ms-excel', 'text/plain', 'application/json'),
        async (head, rows, dryRun, contentType) => {
        const csv = [head, ...rows.map((r) => r.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))].join('\n');
        const before = databaseChecksum(database.sqlite);
        const res = await app.inject({ method: 'POST', url: `/api/v1/workspace/import?dryRun=${dryRun}`, payload: csv, headers: { cookie: admin, 'content-type': contentType } });
        if (!contentType.includes('csv') && !contentType.includes('excel')) expect(res.statusCode).toBe(415);
        expectWellFormed(res, `import ${contentType} ${JSON.stringify(csv).slice(0, 200)}`, 'POST');
        if (res.statusCode >= 400 || dryRun) expect(databaseChecksum(database.sqlite)).toBe(before);
      }),
      { numRuns: RUNS * 2 },
    );
  }, 120_000);

  it('the what-if classifier answers every generated body with a status or a 400', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          direction: fc.constantFrom('increase', 'decrease', 'sideways'),
          denominator: fc.oneof(fc.integer({ min: -2, max: 200 }), fc.constant(null)),
          target: fc.oneof(fc.double({ min: -1, max: 2, noNaN: true }), fc.constant(null)),
          observations: fc.array(
            fc.record({ cycle: fc.constantFrom('10MSP', '11MSP', '12MSP', '13MSP', '3RC', '9MSP'), value: fc.oneof(fc.integer({ min: -1, max: 250 }), fc.constant(null)) }),
            { maxLength: 6 },
          ),
        }),
        async (body) => {
          const res = await app.inject({ method: 'POST', url: '/api/v1/classify', payload: body });
          expectWellFormed(res, `classify ${JSON.stringify(body)}`);
          expect([200, 400]).toContain(res.statusCode);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  }, 120_000);
  it('hostile text in every text field of an otherwise valid write is refused naming the field, and changes nothing', async () => {
    const entry = { indicatorId: 'a27-re-integrated', cycle: '13MSP', value: 9, denominator: 10, source: 'Article 7 reports 2026', reason: 'Corrected by the State' };
    const fields: { method: 'PUT' | 'POST'; url: string; field: string; isolates?: IsolatePolicy; body: (t: string) => object }[] = [
      { method: 'PUT', url: '/api/v1/workspace/observations', field: 'source', body: (t) => ({ ...entry, source: `Article 7 ${t}` }) },
      { method: 'PUT', url: '/api/v1/workspace/observations', field: 'note', body: (t) => ({ ...entry, note: t }) },
      { method: 'PUT', url: '/api/v1/workspace/observations', field: 'reason', body: (t) => ({ ...entry, reason: `Why: ${t}` }) },
      { method: 'PUT', url: '/api/v1/workspace/observations', field: 'underReview.note', body: (t) => ({ ...entry, underReview: { note: `Checking ${t}`, paragraph: null } }) },
      { method: 'POST', url: '/api/v1/workspace/changes/1/revert', field: 'reason', body: (t) => ({ reason: `Wrong ${t}` }) },
      { method: 'POST', url: '/api/v1/workspace/indicators/a27-re-integrated/override', field: 'justification', body: (t) => ({ code: 'stalled', justification: `Justified at length: ${t}` }) },
      { method: 'PUT', url: '/api/v1/workspace/content', field: 'value', body: (t) => ({ entity: 'action', key: '27', field: 'summary', value: `Summary ${t}` }) },
      { method: 'PUT', url: '/api/v1/workspace/content', field: 'value', body: (t) => ({ entity: 'indicator', key: 'a27-re-integrated', field: 'populationDescription', value: `Affected ${t}` }) },
      { method: 'PUT', url: '/api/v1/workspace/content', field: 'reason', body: (t) => ({ entity: 'indicator', key: 'a27-re-integrated', field: 'title', value: 'Title', reason: t }) },
      { method: 'PUT', url: '/api/v1/workspace/translations', field: 'value', isolates: 'balanced', body: (t) => ({ entity: 'pillar', key: 'risk-education', field: 'name', lang: 'ar', value: `التوعية ${t}` }) },
      { method: 'POST', url: '/api/v1/workspace/cycles', field: 'meeting', body: (t) => ({ code: '15MSP', actionPlan: 'LAP', year: 2026, meeting: `Fifteenth ${t}` }) },
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), fc.oneof(hostile, text), async (f, value) => {
        const before = databaseChecksum(database.sqlite);
        const res = await app.inject({ method: f.method, url: f.url, payload: f.body(value), headers: { cookie: admin } });
        expectWellFormed(res, `${f.method} ${f.url} ${f.field}=${JSON.stringify(value)}`, f.method);
        if (findHostileCharacter(normaliseText(value), f.isolates ?? 'refuse')) {
          hostileRefused += 1;
          expect(res.statusCode, `${f.field}=${JSON.stringify(value)}`).toBe(400);
          expect(ProblemSchema.parse(res.json()).parameter).toBe(f.field);
        }
        if (res.statusCode >= 400) expect(databaseChecksum(database.sqlite), `${f.url} ${JSON.stringify(value)}`).toBe(before);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('any method on any path, with malformed escapes and over-long parts, answers a problem document or a page', async () => {
    // Not sign-out: a generated POST to it would end the admin's session and turn the rest into quiet 401s.
    const urls = [...new Set(app.routeTable.map((r) => r.url))].filter((url) => url !== '/api/v1/auth/sign-out');
    const pathSafe = fc.string({ unit: fc.constantFrom(...'abcAZ09-_.~!$&\'()*+,;=:@/'.split('')), maxLength: 30 });
    const escape = fc.constantFrom('%', '%E0%A4%A', '%00', '%ZZ', '%2e%2e', '%2F', '%C0%AF', '%ED%A0%80', '%F0%9F%98', '%25', '..', '%u202e');
    const segment = fc.oneof(pathSafe, escape, fc.array(fc.oneof(pathSafe, escape), { maxLength: 4 }).map((a) => a.join('')), fc.integer({ min: 90, max: 6000 }).map((n) => 'a'.repeat(n)));
    const path = fc.oneof(
      // A bare "*" route with an empty segment would make an empty URL, which no client can send.
      fc.tuple(fc.constantFrom(...urls), segment).map(([url, seg]) => url.replace(/:[a-z]+/gi, seg || 'x').replace('*', seg) || '/'),
      fc.array(segment, { minLength: 1, maxLength: 5 }).map((segs) => `/${segs.join('/')}`),
      fc.tuple(fc.constantFrom('/api/v1/', '/api/', '/', '/embed/', '/workspace/'), segment).map(([prefix, seg]) => `${prefix}${seg}`),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'), path, fc.oneof(fc.constant(''), queryObject.map((q) => `?${new URLSearchParams(q).toString()}`)), async (method, url, query) => {
        const before = databaseChecksum(database.sqlite);
        const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(method);
        const res = await app.inject({ method: method as 'GET', url: `${url}${query}`, headers: { cookie: admin }, ...(unsafe ? { payload: {} } : {}) });
        expectWellFormed(res, `${method} ${url}${query}`.slice(0, 300), method);
        if (res.statusCode >= 400) expect(databaseChecksum(database.sqlite)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`tried at least ${EXPECTED.toLocaleString('en')} generated inputs`, () => {
    expect(tried).toBeGreaterThanOrEqual(EXPECTED);
    if (process.env.FUZZ_RUNS === undefined) expect(tried).toBeGreaterThanOrEqual(10_000);
  });
});
