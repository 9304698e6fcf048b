// The ISU keeps populations as lists of States: a new population, the list per cycle or span, the ledger. Each write is
// applied at once in one transaction, logged as a published content change on every indicator of the population
// (entity indicator; field population, populationList or populationLedger), and bumps the data version so the public
// catalogue rebuilds. Bundled rows (document_id set) are never changed here, so the seed's sync stays the bundle's.
import type {
  PopulationCreateInput,
  PopulationLedgerInput,
  PopulationListInput,
  PopulationWrite,
  WorkspacePopulation,
} from '@ccm/shared/schemas/workspace-populations';
import { PopulationLedgerInputSchema, PopulationListInputSchema } from '@ccm/shared/schemas/workspace-populations';
import { ObservationRecordSchema, type User } from '@ccm/shared/schemas/workspace';
import type { Db } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { bumpDataVersion, readDataVersion } from '../../db/data-version.ts';
import { BadRequestError, ConflictError, NotFoundError } from '../../lib/errors.ts';
import * as repo from './populations.repository.ts';
import { periodOf } from '@ccm/shared/domain/population-consistency';
import { checkPeriod, checkPopulationList, describeLedgerEntry, describeList, figuresCoveredBy, type CoverableFigure, type CycleInfo, type ListKey } from './population-rules.ts';

type ContentValue = string | null;

function documentTitles(db: Db): Map<string, string> {
  return new Map(db.select({ id: t.documents.id, shortTitle: t.documents.shortTitle }).from(t.documents).all().map((d) => [d.id, d.shortTitle]));
}

/** Every population as stored: names whatever the publication level, bundled and ISU rows told apart. */
export function listPopulations(db: Db): WorkspacePopulation[] {
  const rows = repo.readPopulationRows(db);
  const titles = documentTitles(db);
  const source = (r: { documentId: string | null; sourceRef: string | null; paragraph: number | null; quote: string | null }) => ({
    document: r.sourceRef ?? (r.documentId === null ? '' : (titles.get(r.documentId) ?? r.documentId)),
    paragraph: r.paragraph,
    quote: r.quote,
  });
  const origin = (r: { documentId: string | null }) => (r.documentId === null ? ('isu' as const) : ('bundled' as const));
  const statesOf = new Map<number, string[]>();
  for (const m of rows.listStates) statesOf.set(m.listId, [...(statesOf.get(m.listId) ?? []), m.state]);
  return rows.populations.map((p) => ({
    id: p.id,
    title: { en: p.title, fr: p.titleFr, es: p.titleEs, ar: p.titleAr },
    origin: origin(p),
    indicators: rows.links.filter((l) => l.populationId === p.id).map((l) => ({ id: l.indicatorId, title: l.title })),
    lists: rows.lists
      .filter((l) => l.populationId === p.id)
      .map((l) => ({ cycle: l.cycle, spanFrom: l.spanFrom, size: l.size, states: statesOf.get(l.id) ?? [], source: source(l), note: l.note, origin: origin(l) })),
    ledger: rows.ledger
      .filter((c) => c.populationId === p.id)
      .map((c) => ({ id: c.id, state: c.state, change: c.change, date: c.date, cycle: c.cycle, spanFrom: c.spanFrom, source: source(c), note: c.note, origin: origin(c) })),
  }));
}

function populationOf(db: Db, id: string): WorkspacePopulation {
  const population = listPopulations(db).find((p) => p.id === id);
  if (!population) throw new NotFoundError(`No population "${id}".`);
  return population;
}

function cyclesOf(db: Db): Map<string, CycleInfo> {
  return new Map(repo.cycles(db).map((c) => [c.code, c]));
}

/** Logs a write on every indicator of the population, as the publication level is logged: published at once, with the reason. */
function logChange(db: Db, user: User, populationId: string, field: string, before: ContentValue, after: ContentValue, reason: string, at: string): number[] {
  const indicators = repo.indicatorsWithPlan(db, repo.indicatorsOfPopulation(db, populationId));
  if (indicators.length === 0) throw new ConflictError(`The population "${populationId}" is the N of no indicator; link an indicator to it first.`, 'id');
  return indicators.map(
    (indicator) =>
      repo.insertContentChange(db, {
        actionPlan: indicator.actionPlan,
        entity: 'indicator',
        key: indicator.id,
        field,
        before,
        after,
        state: 'published',
        reason,
        authorId: user.id,
        createdAt: at,
        publishedAt: at,
        publishedById: user.id,
      }).id,
  );
}

