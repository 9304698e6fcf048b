// The public pages' addresses, in one place: every internal link, the router and its redirects build them here.
// A plan is addressed by its code in lower case (/plans/lap/…): action numbers and pillar slugs only mean something
// inside a plan. Indicator ids are unique across plans, so indicator pages (and their embeds) carry no plan.
import { LEGACY_PLAN_CODE, planSegment } from '@ccm/shared/api-paths';
import { FLAGGED_STATUS_CODES } from '@ccm/shared/domain/vocabulary';
import { toSearch } from './api/search-params.ts';

/** The plan whose pages the addresses of before plans were in URLs (/pillars/…, /briefings/…) now redirect to (the API's too). */
export const LEGACY_PLAN = LEGACY_PLAN_CODE;

/**
 * The plan assumed while the API's list of plans has not said which one is current (lib/use-plan.ts reads it from the
 * list: the plan marked `current`, shown at `/` and by the pages whose address names no plan), or when the list failed.
 * The LAP: the only plan until the next one is published.
 */
export const CURRENT_PLAN = LEGACY_PLAN_CODE;

const plan = (code: string) => `/plans/${encodeURIComponent(planSegment(code))}`;

export const HOME_PATH = '/';

/** A plan's overview. */
export function planPath(code: string): string {
  return plan(code);
}

/** A pillar of a plan; with `action`, scrolled to that action's section. */
export function pillarPath(code: string, slug: string, { action }: { action?: number } = {}): string {
  return `${plan(code)}/pillars/${encodeURIComponent(slug)}${action === undefined ? '' : `#action-${action}`}`;
}

export function actionPath(code: string, number: number): string {
  return `${plan(code)}/actions/${number}`;
}

/** The Coordinators' briefing for a pillar of a plan. */
export function briefingPath(code: string, pillar: string): string {
  return `${plan(code)}/briefings/${encodeURIComponent(pillar)}`;
}

/** A plan's results: each action's final status, what reached its target, what stayed flagged, what was never measured. */
export function planResultsPath(code: string): string {
  return `${plan(code)}/results`;
}

/** What changed between the previous plan and this one (the crosswalk), and from this one to the next. */
export function planChangesPath(code: string): string {
  return `${plan(code)}/changes`;
}

/** The States a source names, searchable in the four languages. */
export function statesPath(): string {
  return '/states';
}

/** One State's page, by its ISO 3166-1 alpha-3 code (in lower case, as the API's paths). */
export function statePath(code: string): string {
  return `/states/${encodeURIComponent(code.toLowerCase())}`;
}

export function indicatorPath(id: string): string {
  return `/indicators/${encodeURIComponent(id)}`;
}

export function embedIndicatorPath(id: string): string {
  return `/embed/indicators/${encodeURIComponent(id)}`;
}

/**
 * The Flagged page: the flagged indicators, or with `view: 'all'` every indicator by status; filtered by pillar and
 * status when given. A status that is not flagged is only in the all view, so its address asks for that view.
 */
export function flaggedPath(filters: { pillar?: string; status?: string; view?: 'all' } = {}): string {
  const flagged = filters.status === undefined || (FLAGGED_STATUS_CODES as readonly string[]).includes(filters.status);
  const view = filters.view ?? (flagged ? undefined : 'all');
  return `/flagged${toSearch({ view, pillar: filters.pillar, status: filters.status })}`;
}

/** The series index, or one series. */
export function seriesPath(name?: string): string {
  return name === undefined ? '/series' : `/series/${encodeURIComponent(name)}`;
}

/**
 * The page an address of before plans were in URLs is now: `/pillars/x` → `/plans/lap/pillars/x`,
 * `/briefings/x` → `/plans/lap/briefings/x`; null for any other address.
 */
export function legacyPagePath(pathname: string): string | null {
  const match = /^\/(pillars|briefings)\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1] || !match[2]) return null;
  const slug = decodeURIComponent(match[2]);
  return match[1] === 'pillars' ? pillarPath(LEGACY_PLAN, slug) : briefingPath(LEGACY_PLAN, slug);
}
