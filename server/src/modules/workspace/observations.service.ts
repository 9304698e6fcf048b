// Figures: drafts, publication, corrections, reverts and the entry grid. Every change is a new row in a change log;
// the public tables are only written when an admin publishes.
import type {
  Change,
  DraftConflict,
  EntryRow,
  ObservationEntry,
  ObservationRecord,
  User,
} from '@ccm/shared/schemas/workspace';
import { DRAFT_CONFLICT_PROBLEM_TYPE, isOutlier } from '@ccm/shared/schemas/workspace';
import { checkCountedEntry, derivedValue } from '@ccm/shared/domain/counted-entry';
import type { Db } from '../../db/client.ts';
import type { ObservationChangeRow } from '../../db/schema.ts';
import { bumpDataVersion } from '../../db/data-version.ts';
import { BadRequestError, ConflictError, discardableDraft, NotFoundError } from '../../lib/errors.ts';
import * as repo from './workspace.repository.ts';
import * as publications from './publications.repository.ts';
import { publishedRecord, recordOf, recordOfEntry, sameRecord, storedRecord, toChange } from './observation-records.ts';
import { conflictOver, conflictTheirs, conflictValues, draftConflictError, latestChangeOf, theirsText } from './draft-conflicts.service.ts';

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
export function checkEntry(db: Db, entry: ObservationEntry, before: ObservationRecord | null): EntryCheck | null {
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

export function saveDraft(
  db: Db,
  user: User,
  key: repo.ObservationKey,
  before: ObservationRecord | null,
  after: ObservationRecord | null,
  kind: ObservationChangeRow['kind'],
  reason: string | null,
  now: Date,
  revertsChangeId: number | null = null,
  /** The change the author saw as the figure's latest; undefined: the latest change now (the save was allowed over it). */
  basedOnChangeId?: number | null,
): ObservationChangeRow {
  const basedOn = basedOnChangeId === undefined ? (latestChangeOf(db, key)?.id ?? null) : basedOnChangeId;
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
    basedOnChangeId: basedOn,
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
export function draftPrepared(
  db: Db,
  user: User,
  prepared: Extract<PreparedEntry, { ok: true }>,
  kind: 'entry' | 'import',
  reason: string | null,
  now: Date,
  basedOn?: number | null,
) {
  const cycle = repo.findCycle(db, prepared.key.cycle);
  const changeKind = cycle?.status === 'published' && prepared.before !== null ? 'correction' : kind;
  return saveDraft(db, user, prepared.key, prepared.before, prepared.after, changeKind, reason, now, null, basedOn);
}

export function saveEntry(db: Db, user: User, entry: ObservationEntry, now = new Date()): Change {
  return db.transaction((tx) => {
    const prepared = prepareEntry(tx, entry);
    if (!prepared.ok) throw new BadRequestError(prepared.problem.reason, prepared.problem.field ?? undefined);
    if (prepared.unchanged) throw new BadRequestError('This is the published figure already; there is nothing to save.', 'value');
    // Someone else's newer change (a draft, or a publication the author did not see) is never replaced unseen.
    const theirs = conflictOver(tx, user.id, prepared.key, entry.basedOn);
    if (theirs) throw draftConflictError(tx, theirs, entry, prepared.after);
    return toChange(draftPrepared(tx, user, prepared, 'entry', entry.reason, now, entry.basedOn), repo.userEmails(tx));
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

/**
 * Makes one draft the public figure (or removes the figure, for a draft whose after is null) and marks it published,
 * by the publication that did it. Used by a cycle's publication, a selection's and an undo's.
 */
export function publishDraft(tx: Db, draft: ObservationChangeRow, user: User, at: string, publicationId: number | null): void {
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
  if (publicationId !== null) publications.setChangePublication(tx, draft.id, publicationId);
}

export function publishCycle(db: Db, user: User, code: string, now = new Date()): { cycle: string; published: number } {
  return db.transaction((tx) => {
    const cycle = repo.findCycle(tx, code);
    if (!cycle) throw new NotFoundError(`No cycle "${code}".`);
    const drafts = repo.draftsOfCycle(tx, code);
    if (drafts.length === 0 && cycle.status === 'published') throw new BadRequestError(`${code} has no drafts to publish.`, 'cycle');
    const at = now.toISOString();
    // Recorded as one publication (kind cycle), so it is listed and can be undone.
    const publication = publications.insertPublication(tx, { kind: 'cycle', cycle: code, publishedById: user.id, publishedAt: at });
    for (const draft of drafts) publishDraft(tx, draft, user, at, publication.id);
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
    // A colleague's pending draft of the figure is never replaced unseen by a revert either.
    const theirs = conflictOver(tx, user.id, key, undefined);
    if (theirs) {
      const draftConflict: DraftConflict = {
        ...key,
        title: repo.findIndicator(tx, key.indicatorId)?.title ?? key.indicatorId,
        yours: conflictValues(restored),
        theirs: conflictTheirs(theirs, repo.userEmails(tx)),
      };
      throw new ConflictError(`${theirsText(draftConflict)}; the revert would replace that draft, so nothing was drafted. Settle it with them first (their draft can be discarded in the review).`, 'id', {
        type: DRAFT_CONFLICT_PROBLEM_TYPE,
        extensions: { draftConflict },
      });
    }
    const row = saveDraft(tx, user, key, before, restored, 'revert', reason, now, target.id);
    return toChange(row, repo.userEmails(tx));
  });
}

export function discardDraft(db: Db, changeId: number): void {
  db.transaction((tx) => {
    discardableDraft(repo.findChange(tx, changeId), `change ${changeId}`);
    repo.setChangeState(tx, changeId, 'discarded');
  });
}

/** A cycle's drafts, as the review lists them against what is published. */
export function draftsOfCycle(db: Db, cycleCode: string): Change[] {
  const emails = repo.userEmails(db);
  return repo.draftsOfCycle(db, cycleCode).map((row) => toChange(row, emails));
}

export function history(db: Db, filter: { indicatorId?: string | undefined; cycle?: string | undefined }): Change[] {
  const emails = repo.userEmails(db);
  return repo.listChanges(db, { ...filter, limit: 1000 }).map((row) => toChange(row, emails));
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
      const publishedChange = repo.latestPublishedChange(db, key);
      return {
        indicatorId: indicator.id,
        action: action.number,
        title: indicator.title,
        unit: indicator.unit,
        direction: indicator.direction,
        populationSize: indicator.populationSize,
        previous: previousValue(db, indicator.id, cycleCode),
        published,
        publishedChangeId: publishedChange?.id ?? null,
        draft: draft ? toChange(draft, emails) : null,
      };
    });
  return { rows };
}
