// The plan definition file (JSON, or CSV mapped row by row onto the same shape) and every check it must pass before the
// ISU's next plan is created from it: pure functions over the file and a snapshot of what the database already holds.
import type { z } from 'zod';
import { PLAN_FILE_SECTIONS, PlanDefinitionSchema, type PlanDefinition, type PlanFileSection, type PlanProblem } from '../schemas/plans.ts';

// --- Where a problem is ---------------------------------------------------------------------------------------------

/** Turns a position in the definition into a position in the file the ISU wrote (a JSON row, or a CSV line and column). */
export interface PlanFileLocator {
  /** The row a problem is reported on: 1-based within its section for JSON (null for the plan header), the line for CSV. */
  rowOf(section: PlanFileSection, index: number): number | null;
  /** The name the file uses for a field ("deadline.code" is the CSV column "deadlineCode"). */
  fieldOf(section: PlanFileSection, field: string): string;
}

export const JSON_LOCATOR: PlanFileLocator = {
  rowOf: (section, index) => (section === 'plan' ? null : index + 1),
  fieldOf: (_section, field) => field,
};

// --- The CSV format -------------------------------------------------------------------------------------------------

export const PLAN_CSV_RECORDS = ['plan', 'pillar', 'action', 'indicator', 'crosswalk'] as const;
export type PlanCsvRecord = (typeof PLAN_CSV_RECORDS)[number];

type CellKind = 'text' | 'optionalText' | 'nullableText' | 'number' | 'optionalNumber';
interface CsvColumn {
  column: string;
  /** Where the cell goes in the record's object ("deadline.code"). */
  field: string;
  kind: CellKind;
}

const col = (column: string, kind: CellKind, field = column): CsvColumn => ({ column, field, kind });

/** Which columns each record uses, and where each cell goes in the JSON shape. A cell of any other column must be empty. */
export const PLAN_CSV_LAYOUT: Record<PlanCsvRecord, { section: PlanFileSection; columns: CsvColumn[] }> = {
  plan: {
    section: 'plan',
    columns: [
      col('code', 'text'),
      col('title', 'text'),
      col('titleFr', 'optionalText', 'titles.fr'),
      col('titleEs', 'optionalText', 'titles.es'),
      col('titleAr', 'optionalText', 'titles.ar'),
      col('adoptedAt', 'optionalText'),
      col('startYear', 'number'),
      col('endYear', 'number'),
      col('deadlineCode', 'text', 'deadline.code'),
      col('deadlineMeeting', 'text', 'deadline.meeting'),
      col('previousPlan', 'optionalText'),
    ],
  },
  pillar: { section: 'pillars', columns: [col('slug', 'text'), col('name', 'text'), col('actionFrom', 'number'), col('actionTo', 'number')] },
  action: { section: 'actions', columns: [col('number', 'number'), col('pillar', 'text'), col('title', 'text'), col('summary', 'optionalText')] },
  indicator: {
    section: 'indicators',
    columns: [
      col('id', 'text'),
      col('action', 'number'),
      col('title', 'text'),
      col('unit', 'text'),
      col('direction', 'text'),
      col('populationDescription', 'text'),
      col('populationSize', 'optionalNumber'),
      col('populationSource', 'optionalText'),
      col('populationParagraph', 'optionalNumber'),
      col('targetShare', 'optionalNumber'),
    ],
  },
  crosswalk: {
    section: 'crosswalk',
    columns: [col('entity', 'text'), col('from', 'nullableText'), col('to', 'nullableText'), col('relation', 'text'), col('note', 'optionalText')],
  },
};

/** Every column of the plan CSV, in the order the documentation and the example list them. */
export const PLAN_CSV_COLUMNS: readonly string[] = [
  'record',
  ...new Set(Object.values(PLAN_CSV_LAYOUT).flatMap((r) => r.columns.map((c) => c.column))),
];

/** A cell as a number when it is written as one ("0,5" as Excel writes it in French or Spanish), else as given. */
function numberCell(text: string): number | string {
  return /^[+-]?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : text;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail === undefined) {
    target[head] = value;
    return;
  }
  const inner = (target[head] ??= {}) as Record<string, unknown>;
  inner[tail] = value;
}

/** The plan definition as the CSV spells it, not yet checked: every value as the file gives it. */
export interface RawPlanDefinition {
  plan?: Record<string, unknown>;
  pillars: Record<string, unknown>[];
  actions: Record<string, unknown>[];
  indicators: Record<string, unknown>[];
  crosswalk: Record<string, unknown>[];
}

