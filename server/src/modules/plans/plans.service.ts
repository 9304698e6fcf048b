// Setting up the next plan: the plan with its deadline cycle, its pillars, actions and indicators (by forms, one item at
// a time, or from one plan file with a dry run), the cycles it shares with another plan, the crosswalk back to the plan
// before it, and its publication. Nothing of a plan is public before it is published (the catalogue skips it).
import {
  checkPlanDefinition,
  planDefinitionFromRows,
  previousPlanOf,
  type PlanDefinitionContext,
  type PlanFileLocator,
} from '@ccm/shared/domain/plan-definition';
import type {
  ActionInput,
  CrosswalkCreateInput,
  CrosswalkEntry,
  IndicatorInput,
  PillarInput,
  PlanDefinition,
  PlanHeaderInput,
  PlanImportReport,
  PlanProblem,
  WorkspacePlan,
  WorkspacePlanDetail,
} from '@ccm/shared/schemas/plans';
import type { User } from '@ccm/shared/schemas/workspace';
import type { Db } from '../../db/client.ts';
import { bumpDataVersion } from '../../db/data-version.ts';
import { readCsvRecords } from '../../lib/csv.ts';
import { BadRequestError, ConflictError, HttpError, NotFoundError } from '../../lib/errors.ts';
import { describeIssue } from '../../lib/validation-messages.ts';
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

function where(problem: PlanProblem): string {
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

function foundPlan(db: Db, code: string): repo.PlanRow {
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
function insertPlanRows(tx: Db, header: PlanHeaderInput, previousPlan: string | null) {
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

function insertIndicatorRow(tx: Db, actionId: number, input: IndicatorInput, sortOrder: number) {
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

// --- The plan file -------------------------------------------------------------------------

interface PlanFile {
  raw: unknown;
  locate?: PlanFileLocator;
  problems: PlanProblem[];
}

/** The file as a definition to check: JSON as it is, CSV mapped row by row (with its lines and columns for problems). */
function readPlanFile(format: 'json' | 'csv', content: string): PlanFile {
  if (format === 'json') {
    try {
      return { raw: JSON.parse(content.replace(/^\uFEFF/, '')) as unknown, problems: [] };
    } catch (error) {
      return { raw: undefined, problems: [{ section: null, row: null, field: null, message: `The file is not valid JSON: ${error instanceof Error ? error.message : 'unreadable'}.` }] };
    }
  }
  const csv = readCsvRecords(content);
  const shape: PlanProblem[] = csv.problems.map((p) => ({ section: null, row: p.line, field: p.column, message: p.message }));
  if (csv.header.length === 0) return { raw: undefined, problems: shape.length ? shape : [{ section: null, row: null, field: null, message: 'The file is empty.' }] };
  const mapped = planDefinitionFromRows(csv.records, (index) => csv.lines[index] ?? 0);
  return { raw: mapped.definition, locate: mapped.locate, problems: [...shape, ...mapped.problems] };
}

function planContext(tx: Db, previousCode: string | null): PlanDefinitionContext {
  const plans = repo.allPlans(tx);
  const indicatorPlans = repo.indicatorPlans(tx);
  const previous = previousCode === null ? undefined : plans.find((p) => p.code.toLowerCase() === previousCode.toLowerCase());
  return {
    planCodes: plans.map((p) => p.code),
    indicatorPlans,
    previousPlan: previous
      ? {
          code: previous.code,
          indicatorIds: [...indicatorPlans].filter(([, plan]) => plan === previous.code).map(([id]) => id),
          actionNumbers: repo.actionsOf(tx, previous.code).map((a) => a.action.number),
        }
      : null,
    cycleCodes: new Set(repo.allCycleCodes(tx).map((c) => c.toLowerCase())),
  };
}

function refuse(problems: PlanProblem[]): never {
  const first = problems[0];
  throw new PlanProblemsError(
    `Nothing was created: the plan file has ${problems.length} problem${problems.length === 1 ? '' : 's'}${first ? `; the first is ${where(first)}` : ''}`,
    problems,
    'content',
  );
}

function checkedDefinition(tx: Db, file: PlanFile): PlanDefinition {
  if (file.raw === undefined) refuse(file.problems);
  const result = checkPlanDefinition(file.raw, planContext(tx, previousPlanOf(file.raw)), {
    ...(file.locate ? { locate: file.locate } : {}),
    describeIssue: (issue) => describeIssue(issue, 'file').message,
    known: file.problems,
  });
  if (result.definition === null) refuse(result.problems);
  return result.definition;
}

function reportOf(definition: PlanDefinition, dryRun: boolean): PlanImportReport {
  const { plan } = definition;
  return {
    dryRun,
    plan: { code: plan.code, title: plan.title, startYear: plan.startYear, endYear: plan.endYear },
    creates: {
      pillars: definition.pillars.map((p) => ({ slug: p.slug, name: p.name })),
      actions: definition.actions.map((a) => ({ number: a.number, pillar: a.pillar, title: a.title })),
      indicators: definition.indicators.map((i) => ({ id: i.id, action: i.action, title: i.title })),
      crosswalk: definition.crosswalk.map((c) => ({ entity: c.entity, from: c.from, to: c.to, relation: c.relation })),
      cycles: [{ code: plan.deadline.code, year: plan.endYear, isDeadline: true }],
    },
  };
}

/**
 * Checks a plan file and lists what it would create (dry run), or creates all of it in one transaction (apply): the
 * plan (unpublished), its deadline cycle, pillars, actions, indicators and crosswalk. Any problem: 422, nothing written.
 */
export function importPlan(db: Db, user: User, input: { format: 'json' | 'csv'; content: string }, dryRun: boolean, now = new Date()): PlanImportReport {
  const file = readPlanFile(input.format, input.content);
  if (dryRun) return reportOf(checkedDefinition(db, file), true);
  return db.transaction((tx) => {
    const definition = checkedDefinition(tx, file);
    const { plan } = definition;
    const previousPlan = plan.previousPlan ? (repo.findPlan(tx, plan.previousPlan)?.code ?? null) : null;
    insertPlanRows(tx, plan, previousPlan);
    const pillarIds = new Map<string, number>();
    definition.pillars.forEach((p, index) => {
      const row = repo.insertPillar(tx, { actionPlan: plan.code, slug: p.slug, name: p.name, actionFrom: p.actionFrom, actionTo: p.actionTo, sortOrder: index, paragraphs: [] });
      pillarIds.set(p.slug, row.id);
    });
    const actionIds = new Map<number, number>();
    for (const a of definition.actions) {
      const pillarId = pillarIds.get(a.pillar);
      if (pillarId === undefined) throw new Error('checked action without its pillar');
      const row = repo.insertAction(tx, { actionPlan: plan.code, number: a.number, pillarId, title: a.title, summary: a.summary ?? '', paragraphs: [] });
      actionIds.set(a.number, row.id);
    }
    definition.indicators.forEach((i, index) => {
      const actionId = actionIds.get(i.action);
      if (actionId === undefined) throw new Error('checked indicator without its action');
      insertIndicatorRow(tx, actionId, i, index);
    });
    for (const c of definition.crosswalk) {
      repo.insertCrosswalk(tx, {
        entity: c.entity,
        fromPlan: previousPlan,
        fromKey: c.from,
        toPlan: plan.code,
        toKey: c.to,
        relation: c.relation,
        note: c.note ?? null,
        authorId: user.id,
        createdAt: now.toISOString(),
      });
    }
    bumpDataVersion(tx, now);
    return reportOf(definition, false);
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
