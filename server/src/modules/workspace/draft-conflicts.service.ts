// Concurrent drafts: the change by someone else a save would replace unseen, both sides of the conflict in words, and
// the 409 that refuses the save.
import type { DraftConflict, ObservationEntry, ObservationRecord } from '@ccm/shared/schemas/workspace';
import { DRAFT_CONFLICT_PROBLEM_TYPE } from '@ccm/shared/schemas/workspace';
import { draftConflictOf } from '@ccm/shared/domain/draft-conflict';
import type { Db } from '../../db/client.ts';
import type { ObservationChangeRow } from '../../db/schema.ts';
import { ConflictError } from '../../lib/errors.ts';
import * as repo from './workspace.repository.ts';
import { storedRecord } from './observation-records.ts';

/** A figure's latest change: its pending draft, else the published change its public record came from (null: none). */
export function latestChangeOf(db: Db, key: repo.ObservationKey): (ObservationChangeRow & { state: 'draft' | 'published' }) | null {
  const latest = repo.findDraft(db, key) ?? repo.latestPublishedChange(db, key);
  return latest ? { ...latest, state: latest.state === 'draft' ? 'draft' : 'published' } : null;
}

/**
 * The change by someone else a save would replace unseen (see draftConflictOf), or null. basedOn undefined: the client
 * does not say what it saw (an older client, an import): only a colleague's pending draft is protected.
 */
export function conflictOver(db: Db, userId: number, key: repo.ObservationKey, basedOn: number | null | undefined) {
  return draftConflictOf({ basedOn, latest: latestChangeOf(db, key), userId });
}

/** The figure values a conflict shows side by side (a change that removes the figure: no value). */
export function conflictValues(record: ObservationRecord | null | undefined): DraftConflict['yours'] {
  return { value: record?.value ?? null, qualifier: record?.qualifier ?? 'exact', denominator: record?.denominator ?? null };
}

/** Their side of a conflict: the change, its values, who made it and when (drafted, or published). */
export function conflictTheirs(theirs: ObservationChangeRow & { state: 'draft' | 'published' }, emails: Map<number, string>): DraftConflict['theirs'] {
  return {
    changeId: theirs.id,
    state: theirs.state,
    ...conflictValues(storedRecord(theirs.after)),
    author: emails.get(theirs.authorId) ?? `user ${theirs.authorId}`,
    at: theirs.state === 'published' ? (theirs.publishedAt ?? theirs.createdAt) : theirs.createdAt,
  };
}

const QUALIFIER_WORDS: Record<string, string> = { at_least: 'at least ', at_most: 'at most ', approximate: 'about ', average: 'an average of ' };
/** A figure value in a sentence: "at least 9", "no figure". */
export function valueText(v: DraftConflict['yours']): string {
  if (v.value === null) return 'no figure';
  return `${QUALIFIER_WORDS[v.qualifier] ?? ''}${v.value}${v.denominator === null ? '' : ` of ${v.denominator}`}`;
}
const dayText = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
/** "alice@isu.test drafted 9 for 13MSP on 4 Dec 2026": what the other editor did. */
export function theirsText(c: Pick<DraftConflict, 'cycle' | 'spanFrom' | 'theirs'>): string {
  const cycle = c.spanFrom ? `${c.spanFrom}–${c.cycle}` : c.cycle;
  return `${c.theirs.author} ${c.theirs.state === 'draft' ? 'drafted' : 'published'} ${valueText(c.theirs)} for ${cycle} on ${dayText(c.theirs.at)}`;
}

/** The 409 of a save over someone else's newer change: both values and both authors; nothing was written. */
export function draftConflictError(db: Db, theirs: ObservationChangeRow & { state: 'draft' | 'published' }, entry: ObservationEntry, after: ObservationRecord): ConflictError {
  const draftConflict: DraftConflict = {
    indicatorId: entry.indicatorId,
    cycle: entry.cycle,
    spanFrom: entry.spanFrom,
    title: repo.findIndicator(db, entry.indicatorId)?.title ?? entry.indicatorId,
    yours: conflictValues(after),
    theirs: conflictTheirs(theirs, repo.userEmails(db)),
  };
  return new ConflictError(
    `${theirsText(draftConflict)} after you started; your ${valueText(draftConflict.yours)} was not saved. To keep yours, save again with basedOn ${theirs.id}.`,
    'basedOn',
    { type: DRAFT_CONFLICT_PROBLEM_TYPE, extensions: { draftConflict } },
  );
}
