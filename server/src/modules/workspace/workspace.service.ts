// The ISU workflow: drafts, publication, corrections, reverts, imports, overrides and content edits.
// Every change is a new row in a change log; the public tables are only written when an admin publishes.
import type {
  Change,
  ContentChangeInput,
  CreateCycleInput,
  EntryRow,
  ImportReport,
  ObservationEntry,
  ObservationRecord,
  PublicationLevelInput,
  TranslationInput,
  UpdateCycleInput,
  User,
} from '@ccm/shared/schemas/workspace';
import { ObservationEntryInputSchema, isOutlier } from '@ccm/shared/schemas/workspace';
import { checkCountedEntry, derivedValue } from '@ccm/shared/domain/counted-entry';
import { describeFigures, figuresAbove, type CountedFigure } from '@ccm/shared/domain/population-consistency';
import type { StatusCode } from '@ccm/shared/schemas/common';
import { numberCell, readCsvRecords } from '../../lib/csv.ts';
import type { Db } from '../../db/client.ts';
import type { ObservationChangeRow } from '../../db/schema.ts';
import { bumpDataVersion, readDataVersion } from '../../db/data-version.ts';
import { BadRequestError, ConflictError, NotFoundError } from '../../lib/errors.ts';
import { describeIssue } from '../../lib/validation-messages.ts';
import * as repo from './workspace.repository.ts';

type ObservationRow = NonNullable<ReturnType<typeof repo.findObservation>>;

/**
 * A published figure as a record. With its counted States (observation_states) the record carries the list ([] when none
 * is listed), so a revert restores it; complete as the public catalogue has it: an exact count as long as the list.
 */
export function recordOf(row: ObservationRow, documents: Map<string, string>, counted: readonly string[] = []): ObservationRecord {
  const states = [...new Set(counted)].sort();
  return {
    value: row.value,
    qualifier: row.qualifier,
    denominator: row.denominator,
    reporting: row.reporting,
    source: row.sourceRef ?? (row.documentId === null ? '' : (documents.get(row.documentId) ?? row.documentId)),
    paragraph: row.paragraph,
    note: row.note,
    cycleInferred: row.cycleInferred,
    underReview: row.underReviewNote === null ? null : { note: row.underReviewNote, paragraph: row.underReviewParagraph },
    states,
    statesComplete: states.length > 0 && row.qualifier === 'exact' && row.value === states.length,
  };
}

/** The published record of a figure, with its counted States; null when nothing is published. */
export function publishedRecord(db: Db, key: repo.ObservationKey): ObservationRecord | null {
  const published = repo.findObservation(db, key);
  if (!published) return null;
  return recordOf(published, repo.documentTitles(db), repo.countedStatesOf(db, key).map((r) => r.state));
}

function recordOfEntry(entry: ObservationEntry): ObservationRecord {
  return {
    // A complete list of States is the count.
    value: derivedValue(entry),
    qualifier: entry.qualifier,
    denominator: entry.denominator,
    reporting: entry.reporting,
    source: entry.source,
    paragraph: entry.paragraph,
    note: entry.note,
    cycleInferred: entry.cycleInferred,
    underReview: entry.underReview,
    states: entry.states === null ? null : [...new Set(entry.states)].sort(),
    statesComplete: entry.states !== null && entry.statesComplete,
  };
}

/**
 * A record as stored in the change log; those written before cycleInferred/underReview existed read as false / null,
 * and those written before who is counted could be entered carry no list (null: the published list stays).
 */
function storedRecord(record: ObservationChangeRow['before']): ObservationRecord | null {
  if (record === null || record === undefined) return null;
  return {
    ...record,
    cycleInferred: record.cycleInferred ?? false,
    underReview: record.underReview ?? null,
    states: record.states ?? null,
    statesComplete: record.statesComplete ?? false,
  };
}

