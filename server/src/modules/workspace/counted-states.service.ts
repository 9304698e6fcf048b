// The CSV import of who is counted: rows of indicator, cycle and State (optionally span_from, value, source, reason),
// grouped per figure into a complete list whose length is the count. A dry run reports every figure and problem; applying
// drafts every figure in one transaction through the same checks as the entry form, or nothing when any problem remains.
import { statesDiff } from '@ccm/shared/domain/counted-entry';
import { describeIssue } from '../../lib/validation-messages.ts';
import {
  ObservationEntryInputSchema,
  type CountedImportFigure,
  type CountedImportProblem,
  type CountedImportReport,
  type ImportConflict,
  type ImportOnConflict,
  type ObservationRecord,
  type User,
} from '@ccm/shared/schemas/workspace';
import type { Db } from '../../db/client.ts';
import { readCsvRecords } from '../../lib/csv.ts';
import { BadRequestError } from '../../lib/errors.ts';
import * as repo from './workspace.repository.ts';
import { draftPrepared, prepareEntry, type PreparedEntry } from './observations.service.ts';
import { publishedRecord, sameRecord, toChange } from './observation-records.ts';
import { conflictOver, conflictTheirs, conflictValues } from './draft-conflicts.service.ts';
import { importConflictError } from './imports.service.ts';

export const COUNTED_IMPORT_MAX_ROWS = 20000;

type Column = 'indicator' | 'cycle' | 'state' | 'span_from' | 'value' | 'source' | 'reason';
const REQUIRED: Column[] = ['indicator', 'cycle', 'state'];
/** Header names as people write them ("indicatorId", "Span from", "state code") onto the import's columns. */
const ALIASES: Record<string, Column> = {
  indicator: 'indicator',
  indicatorid: 'indicator',
  cycle: 'cycle',
  state: 'state',
  statecode: 'state',
  code: 'state',
  spanfrom: 'span_from',
  value: 'value',
  count: 'value',
  source: 'source',
  reason: 'reason',
};
const columnOf = (name: string): Column | undefined => ALIASES[name.toLowerCase().replace(/[\s_-]/g, '')];

interface Row {
  line: number;
  indicatorId: string;
  cycle: string;
  spanFrom: string | null;
  state: string;
  value: number | null;
  source: string;
  reason: string;
}

interface Figure {
  indicatorId: string;
  cycle: string;
  spanFrom: string | null;
  rows: Row[];
}

const figureLabel = (f: { indicatorId: string; cycle: string; spanFrom: string | null }) =>
  `${f.indicatorId} × ${f.spanFrom ? `${f.spanFrom}–${f.cycle}` : f.cycle}`;
const linesText = (lines: number[]) => (lines.length === 1 ? `row ${lines[0]}` : `rows ${lines.join(', ')}`);
const statesWord = (n: number) => (n === 1 ? '1 State' : `${n} States`);

function standing(record: ObservationRecord | null | undefined) {
  return record ? { value: record.value, states: record.states ?? null } : null;
}

