// Typed fixtures for client component tests, built from the shared API types.
import { afterEach, beforeEach, vi } from 'vitest';
import type { ActionPlan, Conflict, Cycle, Indicator, Observation, Pillar } from '@ccm/shared/schemas/api';
import type { IndicatorStatus } from '@ccm/shared/schemas/status';
import type { EntryRow } from '@ccm/shared/schemas/workspace';
import type { WorkspaceCycle } from '../../client/src/features/workspace/api/get-workspace-cycles.ts';

export const DOCUMENT = 'Draft Review Document 2021-2025 v1.0';

/** The LAP's cycles, each `code` one year after the one before it (10MSP in 2022), 3RC the deadline. */
function lapCycle(code: string, ordinal: number): Cycle {
  return { code, actionPlan: 'LAP', ordinal, year: 2022 + ordinal, meeting: `Meeting ${code}`, startDate: null, endDate: null, isDeadline: code === '3RC', status: 'published', publishedAt: null };
}

export const CYCLES: Cycle[] = ['10MSP', '11MSP', '12MSP', '13MSP', '3RC'].map(lapCycle);

/** The cycles as the workspace lists them: the LAP's, with 14MSP open before the 3RC. */
export const WORKSPACE_CYCLES: WorkspaceCycle[] = ['10MSP', '11MSP', '12MSP', '13MSP', '14MSP', '3RC'].map((code, ordinal) => ({
  ...lapCycle(code, ordinal),
  status: code === '14MSP' ? 'open' : 'published',
  pendingChanges: 0,
}));

/** A JSON answer as fetch resolves it (status 200 unless `init` says otherwise). */
export const json = (body: unknown, init: ResponseInit = {}): Response =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' }, ...init });

/** A fetch mock, as the component tests stub fetch with. */
export type FetchMock = ReturnType<typeof vi.fn<(url: string, init?: RequestInit) => Promise<Response>>>;

/** The calls of `fetchMock` with `method` (GET when none is given) to a URL that starts with `path`. */
export const callsOf = (fetchMock: FetchMock, method: string, path: string) => fetchMock.mock.calls.filter(([url, init]) => url.startsWith(path) && (init?.method ?? 'GET') === method);

/**
 * Stubs fetch: the paths given (query strings aside) answer `{ data }`, a function by the ?lang asked for (en when none);
 * every other request stays pending (the pages show their loading state). Returns the mock, to read the calls.
 */
