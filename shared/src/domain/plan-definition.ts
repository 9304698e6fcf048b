// The plan definition file (JSON, or CSV mapped row by row onto the same shape) and every check it must pass before the
// ISU's next plan is created from it: pure functions over the file and a snapshot of what the database already holds.
import type { z } from 'zod';
import { PLAN_FILE_SECTIONS, PlanDefinitionSchema, type PlanDefinition, type PlanFileSection, type PlanProblem } from '../schemas/plans.ts';

import { JSON_LOCATOR, type PlanFileLocator } from './plan-file-rows.ts';

export {
  JSON_LOCATOR,
  PLAN_CSV_COLUMNS,
  PLAN_CSV_LAYOUT,
  PLAN_CSV_RECORDS,
  planDefinitionFromRows,
  type PlanCsvRecord,
  type PlanFileLocator,
  type PlanRowsResult,
  type RawPlanDefinition,
} from './plan-file-rows.ts';

// --- The checks -----------------------------------------------------------------------------------------------------

/** What the database holds that a new plan must not clash with, or must refer to. */
export interface PlanDefinitionContext {
  /** Every plan code in the database. */
  planCodes: readonly string[];
  /** Every indicator id in the database, with its plan: ids are unique across all plans. */
  indicatorPlans: ReadonlyMap<string, string>;
  /** The items of the plan the file names as previousPlan, when it exists: what the crosswalk's `from` may name. */
  previousPlan: { code: string; indicatorIds: readonly string[]; actionNumbers: readonly number[] } | null;
  /** Every cycle code in the database, lower-cased (cycle codes are unique without regard to case). */
  cycleCodes: ReadonlySet<string>;
}

export interface PlanCheckOptions {
  locate?: PlanFileLocator;
  /** Turns a zod issue (its path the field's name) into a sentence; the server passes its validation wording. */
  describeIssue?: (issue: z.core.$ZodIssue) => string;
  /** Problems already found in the file (the CSV's shape): kept first, and not repeated at the same place. */
  known?: readonly PlanProblem[];
}

export type PlanCheckResult = { definition: PlanDefinition; problems: [] } | { definition: null; problems: PlanProblem[] };

const SINGULAR: Record<PlanFileSection, string> = { plan: 'plan', pillars: 'pillar', actions: 'action', indicators: 'indicator', crosswalk: 'crosswalk entry' };

function defaultDescribe(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}

const objectOf = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const rowsOf = (value: unknown): (Record<string, unknown> | null)[] => (Array.isArray(value) ? value.map(objectOf) : []);
const textOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const intOf = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) ? value : null);
const sameCode = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The previousPlan a file names (before any check), so the caller can load that plan's items into the context. */
export function previousPlanOf(definition: unknown): string | null {
  return textOf(objectOf(objectOf(definition)?.plan)?.previousPlan);
}

/**
 * Every problem of a plan definition at once, each with its section, row and field: the schema's (unknown fields, bad
 * values) and the cross-checks (duplicates within the file and against the database, actions outside their pillar,
 * indicators without their action, the deadline, the plan codes, cycle codes, and the crosswalk's both ends).
 * The definition is returned only when there is no problem at all.
 */