/** The same figure: a record without a list (null) leaves the other's list as it is, so the lists are not compared. */
function sameRecord(a: ObservationRecord | null, b: ObservationRecord | null): boolean {
  const comparable = (r: ObservationRecord | null, other: ObservationRecord | null) => {
    if (r === null) return null;
    const listed = r.states !== null && r.states !== undefined;
    return { ...r, states: listed ? r.states : (other?.states ?? null), statesComplete: listed ? (r.statesComplete ?? false) : (other?.statesComplete ?? false) };
  };
  return JSON.stringify(comparable(a, b)) === JSON.stringify(comparable(b, a));
}

export function toChange(row: ObservationChangeRow, emails: Map<number, string>): Change {
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    cycle: row.cycle,
    spanFrom: row.spanFrom,
    kind: row.kind,
    state: row.state,
    before: storedRecord(row.before),
    after: storedRecord(row.after),
    reason: row.reason,
    author: emails.get(row.authorId) ?? `user ${row.authorId}`,
    createdAt: row.createdAt,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedById === null ? null : (emails.get(row.publishedById) ?? `user ${row.publishedById}`),
    revertsChangeId: row.revertsChangeId,
  };
}

/** The published value of the closest earlier cycle, for the outlier check. */
function previousValue(db: Db, indicatorId: string, cycleCode: string): { cycle: string; value: number | null } | null {
  const cycle = repo.findCycle(db, cycleCode);
  if (!cycle) return null;
  const ordinals = new Map(repo.allCycles(db).filter((c) => c.actionPlan === cycle.actionPlan).map((c) => [c.code, c.ordinal]));
  const earlier = repo
    .observationsOfIndicator(db, indicatorId)
    .filter((o) => o.spanFrom === null && o.reporting === 'reported' && (ordinals.get(o.cycle) ?? Infinity) < cycle.ordinal)
    .sort((a, b) => (ordinals.get(b.cycle) ?? 0) - (ordinals.get(a.cycle) ?? 0))[0];
  return earlier ? { cycle: earlier.cycle, value: earlier.value } : null;
}

interface EntryCheck {
  field: string | null;
  reason: string;
}

/** The checks that need the database: what exists, corrections need a reason, outliers need a note. */
function checkEntry(db: Db, entry: ObservationEntry, before: ObservationRecord | null): EntryCheck | null {
  // Who is counted: the same rules as the schema's, and every code a known State.
  const counted = checkCountedEntry(entry, entry.states === null ? undefined : repo.stateCodes(db))[0];
  if (counted) return { field: counted.field, reason: counted.message };
  const indicator = repo.findIndicator(db, entry.indicatorId);
  if (!indicator) return { field: 'indicatorId', reason: `No indicator "${entry.indicatorId}".` };
  const cycle = repo.findCycle(db, entry.cycle);
  if (!cycle) return { field: 'cycle', reason: `No cycle "${entry.cycle}".` };
  const indicatorPlan = repo.planOfIndicator(db, entry.indicatorId);
  // A cycle counts for its own plan, and for any plan it is shared with (cycle_plans).
  if (indicatorPlan !== cycle.actionPlan && !(indicatorPlan !== undefined && repo.plansSharingCycle(db, cycle.code).includes(indicatorPlan))) {
    return {
      field: 'cycle',
      reason: `${entry.cycle} is a cycle of ${cycle.actionPlan} and does not count for ${indicatorPlan ?? 'no plan'}; ${entry.indicatorId} is an indicator of ${indicatorPlan ?? 'no plan'}.`,
    };
  }
  if (cycle.isDeadline) return { field: 'cycle', reason: `${entry.cycle} is the plan's deadline; figures are entered for reporting cycles.` };
  if (entry.spanFrom !== null) {
    const from = repo.findCycle(db, entry.spanFrom);
    if (!from || from.actionPlan !== cycle.actionPlan || from.ordinal >= cycle.ordinal) {
      return { field: 'spanFrom', reason: `spanFrom must be an earlier cycle of ${cycle.actionPlan} than ${entry.cycle}.` };
    }
  }
  if (entry.value !== null && indicator.populationSize !== null && entry.denominator === null && entry.value > indicator.populationSize) {
    return { field: 'value', reason: `value must not be above the population of ${indicator.populationSize}.` };
  }
  if (cycle.status === 'published' && before !== null && !entry.reason) {
    return { field: 'reason', reason: `${entry.cycle} is published: a correction needs a reason, shown to the public with the revision.` };
  }
  if (entry.spanFrom === null) {
    const previous = previousValue(db, entry.indicatorId, entry.cycle);
    if (previous && isOutlier(previous.value, entry.value) && !entry.note) {
      return {
        field: 'note',
        reason: `The value moves by more than half against ${previous.cycle} (${previous.value} → ${entry.value}); confirm it with a note.`,
      };
    }
  }
  return null;
}

