// Review and publishing: the drafts with the public status each gives, what a publication would change on the public
// site (the catalogue builder run on the rows with the drafts applied: there is no second status rule), publishing a
// selection of drafts, the list of publications, and the undo of the latest one as a new publication.
import { isFlagged, type StatusCode } from '@ccm/shared/schemas/common';
import type { Publication, PublicationInput, PublicationPreviewInput, PublicationSummary, Review, ReviewChange } from '@ccm/shared/schemas/publishing';
import type { ObservationRecord, User } from '@ccm/shared/schemas/workspace';
import type { Db } from '../../db/client.ts';
import type { ObservationChangeRow } from '../../db/schema.ts';
import { bumpDataVersion } from '../../db/data-version.ts';
import { ConflictError, NotFoundError } from '../../lib/errors.ts';
import { readCatalogueRows, type CatalogueRows } from '../catalogue/catalogue.repository.ts';
import { buildCatalogue, emptyCounts, overridesInForce, summarise, type Catalogue } from '../catalogue/catalogue.service.ts';
import { publishDraft } from './observations.service.ts';
import { publishedRecord, sameRecord, storedRecord } from './observation-records.ts';
import { indicatorRefs, overrideInForce, overrideItem, publishOverride, refOf, type IndicatorRefs } from './overrides.service.ts';
import * as publications from './publications.repository.ts';
import type { OverrideRow, PublicationRow } from './publications.repository.ts';
import * as repo from './workspace.repository.ts';

const keyOf = (x: { indicatorId: string; cycle: string; spanFrom: string | null }) => `${x.indicatorId}|${x.cycle}|${x.spanFrom ?? ''}`;

/**
 * The catalogue rows as they would be once these drafts are published: each figure draft replaces (or, with no after,
 * removes) its figure and, with a list, who is counted; its cycle is public; each override draft is the latest in force.
 */
export function rowsWithDrafts(rows: CatalogueRows, drafts: readonly ObservationChangeRow[], overrides: readonly OverrideRow[], at: string): CatalogueRows {
  const byKey = new Map(drafts.map((d) => [keyOf(d), d]));
  let placeholder = -1;
  const observations = rows.observations.filter((o) => !byKey.has(keyOf(o)));
  const observationStates = rows.observationStates.filter((s) => {
    const draft = byKey.get(keyOf(s));
    return !draft || !Array.isArray(draft.after?.states);
  });
  for (const draft of drafts) {
    const after = draft.after;
    if (!after) continue;
    const existing = rows.observations.find((o) => keyOf(o) === keyOf(draft));
    observations.push({
      id: existing?.id ?? placeholder--,
      indicatorId: draft.indicatorId,
      cycle: draft.cycle,
      spanFrom: draft.spanFrom,
      value: after.value,
      qualifier: after.qualifier,
      denominator: after.denominator,
      reporting: after.reporting,
      documentId: null,
      sourceRef: after.source,
      paragraph: after.paragraph,
      quote: null,
      note: after.note,
      cycleInferred: after.cycleInferred ?? false,
      underReviewNote: after.underReview?.note ?? null,
      underReviewParagraph: after.underReview?.paragraph ?? null,
    });
    if (Array.isArray(after.states)) {
      for (const state of after.states) {
        observationStates.push({ id: placeholder--, indicatorId: draft.indicatorId, cycle: draft.cycle, spanFrom: draft.spanFrom, state, documentId: null, paragraph: after.paragraph, quote: null });
      }
    }
  }
  const draftedCycles = new Set(drafts.map((d) => d.cycle));
  const cycles = rows.cycles.map((c) => (draftedCycles.has(c.code) && c.status !== 'published' ? { ...c, status: 'published' as const, publishedAt: at } : c));
  const overrideIds = new Set(overrides.map((o) => o.id));
  const statusOverrides = [
    ...rows.statusOverrides.filter((o) => !overrideIds.has(o.id)),
    ...overrides.map((o) => ({ ...o, state: 'published' as const, publishedAt: at, publicationId: Number.MAX_SAFE_INTEGER })),
  ];
  return { ...rows, observations, observationStates, cycles, statusOverrides };
}

/** The public catalogue once these drafts are published, built by the same builder with the same thresholds. */
function catalogueWithDrafts(db: Db, current: Catalogue, drafts: readonly ObservationChangeRow[], overrides: readonly OverrideRow[], now: Date): Catalogue {
  if (drafts.length === 0 && overrides.length === 0) return current;
  const rows = rowsWithDrafts(readCatalogueRows(db), drafts, overrides, now.toISOString());
  return buildCatalogue(rows, { version: current.version, updatedAt: current.updatedAt }, current.thresholds);
}