export function stubApi(routes: Record<string, unknown>) {
  const fetchMock = vi.fn((url: string) => {
    const [path = url, search = ''] = url.split('?');
    const route = routes[path];
    const lang = new URLSearchParams(search).get('lang') ?? 'en';
    if (route === undefined) return new Promise<Response>(() => {});
    const data: unknown = typeof route === 'function' ? (route as (lang: string) => unknown)(lang) : route;
    return Promise.resolve(json({ data }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/**
 * Stubs fetch with `handler` before each test (of the file, or of the describe block it is called in) and restores the
 * real one after. `mock()` is the current test's mock (to answer otherwise with mockImplementation); `calls` as callsOf.
 */
export function stubFetchEachTest(handler: (url: string, init?: RequestInit) => Promise<Response>) {
  let fetchMock: FetchMock = vi.fn(handler);
  beforeEach(() => {
    fetchMock = vi.fn(handler);
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  return { mock: () => fetchMock, calls: (method: string, path: string) => callsOf(fetchMock, method, path) };
}

/** The Lausanne Action Plan as the API lists it (current, not ended); overrides make another plan. */
export function actionPlan(overrides: Partial<ActionPlan> = {}): ActionPlan {
  return {
    code: 'LAP',
    title: 'Lausanne Action Plan',
    adoptedAt: '2021-09-21',
    startYear: 2021,
    endYear: 2026,
    deadlineCycle: '3RC',
    paragraphs: [],
    cycles: CYCLES.map((c) => c.code),
    previousPlan: null,
    publishedAt: '2021-09-21',
    current: true,
    ended: false,
    i18n: { lang: 'en', fallback: [] },
    ...overrides,
  };
}

/** The LAP's risk-education pillar (Actions 26–29). */
export function pillar(overrides: Partial<Pillar> = {}): Pillar {
  return {
    slug: 'risk-education',
    actionPlan: 'LAP',
    name: 'Risk Education',
    actionFrom: 26,
    actionTo: 29,
    order: 4,
    paragraphs: [],
    actionCount: 4,
    indicatorCount: 1,
    i18n: { lang: 'en', fallback: [] },
    ...overrides,
  };
}

export function observation(overrides: Partial<Observation> & Pick<Observation, 'cycle'>): Observation {
  return {
    spanFrom: null,
    value: null,
    qualifier: 'exact',
    denominator: null,
    reporting: 'reported',
    source: { document: DOCUMENT, paragraph: 123 },
    quote: null,
    note: null,
    cycleInferred: false,
    population: null,
    underReview: null,
    revisions: [],
    counted: null,
    ...overrides,
  };
}

export function status(overrides: Partial<IndicatorStatus> = {}): IndicatorStatus {
  return {
    code: 'stalled',
    reason:
      'Stalled: from 8 to 9 of 10 States Parties (80% to 90%) between 10MSP and 13MSP, a pace of 0.25 times the pace needed (3.3 against 5 percentage points a cycle) to reach 100% by the 3RC, below 0.50.',
    reasonKey: 'status.reason.stalled_pace',
    reasonParams: {},
    rule: { step: 5, key: 'recent_test', params: { gainLast: 1, gainBefore: 0, threshold: 1 } },
    projection: {
      deadlineCycle: '3RC',
      value: 9,
      of: 10,
      needed: 10,
      key: 'status.projection.share',
      params: { value: 9, of: 10, needed: 10, deadlineCycle: '3RC' },
      text: 'At this pace, about 9 of 10 by the 3RC (needed: 10).',
    },
    possible: ['stalled'],
    inferredCycles: [],
    inputs: {
      baselineCycle: '10MSP',
      p0: 0.8,
      latestCycle: '13MSP',
      pk: 0.9,
      n0: 8,
      nk: 9,
      denominator: 10,
      target: 1,
      deadlineCycle: '3RC',
      rObs: 0.1 / 3,
      rReq: 0.2 / 4,
      ratio: 0.1 / 3 / (0.2 / 4),
      recentSteps: [
        { from: '11MSP', to: '12MSP', change: 0 },
        { from: '12MSP', to: '13MSP', change: 0.1 },
      ],
      epsilon: 0.1,
      usesShares: true,
      usablePoints: 4,
    },
    history: [
      { cycle: '10MSP', code: 'insufficient_data' },
      { cycle: '11MSP', code: 'needs_acceleration' },
      { cycle: '12MSP', code: 'stalled' },
      { cycle: '13MSP', code: 'stalled' },
    ],
    ...overrides,
  };
}

export function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'a27-re-integrated',
    actionPlan: 'LAP',
    action: 27,
    actionTitle: 'Integrate risk education',
    pillar: 'risk-education',
    title: 'States Parties integrating risk education into national strategies and work plans',
    unit: 'States Parties',
    direction: 'increase',
    denominator: 10,
    population: { description: 'Affected States Parties', size: 10, paragraph: 92 },
    target: 1,
    observations: [
      observation({ cycle: '10MSP', value: 8, denominator: 10, quote: 'from eight (8) during the 10MSP and 11MSP reporting cycles' }),
      observation({ cycle: '11MSP', value: 8, denominator: 10 }),
      observation({ cycle: '12MSP', value: 8, denominator: 10 }),
      observation({ cycle: '13MSP', value: 9, denominator: 10 }),
    ],
    status: status(),
    conflicts: [],
    override: null,
    lineage: { predecessor: null, successors: [] },
    publicationLevel: 'named',
    populationStates: null, withdrawn: [],
    i18n: { lang: 'en', fallback: [] },
    ...overrides,
  };
}

export function conflict(overrides: Partial<Conflict> = {}): Conflict {
  return {
    id: 'a27-conflict',
    indicators: ['a27-re-integrated'],
    action: 27,
    series: null,
    description: 'Paragraph 123 and paragraph 130 give different counts.',
    statements: [
      { paragraph: 123, says: 'Eight States in 10MSP.', quote: 'eight (8)' },
      { paragraph: 130, says: 'Seven States in 10MSP.', quote: 'seven (7)' },
    ],
    ...overrides,
  };
}

/** A row of the entry grid: a27 with 9 of 10 in 13MSP before it, nothing published or drafted for the cycle. */
export function entryRow(overrides: Partial<EntryRow> = {}): EntryRow {
  return {
    indicatorId: 'a27-re-integrated',
    action: 27,
    title: 'States Parties integrating risk education into national strategies and work plans',
    unit: 'States Parties',
    direction: 'increase',
    populationSize: 10,
    previous: { cycle: '13MSP', value: 9 },
    published: null,
    publishedChangeId: null,
    draft: null,
    ...overrides,
  };
}