function saveDraft(
  db: Db,
  user: User,
  key: repo.ObservationKey,
  before: ObservationRecord | null,
  after: ObservationRecord | null,
  kind: ObservationChangeRow['kind'],
  reason: string | null,
  now: Date,
  revertsChangeId: number | null = null,
): ObservationChangeRow {
  const existing = repo.findDraft(db, key);
  if (existing) repo.setChangeState(db, existing.id, 'superseded');
  return repo.insertChange(db, {
    indicatorId: key.indicatorId,
    cycle: key.cycle,
    spanFrom: key.spanFrom,
    kind,
    state: 'draft',
    before,
    after,
    reason,
    authorId: user.id,
    createdAt: now.toISOString(),
    revertsChangeId,
  });
}

/** An entry as a draft to save: the published record before it, the record after, or the problem that refuses it. */
export type PreparedEntry =
  | { ok: true; key: repo.ObservationKey; before: ObservationRecord | null; after: ObservationRecord; unchanged: boolean }
  | { ok: false; problem: EntryCheck };

/** Every check of an entry against the database, and the records it would draft (a complete list of States is the count). */
export function prepareEntry(db: Db, input: ObservationEntry): PreparedEntry {
  const entry = { ...input, value: derivedValue(input) };
  const key = { indicatorId: entry.indicatorId, cycle: entry.cycle, spanFrom: entry.spanFrom };
  const before = publishedRecord(db, key);
  const after = recordOfEntry(entry);
  // What is published already needs no checks (nor a reason): there is nothing to save.
  if (sameRecord(before, after) && !repo.findDraft(db, key)) return { ok: true, key, before, after, unchanged: true };
  const problem = checkEntry(db, entry, before);
  if (problem) return { ok: false, problem };
  return { ok: true, key, before, after, unchanged: false };
}

/** Saves a prepared entry as the figure's draft (replacing its pending one): an entry, an import, or a correction. */
export function draftPrepared(db: Db, user: User, prepared: Extract<PreparedEntry, { ok: true }>, kind: 'entry' | 'import', reason: string | null, now: Date) {
  const cycle = repo.findCycle(db, prepared.key.cycle);
  const changeKind = cycle?.status === 'published' && prepared.before !== null ? 'correction' : kind;
  return saveDraft(db, user, prepared.key, prepared.before, prepared.after, changeKind, reason, now);
}

export function saveEntry(db: Db, user: User, entry: ObservationEntry, now = new Date()): Change {
  return db.transaction((tx) => {
    const prepared = prepareEntry(tx, entry);
    if (!prepared.ok) throw new BadRequestError(prepared.problem.reason, prepared.problem.field ?? undefined);
    if (prepared.unchanged) throw new BadRequestError('This is the published figure already; there is nothing to save.', 'value');
    return toChange(draftPrepared(tx, user, prepared, 'entry', entry.reason, now), repo.userEmails(tx));
  });
}

/**
 * Makes a figure's counted States the draft's list: States still listed keep their row (and its source), the others go,
 * new ones cite the figure's own source (document null: the public source is the figure's; its paragraph).
 */