const statusIn = (catalogue: Catalogue, indicatorId: string): StatusCode | null => catalogue.indicatorsById.get(indicatorId)?.status.code ?? null;

function statesDiff(before: ObservationRecord | null, after: ObservationRecord | null): { statesAdded: string[]; statesRemoved: string[] } {
  if (!after || !Array.isArray(after.states)) return { statesAdded: [], statesRemoved: [] };
  const was = new Set(before?.states ?? []);
  const now = new Set(after.states);
  return { statesAdded: [...now].filter((s) => !was.has(s)), statesRemoved: [...was].filter((s) => !now.has(s)) };
}

/**
 * The drafts of a cycle (or of every cycle) as the review lists them: the published figure and the draft, and the
 * public status now and once the figure drafts reviewed together are published; with the pending override drafts.
 */
export function review(db: Db, current: Catalogue, cycle: string | undefined, now = new Date()): Review {
  if (cycle !== undefined && !repo.findCycle(db, cycle)) throw new NotFoundError(`No cycle "${cycle}".`);
  const drafts = cycle === undefined ? publications.allDrafts(db) : repo.draftsOfCycle(db, cycle);
  const after = catalogueWithDrafts(db, current, drafts, [], now);
  const emails = repo.userEmails(db);
  const refs = indicatorRefs(db);
  const changes: ReviewChange[] = drafts.map((d) => {
    const key = { indicatorId: d.indicatorId, cycle: d.cycle, spanFrom: d.spanFrom };
    const before = publishedRecord(db, key);
    const record = storedRecord(d.after);
    return {
      id: d.id,
      kind: d.kind,
      ...refOf(refs, d.indicatorId),
      cycle: d.cycle,
      spanFrom: d.spanFrom,
      before,
      after: record,
      ...statesDiff(before, record),
      reason: d.reason,
      author: emails.get(d.authorId) ?? `user ${d.authorId}`,
      createdAt: d.createdAt,
      revertsChangeId: d.revertsChangeId,
      statusBefore: statusIn(current, d.indicatorId),
      statusAfter: statusIn(after, d.indicatorId),
    };
  });
  const overrides = publications.overrideDrafts(db).map((row) => {
    const item = overrideItem(row, emails, refs, current);
    const inForce = overrideInForce(db, row.indicatorId);
    const statusBefore = statusIn(current, row.indicatorId);
    return {
      ...item,
      inForce: inForce?.code ? { code: inForce.code as StatusCode, justification: inForce.justification } : null,
      statusBefore,
      statusAfter: statusBefore === null ? null : (item.code ?? item.computedStatus),
    };
  });
  return { cycle: cycle ?? null, changes, overrides };
}

interface Selection {
  changes: ObservationChangeRow[];
  overrides: OverrideRow[];
}

/** The drafts a selection names; a 409 naming every id that is not a pending draft. */
function selectionOf(db: Db, input: { changeIds?: number[] | undefined; overrideIds?: number[] | undefined; cycle?: string | undefined }): Selection {
  const changeIds = [...new Set(input.changeIds ?? [])];
  const overrideIds = [...new Set(input.overrideIds ?? [])];
  const changes = publications.changesById(db, changeIds);
  const notDraft = changeIds.filter((id) => changes.find((c) => c.id === id)?.state !== 'draft');
  if (notDraft.length > 0) {
    throw new ConflictError(`${notDraft.length === 1 ? 'Change' : 'Changes'} ${notDraft.join(', ')} ${notDraft.length === 1 ? 'is' : 'are'} not a pending draft (published, superseded, discarded or unknown); nothing was published.`, 'changeIds');
  }
  const overrides = publications.overridesById(db, overrideIds);
  const notDraftOverride = overrideIds.filter((id) => overrides.find((o) => o.id === id)?.state !== 'draft');
  if (notDraftOverride.length > 0) {
    throw new ConflictError(`${notDraftOverride.length === 1 ? 'Override' : 'Overrides'} ${notDraftOverride.join(', ')} ${notDraftOverride.length === 1 ? 'is' : 'are'} not a pending draft; nothing was published.`, 'overrideIds');
  }
  if (input.cycle !== undefined) {
    if (!repo.findCycle(db, input.cycle)) throw new NotFoundError(`No cycle "${input.cycle}".`);
    const ids = new Set(changes.map((c) => c.id));
    changes.push(...repo.draftsOfCycle(db, input.cycle).filter((d) => !ids.has(d.id)));
  }
  return { changes, overrides };
}

