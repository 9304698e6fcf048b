// Reporting cycles: added, edited and deleted by an admin while unpublished, kept in date order before the deadline.
import type {
  CreateCycleInput,
  UpdateCycleInput,
} from '@ccm/shared/schemas/workspace';
import type { Db } from '../../db/client.ts';
import { bumpDataVersion } from '../../db/data-version.ts';
import { BadRequestError, ConflictError, NotFoundError } from '../../lib/errors.ts';
import * as repo from './workspace.repository.ts';

export function cyclesWithCounts(db: Db) {
  const pending = repo.countDraftsByCycle(db);
  return repo.allCycles(db).map((c) => ({
    code: c.code,
    actionPlan: c.actionPlan,
    ordinal: c.ordinal,
    year: c.year,
    meeting: c.meeting,
    startDate: c.startDate,
    endDate: c.endDate,
    isDeadline: c.isDeadline,
    status: c.status,
    publishedAt: c.publishedAt,
    pendingChanges: pending.get(c.code) ?? 0,
  }));
}

type CycleRow = ReturnType<typeof repo.allCycles>[number];
interface CycleDates {
  year: number;
  startDate: string | null;
  endDate: string | null;
}

/** True when `a` falls strictly after `b`: a later year, or the same year and a later date when both are dated. */
function isAfter(a: CycleDates, b: CycleDates): boolean {
  if (a.year !== b.year) return a.year > b.year;
  const aDate = a.startDate ?? a.endDate;
  const bDate = b.endDate ?? b.startDate;
  return aDate !== null && bDate !== null && aDate > bDate;
}

/** A reporting cycle must not fall after its plan's deadline cycle: 400 naming the first field that does. */
function checkBeforeDeadline(planCycles: CycleRow[], deadlineCode: string, planCode: string, cycle: CycleDates) {
  const deadline = planCycles.find((c) => c.code === deadlineCode) ?? planCycles.find((c) => c.isDeadline);
  if (!deadline) return;
  const last = deadline.endDate ?? deadline.startDate;
  if (cycle.year > deadline.year) {
    throw new BadRequestError(`year ${cycle.year} is after ${deadline.code} (${deadline.year}), the deadline of ${planCode}; a cycle after it belongs to another plan.`, 'year');
  }
  for (const field of ['startDate', 'endDate'] as const) {
    const date = cycle[field];
    if (date !== null && (date.slice(0, 4) > String(deadline.year) || (last !== null && date > last))) {
      throw new BadRequestError(`${field} ${date} is after ${deadline.code}, the deadline of ${planCode}; a cycle after it belongs to another plan.`, field);
    }
  }
}

/**
 * Numbers the plan's cycles in date order: reporting cycles by year and date (an undated cycle keeps its place among
 * those of its year), the deadline cycle(s) last. Ordinals pass through negative values so the unique index never sees
 * two cycles at once.
 */
function renumberPlanCycles(tx: Db, ordered: { code: string }[]) {
  ordered.forEach((c, index) => repo.setCycleOrdinal(tx, c.code, -1 - index));
  ordered.forEach((c, index) => repo.setCycleOrdinal(tx, c.code, index));
}

/** The plan's cycles in order with `cycle` placed by its date among the reporting ones. */
function placeByDate<T extends CycleDates & { code: string }>(others: CycleRow[], cycle: T): (CycleRow | T)[] {
  const reporting = others.filter((c) => !c.isDeadline);
  const deadlines = others.filter((c) => c.isDeadline);
  const at = reporting.findIndex((c) => isAfter(c, cycle));
  const position = at === -1 ? reporting.length : at;
  return [...reporting.slice(0, position), cycle, ...reporting.slice(position), ...deadlines];
}

