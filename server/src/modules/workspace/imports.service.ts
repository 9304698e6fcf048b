// The CSV import of figures in the export's long format: dry run, or apply all rows in one transaction.
import type {
  ImportConflict,
  ImportOnConflict,
  ImportReport,
  ObservationEntry,
  ObservationRecord,
  User,
} from '@ccm/shared/schemas/workspace';
import { ObservationEntryInputSchema } from '@ccm/shared/schemas/workspace';
import { exportColumnOfHeader } from '@ccm/shared/i18n/export-columns';
import { numberCell, readCsvRecords } from '../../lib/csv.ts';
import type { Db } from '../../db/client.ts';
import { BadRequestError, ConflictError } from '../../lib/errors.ts';
import { describeIssue } from '../../lib/validation-messages.ts';
import * as repo from './workspace.repository.ts';
import { checkEntry, saveDraft } from './observations.service.ts';
import { publishedRecord, recordOfEntry, sameRecord, toChange } from './observation-records.ts';
import { conflictOver, conflictTheirs, conflictValues, theirsText, valueText } from './draft-conflicts.service.ts';

export const IMPORT_MAX_ROWS = 5000;
const REQUIRED_COLUMNS = ['indicatorId', 'cycle', 'value'] as const;

function cell(record: Record<string, string>, name: string): string | undefined {
  // The readers (readCsvRecords, readXlsxTable) already undo the export's formula apostrophe (shared unneutraliseCell).
  return record[name];
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

/** The table with the export's column names: an export in French, Spanish or Arabic names its columns in words. */
function withExportColumns(table: ImportTable): ImportTable {
  const header = table.header.map(exportColumnOfHeader);
  if (header.every((name, index) => name === table.header[index])) return table;
  const records = table.records.map((record) => Object.fromEntries(Object.entries(record).map(([name, value]) => [exportColumnOfHeader(name), value])));
  return { header, records, lines: table.lines };
}

/** Dry run or apply a CSV file (comma, semicolon or tab separated, as spreadsheets save it in any locale). */
export function importCsv(db: Db, user: User, csv: string, dryRun: boolean, now = new Date(), onConflict: ImportOnConflict = 'refuse'): ImportReport {
  const table = readCsvRecords(csv);
  const unreadable = table.problems[0];
  if (unreadable) throw new BadRequestError(unreadable.line === null ? unreadable.message : `Line ${unreadable.line}: ${unreadable.message}`, 'file');
  return importTable(db, user, table, dryRun, now, onConflict);
}

/**
 * Dry run or apply rows read from any file: every row is validated first; applying writes all rows in one transaction, or
 * none. Rows over someone else's pending draft are listed apart (conflicts); applying refuses them (409, nothing
 * written), writes them over the drafts (each new draft based on the one it replaces) or leaves them out, as onConflict says.
 */
export function importTable(db: Db, user: User, file: ImportTable, dryRun: boolean, now = new Date(), onConflict: ImportOnConflict = 'refuse'): ImportReport {
  const table = withExportColumns(file);
  const records = table.records;
  if (records.length === 0) throw new BadRequestError('The file has no data rows.', 'file');
  if (records.length > IMPORT_MAX_ROWS) throw new BadRequestError(`The file has ${records.length} rows; at most ${IMPORT_MAX_ROWS} are imported at once.`, 'file');
  const missing = REQUIRED_COLUMNS.filter((c) => !table.header.includes(c));
  if (missing.length) {
    throw new BadRequestError(`Missing column(s): ${missing.join(', ')} (the header has: ${file.header.join(', ')}). Use the export's long format.`, 'file');
  }

  const report: ImportReport = { dryRun, applied: false, rows: records.length, changes: [], unchanged: 0, rejected: [], conflicts: [] };
  const seen = new Set<string>();
  const emails = repo.userEmails(db);
  const accepted: { entry: ObservationEntry; before: ObservationRecord | null; after: ObservationRecord; basedOn?: number }[] = [];

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
    // A file says nothing of what its author saw: a colleague's pending draft is never replaced without a choice.
    const theirs = conflictOver(db, user.id, key, undefined);
    if (theirs ? sameRecord(toChange(theirs, emails).after, after) : sameRecord(before, after)) {
      report.unchanged += 1;
      return;
    }
    const problem = checkEntry(db, entry, before);
    if (problem) {
      report.rejected.push({ row, field: problem.field, reason: problem.reason });
      return;
    }
    if (theirs) {
      report.conflicts.push({ row, ...key, yours: conflictValues(after), theirs: conflictTheirs(theirs, emails) });
      if (onConflict === 'overwrite') accepted.push({ entry, before, after, basedOn: theirs.id });
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
  if (report.conflicts.length > 0 && onConflict === 'refuse') throw importConflictError(report.conflicts);
  db.transaction((tx) => {
    for (const { entry, before, after, basedOn } of accepted) {
      const cycle = repo.findCycle(tx, entry.cycle);
      const kind = cycle?.status === 'published' && before !== null ? 'correction' : 'import';
      saveDraft(tx, user, { indicatorId: entry.indicatorId, cycle: entry.cycle, spanFrom: entry.spanFrom }, before, after, kind, entry.reason, now, null, basedOn);
    }
  });
  return { ...report, applied: true };
}

/** The 409 of an import applied over colleagues' drafts without saying what to do with them: every such row; nothing written. */
export function importConflictError(conflicts: ImportConflict[]): ConflictError {
  const first = conflicts[0];
  const firstText = first ? ` (row ${first.row}: ${theirsText(first)}; the file says ${valueText(first.yours)})` : '';
  return new ConflictError(
    `Nothing was imported: ${conflicts.length} row(s) would replace someone else's draft${firstText}. Import again with onConflict=overwrite to replace their drafts, or onConflict=skip to keep them.`,
    'onConflict',
    { type: 'urn:ccm:problem:import-conflict', extensions: { conflicts } },
  );
}

// --- Overrides and content -----------------------------------------------------------------