/** Reads, groups and checks the file; with dryRun false and no problem, drafts every changed figure in one transaction. */
export function importCountedStates(db: Db, user: User, csv: string | ReturnType<typeof readCsvRecords>, dryRun: boolean, now = new Date(), onConflict: ImportOnConflict = 'refuse'): CountedImportReport {
  const table = typeof csv === 'string' ? readCsvRecords(csv) : csv; // CSV text, or a sheet read by readXlsxTable
  const structural = table.problems[0];
  if (structural) throw new BadRequestError(structural.message, 'file');
  if (table.records.length === 0) throw new BadRequestError('The file has no data rows: give a header (indicator,cycle,state) and one row per State counted.', 'file');
  if (table.records.length > COUNTED_IMPORT_MAX_ROWS) {
    throw new BadRequestError(`The file has ${table.records.length} rows; at most ${COUNTED_IMPORT_MAX_ROWS} are imported at once.`, 'file');
  }
  const columns = new Map<Column, string>();
  for (const name of table.header) {
    const column = columnOf(name);
    if (column && !columns.has(column)) columns.set(column, name);
  }
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    throw new BadRequestError(
      `Missing column(s): ${missing.join(', ')}. The header must name indicator, cycle and state (span_from, value, source and reason are optional); it has ${table.header.join(', ') || 'no columns'}.`,
      'file',
    );
  }

  const problems: CountedImportProblem[] = [];
  const problem = (lines: number[], field: string | null, f: { indicatorId: string; cycle: string } | null, reason: string) =>
    problems.push({ rows: lines, field, indicatorId: f?.indicatorId ?? null, cycle: f?.cycle ?? null, reason });
  const known = repo.stateCodes(db);
  const cycles = new Map(repo.allCycles(db).map((c) => [c.code.toUpperCase(), c.code]));
  const indicators = new Set(repo.indicatorsWithActions(db).map((r) => r.indicator.id));

  const figures = new Map<string, Figure>();
  const seen = new Map<string, number>();
  table.records.forEach((record, index) => {
    const line = table.lines[index] ?? index + 2;
    const cell = (column: Column) => {
      const name = columns.get(column);
      return name === undefined ? '' : (record[name] ?? '').trim();
    };
    const indicatorId = cell('indicator');
    const cycleText = cell('cycle');
    const spanText = cell('span_from');
    const state = cell('state').toUpperCase();
    const valueText = cell('value');
    const where = { indicatorId, cycle: cycleText };
    const before = problems.length;
    if (!indicatorId) problem([line], 'indicator', null, `Row ${line}: indicator is empty.`);
    else if (!indicators.has(indicatorId)) problem([line], 'indicator', where, `Row ${line}: no indicator "${indicatorId}".`);
    const cycle = cycles.get(cycleText.toUpperCase());
    if (!cycleText) problem([line], 'cycle', where, `Row ${line}: cycle is empty.`);
    else if (!cycle) problem([line], 'cycle', where, `Row ${line}: no cycle "${cycleText}".`);
    const spanFrom = spanText ? (cycles.get(spanText.toUpperCase()) ?? null) : null;
    if (spanText && !spanFrom) problem([line], 'span_from', where, `Row ${line}: no cycle "${spanText}" (span_from).`);
    if (!state) problem([line], 'state', where, `Row ${line}: state is empty.`);
    else if (!/^[A-Z]{3}$/.test(state)) problem([line], 'state', where, `Row ${line}: state "${state}" is not an ISO 3166-1 alpha-3 code such as LBN.`);
    else if (!known.has(state)) problem([line], 'state', where, `Row ${line}: ${state} is not a known State code.`);
    const value = valueText === '' ? null : Number(valueText.replace(',', '.'));
    if (value !== null && !(Number.isInteger(value) && value >= 0)) problem([line], 'value', where, `Row ${line}: value "${valueText}" is not a whole number of States.`);
    if (problems.length > before || !cycle) return;

    const key = `${indicatorId}|${cycle}|${spanFrom ?? ''}`;
    const first = seen.get(`${key}|${state}`);
    if (first !== undefined) {
      problem([first, line], 'state', { indicatorId, cycle }, `Row ${line} repeats row ${first}: ${state} is listed twice for ${figureLabel({ indicatorId, cycle, spanFrom })}.`);
      return;
    }
    seen.set(`${key}|${state}`, line);
    const figure = figures.get(key) ?? { indicatorId, cycle, spanFrom, rows: [] };
    figure.rows.push({ line, indicatorId, cycle, spanFrom, state, value, source: cell('source'), reason: cell('reason') });
    figures.set(key, figure);
  });

  const conflicts: ImportConflict[] = [];
  const report: CountedImportReport = { dryRun, applied: false, rows: table.records.length, figures: [], problems, conflicts };
  const emails = repo.userEmails(db);
  const accepted: { prepared: Extract<PreparedEntry, { ok: true }>; reason: string | null; basedOn?: number; figure: CountedImportFigure }[] = [];
  for (const figure of figures.values()) {
    const lines = figure.rows.map((r) => r.line);
    const states = [...new Set(figure.rows.map((r) => r.state))].sort();
    const derived = states.length;
    const key = { indicatorId: figure.indicatorId, cycle: figure.cycle, spanFrom: figure.spanFrom };
    const typedRows = figure.rows.filter((r) => r.value !== null);
    const typedValues = [...new Set(typedRows.map((r) => r.value))];
    const typed = typedValues.length === 1 ? (typedValues[0] ?? null) : null;
    const draftRow = repo.findDraft(db, key);
    const draft = draftRow ? toChange(draftRow, new Map()).after : null;
    const published = publishedRecord(db, key);
    const entryFigure: CountedImportFigure = {
      ...key,
      rows: lines,
      states,
      derived,
      typed,
      published: standing(published),
      draft: standing(draft),
      ...statesDiff(published?.states ?? [], states),
      outcome: 'refused',
      theirs: null,
    };
    report.figures.push(entryFigure);
    const label = figureLabel(figure);
    if (typedValues.length > 1) {
      problem(typedRows.map((r) => r.line), 'value', figure, `${linesText(typedRows.map((r) => r.line))} give different values for ${label} (${typedValues.join(' and ')}): the count is the ${statesWord(derived)} listed.`);
      continue;
    }
    if (typed !== null && typed !== derived) {
      problem(
        typedRows.map((r) => r.line),
        'value',
        figure,
        `${label}: the rows list ${statesWord(derived)} (${linesText(lines)}) but the value column says ${typed}: the count must be ${derived}. List the missing States, or correct the value to ${derived}.`,
      );
      continue;
    }
    // The figure as it stands (its draft, else its published record) with the list as its whole count.
    const base = draft ?? published;
    const source = figure.rows.find((r) => r.source)?.source ?? base?.source ?? '';
    if (!base && !source) {
      problem(lines, 'source', figure, `${label} has no figure yet: add a source column naming the report the list comes from, or enter the figure in the form first.`);
      continue;
    }
    const parsed = ObservationEntryInputSchema.safeParse({
      ...key,
      value: derived,
      qualifier: 'exact',
      denominator: base?.denominator ?? null,
      reporting: 'reported',
      source,
      paragraph: base?.paragraph ?? null,
      note: base?.note ?? null,
      cycleInferred: base?.cycleInferred ?? false,
      underReview: base?.underReview ?? null,
      reason: figure.rows.find((r) => r.reason)?.reason || draftRow?.reason || null,
      states,
      statesComplete: true,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problem(lines, issue ? String(issue.path[0] ?? '') || null : null, figure, `${label}: ${issue ? describeIssue(issue).message : 'the figure is not valid.'}`);
      continue;
    }
    const prepared = prepareEntry(db, parsed.data);
    if (!prepared.ok) {
      const hint = prepared.problem.field === 'reason' ? ' Add a reason column.' : '';
      problem(lines, prepared.problem.field, figure, `${label}: ${prepared.problem.reason}${hint}`);
      continue;
    }
    if (prepared.unchanged) {
      entryFigure.outcome = 'unchanged';
      continue;
    }
    // A file says nothing of what its author saw: a colleague's pending draft is never replaced without a choice.
    const theirs = conflictOver(db, user.id, key, undefined);
    if (theirs) {
      if (sameRecord(toChange(theirs, emails).after, prepared.after)) {
        entryFigure.outcome = 'unchanged';
        continue;
      }
      entryFigure.outcome = 'conflict';
      entryFigure.theirs = conflictTheirs(theirs, emails);
      conflicts.push({ row: lines[0] ?? 0, ...key, yours: conflictValues(prepared.after), theirs: entryFigure.theirs });
      if (onConflict === 'overwrite') accepted.push({ prepared, reason: parsed.data.reason, basedOn: theirs.id, figure: entryFigure });
      continue;
    }
    entryFigure.outcome = 'draft';
    accepted.push({ prepared, reason: parsed.data.reason, figure: entryFigure });
  }

  if (dryRun) return report;
  const first = problems[0];
  if (first) {
    throw new BadRequestError(`Nothing was imported: ${problems.length} problem(s), the first: ${first.reason}`, 'file');
  }
  if (conflicts.length > 0 && onConflict === 'refuse') throw importConflictError(conflicts);
  db.transaction((tx) => {
    for (const { prepared, reason, basedOn, figure } of accepted) {
      draftPrepared(tx, user, prepared, 'import', reason, now, basedOn);
      figure.outcome = 'draft';
    }
  });
  return { ...report, applied: true };
}
