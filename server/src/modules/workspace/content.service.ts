// Content edits and translations (drafted, then published) and publication levels (applied at once); overrides: overrides.service.ts.
import type {
  ContentChangeInput,
  PublicationLevelInput,
  TranslationInput,
  User,
} from '@ccm/shared/schemas/workspace';
import { describeFigures, figuresAbove, type CountedFigure } from '@ccm/shared/domain/population-consistency';
import type { Db } from '../../db/client.ts';
import { bumpDataVersion, readDataVersion } from '../../db/data-version.ts';
import { BadRequestError, NotFoundError } from '../../lib/errors.ts';
import * as repo from './workspace.repository.ts';

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

/** Content edits, newest first (at most 500). */
export function listContentChanges(db: Db) {
  const emails = repo.userEmails(db);
  return repo.listContentChanges(db, 500).map((row) => toContentChange(row, emails));
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
    return saveDraft(tx, user, contentKey, null, { before, after: input.value, reason: input.reason }, now, 'This is the published text already; there is nothing to save.');
  });
}

/**
 * Drafts one text, in the plan's language (lang null) or a translation: the draft replaces the pending one of the same
 * text, which is kept as superseded; a draft that would publish the text already there is refused (`unchanged`).
 */
function saveDraft(
  tx: Db,
  user: User,
  contentKey: repo.ContentKey,
  lang: string | null,
  change: Pick<Parameters<typeof repo.insertContentChange>[1], 'before' | 'after' | 'reason'>,
  now: Date,
  unchanged: string,
) {
  const existing = repo.findContentDraft(tx, contentKey, lang);
  if (change.before === change.after && !existing) throw new BadRequestError(unchanged, 'value');
  if (existing) repo.setContentChangeState(tx, existing.id, 'superseded');
  const row = repo.insertContentChange(tx, { ...contentKey, lang, ...change, state: 'draft', authorId: user.id, createdAt: now.toISOString() });
  return toContentChange(row, repo.userEmails(tx));
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
    const change = { before, after: input.value, reason: input.reason };
    return saveDraft(tx, user, contentKey, input.lang, change, now, 'This is the published translation already; there is nothing to save.');
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