function summaryOf(before: Catalogue, after: Catalogue, selection: Selection): PublicationSummary {
  const refs = new Map([...before.indicators, ...after.indicators].map((i) => [i.id, { title: i.title, action: i.action, actionPlan: i.actionPlan }]));
  const ids = [...new Set([...before.indicators, ...after.indicators].map((i) => i.id))];
  const ref = (indicatorId: string) => ({ indicatorId, ...(refs.get(indicatorId) ?? { title: indicatorId, action: null, actionPlan: null }) });
  const statuses = ids.flatMap((id) => {
    const was = statusIn(before, id);
    const will = statusIn(after, id);
    return was === will ? [] : [{ ...ref(id), before: was, after: will }];
  });
  const flagged = (c: Catalogue) => new Map(c.indicators.filter((i) => isFlagged(i.status.code)).map((i) => [i.id, i.status.code]));
  const flaggedBefore = flagged(before);
  const flaggedAfter = flagged(after);
  return {
    changes: selection.changes.length,
    overrides: selection.overrides.length,
    statuses,
    flaggedAdded: [...flaggedAfter].filter(([id]) => !flaggedBefore.has(id)).map(([id, status]) => ({ ...ref(id), status })),
    flaggedRemoved: [...flaggedBefore].filter(([id]) => !flaggedAfter.has(id)).map(([id, status]) => ({ ...ref(id), status })),
    counts: after.actionPlans.map((plan) => {
      const was = before.actionPlans.find((p) => p.code === plan.code);
      const counts = summarise(after, plan).counts;
      return { actionPlan: plan.code, before: was ? summarise(before, was).counts : emptyCounts(), after: counts };
    }),
  };
}

/** What publishing these drafts (or a whole cycle's) would change on the public site; nothing is written. */
export function previewPublication(db: Db, current: Catalogue, input: PublicationPreviewInput, now = new Date()): PublicationSummary {
  const selection = selectionOf(db, input);
  return summaryOf(current, catalogueWithDrafts(db, current, selection.changes, selection.overrides, now), selection);
}

function publicationOf(db: Db, row: PublicationRow, emails: Map<number, string>, refs: IndicatorRefs, context: { undoneBy: Map<number, number>; undoable: number | null }): Publication {
  return {
    id: row.id,
    kind: row.kind,
    cycle: row.cycle,
    undoesPublicationId: row.undoesPublicationId,
    undoneByPublicationId: context.undoneBy.get(row.id) ?? null,
    publishedBy: emails.get(row.publishedById) ?? `user ${row.publishedById}`,
    publishedAt: row.publishedAt,
    changes: publications.changesOfPublications(db, [row.id]).map((c) => ({
      id: c.id,
      kind: c.kind,
      ...refOf(refs, c.indicatorId),
      cycle: c.cycle,
      spanFrom: c.spanFrom,
      before: storedRecord(c.before),
      after: storedRecord(c.after),
      reason: c.reason,
    })),
    overrides: publications.overridesOfPublications(db, [row.id]).map((o) => ({ id: o.id, ...refOf(refs, o.indicatorId), code: o.code as StatusCode | null, justification: o.justification })),
    undoable: row.id === context.undoable,
  };
}

/**
 * Which publication undoes which, and the one an undo takes: the latest that is neither an undo nor undone and that
 * published something (a cycle made public without drafts has nothing to undo, and does not stand in the way).
 */
function undoContext(db: Db): { undoneBy: Map<number, number>; undoable: number | null } {
  const all = publications.listPublications(db, 100_000);
  const withContent = publications.publicationsWithContent(db);
  const undoneBy = new Map(all.flatMap((p) => (p.undoesPublicationId === null ? [] : [[p.undoesPublicationId, p.id] as const])));
  const latest = all.find((p) => p.kind !== 'undo' && !undoneBy.has(p.id) && withContent.has(p.id));
  return { undoneBy, undoable: latest?.id ?? null };
}

/** Publications, newest first (at most 200), with what each published. */
export function listPublications(db: Db): Publication[] {
  const emails = repo.userEmails(db);
  const refs = indicatorRefs(db);
  const context = undoContext(db);
  return publications.listPublications(db, 200).map((row) => publicationOf(db, row, emails, refs, context));
}

function publicationById(db: Db, id: number): Publication {
  const row = publications.findPublication(db, id);
  if (!row) throw new NotFoundError(`No publication ${id}.`);
  return publicationOf(db, row, repo.userEmails(db), indicatorRefs(db), undoContext(db));
}