function replaceCountedStates(tx: Db, key: repo.ObservationKey, states: readonly string[], paragraph: number | null) {
  const wanted = new Set(states);
  const rows = repo.countedStatesOf(tx, key);
  for (const row of rows) if (!wanted.has(row.state)) repo.deleteCountedState(tx, row.id);
  const kept = new Set(rows.map((r) => r.state));
  repo.insertCountedStates(
    tx,
    [...wanted].filter((state) => !kept.has(state)).map((state) => ({ ...key, state, documentId: null, paragraph, quote: null })),
  );
}

export function publishCycle(db: Db, user: User, code: string, now = new Date()): { cycle: string; published: number } {
  return db.transaction((tx) => {
    const cycle = repo.findCycle(tx, code);
    if (!cycle) throw new NotFoundError(`No cycle "${code}".`);
    const drafts = repo.draftsOfCycle(tx, code);
    if (drafts.length === 0 && cycle.status === 'published') throw new BadRequestError(`${code} has no drafts to publish.`, 'cycle');
    const at = now.toISOString();
    for (const draft of drafts) {
      const key = { indicatorId: draft.indicatorId, cycle: draft.cycle, spanFrom: draft.spanFrom };
      const existing = repo.findObservation(tx, key);
      const after = draft.after;
      if (after === null || after === undefined) {
        if (existing) repo.deleteObservation(tx, existing.id);
      } else {
        const values = {
          value: after.value,
          qualifier: after.qualifier,
          denominator: after.denominator,
          reporting: after.reporting,
          paragraph: after.paragraph,
          note: after.note,
          cycleInferred: after.cycleInferred ?? false,
          underReviewNote: after.underReview?.note ?? null,
          underReviewParagraph: after.underReview?.paragraph ?? null,
        };
        // A figure still citing the Review Document keeps its document link; another source is kept as text.
        const sameDocument = existing !== undefined && existing.documentId !== null && recordOf(existing, repo.documentTitles(tx)).source === after.source;
        const source = sameDocument ? { documentId: existing.documentId, sourceRef: null } : { documentId: null, sourceRef: after.source };
        if (existing) repo.updateObservation(tx, existing.id, { ...values, ...source, quote: sameDocument ? existing.quote : null });
        else repo.insertObservation(tx, { ...key, ...values, ...source, quote: null });
        // A draft with a list of States replaces who is counted; one without (null, or written before lists) leaves it.
        if (Array.isArray(after.states)) replaceCountedStates(tx, key, after.states, after.paragraph);
      }
      repo.setChangeState(tx, draft.id, 'published', { at, by: user.id });
    }
    if (cycle.status !== 'published') repo.publishCycleRow(tx, code, at);
    bumpDataVersion(tx, now);
    return { cycle: code, published: drafts.length };
  });
}

export function revertChange(db: Db, user: User, changeId: number, reason: string, now = new Date()): Change {
  return db.transaction((tx) => {
    const target = repo.findChange(tx, changeId);
    if (!target) throw new NotFoundError(`No change ${changeId}.`);
    if (target.state !== 'published') throw new BadRequestError(`Change ${changeId} is ${target.state}; only a published change can be reverted.`, 'id');
    const key = { indicatorId: target.indicatorId, cycle: target.cycle, spanFrom: target.spanFrom };
    const before = publishedRecord(tx, key);
    // The record before the change, with the States it counted then (a change made before lists could be entered has none: the list stays).
    const restored = storedRecord(target.before);
    if (sameRecord(before, restored)) throw new BadRequestError('The published figure is already the one this would restore.', 'id');
    const row = saveDraft(tx, user, key, before, restored, 'revert', reason, now, target.id);
    return toChange(row, repo.userEmails(tx));
  });
}

export function discardDraft(db: Db, changeId: number): void {
  db.transaction((tx) => {
    const change = repo.findChange(tx, changeId);
    if (!change) throw new NotFoundError(`No change ${changeId}.`);
    if (change.state !== 'draft') throw new BadRequestError(`Change ${changeId} is ${change.state}, not a draft.`, 'id');
    repo.setChangeState(tx, changeId, 'discarded');
  });
}