function written(db: Db, populationId: string, changeIds: number[], now: Date): PopulationWrite {
  bumpDataVersion(db, now);
  return { population: populationOf(db, populationId), changeIds, dataVersion: readDataVersion(db).version };
}

export function createPopulation(db: Db, user: User, input: PopulationCreateInput, now = new Date()): PopulationWrite {
  return db.transaction((tx) => {
    if (repo.findPopulation(tx, input.id)) throw new ConflictError(`A population "${input.id}" exists already.`, 'id');
    const ids = input.indicators;
    const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
    if (twice.length > 0) throw new BadRequestError(`indicators names ${twice.join(', ')} more than once.`, 'indicators');
    const known = new Set(repo.indicatorsWithPlan(tx, ids).map((i) => i.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new BadRequestError(`No indicator ${unknown.map((id) => `"${id}"`).join(', ')}.`, 'indicators');
    const taken = repo.populationLinksOf(tx, ids);
    if (taken.length > 0) {
      throw new ConflictError(
        `An indicator is the N of one population at most: ${taken.map((l) => `${l.indicatorId} is in "${l.populationId}"`).join('; ')}.`,
        'indicators',
      );
    }
    repo.insertPopulation(
      tx,
      { id: input.id, title: input.title.en, titleFr: input.title.fr ?? null, titleEs: input.title.es ?? null, titleAr: input.title.ar ?? null, documentId: null, sortOrder: repo.nextPopulationSortOrder(tx) },
      ids,
    );
    const changeIds = logChange(tx, user, input.id, 'population', null, `${input.id}: ${input.title.en}`, input.reason, now.toISOString());
    return written(tx, input.id, changeIds, now);
  });
}

/** The published figures and pending drafts of the population's indicators, with the States each counts. */
function figuresOfPopulation(db: Db, populationId: string): CoverableFigure[] {
  const indicatorIds = repo.indicatorsOfPopulation(db, populationId);
  const { figures, counted } = repo.publishedFigures(db, indicatorIds);
  const keyOf = (f: { indicatorId: string; cycle: string; spanFrom: string | null }) => `${f.indicatorId}|${f.cycle}|${f.spanFrom ?? ''}`;
  const countedOf = new Map<string, string[]>();
  for (const c of counted) countedOf.set(keyOf(c), [...(countedOf.get(keyOf(c)) ?? []), c.state]);
  const published: CoverableFigure[] = figures.map((f) => ({ ...f, counted: countedOf.get(keyOf(f)) ?? [], draft: false }));
  const drafts: CoverableFigure[] = [];
  for (const d of repo.draftFigures(db, indicatorIds)) {
    if (d.after === null) continue; // a draft that removes the figure covers nothing
    const after = ObservationRecordSchema.parse(d.after);
    drafts.push({
      indicatorId: d.indicatorId,
      cycle: d.cycle,
      spanFrom: d.spanFrom,
      value: after.value,
      qualifier: after.qualifier,
      // A draft without a list of States leaves the published one as it is.
      counted: after.states ?? countedOf.get(keyOf(d)) ?? [],
      draft: true,
    });
  }
  return [...published, ...drafts];
}

export function recordList(db: Db, user: User, populationId: string, key: ListKey, rawInput: PopulationListInput, now = new Date()): PopulationWrite {
  const input = PopulationListInputSchema.parse(rawInput);
  return db.transaction((tx) => {
    if (!repo.findPopulation(tx, populationId)) throw new NotFoundError(`No population "${populationId}".`);
    const cycles = cyclesOf(tx);
    const periodProblem = checkPeriod(key, cycles);
    if (periodProblem) throw new BadRequestError(periodProblem.message, periodProblem.field);
    const lists = repo.listsOfPopulation(tx, populationId);
    const covered = figuresCoveredBy(key, lists, figuresOfPopulation(tx, populationId), cycles);
    const problem = checkPopulationList({ ...key, size: input.size, states: input.states }, { knownStates: repo.stateCodes(tx), covered });
    if (problem) throw new BadRequestError(problem.message, problem.field);

    const states = [...input.states].sort();
    const existing = repo.findList(tx, populationId, key.cycle, key.spanFrom);
    const values = { size: input.size, documentId: null, sourceRef: input.source, paragraph: input.paragraph, quote: null, note: input.note };
    let before: string | null = null;
    if (existing) {
      const titles = documentTitles(tx);
      before = describeList(populationId, { ...key, size: existing.size, states: repo.statesOfList(tx, existing.id), source: existing.sourceRef ?? titles.get(existing.documentId ?? '') ?? '' });
      repo.updateList(tx, existing.id, values);
      repo.replaceListStates(tx, existing.id, states);
    } else {
      const id = repo.insertList(tx, { populationId, cycle: key.cycle, spanFrom: key.spanFrom, ...values });
      repo.replaceListStates(tx, id, states);
    }
    const after = describeList(populationId, { ...key, size: input.size, states, source: input.source });
    const changeIds = logChange(tx, user, populationId, 'populationList', before, after, input.reason, now.toISOString());
    return written(tx, populationId, changeIds, now);
  });
}

export function deleteList(db: Db, user: User, populationId: string, key: ListKey, reason: string, now = new Date()): PopulationWrite {
  return db.transaction((tx) => {
    if (!repo.findPopulation(tx, populationId)) throw new NotFoundError(`No population "${populationId}".`);
    const list = repo.findList(tx, populationId, key.cycle, key.spanFrom);
    if (!list) throw new NotFoundError(`"${populationId}" has no list for ${periodOf(key)}.`);
    if (list.documentId !== null) {
      throw new ConflictError(
        `The ${periodOf(key)} list of "${populationId}" comes with the bundled Review Document and cannot be deleted; record the ISU’s list for ${periodOf(key)} to replace it.`,
        'cycle',
      );
    }
    const before = describeList(populationId, { ...key, size: list.size, states: repo.statesOfList(tx, list.id), source: list.sourceRef ?? '' });
    repo.deleteList(tx, list.id);
    const changeIds = logChange(tx, user, populationId, 'populationList', before, null, reason, now.toISOString());
    return written(tx, populationId, changeIds, now);
  });
}

export function addLedgerEntry(db: Db, user: User, populationId: string, rawInput: PopulationLedgerInput, now = new Date()): PopulationWrite {
  const input = PopulationLedgerInputSchema.parse(rawInput);
  return db.transaction((tx) => {
    if (!repo.findPopulation(tx, populationId)) throw new NotFoundError(`No population "${populationId}".`);
    if (input.state !== null && !repo.stateCodes(tx).has(input.state)) {
      throw new BadRequestError(`state "${input.state}" is not a known State (use an ISO 3166-1 alpha-3 code of the States list).`, 'state');
    }
    if (input.cycle === null && input.spanFrom !== null) throw new BadRequestError('spanFrom needs the cycle the span ends with.', 'spanFrom');
    if (input.cycle !== null) {
      const problem = checkPeriod({ cycle: input.cycle, spanFrom: input.spanFrom }, cyclesOf(tx));
      if (problem) throw new BadRequestError(problem.message, problem.field);
    }
    const entry = {
      state: input.state,
      change: input.change,
      date: input.date,
      cycle: input.cycle,
      spanFrom: input.spanFrom,
      source: input.source,
    };
    repo.insertLedgerEntry(tx, {
      populationId,
      ...entry,
      documentId: null,
      sourceRef: input.source,
      paragraph: input.paragraph,
      quote: null,
      note: input.note,
      sortOrder: repo.nextLedgerSortOrder(tx, populationId),
    });
    const changeIds = logChange(tx, user, populationId, 'populationLedger', null, describeLedgerEntry(populationId, entry), input.reason, now.toISOString());
    return written(tx, populationId, changeIds, now);
  });
}

export function deleteLedgerEntry(db: Db, user: User, populationId: string, entryId: number, reason: string, now = new Date()): PopulationWrite {
  return db.transaction((tx) => {
    if (!repo.findPopulation(tx, populationId)) throw new NotFoundError(`No population "${populationId}".`);
    const entry = repo.findLedgerEntry(tx, populationId, entryId);
    if (!entry) throw new NotFoundError(`"${populationId}" has no ledger entry ${entryId}.`);
    if (entry.documentId !== null) {
      throw new ConflictError(`Ledger entry ${entryId} of "${populationId}" comes with the bundled Review Document and cannot be deleted.`, 'entryId');
    }
    repo.deleteLedgerEntry(tx, entry.id);
    const before = describeLedgerEntry(populationId, { ...entry, source: entry.sourceRef ?? '' });
    const changeIds = logChange(tx, user, populationId, 'populationLedger', before, null, reason, now.toISOString());
    return written(tx, populationId, changeIds, now);
  });
}
