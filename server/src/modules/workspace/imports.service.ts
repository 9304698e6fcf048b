// The CSV import of figures in the export's long format: dry run, or apply all rows in one transaction.
import type {
  ImportReport,
  ObservationEntry,
  ObservationRecord,
  User,
} from '@ccm/shared/schemas/workspace';
import { ObservationEntryInputSchema } from '@ccm/shared/schemas/workspace';
import { numberCell, readCsvRecords } from '../../lib/csv.ts';
import type { Db } from '../../db/client.ts';
import { BadRequestError } from '../../lib/errors.ts';
import { describeIssue } from '../../lib/validation-messages.ts';
import * as repo from './workspace.repository.ts';
import { checkEntry, publishedRecord, recordOfEntry, sameRecord, saveDraft } from './observations.service.ts';

export const IMPORT_MAX_ROWS = 5000;
const REQUIRED_COLUMNS = ['indicatorId', 'cycle', 'value'] as const;

function cell(record: Record<string, string>, name: string): string | undefined {
  const raw = record[name];
  if (raw === undefined) return undefined;
  // The export neutralises formulas with a leading apostrophe; undo that on the way back in.
  return raw.startsWith("'") && /^'[=+\-@]/.test(raw) ? raw.slice(1) : raw;
}

/** true/false (also yes/no, 1/0), false for an empty cell; anything else is passed on for the schema to reject by name. */
function booleanCell(raw: string | undefined): unknown {
  const text = (raw ?? '').trim().toLowerCase();
  if (text === '' || text === 'false' || text === 'no' || text === '0') return false;
  if (text === 'true' || text === 'yes' || text === '1') return true;
  return raw;
}


/** An import file read into rows: the header's column names, one record per data row, and the file line (or sheet row) each starts on. */
export interface ImportTable {
  header: string[];
  records: Record<string, string>[];
  lines: number[];
}

/** Dry run or apply a CSV file (comma, semicolon or tab separated, as spreadsheets save it in any locale). */
export function importCsv(db: Db, user: User, csv: string, dryRun: boolean, now = new Date()): ImportReport {
  const table = readCsvRecords(csv);
  const unreadable = table.problems[0];
  if (unreadable) throw new BadRequestError(unreadable.line === null ? unreadable.message : `Line ${unreadable.line}: ${unreadable.message}`, 'file');
  return importTable(db, user, table, dryRun, now);
}

/** Dry run or apply rows read from any file: every row is validated first; applying writes all rows in one transaction, or none. */
export function importTable(db: Db, user: User, table: ImportTable, dryRun: boolean, now = new Date()): ImportReport {
  const records = table.records;
  if (records.length === 0) throw new BadRequestError('The file has no data rows.', 'file');
  if (records.length > IMPORT_MAX_ROWS) throw new BadRequestError(`The file has ${records.length} rows; at most ${IMPORT_MAX_ROWS} are imported at once.`, 'file');
  const missing = REQUIRED_COLUMNS.filter((c) => !table.header.includes(c));
  if (missing.length) {
    throw new BadRequestError(`Missing column(s): ${missing.join(', ')} (the header has: ${table.header.join(', ')}). Use the export's long format.`, 'file');
  }

  const report: ImportReport = { dryRun, applied: false, rows: records.length, changes: [], unchanged: 0, rejected: [] };
  const seen = new Set<string>();
  const accepted: { entry: ObservationEntry; before: ObservationRecord | null; after: ObservationRecord }[] = [];

  records.forEach((record, index) => {
    const row = table.lines[index] ?? index + 2; // the file line the row starts on (the header is line 1)
    const value = numberCell(cell(record, 'value'));
    const denominator = numberCell(cell(record, 'denominator'));
    const paragraph = numberCell(cell(record, 'paragraph'));
    const parsed = ObservationEntryInputSchema.safeParse({
      indicatorId: cell(record, 'indicatorId'),
      cycle: cell(record, 'cycle'),
      spanFrom: cell(record, 'spanFrom') || null,
      value,
      qualifier: cell(record, 'qualifier') || 'exact',
      denominator,
      reporting: cell(record, 'reporting') || 'reported',
      source: cell(record, 'document') || cell(record, 'source') || '',
      paragraph,
      note: cell(record, 'note') || null,
      cycleInferred: booleanCell(cell(record, 'cycleInferred')),
      underReview: cell(record, 'underReview') ? { note: cell(record, 'underReview'), paragraph: numberCell(cell(record, 'underReviewParagraph')) } : null,
      reason: cell(record, 'reason') || null,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      report.rejected.push({ row, field: issue ? String(issue.path[0] ?? '') || null : null, reason: issue ? describeIssue(issue).message : 'The row is not valid.' });
      return;
    }
    const entry = parsed.data;
    const keyText = `${entry.indicatorId}|${entry.cycle}|${entry.spanFrom ?? ''}`;
    if (seen.has(keyText)) {
      report.rejected.push({ row, field: 'cycle', reason: `Another row of this file sets ${entry.indicatorId} for the same cycle.` });
      return;
    }
    seen.add(keyText);
    const key = { indicatorId: entry.indicatorId, cycle: entry.cycle, spanFrom: entry.spanFrom };
    const before = publishedRecord(db, key);
    const after = recordOfEntry(entry);
    if (sameRecord(before, after)) {
      report.unchanged += 1;
      return;
    }
    const problem = checkEntry(db, entry, before);
    if (problem) {
      report.rejected.push({ row, field: problem.field, reason: problem.reason });
      return;
    }
    report.changes.push({ row, indicatorId: entry.indicatorId, cycle: entry.cycle, spanFrom: entry.spanFrom, before, after });
    accepted.push({ entry, before, after });
  });

  if (dryRun) return report;
  if (report.rejected.length > 0) {
    throw new BadRequestError(
      `Nothing was imported: ${report.rejected.length} row(s) rejected, first at row ${report.rejected[0]?.row}: ${report.rejected[0]?.reason}`,
      'file',
    );
  }
  db.transaction((tx) => {
    for (const { entry, before, after } of accepted) {
      const cycle = repo.findCycle(tx, entry.cycle);
      const kind = cycle?.status === 'published' && before !== null ? 'correction' : 'import';
      saveDraft(tx, user, { indicatorId: entry.indicatorId, cycle: entry.cycle, spanFrom: entry.spanFrom }, before, after, kind, entry.reason, now);
    }
  });
  return { ...report, applied: true };
}

// --- Overrides and content -----------------------------------------------------------------