export function history(db: Db, filter: { indicatorId?: string | undefined; cycle?: string | undefined }): Change[] {
  const emails = repo.userEmails(db);
  return repo.listChanges(db, { ...filter, limit: 1000 }).map((row) => toChange(row, emails));
}

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
  const created = cyclesWithCounts(db).find((c) => c.code === code);
  if (!created) throw new Error('cycle not stored');
  return created;
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
  const updated = cyclesWithCounts(db).find((c) => c.code === stored);
  if (!updated) throw new Error('cycle not stored');
  return updated;
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

export function entryGrid(db: Db, cycleCode: string, pillar: string | undefined): { rows: EntryRow[] } {
  const cycle = repo.findCycle(db, cycleCode);
  if (!cycle) throw new NotFoundError(`No cycle "${cycleCode}".`);
  const emails = repo.userEmails(db);
  const plans = new Set([cycle.actionPlan, ...repo.plansSharingCycle(db, cycle.code)]);
  const rows = repo
    .indicatorsWithActions(db)
    .filter((r) => plans.has(r.action.actionPlan) && (pillar === undefined || r.pillarSlug === pillar))
    .map(({ indicator, action }) => {
      const key = { indicatorId: indicator.id, cycle: cycleCode, spanFrom: null };
      const published = publishedRecord(db, key);
      const draft = repo.findDraft(db, key);
      return {
        indicatorId: indicator.id,
        action: action.number,
        title: indicator.title,
        unit: indicator.unit,
        direction: indicator.direction,
        populationSize: indicator.populationSize,
        previous: previousValue(db, indicator.id, cycleCode),
        published,
        draft: draft ? toChange(draft, emails) : null,
      };
    });
  return { rows };
}

// --- CSV import ------------------------------------------------------------------------------

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