export function checkPlanDefinition(definition: unknown, context: PlanDefinitionContext, options: PlanCheckOptions = {}): PlanCheckResult {
  const locate = options.locate ?? JSON_LOCATOR;
  const describe = options.describeIssue ?? defaultDescribe;
  const problems: PlanProblem[] = [...(options.known ?? [])];
  const knownPlaces = new Set(problems.map((p) => `${p.section}|${p.row}|${p.field}`));
  const add = (section: PlanFileSection | null, index: number | null, field: string | null, message: string) => {
    const row = section === null || index === null ? null : locate.rowOf(section, index);
    const name = section === null || field === null ? field : locate.fieldOf(section, field);
    problems.push({ section, row, field: name, message });
  };

  // The schema, over the whole file: every issue, each placed in its section, row and field.
  const parsed = PlanDefinitionSchema.safeParse(definition);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const [head, second, ...rest] = issue.path;
    const section = (PLAN_FILE_SECTIONS as readonly PropertyKey[]).includes(head as PropertyKey) ? (head as PlanFileSection) : null;
    const index = section === 'plan' ? 0 : typeof second === 'number' ? second : null;
    const within = section === null ? issue.path : section === 'plan' ? issue.path.slice(1) : typeof second === 'number' ? rest : issue.path.slice(1);
    const place = (field: string | null) => {
      const row = section === null || index === null ? null : locate.rowOf(section, index);
      const name = section === null || field === null ? field : locate.fieldOf(section, field);
      return { row, name, duplicate: knownPlaces.has(`${section}|${row}|${name}`) };
    };
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = [...within.map(String), key].join('.');
        const { duplicate } = place(field);
        if (duplicate) continue;
        add(
          section,
          index,
          field,
          section === null
            ? `"${key}" is not a section of the plan file (${PLAN_FILE_SECTIONS.join(', ')}).`
            : `"${field}" is not a field of a ${SINGULAR[section]} (see docs/plan-definition.md).`,
        );
      }
      continue;
    }
    const field = within.length > 0 ? within.map(String).join('.') : null;
    const { name, duplicate } = place(field);
    if (duplicate) continue;
    add(section, index, field, describe({ ...issue, path: name === null ? (section === null ? [] : [section]) : [name] }));
  }

  // The cross-checks, over whatever of the file has the right types (so one bad cell does not hide the rest). A
  // reference is not checked against a section whose keys the schema refused: the fix there may well settle it.
  const keyRefused = (section: PlanFileSection, field: string) =>
    problems.some((p) => p.section === section && (p.field === locate.fieldOf(section, field) || (p.row === null && p.field === null)));
  const pillarsKnown = !keyRefused('pillars', 'slug');
  const actionsKnown = !keyRefused('actions', 'number');
  const indicatorsKnown = !keyRefused('indicators', 'id');
  const root = objectOf(definition) ?? {};
  const plan = objectOf(root.plan);
  const pillars = rowsOf(root.pillars);
  const actions = rowsOf(root.actions);
  const indicators = rowsOf(root.indicators);
  const crosswalk = rowsOf(root.crosswalk);

  if (plan) {
    const code = textOf(plan.code);
    const existing = code === null ? undefined : context.planCodes.find((c) => sameCode(c, code));
    if (existing) add('plan', 0, 'code', `A plan "${existing}" exists already; choose another code.`);
    const previous = textOf(plan.previousPlan);
    if (previous !== null && !context.planCodes.some((c) => sameCode(c, previous))) {
      add('plan', 0, 'previousPlan', `previousPlan "${previous}" is not a plan in the database.`);
    }
    if (previous === null && crosswalk.length > 0) {
      add('plan', 0, 'previousPlan', 'previousPlan is required with a crosswalk: the crosswalk relates this plan to the one before it.');
    }
    const deadlineCode = textOf(objectOf(plan.deadline)?.code);
    if (deadlineCode !== null && context.cycleCodes.has(deadlineCode.toLowerCase())) {
      add('plan', 0, 'deadline.code', `A cycle "${deadlineCode}" exists already (cycle codes are compared without regard to case).`);
    }
    const start = intOf(plan.startYear);
    const end = intOf(plan.endYear);
    const reported = problems.some((p) => p.section === 'plan' && p.field === locate.fieldOf('plan', 'endYear'));
    if (start !== null && end !== null && end < start && !reported) {
      add('plan', 0, 'endYear', `endYear (the deadline, ${end}) must not be before startYear (${start}).`);
    }
  }

  const pillarRows = new Map<string, { index: number; from: number | null; to: number | null }>();
  pillars.forEach((pillar, index) => {
    const slug = textOf(pillar?.slug);
    if (slug === null) return;
    const first = pillarRows.get(slug);
    if (first) {
      add('pillars', index, 'slug', `Pillar slug "${slug}" is used twice (first on row ${locate.rowOf('pillars', first.index) ?? first.index + 1}).`);
      return;
    }
    pillarRows.set(slug, { index, from: intOf(pillar?.actionFrom), to: intOf(pillar?.actionTo) });
  });

  const actionRows = new Map<number, number>();
  actions.forEach((action, index) => {
    const number = intOf(action?.number);
    const slug = textOf(action?.pillar);
    if (number !== null) {
      const first = actionRows.get(number);
      if (first !== undefined) add('actions', index, 'number', `Action number ${number} is used twice (first on row ${locate.rowOf('actions', first) ?? first + 1}).`);
      else actionRows.set(number, index);
    }
    if (slug === null) return;
    const pillar = pillarRows.get(slug);
    if (!pillar) {
      if (!pillarsKnown) return;
      add('actions', index, 'pillar', `pillar "${slug}" is not a pillar of this file.`);
      return;
    }
    if (number !== null && pillar.from !== null && pillar.to !== null && pillar.from <= pillar.to && (number < pillar.from || number > pillar.to)) {
      add('actions', index, 'number', `Action ${number} is outside pillar "${slug}", which holds actions ${pillar.from}–${pillar.to}.`);
    }
  });

  const indicatorRows = new Map<string, number>();
  indicators.forEach((indicator, index) => {
    const id = textOf(indicator?.id);
    if (id !== null) {
      const first = indicatorRows.get(id);
      const taken = context.indicatorPlans.get(id);
      if (first !== undefined) add('indicators', index, 'id', `Indicator id "${id}" is used twice (first on row ${locate.rowOf('indicators', first) ?? first + 1}).`);
      else indicatorRows.set(id, index);
      if (taken !== undefined) add('indicators', index, 'id', `Indicator id "${id}" is taken by ${taken} (ids are unique across all plans).`);
    }
    const action = intOf(indicator?.action);
    if (action !== null && actionsKnown && !actionRows.has(action)) add('indicators', index, 'action', `action ${action} is not an action of this file.`);
  });

  const previousCode = plan ? textOf(plan.previousPlan) : null;
  const previous = previousCode !== null && context.previousPlan && sameCode(context.previousPlan.code, previousCode) ? context.previousPlan : null;
  const pairs = new Map<string, number>();
  crosswalk.forEach((entry, index) => {
    const entity = entry?.entity;
    if (entity !== 'indicator' && entity !== 'action') return;
    const from = textOf(entry?.from);
    const to = textOf(entry?.to);
    if (from !== null && previous) {
      const ok = entity === 'indicator' ? previous.indicatorIds.includes(from) : previous.actionNumbers.some((n) => String(n) === from);
      if (!ok) add('crosswalk', index, 'from', `from "${from}" is not ${entity === 'indicator' ? 'an indicator id' : 'an action number'} of ${previous.code}.`);
    }
    if (to !== null && (entity === 'indicator' ? indicatorsKnown : actionsKnown)) {
      const ok = entity === 'indicator' ? indicatorRows.has(to) : actionRows.has(Number(to)) && String(Number(to)) === to;
      if (!ok) add('crosswalk', index, 'to', `to "${to}" is not ${entity === 'indicator' ? 'an indicator id' : 'an action number'} of this file.`);
    }
    const pair = `${entity}|${from ?? ''}|${to ?? ''}`;
    const first = pairs.get(pair);
    if (first !== undefined) add('crosswalk', index, 'to', `The same ${entity} relation ${from ?? '(none)'} → ${to ?? '(none)'} is on row ${locate.rowOf('crosswalk', first) ?? first + 1} already.`);
    else pairs.set(pair, index);
  });

  const order = (p: PlanProblem) => (p.section === null ? -1 : PLAN_FILE_SECTIONS.indexOf(p.section));
  const sorted = problems
    .map((p, at) => ({ p, at }))
    .sort((a, b) => order(a.p) - order(b.p) || (a.p.row ?? 0) - (b.p.row ?? 0) || a.at - b.at)
    .map(({ p }) => p);
  if (sorted.length > 0 || !parsed.success) return { definition: null, problems: sorted };
  return { definition: parsed.data, problems: [] };
}