/** Adds a reporting cycle to a plan, placed by its date; the deadline cycle always stays last. */
export function createCycle(db: Db, input: CreateCycleInput, now = new Date()) {
  const code = db.transaction((tx) => {
    const plan = repo.findActionPlanIgnoringCase(tx, input.actionPlan);
    if (!plan) throw new BadRequestError(`No action plan "${input.actionPlan}".`, 'actionPlan');
    const clash = repo.findCycleIgnoringCase(tx, input.code);
    if (clash) throw new ConflictError(`A cycle "${clash.code}" exists already (codes are the same without regard to case).`, 'code');
    const planCycles = repo.allCycles(tx).filter((c) => c.actionPlan === plan.code);
    const dates = { year: input.year, startDate: input.startDate ?? null, endDate: input.endDate ?? null };
    checkBeforeDeadline(planCycles, plan.deadlineCycle, plan.code, dates);
    repo.insertCycle(tx, {
      code: input.code,
      actionPlan: plan.code,
      ordinal: -1 - planCycles.length,
      year: input.year,
      meeting: input.meeting,
      startDate: dates.startDate,
      endDate: dates.endDate,
      isDeadline: false,
      status: 'open',
      publishedAt: null,
      paragraphs: [],
    });
    renumberPlanCycles(tx, placeByDate(planCycles, { code: input.code, ...dates }));
    bumpDataVersion(tx, now);
    return input.code;
  });
  return withCounts(db, code);
}

/** A cycle just written, as the workspace lists it (with its counts). */
function withCounts(db: Db, code: string) {
  const cycle = cyclesWithCounts(db).find((c) => c.code === code);
  if (!cycle) throw new Error('cycle not stored');
  return cycle;
}

/** The cycle a path names (exactly, else without regard to case), when it may still be changed: unpublished, not a deadline. */
function changeableCycle(tx: Db, code: string, doing: string) {
  const cycle = repo.findCycle(tx, code) ?? repo.findCycleIgnoringCase(tx, code);
  if (!cycle) throw new NotFoundError(`No cycle "${code}".`);
  if (cycle.status === 'published') throw new ConflictError(`${cycle.code} is published; a published cycle cannot be ${doing}.`, 'code');
  if (cycle.isDeadline) throw new ConflictError(`${cycle.code} is the deadline of ${cycle.actionPlan}; it cannot be ${doing}.`, 'code');
  return cycle;
}

/** Edits an unpublished cycle's meeting, year or dates; it moves to its place by date, and must stay before the deadline. */
export function updateCycle(db: Db, code: string, input: UpdateCycleInput, now = new Date()) {
  const stored = db.transaction((tx) => {
    const cycle = changeableCycle(tx, code, 'edited');
    const plan = repo.findActionPlan(tx, cycle.actionPlan);
    const next = {
      year: input.year ?? cycle.year,
      meeting: input.meeting ?? cycle.meeting,
      startDate: input.startDate === undefined ? cycle.startDate : input.startDate,
      endDate: input.endDate === undefined ? cycle.endDate : input.endDate,
    };
    if (next.startDate !== null && next.endDate !== null && next.startDate > next.endDate) {
      throw new BadRequestError('endDate must not be before startDate', input.endDate === undefined ? 'startDate' : 'endDate');
    }
    const others = repo.allCycles(tx).filter((c) => c.actionPlan === cycle.actionPlan && c.code !== cycle.code);
    if (plan) checkBeforeDeadline(others, plan.deadlineCycle, plan.code, next);
    repo.updateCycle(tx, cycle.code, next);
    renumberPlanCycles(tx, placeByDate(others, { code: cycle.code, ...next }));
    bumpDataVersion(tx, now);
    return cycle.code;
  });
  return withCounts(db, stored);
}

/** Deletes an unpublished cycle that no figure, draft or history entry names (409 naming them otherwise). */
export function deleteCycle(db: Db, code: string, now = new Date()): string {
  return db.transaction((tx) => {
    const cycle = changeableCycle(tx, code, 'deleted');
    const refs = repo.cycleReferences(tx, cycle.code);
    const history = refs.changes - refs.drafts;
    const named = [
      refs.observations > 0 ? `${refs.observations} figure(s)` : null,
      refs.drafts > 0 ? `${refs.drafts} draft(s)` : null,
      history > 0 ? `${history} discarded or superseded change(s) in the history` : null,
    ].filter((n) => n !== null);
    if (named.length > 0) {
      throw new ConflictError(`${cycle.code} cannot be deleted: ${named.join(', ')} point at it${refs.drafts > 0 ? '; discard the drafts first' : ''}.`, 'code');
    }
    repo.deleteCycle(tx, cycle.code);
    renumberPlanCycles(tx, repo.allCycles(tx).filter((c) => c.actionPlan === cycle.actionPlan));
    bumpDataVersion(tx, now);
    return cycle.code;
  });
}