/** Dry run or apply: every row is validated first; applying writes all rows in one transaction, or none. */
export function importCsv(db: Db, user: User, csv: string, dryRun: boolean, now = new Date()): ImportReport {
  // Comma, semicolon or tab separated, as spreadsheets save it in any locale (readCsvRecords finds which).
  const table = readCsvRecords(csv);
  const unreadable = table.problems[0];
  if (unreadable) throw new BadRequestError(unreadable.line === null ? unreadable.message : `Line ${unreadable.line}: ${unreadable.message}`, 'file');
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

export function overrideStatus(db: Db, user: User, indicatorId: string, code: StatusCode | null, justification: string, now = new Date()) {
  return db.transaction((tx) => {
    if (!repo.findIndicator(tx, indicatorId)) throw new NotFoundError(`No indicator "${indicatorId}".`);
    const row = repo.insertOverride(tx, { indicatorId, code, justification, authorId: user.id, createdAt: now.toISOString() });
    bumpDataVersion(tx, now);
    return { id: row.id, indicatorId, code, justification, author: user.email, createdAt: row.createdAt };
  });
}

/**
 * Sets which States the public sees named for an indicator's figures. Applied at once rather than drafted (withholding
 * names should not wait for the next content publication), recorded in the content change log as a published change
 * (entity indicator, field publicationLevel), and the data version bumped so the public catalogue rebuilds.
 */
export function setPublicationLevel(db: Db, user: User, indicatorId: string, input: PublicationLevelInput, now = new Date()) {
  return db.transaction((tx) => {
    const indicator = repo.findIndicator(tx, indicatorId);
    if (!indicator) throw new NotFoundError(`No indicator "${indicatorId}".`);
    const actionPlan = repo.planOfIndicator(tx, indicatorId);
    if (actionPlan === undefined) throw new NotFoundError(`No indicator "${indicatorId}".`);
    const previous = indicator.publicationLevel;
    if (previous === input.level) throw new BadRequestError(`The publication level of "${indicatorId}" is ${previous} already; there is nothing to change.`, 'level');
    const at = now.toISOString();
    repo.updateIndicator(tx, indicatorId, { publicationLevel: input.level });
    const row = repo.insertContentChange(tx, {
      actionPlan,
      entity: 'indicator',
      key: indicatorId,
      field: 'publicationLevel',
      before: previous,
      after: input.level,
      state: 'published',
      reason: input.reason,
      authorId: user.id,
      createdAt: at,
      publishedAt: at,
      publishedById: user.id,
    });
    bumpDataVersion(tx, now);
    return { indicatorId, level: input.level, previous, reason: input.reason, changeId: row.id, author: user.email, changedAt: at, dataVersion: readDataVersion(tx).version };
  });
}

/**
 * The plan a content edit or translation is for: the one it names (any case), else, for an indicator, the indicator's
 * own plan (ids are unique across plans), else the current plan (what clients that send no plan always meant).
 */
function contentPlanOf(db: Db, input: { actionPlan?: string | undefined; entity: 'action' | 'indicator' | 'pillar'; key: string }): string {
  if (input.actionPlan !== undefined) {
    const plan = repo.findActionPlanIgnoringCase(db, input.actionPlan);
    if (!plan) throw new BadRequestError(`No action plan "${input.actionPlan}".`, 'actionPlan');
    return plan.code;
  }
  const own = input.entity === 'indicator' ? repo.planOfIndicator(db, input.key) : undefined;
  const plan = own ?? repo.currentActionPlan(db)?.code;
  if (plan === undefined) throw new BadRequestError('No action plan is loaded.', 'actionPlan');
  return plan;
}

/** The indicator, when it belongs to the plan. */
function indicatorOfPlan(db: Db, actionPlan: string, id: string) {
  const indicator = repo.findIndicator(db, id);
  return indicator && repo.planOfIndicator(db, id) === actionPlan ? indicator : undefined;
}

function currentContent(db: Db, actionPlan: string, input: ContentChangeInput): string | number | null {
  if (input.entity === 'action') {
    const action = repo.findAction(db, actionPlan, Number(input.key));
    if (!action) throw new NotFoundError(`No action ${input.key} in ${actionPlan}.`);
    return action[input.field];
  }
  const indicator = indicatorOfPlan(db, actionPlan, input.key);
  if (!indicator) throw new NotFoundError(`No indicator "${input.key}" in ${actionPlan}.`);
  return indicator[input.field];
}

export function toContentChange(row: ReturnType<typeof repo.insertContentChange>, emails: Map<number, string>) {
  return {
    id: row.id,
    actionPlan: row.actionPlan,
    entity: row.entity,
    key: row.key,
    field: row.field,
    lang: row.lang,
    before: row.before ?? null,
    after: row.after ?? null,
    state: row.state,
    reason: row.reason,
    author: emails.get(row.authorId) ?? `user ${row.authorId}`,
    createdAt: row.createdAt,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedById === null ? null : (emails.get(row.publishedById) ?? null),
  };
}

/** The indicator's published figures and pending drafts, as the population check reads them. */
function countedFiguresOf(tx: Db, indicatorId: string): CountedFigure[] {
  const drafts = repo.draftsOfIndicator(tx, indicatorId);
  const drafted = new Set(drafts.map((d) => `${d.cycle}|${d.spanFrom ?? ''}`));
  return [
    ...repo
      .observationsOfIndicator(tx, indicatorId)
      .filter((o) => !drafted.has(`${o.cycle}|${o.spanFrom ?? ''}`))
      .map((o) => ({ cycle: o.cycle, spanFrom: o.spanFrom, value: o.value, qualifier: o.qualifier, denominator: o.denominator, state: 'published' as const })),
    ...drafts.flatMap((d) => (d.after ? [{ cycle: d.cycle, spanFrom: d.spanFrom, value: d.after.value, qualifier: d.after.qualifier, denominator: d.after.denominator, state: 'draft' as const }] : [])),
  ];
}

/** A population size below a published or drafted figure of the indicator is refused, naming the figures. */
function checkPopulationSize(tx: Db, indicatorId: string, size: number | null): void {
  if (size === null) return;
  const above = figuresAbove(size, countedFiguresOf(tx, indicatorId));
  if (above.length > 0) {
    throw new BadRequestError(`A population of ${size} would put ${above.length === 1 ? 'this figure' : 'these figures'} of ${indicatorId} above it: ${describeFigures(above)}. Correct the figures first, or keep the population.`, 'value');
  }
}

export function saveContentDraft(db: Db, user: User, input: ContentChangeInput, now = new Date()) {
  return db.transaction((tx) => {
    if (input.entity === 'indicator' && input.field === 'populationSize') checkPopulationSize(tx, input.key, input.value);
    const actionPlan = contentPlanOf(tx, input);
    const contentKey = { actionPlan, entity: input.entity, key: input.key, field: input.field };
    const before = currentContent(tx, actionPlan, input);
    const existing = repo.findContentDraft(tx, contentKey);
    if (before === input.value && !existing) {
      throw new BadRequestError('This is the published text already; there is nothing to save.', 'value');
    }
    if (existing) repo.setContentChangeState(tx, existing.id, 'superseded');
    const row = repo.insertContentChange(tx, {
      actionPlan,
      entity: input.entity,
      key: input.key,
      field: input.field,
      before,
      after: input.value,
      state: 'draft',
      reason: input.reason,
      authorId: user.id,
      createdAt: now.toISOString(),
    });
    return toContentChange(row, repo.userEmails(tx));
  });
}

/** Drafts a translation of a pillar name, an action title or summary, or an indicator title. */
export function saveTranslationDraft(db: Db, user: User, input: TranslationInput, now = new Date()) {
  return db.transaction((tx) => {
    const actionPlan = contentPlanOf(tx, input);
    const exists =
      input.entity === 'action'
        ? /^\d{1,3}$/.test(input.key) && repo.findAction(tx, actionPlan, Number(input.key))
        : input.entity === 'indicator'
          ? indicatorOfPlan(tx, actionPlan, input.key)
          : repo.findPillarBySlug(tx, actionPlan, input.key);
    if (!exists) throw new NotFoundError(`No ${input.entity} "${input.key}" in ${actionPlan}.`);
    const contentKey = { actionPlan, entity: input.entity, key: input.key, field: input.field };
    const before = repo.findTranslation(tx, contentKey, input.lang)?.text ?? null;
    const existing = repo.findContentDraft(tx, contentKey, input.lang);
    if (before === input.value && !existing) throw new BadRequestError('This is the published translation already; there is nothing to save.', 'value');
    if (existing) repo.setContentChangeState(tx, existing.id, 'superseded');
    const row = repo.insertContentChange(tx, {
      actionPlan,
      entity: input.entity,
      key: input.key,
      field: input.field,
      lang: input.lang,
      before,
      after: input.value,
      state: 'draft',
      reason: input.reason,
      authorId: user.id,
      createdAt: now.toISOString(),
    });
    return toContentChange(row, repo.userEmails(tx));
  });
}

export function publishContent(db: Db, user: User, now = new Date()): number {
  return db.transaction((tx) => {
    const drafts = repo.contentDrafts(tx);
    if (drafts.length === 0) throw new BadRequestError('There are no content drafts to publish.', 'content');
    const at = now.toISOString();
    for (const draft of drafts) {
      if (draft.lang !== null) {
        repo.upsertTranslation(tx, { actionPlan: draft.actionPlan, entity: draft.entity, key: draft.key, field: draft.field, lang: draft.lang, text: String(draft.after ?? ''), updatedAt: at });
      } else if (draft.entity === 'action') {
        const action = repo.findAction(tx, draft.actionPlan, Number(draft.key));
        if (action) repo.updateAction(tx, action.id, { [draft.field]: draft.after });
      } else if (draft.entity === 'indicator') {
        // The figures may have changed since the population was drafted: check again before it is published.
        if (draft.field === 'populationSize') checkPopulationSize(tx, draft.key, typeof draft.after === 'number' ? draft.after : null);
        repo.updateIndicator(tx, draft.key, { [draft.field]: draft.after });
      }
      repo.setContentChangeState(tx, draft.id, 'published', { at, by: user.id });
    }
    bumpDataVersion(tx, now);
    return drafts.length;
  });
}
