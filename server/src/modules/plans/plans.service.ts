// Setting up the next plan by forms: the plan with its deadline cycle, its pillars, actions and indicators one item at a
// time, and its publication. Nothing of a plan is public before it is published (the catalogue skips it). The plan file
// is plan-file.service.ts; the cycles a plan shares and its crosswalk, plan-links.service.ts.
import type { ActionInput, IndicatorInput, PillarInput, PlanHeaderInput, PlanProblem, WorkspacePlan, WorkspacePlanDetail } from '@ccm/shared/schemas/plans';
import type { Db } from '../../db/client.ts';
import { bumpDataVersion } from '../../db/data-version.ts';
import { BadRequestError, ConflictError, HttpError, NotFoundError } from '../../lib/errors.ts';
import * as repo from './plans.repository.ts';

/** A plan file (or a publication) that cannot go ahead: 422 with every problem, for the routes to send in full. */
export class PlanProblemsError extends HttpError {
  constructor(
    detail: string,
    readonly problems: PlanProblem[],
    parameter?: string,
  ) {
    super(422, 'Unprocessable Content', detail, parameter);
  }
}

export function where(problem: PlanProblem): string {
  const place = [problem.section, problem.row === null ? null : `row ${problem.row}`, problem.field].filter((p) => p !== null).join(', ');
  return place ? `${place}: ${problem.message}` : problem.message;
}

// --- Reading -------------------------------------------------------------------------------

function toWorkspacePlan(row: repo.PlanRow, db: Db): WorkspacePlan {
  const counts = repo.structureCounts(db).get(row.code) ?? { pillars: 0, actions: 0, indicators: 0, cycles: 0 };
  return {
    code: row.code,
    title: row.title,
    titles: { fr: row.titleFr, es: row.titleEs, ar: row.titleAr },
    startYear: row.startYear,
    endYear: row.endYear,
    deadlineCycle: row.deadlineCycle,
    previousPlan: row.previousPlan,
    publishedAt: row.publishedAt,
    counts: { ...counts, crosswalk: repo.crosswalkCounts(db).get(row.code) ?? 0 },
  };
}

export function foundPlan(db: Db, code: string): repo.PlanRow {
  const plan = repo.findPlan(db, code);
  if (!plan) throw new NotFoundError(`No plan "${code}".`);
  return plan;
}

export function listPlans(db: Db): WorkspacePlan[] {
  return repo.allPlans(db).map((row) => toWorkspacePlan(row, db));
}

export function planDetail(db: Db, code: string): WorkspacePlanDetail {
  const plan = foundPlan(db, code);
  const cycle = (c: repo.CycleRow, shared: boolean) => ({ code: c.code, year: c.year, isDeadline: c.isDeadline, status: c.status, shared });
  return {
    ...toWorkspacePlan(plan, db),
    pillars: repo.pillarsOf(db, plan.code).map((p) => ({ slug: p.slug, name: p.name, actionFrom: p.actionFrom, actionTo: p.actionTo })),
    actions: repo.actionsOf(db, plan.code).map(({ action, pillarSlug }) => ({ number: action.number, pillar: pillarSlug, title: action.title, summary: action.summary })),
    indicators: repo.indicatorsOf(db, plan.code).map(({ indicator: i, actionNumber }) => ({
      id: i.id,
      action: actionNumber,
      title: i.title,
      unit: i.unit,
      direction: i.direction,
      populationDescription: i.populationDescription,
      populationSize: i.populationSize,
      populationSource: i.populationSource,
      targetShare: i.targetShare,
    })),
    // A shared cycle (the previous plan's last one, as a baseline) comes before the plan's own.
    cycles: [...repo.sharedCyclesOf(db, plan.code).map((c) => cycle(c, true)), ...repo.cyclesOf(db, plan.code).map((c) => cycle(c, false))],
  };
}

// --- The plan and its structure, by forms --------------------------------------------------

function checkHeader(tx: Db, header: PlanHeaderInput): { previousPlan: string | null } {
  const clash = repo.findPlan(tx, header.code);
  if (clash) throw new ConflictError(`A plan "${clash.code}" exists already (plan codes are compared without regard to case).`, 'code');
  const previous = header.previousPlan ? repo.findPlan(tx, header.previousPlan) : undefined;
  if (header.previousPlan && !previous) throw new BadRequestError(`previousPlan "${header.previousPlan}" is not a plan in the database.`, 'previousPlan');
  const cycle = repo.findCycle(tx, header.deadline.code);
  if (cycle) throw new ConflictError(`A cycle "${cycle.code}" exists already (cycle codes are compared without regard to case).`, 'deadline.code');
  return { previousPlan: previous?.code ?? null };
}

/**
 * The plan row (unpublished) and its deadline cycle. adoptedAt is stored as given, or as empty text when not known: the
 * column is required, and a made-up date would read as a fact.
 */
export function insertPlanRows(tx: Db, header: PlanHeaderInput, previousPlan: string | null) {
  repo.insertPlan(tx, {
    code: header.code,
    title: header.title,
    titleFr: header.titles?.fr ?? null,
    titleEs: header.titles?.es ?? null,
    titleAr: header.titles?.ar ?? null,
    adoptedAt: header.adoptedAt ?? '',
    startYear: header.startYear,
    endYear: header.endYear,
    deadlineCycle: header.deadline.code,
    paragraphs: [],
    previousPlan,
    publishedAt: null,
  });
  repo.insertCycle(tx, {
    code: header.deadline.code,
    actionPlan: header.code,
    ordinal: repo.cyclesOf(tx, header.code).length,
    year: header.endYear,
    meeting: header.deadline.meeting,
    startDate: null,
    endDate: null,
    isDeadline: true,
    status: 'published',
    publishedAt: null,
    paragraphs: [],
  });
}