/** Publishes exactly the drafts named, in one transaction, as one publication (kind selected). */
export function publishSelected(db: Db, user: User, input: PublicationInput, now = new Date()): Publication {
  const id = db.transaction((tx) => {
    const selection = selectionOf(tx, input);
    const at = now.toISOString();
    const publication = publications.insertPublication(tx, { kind: 'selected', cycle: null, publishedById: user.id, publishedAt: at });
    for (const draft of selection.changes) {
      publishDraft(tx, draft, user, at, publication.id);
      // A figure of a cycle still open is public once published: its cycle becomes public with it (its other drafts stay drafts).
      const cycle = repo.findCycle(tx, draft.cycle);
      if (cycle && cycle.status !== 'published') repo.publishCycleRow(tx, cycle.code, at);
    }
    for (const override of selection.overrides) publishOverride(tx, override, user, at, publication.id);
    bumpDataVersion(tx, now);
    return publication.id;
  });
  return publicationById(db, id);
}

/**
 * Undoes the latest publication (that is neither an undo nor undone) as a new publication (kind undo): each figure it
 * published goes back to the one before it (a figure it added is withdrawn, and the public sees it as withdrawn), with
 * the States it counted, and each override it published gives way to the one in force before it (or to none). A 409,
 * with nothing written, when it is not that publication or a figure or override changed since.
 */
export function undoPublication(db: Db, user: User, id: number, reason: string, now = new Date()): Publication {
  const undoId = db.transaction((tx) => {
    const target = publications.findPublication(tx, id);
    if (!target) throw new NotFoundError(`No publication ${id}.`);
    const { undoneBy, undoable } = undoContext(tx);
    if (target.kind === 'undo') throw new ConflictError(`Publication ${id} is an undo; publish the figures again instead of undoing it.`, 'id');
    if (undoneBy.has(id)) throw new ConflictError(`Publication ${id} was undone already (by publication ${undoneBy.get(id)}).`, 'id');
    if (undoable !== id) throw new ConflictError(`Only the latest publication can be undone: that is publication ${undoable ?? 'none'}, not ${id}.`, 'id');
    const changes = publications.changesOfPublications(tx, [id]);
    const overrides = publications.overridesOfPublications(tx, [id]);
    if (changes.length === 0 && overrides.length === 0) throw new ConflictError(`Publication ${id} published no figures or overrides; there is nothing to undo.`, 'id');
    // Refused before anything is written when a figure or override moved on since.
    const reverts = changes.map((change) => {
      const key = { indicatorId: change.indicatorId, cycle: change.cycle, spanFrom: change.spanFrom };
      const current = publishedRecord(tx, key);
      if (!sameRecord(current, storedRecord(change.after))) {
        throw new ConflictError(`The figure of ${change.indicatorId} for ${change.cycle} changed after publication ${id}; revert it from the history instead.`, 'id');
      }
      return { change, key, current, restored: storedRecord(change.before) };
    });
    const earlier = (rows: OverrideRow[]) => rows.filter((o) => o.state === 'published' && (o.publicationId ?? 0) < id);
    const restores = overrides.map((override) => {
      const inForce = overridesInForce(publications.overridesOfIndicator(tx, override.indicatorId)).get(override.indicatorId);
      if (!inForce || inForce.code !== override.code || inForce.justification !== override.justification) {
        throw new ConflictError(`The override of ${override.indicatorId} changed after publication ${id}.`, 'id');
      }
      return { override, previous: overridesInForce(earlier(publications.overridesOfIndicator(tx, override.indicatorId))).get(override.indicatorId) };
    });
    const at = now.toISOString();
    const publication = publications.insertPublication(tx, { kind: 'undo', cycle: null, undoesPublicationId: id, publishedById: user.id, publishedAt: at });
    for (const { change, key, current, restored } of reverts) {
      const row = repo.insertChange(tx, { ...key, kind: 'revert', state: 'draft', before: current, after: restored, reason, authorId: user.id, createdAt: at, revertsChangeId: change.id });
      publishDraft(tx, row, user, at, publication.id);
    }
    for (const { override, previous } of restores) {
      const code = previous?.code ?? null;
      const row = publications.insertOverride(tx, {
        indicatorId: override.indicatorId,
        code,
        justification: code === null ? reason : (previous?.justification ?? reason),
        authorId: user.id,
        createdAt: at,
        state: 'draft',
      });
      publishOverride(tx, row, user, at, publication.id);
    }
    bumpDataVersion(tx, now);
    return publication.id;
  });
  return publicationById(db, undoId);
}
