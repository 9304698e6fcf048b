// A plan's links to other plans: the cycles of another plan that also count for it, and the crosswalk from the plan
// before it (which indicator or action became which).
import type { CrosswalkCreateInput, CrosswalkEntry, WorkspacePlanDetail } from '@ccm/shared/schemas/plans';
import type { User } from '@ccm/shared/schemas/workspace';
import type { Db } from '../../db/client.ts';
import { bumpDataVersion } from '../../db/data-version.ts';
import { BadRequestError, ConflictError, NotFoundError } from '../../lib/errors.ts';
import * as repo from './plans.repository.ts';
import { foundPlan, planDetail } from './plans.service.ts';

// --- Shared cycles -------------------------------------------------------------------------

function planAndCycle(tx: Db, code: string, cycleCode: string) {
  const plan = foundPlan(tx, code);
  const cycle = repo.findCycle(tx, cycleCode);
  if (!cycle) throw new NotFoundError(`No cycle "${cycleCode}".`);
  return { plan, cycle };
}

/** The cycle (another plan's) also counts for this plan: its figures for this plan's indicators are accepted. */
export function shareCycle(db: Db, code: string, cycleCode: string, body?: { plan: string } | null, now = new Date()): WorkspacePlanDetail {
  return db.transaction((tx) => {
    const { plan, cycle } = planAndCycle(tx, code, cycleCode);
    if (body && body.plan.toLowerCase() !== plan.code.toLowerCase()) throw new BadRequestError(`plan "${body.plan}" is not the plan of the path (${plan.code}).`, 'plan');
    if (cycle.actionPlan === plan.code) throw new ConflictError(`${cycle.code} is a cycle of ${plan.code} itself.`, 'cycle');
    if (cycle.isDeadline) throw new ConflictError(`${cycle.code} is the deadline of ${cycle.actionPlan}; a deadline cycle cannot count for another plan.`, 'cycle');
    if (cycle.year > plan.endYear) {
      throw new ConflictError(`${cycle.code} (${cycle.year}) is after ${plan.deadlineCycle} (${plan.endYear}), the deadline of ${plan.code}.`, 'cycle');
    }
    if (!repo.isShared(tx, cycle.code, plan.code)) {
      repo.insertSharedCycle(tx, cycle.code, plan.code);
      bumpDataVersion(tx, now);
    }
    return planDetail(tx, plan.code);
  });
}

/** The cycle stops counting for the plan, unless figures of the plan's indicators are on it. */
export function unshareCycle(db: Db, code: string, cycleCode: string, now = new Date()): void {
  db.transaction((tx) => {
    const { plan, cycle } = planAndCycle(tx, code, cycleCode);
    if (!repo.isShared(tx, cycle.code, plan.code)) throw new NotFoundError(`${cycle.code} does not count for ${plan.code}.`);
    const figures = repo.figuresOnCycle(tx, plan.code, cycle.code);
    if (figures.observations + figures.changes > 0) {
      throw new ConflictError(
        `${cycle.code} cannot stop counting for ${plan.code}: ${figures.observations} published figure(s) and ${figures.changes} change(s) of ${plan.code}'s indicators are on it.`,
        'cycle',
      );
    }
    repo.deleteSharedCycle(tx, cycle.code, plan.code);
    bumpDataVersion(tx, now);
  });
}

// --- Crosswalk -----------------------------------------------------------------------------

/** The title of an indicator (by id) or action (by number as text) of a plan, or null when there is none. */
function itemTitle(tx: Db, entity: 'indicator' | 'action', plan: string | null, key: string | null): string | null {
  if (plan === null || key === null) return null;
  if (entity === 'indicator') {
    const found = repo.findIndicator(tx, key);
    return found && found.plan === plan ? found.indicator.title : null;
  }
  return /^[1-9]\d{0,2}$/.test(key) ? (repo.findAction(tx, plan, Number(key))?.title ?? null) : null;
}

function toCrosswalkEntry(tx: Db, row: repo.CrosswalkRow): CrosswalkEntry {
  return {
    id: row.id,
    entity: row.entity,
    fromPlan: row.fromPlan,
    from: row.fromKey,
    fromTitle: itemTitle(tx, row.entity, row.fromPlan, row.fromKey),
    toPlan: row.toPlan,
    to: row.toKey,
    toTitle: itemTitle(tx, row.entity, row.toPlan, row.toKey),
    relation: row.relation,
    note: row.note,
  };
}

export function planCrosswalk(db: Db, code: string): CrosswalkEntry[] {
  const plan = foundPlan(db, code);
  return repo.crosswalkOf(db, plan.code).map((row) => toCrosswalkEntry(db, row));
}

export function createCrosswalkEntry(db: Db, user: User, input: CrosswalkCreateInput, now = new Date()): CrosswalkEntry {
  return db.transaction((tx) => {
    const plan = repo.findPlan(tx, input.plan);
    if (!plan) throw new BadRequestError(`No plan "${input.plan}".`, 'plan');
    const previous = plan.previousPlan === null ? undefined : repo.findPlan(tx, plan.previousPlan);
    if (!previous) throw new BadRequestError(`${plan.code} has no previous plan: the crosswalk relates a plan to the one before it.`, 'plan');
    const { entry } = input;
    const what = entry.entity === 'indicator' ? 'an indicator id' : 'an action number';
    if (entry.from !== null && itemTitle(tx, entry.entity, previous.code, entry.from) === null) {
      throw new BadRequestError(`entry.from "${entry.from}" is not ${what} of ${previous.code}.`, 'entry.from');
    }
    if (entry.to !== null && itemTitle(tx, entry.entity, plan.code, entry.to) === null) {
      throw new BadRequestError(`entry.to "${entry.to}" is not ${what} of ${plan.code}.`, 'entry.to');
    }
    const values = { entity: entry.entity, fromPlan: previous.code, fromKey: entry.from, toPlan: plan.code, toKey: entry.to };
    const duplicate = repo.findCrosswalkDuplicate(tx, values);
    if (duplicate) {
      throw new ConflictError(`The crosswalk has this ${entry.entity} relation already (entry ${duplicate.id}: ${entry.from ?? '(none)'} → ${entry.to ?? '(none)'}).`, 'entry.to');
    }
    const row = repo.insertCrosswalk(tx, { ...values, relation: entry.relation, note: entry.note ?? null, authorId: user.id, createdAt: now.toISOString() });
    bumpDataVersion(tx, now);
    return toCrosswalkEntry(tx, row);
  });
}

export function deleteCrosswalkEntry(db: Db, id: number, now = new Date()): void {
  db.transaction((tx) => {
    if (!repo.findCrosswalk(tx, id)) throw new NotFoundError(`No crosswalk entry ${id}.`);
    repo.deleteCrosswalk(tx, id);
    bumpDataVersion(tx, now);
  });
}
