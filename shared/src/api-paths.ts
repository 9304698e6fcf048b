// The public API's paths, in one place: the server registers these routes, the client and the tests call them.
// Plans are addressed by their code in lower case (`lap`); action numbers and pillar slugs only mean something inside a plan.

/** The URL segment of a plan: its code in lower case ("LAP" → "lap"). */
export function planSegment(planCode: string): string {
  return planCode.toLowerCase();
}

/**
 * The plan today's unqualified paths (/api/v1/pillars, /actions/27, /summary…) always meant: they answer 308 with the
 * same path under this plan, whichever plan is current, so a link cited before the next plan still reaches the LAP.
 */
export const LEGACY_PLAN_CODE = 'LAP';

const V1 = '/api/v1';
const plan = (code: string) => `${V1}/action-plans/${encodeURIComponent(planSegment(code))}`;

export const API_PATHS = {
  actionPlans: () => `${V1}/action-plans`,
  actionPlan: (code: string) => plan(code),
  planCycles: (code: string) => `${plan(code)}/cycles`,
  planPillars: (code: string) => `${plan(code)}/pillars`,
  planActions: (code: string) => `${plan(code)}/actions`,
  planAction: (code: string, number: number) => `${plan(code)}/actions/${number}`,
  planIndicators: (code: string) => `${plan(code)}/indicators`,
  planSummary: (code: string) => `${plan(code)}/summary`,
  /** A plan's results: each action's final status, targets reached, what stayed flagged and what was never measured. */
  planResults: (code: string) => `${plan(code)}/results`,
  planResultsCsv: (code: string) => `${plan(code)}/results.csv`,
  /** A pillar's briefing within a plan (the unqualified briefing path answers 308 to the LAP's). */
  planBriefing: (code: string, pillar: string) => `${plan(code)}/briefings/${encodeURIComponent(pillar)}`,
  /** States as data: every State a source names, and one State with every figure that names it. */
  states: () => `${V1}/states`,
  state: (code: string) => `${V1}/states/${encodeURIComponent(code.toLowerCase())}`,
  /** Every old→new relation between plans' indicators and actions (public plans only). */
  crosswalk: () => `${V1}/crosswalk`,
  /** Indicator ids are unique across plans, so an indicator needs no plan in its path. */
  indicator: (id: string) => `${V1}/indicators/${encodeURIComponent(id)}`,
  indicators: () => `${V1}/indicators`,
  conflicts: () => `${V1}/conflicts`,
  documentComments: () => `${V1}/document-comments`,
  series: () => `${V1}/series`,
  seriesOne: (name: string) => `${V1}/series/${encodeURIComponent(name)}`,
  exportCsv: () => `${V1}/export.csv`,
  exportJson: () => `${V1}/export.json`,
  /** The CSV's rows as an Excel workbook (.xlsx), which the workspace import takes back. */
  exportXlsx: () => `${V1}/export.xlsx`,
  /** Who is counted in long format: one row per published figure × named State (names withheld by the ISU left out). */
  exportStatesCsv: () => `${V1}/export-states.csv`,
  exportStatesJson: () => `${V1}/export-states.json`,
  exportStatesXlsx: () => `${V1}/export-states.xlsx`,
  briefing: (pillar: string) => `${V1}/briefings/${encodeURIComponent(pillar)}`,
  classify: () => `${V1}/classify`,
} as const;

/** The workspace's API (signed in) and the sign-in's. */
export const WORKSPACE_API = `${V1}/workspace`;
export const AUTH_API = `${V1}/auth`;
const WS = WORKSPACE_API;
const wsPlan = (code: string) => `${WS}/plans/${encodeURIComponent(planSegment(code))}`;

/** The workspace's plan set-up paths (admin): plans, their structure, the plan file import, the crosswalk. */
export const WORKSPACE_PLAN_PATHS = {
  plans: () => `${WS}/plans`,
  plan: (code: string) => wsPlan(code),
  pillars: (code: string) => `${wsPlan(code)}/pillars`,
  actions: (code: string) => `${wsPlan(code)}/actions`,
  indicators: (code: string) => `${wsPlan(code)}/indicators`,
  publish: (code: string) => `${wsPlan(code)}/publish`,
  /** POST { format, content } with ?dryRun=true|false. */
  importPlan: () => `${WS}/plans/import`,
  /** PUT/DELETE: the cycle also counts for this plan. */
  sharedCycle: (code: string, cycle: string) => `${wsPlan(code)}/shared-cycles/${encodeURIComponent(cycle)}`,
  crosswalk: () => `${WS}/crosswalk`,
  crosswalkEntry: (id: number) => `${WS}/crosswalk/${id}`,
} as const;

/** The workspace's population paths: every population as stored, a new one, its list per cycle (?spanFrom) and its ledger. */
export const WORKSPACE_POPULATION_PATHS = {
  populations: () => `${WS}/populations`,
  /** PUT (record or replace) / DELETE the list for a cycle, or for a span ending at it. */
  list: (id: string, cycle: string, spanFrom: string | null = null) =>
    `${WS}/populations/${encodeURIComponent(id)}/lists/${encodeURIComponent(cycle)}${spanFrom === null ? '' : `?spanFrom=${encodeURIComponent(spanFrom)}`}`,
  ledger: (id: string) => `${WS}/populations/${encodeURIComponent(id)}/ledger`,
  ledgerEntry: (id: string, entryId: number) => `${WS}/populations/${encodeURIComponent(id)}/ledger/${entryId}`,
} as const;
