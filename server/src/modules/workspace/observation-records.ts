// Figures as records: a published row, a stored change or an entry as the one ObservationRecord they are compared and
// logged as, and a change-log row as the Change the workspace lists.
import type { Change, ObservationEntry, ObservationRecord } from '@ccm/shared/schemas/workspace';
import { derivedValue } from '@ccm/shared/domain/counted-entry';
import type { Db } from '../../db/client.ts';
import type { ObservationChangeRow } from '../../db/schema.ts';
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

export function recordOfEntry(entry: ObservationEntry): ObservationRecord {
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
export function storedRecord(record: ObservationChangeRow['before']): ObservationRecord | null {
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
export function sameRecord(a: ObservationRecord | null, b: ObservationRecord | null): boolean {
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
    basedOnChangeId: row.basedOnChangeId,
  };
}