export interface PlanRowsResult {
  definition: RawPlanDefinition;
  /** Problems of the CSV's shape: unknown columns, unknown record types, cells in columns that do not apply, a second plan. */
  problems: PlanProblem[];
  /** Reports the definition's problems on the CSV's lines and columns (pass it to checkPlanDefinition). */
  locate: PlanFileLocator;
}

/**
 * Maps CSV records (one object per row, keyed by the header) onto the plan definition's JSON shape. Empty cells are
 * absent values; numbers are converted where they are numbers (the schema names the field otherwise). `lineOf(index)`
 * is the file line of records[index]; the header is line 1.
 */
export function planDefinitionFromRows(rows: Record<string, string>[], lineOf: (index: number) => number): PlanRowsResult {
  const problems: PlanProblem[] = [];
  const definition: RawPlanDefinition = { pillars: [], actions: [], indicators: [], crosswalk: [] };
  const lines: Record<PlanFileSection, number[]> = { plan: [], pillars: [], actions: [], indicators: [], crosswalk: [] };
  const known = new Set(PLAN_CSV_COLUMNS);

  const header = rows[0] ? Object.keys(rows[0]) : [];
  for (const column of header.filter((c) => !known.has(c))) {
    const near = PLAN_CSV_COLUMNS.find((k) => k.toLowerCase() === column.toLowerCase().replace(/[\s_-]/g, ''));
    problems.push({
      section: null,
      row: 1,
      field: column,
      message: `"${column}" is not a column of the plan file${near ? `; did you mean "${near}"?` : ''} (the columns are listed in docs/plan-definition.md).`,
    });
  }

  let planLine: number | null = null;
  rows.forEach((row, index) => {
    const line = lineOf(index);
    const recordText = (row.record ?? '').trim().toLowerCase();
    const record = (PLAN_CSV_RECORDS as readonly string[]).includes(recordText) ? (recordText as PlanCsvRecord) : null;
    if (record === null) {
      problems.push({
        section: null,
        row: line,
        field: 'record',
        message: recordText === '' ? 'record is required: plan, pillar, action, indicator or crosswalk.' : `record "${row.record?.trim() ?? ''}" must be plan, pillar, action, indicator or crosswalk.`,
      });
      return;
    }
    const layout = PLAN_CSV_LAYOUT[record];
    const own = new Set(layout.columns.map((c) => c.column));
    for (const [column, value] of Object.entries(row)) {
      if (column !== 'record' && known.has(column) && !own.has(column) && value.trim() !== '') {
        problems.push({ section: layout.section, row: line, field: column, message: `${column} does not apply to ${/^[aeiou]/.test(record) ? 'an' : 'a'} ${record} row; leave it empty.` });
      }
    }
    const values: Record<string, unknown> = {};
    for (const { column, field, kind } of layout.columns) {
      const text = (row[column] ?? '').trim();
      if (text === '') {
        if (kind === 'nullableText') setPath(values, field, null);
        continue;
      }
      setPath(values, field, kind === 'number' || kind === 'optionalNumber' ? numberCell(text) : text);
    }
    if (record === 'plan') {
      if (planLine !== null) {
        problems.push({ section: 'plan', row: line, field: 'record', message: `The file has one plan row; this is a second one (the first is on line ${planLine}).` });
        return;
      }
      planLine = line;
      definition.plan = values;
      lines.plan.push(line);
      return;
    }
    const section = layout.section as Exclude<PlanFileSection, 'plan'>;
    definition[section].push(values);
    lines[section].push(line);
  });
  if (planLine === null && rows.length > 0) {
    problems.push({ section: 'plan', row: null, field: null, message: 'The file has no plan row (a row whose record is plan).' });
  }

  const fieldColumns = new Map(Object.values(PLAN_CSV_LAYOUT).flatMap((r) => r.columns.map((c) => [`${r.section}:${c.field}`, c.column] as const)));
  const locate: PlanFileLocator = {
    rowOf: (section, index) => lines[section][index] ?? null,
    fieldOf: (section, field) => fieldColumns.get(`${section}:${field}`) ?? (section === 'plan' && field === 'deadline' ? 'deadlineCode' : field),
  };
  return { definition, problems, locate };
}

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
