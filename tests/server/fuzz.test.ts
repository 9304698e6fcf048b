// Property-based attack on every route: generated queries, bodies, headers and CSV files. No 5xx, every rejection a
// problem document without internals, and the database byte-for-byte unchanged after every rejected write.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import { buildTestApp } from '../helpers/app.ts';
import { createAccount, signIn } from '../helpers/auth.ts';
import { databaseChecksum } from '../helpers/db.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
let app: FastifyInstance;
let database: Database_;
let admin: string;
let tried = 0;

beforeAll(async () => {
  // Rate limits are part of the product, but here they would turn generated input into 429s and hide the real answer.
  ({ app, database } = await buildTestApp({ config: { CLASSIFY_RATE_LIMIT: '1000000', SIGNIN_RATE_LIMIT: '10000', SIGNIN_MAX_FAILURES: '1000' } }));
  await createAccount(database, 'admin@fuzz.test', 'admin');
  admin = await signIn(app, 'admin@fuzz.test');
  await app.inject({
    method: 'POST',
    url: '/api/v1/workspace/cycles',
    payload: { code: '14MSP', actionPlan: 'LAP', year: 2026, meeting: 'Fourteenth Meeting of States Parties' },
    headers: { cookie: admin },
  });
});
afterAll(async () => {
  await app.close();
  process.stdout.write(`fuzz: ${tried} generated bad inputs tried, 0 server errors, database unchanged after every rejection\n`);
});

// A stack frame, a source path with line numbers, or SQL — none may reach a client.
const INTERNALS = /\bat \S+ \(.+:\d+:\d+\)|\.(?:ts|js|mjs):\d+:\d+|SQLITE_|\bselect [\w*", ]+ from ["`\w]|node_modules/i;

function expectWellFormed(res: LightMyRequestResponse, label: string) {
  tried += 1;
  expect(res.statusCode, `${label} → ${res.statusCode} ${res.body.slice(0, 300)}`).toBeLessThan(500);
  expect(res.body, label).not.toMatch(INTERNALS);
  if (res.statusCode >= 400) {
    expect(res.headers['content-type'], label).toMatch(/^application\/problem\+json/);
    const problem = ProblemSchema.safeParse(JSON.parse(res.body));
    expect(problem.success, `${label}: ${res.body}`).toBe(true);
  }
}

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '<script>alert(1)</script>', "' OR 1=1 --", '../../etc/passwd', '%00', '1e9', '-1', 'NaN', '13MSP', 'risk-education', 'stalled', '\u202e', '=cmd|calc'),
);
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
const fill = (url: string, segment: string) => url.replace(/:[a-z]+/gi, encodeURIComponent(segment) || 'x');

describe('generated bad input', () => {
  it('GET routes: generated queries, path segments and headers never cause a 5xx', async () => {
    const routes = publicGetRoutes();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        queryObject,
        text,
        fc.record({ 'if-none-match': text, 'accept-encoding': text, 'accept-language': text, cookie: text }, { requiredKeys: [] }),
        async (route, query, segment, headers) => {
          const url = `${fill(route.url, segment)}?${new URLSearchParams(query).toString()}`;
          const res = await app.inject({ method: 'GET', url, headers: { ...headers, cookie: headers.cookie ?? admin } });
          expectWellFormed(res, `GET ${url}`);
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
        expectWellFormed(res, `${route.method} ${url} ${JSON.stringify(body).slice(0, 200)}`);
        if (res.statusCode >= 400) expect(databaseChecksum(database.sqlite), `${route.method} ${url}`).toBe(before);
      }),
      { numRuns: RUNS * 2 },
    );
  }, 120_000);

  it('write routes: malformed payloads and content types are rejected cleanly', async () => {
    const routes = writeRoutes();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('{', '{"a":', '[]', 'null', '\u0000', '{"__proto__":{"x":1}}')),
        fc.constantFrom('application/json', 'text/plain', 'text/csv', 'application/xml', 'multipart/form-data; boundary=x', ''),
        async (route, payload, contentType) => {
          const before = databaseChecksum(database.sqlite);
          const res = await app.inject({ method: route.method as 'POST', url: fill(route.url, '14MSP'), payload, headers: { cookie: admin, ...(contentType ? { 'content-type': contentType } : {}) } });
          expectWellFormed(res, `${route.method} ${route.url} ${contentType} ${JSON.stringify(payload).slice(0, 100)}`);
          if (res.statusCode >= 400) expect(databaseChecksum(database.sqlite)).toBe(before);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  }, 120_000);

  it('CSV uploads: generated files never cause a 5xx, and rejected imports change nothing', async () => {
    const cellArb = fc.oneof(text, fc.integer({ min: -5, max: 200 }).map(String), fc.constantFrom('a27-re-integrated', 'a29-disaggregated-data', '14MSP', '13MSP', 'exact', 'reported', '10', '"quoted, cell"', '=HYPERLINK("x")'));
    const header = fc.constantFrom('indicatorId,cycle,value', 'indicatorId,cycle,spanFrom,value,qualifier,denominator,reporting,document,paragraph,note', 'foo,bar', '');
    await fc.assert(
      fc.asyncProperty(header, fc.array(fc.array(cellArb, { minLength: 1, maxLength: 11 }), { maxLength: 8 }), fc.boolean(), async (head, rows, dryRun) => {
        const csv = [head, ...rows.map((r) => r.join(','))].join('\n');
        const before = databaseChecksum(database.sqlite);
        const res = await app.inject({ method: 'POST', url: `/api/v1/workspace/import?dryRun=${dryRun}`, payload: csv, headers: { cookie: admin, 'content-type': 'text/csv' } });
        expectWellFormed(res, `import ${JSON.stringify(csv).slice(0, 200)}`);
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
});