export function createPlan(db: Db, header: PlanHeaderInput, now = new Date()): WorkspacePlan {
  return db.transaction((tx) => {
    const { previousPlan } = checkHeader(tx, header);
    insertPlanRows(tx, header, previousPlan);
    bumpDataVersion(tx, now);
    return toWorkspacePlan(foundPlan(tx, header.code), tx);
  });
}

/** The plan, while its structure may still change: it exists and is not published. */
function editablePlan(tx: Db, code: string): repo.PlanRow {
  const plan = foundPlan(tx, code);
  if (plan.publishedAt !== null) {
    throw new ConflictError(`${plan.code} is published: its pillars, actions and indicators are public and can no longer be added to here.`, 'plan');
  }
  return plan;
}

export function addPillar(db: Db, code: string, input: PillarInput, now = new Date()): WorkspacePlanDetail {
  return db.transaction((tx) => {
    const plan = editablePlan(tx, code);
    if (repo.findPillar(tx, plan.code, input.slug)) throw new ConflictError(`${plan.code} has a pillar "${input.slug}" already.`, 'slug');
    repo.insertPillar(tx, { actionPlan: plan.code, slug: input.slug, name: input.name, actionFrom: input.actionFrom, actionTo: input.actionTo, sortOrder: repo.nextPillarOrder(tx, plan.code), paragraphs: [] });
    bumpDataVersion(tx, now);
    return planDetail(tx, plan.code);
  });
}

export function addAction(db: Db, code: string, input: ActionInput, now = new Date()): WorkspacePlanDetail {
  return db.transaction((tx) => {
    const plan = editablePlan(tx, code);
    if (repo.findAction(tx, plan.code, input.number)) throw new ConflictError(`${plan.code} has an action ${input.number} already.`, 'number');
    const pillar = repo.findPillar(tx, plan.code, input.pillar);
    if (!pillar) throw new BadRequestError(`pillar "${input.pillar}" is not a pillar of ${plan.code}.`, 'pillar');
    if (input.number < pillar.actionFrom || input.number > pillar.actionTo) {
      throw new BadRequestError(`Action ${input.number} is outside pillar "${pillar.slug}", which holds actions ${pillar.actionFrom}–${pillar.actionTo}.`, 'number');
    }
    repo.insertAction(tx, { actionPlan: plan.code, number: input.number, pillarId: pillar.id, title: input.title, summary: input.summary ?? '', paragraphs: [] });
    bumpDataVersion(tx, now);
    return planDetail(tx, plan.code);
  });
}

export function addIndicator(db: Db, code: string, input: IndicatorInput, now = new Date()): WorkspacePlanDetail {
  return db.transaction((tx) => {
    const plan = editablePlan(tx, code);
    const action = repo.findAction(tx, plan.code, input.action);
    if (!action) throw new BadRequestError(`action ${input.action} is not an action of ${plan.code}.`, 'action');
    const taken = repo.findIndicator(tx, input.id);
    if (taken) throw new ConflictError(`Indicator id "${input.id}" is taken by ${taken.plan} (ids are unique across all plans).`, 'id');
    insertIndicatorRow(tx, action.id, input, repo.nextIndicatorOrder(tx, plan.code));
    bumpDataVersion(tx, now);
    return planDetail(tx, plan.code);
  });
}

export function insertIndicatorRow(tx: Db, actionId: number, input: IndicatorInput, sortOrder: number) {
  repo.insertIndicator(tx, {
    id: input.id,
    actionId,
    title: input.title,
    unit: input.unit,
    direction: input.direction,
    populationDescription: input.populationDescription,
    populationSize: input.populationSize ?? null,
    populationParagraph: input.populationParagraph ?? null,
    populationSource: input.populationSource ?? null,
    targetShare: input.targetShare ?? null,
    sortOrder,
  });
}

// --- Publication ---------------------------------------------------------------------------

/** Makes the plan public: it needs at least one pillar and one action, and an action in every pillar. */
export function publishPlan(db: Db, code: string, now = new Date()): WorkspacePlan {
  return db.transaction((tx) => {
    const plan = foundPlan(tx, code);
    if (plan.publishedAt !== null) throw new ConflictError(`${plan.code} is published already (${plan.publishedAt}).`, 'plan');
    const pillars = repo.pillarsOf(tx, plan.code);
    const actions = repo.actionsOf(tx, plan.code);
    const problems: PlanProblem[] = [];
    if (pillars.length === 0) problems.push({ section: 'pillars', row: null, field: null, message: `${plan.code} has no pillar.` });
    if (actions.length === 0) problems.push({ section: 'actions', row: null, field: null, message: `${plan.code} has no action.` });
    pillars.forEach((pillar, index) => {
      if (!actions.some((a) => a.action.pillarId === pillar.id)) {
        problems.push({ section: 'pillars', row: index + 1, field: 'slug', message: `Pillar "${pillar.slug}" has no action.` });
      }
    });
    if (problems.length > 0) {
      throw new PlanProblemsError(`${plan.code} cannot be published yet: ${problems.map((p) => p.message).join(' ')}`, problems, 'plan');
    }
    repo.setPlanPublished(tx, plan.code, now.toISOString());
    bumpDataVersion(tx, now);
    return toWorkspacePlan(foundPlan(tx, plan.code), tx);
  });
}

