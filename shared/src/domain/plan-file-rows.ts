// Reading a plan definition file: where a problem is in the file the ISU wrote (a JSON row, or a CSV line and column),
// and the CSV layout mapped row by row onto the JSON shape. The checks are in plan-definition.ts.
import type { PlanFileSection, PlanProblem } from '../schemas/plans.ts';

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
