// Status overrides, drafted and published like figures: an admin drafts the status the public should see (or the
// withdrawal of the one in force) with a justification; it is public once published (publications.service).
import type { StatusCode } from '@ccm/shared/schemas/common';
import type { OverrideItem, Overrides } from '@ccm/shared/schemas/publishing';
import type { User } from '@ccm/shared/schemas/workspace';
import type { Db } from '../../db/client.ts';
import { BadRequestError, discardableDraft, NotFoundError } from '../../lib/errors.ts';
import { overridesInForce, type Catalogue } from '../catalogue/catalogue.service.ts';
import * as publications from './publications.repository.ts';
import type { OverrideRow } from './publications.repository.ts';
import * as repo from './workspace.repository.ts';

export function toOverride(row: OverrideRow, emails: Map<number, string>) {
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    code: row.code as StatusCode | null,
    justification: row.justification,
    author: emails.get(row.authorId) ?? `user ${row.authorId}`,
    createdAt: row.createdAt,
    state: row.state,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedById === null ? null : (emails.get(row.publishedById) ?? `user ${row.publishedById}`),
  };
}

/** Title, action and plan of every indicator (public or not), for lists that name them. */
export function indicatorRefs(db: Db): Map<string, { title: string; action: number | null; actionPlan: string | null }> {
  return new Map(repo.indicatorsWithActions(db).map(({ indicator, action }) => [indicator.id, { title: indicator.title, action: action.number, actionPlan: action.actionPlan }]));
}

export type IndicatorRefs = ReturnType<typeof indicatorRefs>;

export function refOf(refs: IndicatorRefs, indicatorId: string) {
  const ref = refs.get(indicatorId);
  return { indicatorId, title: ref?.title ?? indicatorId, action: ref?.action ?? null, actionPlan: ref?.actionPlan ?? null };
}

/** The override in force of an indicator (its latest published row with a code), or undefined. */
export function overrideInForce(db: Db, indicatorId: string): OverrideRow | undefined {
  const row = overridesInForce(publications.overridesOfIndicator(db, indicatorId)).get(indicatorId);
  return row && row.code !== null ? row : undefined;
}

/**
 * Drafts an override (or, with code null, the withdrawal of the one in force). A newer draft of the same indicator
 * supersedes the older one; nothing public changes until an admin publishes it.
 */
export function draftOverride(db: Db, user: User, indicatorId: string, code: StatusCode | null, justification: string, now = new Date()) {
  return db.transaction((tx) => {
    if (!repo.findIndicator(tx, indicatorId)) throw new NotFoundError(`No indicator "${indicatorId}".`);
    const inForce = overrideInForce(tx, indicatorId);
    const pending = publications.findOverrideDraft(tx, indicatorId);
    if (code === null && !inForce && !pending) throw new BadRequestError(`${indicatorId} has no override in force to withdraw.`, 'code');
    if (!pending && inForce && inForce.code === code && inForce.justification === justification) {
      throw new BadRequestError('This override is in force already, with the same justification; there is nothing to draft.', 'code');
    }
    if (pending) publications.setOverrideState(tx, pending.id, 'superseded');
    const row = publications.insertOverride(tx, { indicatorId, code, justification, authorId: user.id, createdAt: now.toISOString(), state: 'draft' });
    return toOverride(row, repo.userEmails(tx));
  });
}

/** Discards an override draft (it stays in the record as discarded). */
export function discardOverride(db: Db, id: number): void {
  db.transaction((tx) => {
    discardableDraft(publications.findOverride(tx, id), `override ${id}`);
    publications.setOverrideState(tx, id, 'discarded');
  });
}

/** Makes an override draft public: the latest published row of its indicator, so it is the one in force. */
export function publishOverride(tx: Db, row: OverrideRow, user: User, at: string, publicationId: number): void {
  publications.setOverrideState(tx, row.id, 'published', { at, by: user.id, publicationId });
}

export function overrideItem(row: OverrideRow, emails: Map<number, string>, refs: IndicatorRefs, catalogue: Catalogue): OverrideItem {
  const indicator = catalogue.indicatorsById.get(row.indicatorId);
  return { ...toOverride(row, emails), ...refOf(refs, row.indicatorId), computedStatus: indicator ? (indicator.computedStatus ?? indicator.status.code) : null };
}

/** The drafts waiting for publication, and the overrides in force (what the public sees). */
export function listOverrides(db: Db, catalogue: Catalogue): Overrides {
  const emails = repo.userEmails(db);
  const refs = indicatorRefs(db);
  const inForce = [...overridesInForce(publications.publishedOverrides(db)).values()].filter((o) => o.code !== null);
  return {
    drafts: publications.overrideDrafts(db).map((row) => overrideItem(row, emails, refs, catalogue)),
    inForce: inForce.map((row) => overrideItem(row, emails, refs, catalogue)),
  };
}
