// Builds the public catalogue (API objects with their computed status) from the rows, once per data version.
import type {
  Action,
  ActionPlan,
  Conflict,
  Cycle,
  DocumentComment,
  ExportRow,
  Indicator,
  IndicatorFilters,
  Observation,
  Pillar,
  Series,
  SeriesSummary,
  StatusCounts,
  Summary,
} from '@ccm/shared/schemas/api';
import { STATUS_CODES, type StatusCode, type UnderReview } from '@ccm/shared/schemas/common';
import { classifyIndicator, type Thresholds } from '@ccm/shared/domain/classify';
import { classifierInputFor, localizeStatus } from '@ccm/shared/domain/status-input';
import { translateUnit, type Language } from '@ccm/shared/i18n/languages';
import { exportWords } from '@ccm/shared/i18n/export-columns';
import type { CrosswalkEntry, Lineage } from '@ccm/shared/schemas/plans';
import { publicRows, type CatalogueRows } from './catalogue.repository.ts';
import { buildCatalogueStates, countedOf, englishNameOf, figureKey, groupCountedRows, withheldCountedOf, withheldIndicators, type CatalogueState } from '../states/states.service.ts';
import { stateNameResolver } from '../states/state-names.ts';
import { runToEnd } from './steps.ts';
import { buildPopulations, figureListConflicts, listCovering, missingOf, populationIn, withheldPopulation, withheldPopulationStates, type CataloguePopulation } from '../states/populations.ts';

export interface Catalogue {
  version: number;
  /** The status rule's thresholds it was built with (a what-if catalogue of drafts is built with the same). */
  thresholds: Partial<Thresholds>;
  lang: Language;
  /** Published translations, by "plan|entity|key|field|lang" (action numbers and pillar slugs restart in every plan). */
  translations: Map<string, string>;
  updatedAt: string | null;
  actionPlans: ActionPlan[];
  /** The plan the public pages show: the latest published one by start year. */
  currentPlan: ActionPlan | null;
  cycles: Cycle[];
  /** Each plan's cycles in its own frame: shared cycles of the previous plan first, ordinals re-counted from 0. */
  planCycles: Map<string, Cycle[]>;
  /** Every old→new relation between the public plans. */
  crosswalk: CrosswalkEntry[];
  /** Plan titles in other languages, by "plan|lang". */
  planTitles: Map<string, string>;
  pillars: Pillar[];
  actions: Action[];
  indicators: Indicator[];
  indicatorsById: Map<string, Indicator>;
  /** The action plan each indicator belongs to (action numbers repeat across plans). */
  planOfIndicator: Map<string, string>;
  conflicts: Conflict[];
  series: Series[];
  /** The drafters' comments of the source document. */
  documentComments: DocumentComment[];
  /** Published changes of figures (additions and corrections), newest first. */
  publishedChanges: { indicatorId: string; cycle: string; spanFrom: string | null; value: number | null; previousValue: number | null; added: boolean; publishedAt: string }[];
  /** Publication dates of the public cycles. */
  cyclePublishedAt: Map<string, string | null>;
  /** Every State, with its events and the published figures and series points that name it. */
  states: CatalogueState[];
  /** Each indicator's population as lists of States (its title in every language), by indicator id. */
  populations: Map<string, CataloguePopulation>;
}

interface OverrideRowLike {
  id: number;
  indicatorId: string;
  code: string | null;
  state: string;
  publicationId: number | null;
}

/**
 * Each indicator's latest published override row, the one in force unless its code is null (a withdrawal). "Latest"
 * is by publication (rows from before publications existed come first, by id), then by id: drafts, superseded and
 * discarded rows are never public.
 */
export function overridesInForce<T extends OverrideRowLike>(rows: readonly T[]): Map<string, T> {
  const published = rows.filter((o) => o.state === 'published').sort((a, b) => (a.publicationId ?? 0) - (b.publicationId ?? 0) || a.id - b.id);
  return new Map(published.map((o) => [o.indicatorId, o]));
}

function underReviewOf(row: { underReviewNote: string | null; underReviewParagraph: number | null }): UnderReview {
  return row.underReviewNote === null ? null : { note: row.underReviewNote, paragraph: row.underReviewParagraph };
}

function uniq<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUS_CODES.map((code) => [code, 0])) as Record<StatusCode, number>;
}

/** Indicators classified (or localized), and observations turned into figures, between two yields of the steps below. */
const INDICATORS_PER_STEP = 5;
const OBSERVATIONS_PER_STEP = 250;

export function buildCatalogue(
  allRows: CatalogueRows,
  version: { version: number; updatedAt: string | null },
  thresholds: Partial<Thresholds>,
): Catalogue {
  return runToEnd(buildCatalogueInSteps(allRows, version, thresholds));
}

/**
 * buildCatalogue in steps: it yields every few indicators (classifying them is most of the time), so that a big
 * catalogue can be rebuilt while the server goes on answering (CatalogueCache runs the steps in slices of a few ms).
 */
export function* buildCatalogueInSteps(
  allRows: CatalogueRows,
  version: { version: number; updatedAt: string | null },
  thresholds: Partial<Thresholds>,
): Generator<unknown, Catalogue, undefined> {
  const rows = publicRows(allRows);
  const documentTitle = new Map(rows.documents.map((d) => [d.id, d.shortTitle]));
  // The public sees published cycles only; ordinals are positions among them, so an open cycle changes no arithmetic.
  const publishedCycles = rows.cycles.filter((c) => c.status === 'published');
  const cycles: Cycle[] = publishedCycles.map((c) => ({
    code: c.code,
    actionPlan: c.actionPlan,
    ordinal: publishedCycles.filter((other) => other.actionPlan === c.actionPlan && other.ordinal < c.ordinal).length,
    year: c.year,
    meeting: c.meeting,
    startDate: c.startDate,
    endDate: c.endDate,
    isDeadline: c.isDeadline,
    status: c.status,
    publishedAt: c.publishedAt,
  }));
  // A plan's cycles in its own frame: the cycles of other plans the ISU said also count for it (a transition year), then
  // its own, by year; ordinals are positions in that list, so the status rule of each plan counts its own cycles.
  const planCycles = new Map<string, Cycle[]>();
  for (const p of rows.actionPlans) {
    const shared = new Set(rows.cyclePlans.filter((cp) => cp.actionPlan === p.code).map((cp) => cp.cycle));
    const own = cycles.filter((c) => c.actionPlan === p.code);
    const borrowed = cycles.filter((c) => c.actionPlan !== p.code && shared.has(c.code) && !c.isDeadline);
    const ordered = [...borrowed.sort((a, b) => a.year - b.year || a.ordinal - b.ordinal), ...own];
    planCycles.set(p.code, ordered.map((c, ordinal) => ({ ...c, ordinal })));
  }
  const latestPublished = rows.actionPlans.at(-1);
  const actionPlans: ActionPlan[] = rows.actionPlans.map((p) => ({
    code: p.code,
    title: p.title,
    adoptedAt: p.adoptedAt,
    startYear: p.startYear,
    endYear: p.endYear,
    deadlineCycle: p.deadlineCycle,
    paragraphs: p.paragraphs,
    cycles: (planCycles.get(p.code) ?? []).map((c) => c.code),
    previousPlan: p.previousPlan,
    publishedAt: p.publishedAt,
    current: p === latestPublished,
    ended: rows.actionPlans.some((later) => later.startYear > p.startYear),
    i18n: { lang: 'en', fallback: [] },
  }));
  const currentPlan = actionPlans.find((p) => p.current) ?? null;

  const pillarById = new Map(rows.pillars.map((p) => [p.id, p]));
  const actionById = new Map(rows.actions.map((a) => [a.id, a]));
  const indicatorsByAction = new Map<number, string[]>();
  for (const i of rows.indicators) indicatorsByAction.set(i.actionId, [...(indicatorsByAction.get(i.actionId) ?? []), i.id]);

  const english = { lang: 'en', fallback: [] };
  const actions: Action[] = rows.actions.map((a) => ({
    i18n: english,
    number: a.number,
    actionPlan: a.actionPlan,
    pillar: pillarById.get(a.pillarId)?.slug ?? 'unknown',
    secondaryPillars: rows.actionThemes
      .filter((th) => th.actionId === a.id)
      .map((th) => pillarById.get(th.pillarId)?.slug)
      .filter((s): s is string => s !== undefined),
    title: a.title,
    summary: a.summary,
    paragraphs: a.paragraphs,
    document: rows.documents[0]?.shortTitle ?? '',
    indicators: indicatorsByAction.get(a.id) ?? [],
  }));

  const conflictIndicators = new Map<string, string[]>();
  for (const link of rows.conflictIndicators) {
    conflictIndicators.set(link.conflictId, [...(conflictIndicators.get(link.conflictId) ?? []), link.indicatorId]);
  }
  const indicatorOrder = new Map(rows.indicators.map((i, index) => [i.id, index]));
  const conflicts: Conflict[] = rows.conflicts.map((c) => ({
    id: c.id,
    indicators: (conflictIndicators.get(c.id) ?? []).sort((a, b) => (indicatorOrder.get(a) ?? 0) - (indicatorOrder.get(b) ?? 0)),
    action: c.actionId === null ? null : (actionById.get(c.actionId)?.number ?? null),
    series: c.seriesName,
    description: c.description,
    statements: c.statements,
  }));

  const visibleCycle = new Set(cycles.map((c) => c.code));
  const revisionsByKey = new Map<string, Observation['revisions']>();
  for (const change of rows.publishedChanges) {
    if (!change.before || !change.publishedAt) continue;
    const key = `${change.indicatorId}|${change.cycle}|${change.spanFrom ?? ''}`;
    revisionsByKey.set(key, [
      ...(revisionsByKey.get(key) ?? []),
      { revisedAt: change.publishedAt, previousValue: change.before.value, previousReporting: change.before.reporting, reason: change.reason },
    ]);
  }
  // Names withheld by the ISU's publication level never leave this function: the rows behind them are dropped here,
  // before the observations, the States' mentions or any export is built; only the count is kept (withheldCountedOf).
  const withheld = withheldIndicators(rows.indicators);
  const countedRows = groupCountedRows(rows.observationStates.filter((r) => !withheld.has(r.indicatorId)));
  const withheldRows = groupCountedRows(rows.observationStates.filter((r) => withheld.has(r.indicatorId)));
  const stateName = new Map(rows.states.map((st) => [st.code, englishNameOf(st)]));
  const nameOfState = (code: string) => stateName.get(code) ?? code;
  const titleOfDocument = (id: string) => documentTitle.get(id) ?? id;
  const observationsByIndicator = new Map<string, Observation[]>();
  // missing_only needs the whole counted list to say who is missing; it stays here and is never published.
  const missingOnly = new Set(rows.indicators.filter((i) => i.publicationLevel === 'missing_only').map((i) => i.id));
  const fullCounted = new Map<string, Observation['counted']>();
  let observationCount = 0;
  for (const o of rows.observations) {
    if (++observationCount % OBSERVATIONS_PER_STEP === 0) yield;
    if (!visibleCycle.has(o.cycle)) continue;
    const list = observationsByIndicator.get(o.indicatorId) ?? [];
    list.push({
      cycle: o.cycle,
      spanFrom: o.spanFrom,
      value: o.value,
      qualifier: o.qualifier,
      denominator: o.denominator,
      reporting: o.reporting,
      source: {
        document: o.sourceRef ?? (o.documentId === null ? '' : (documentTitle.get(o.documentId) ?? o.documentId)),
        paragraph: o.paragraph,
      },
      quote: o.quote,
      note: o.note,
      cycleInferred: o.cycleInferred,
      underReview: underReviewOf(o),
      revisions: revisionsByKey.get(`${o.indicatorId}|${o.cycle}|${o.spanFrom ?? ''}`) ?? [],
      population: null,
      counted: withheld.has(o.indicatorId)
        ? withheldCountedOf(
            { value: o.value, document: o.sourceRef ?? (o.documentId === null ? '' : titleOfDocument(o.documentId)) },
            withheldRows.get(figureKey(o.indicatorId, o.cycle, o.spanFrom)) ?? [],
            titleOfDocument,
          )
        : countedOf(
            { value: o.value, qualifier: o.qualifier, document: o.sourceRef ?? (o.documentId === null ? '' : titleOfDocument(o.documentId)) },
            countedRows.get(figureKey(o.indicatorId, o.cycle, o.spanFrom)) ?? [],
            nameOfState,
            titleOfDocument,
          ),
    });
    observationsByIndicator.set(o.indicatorId, list);
    if (missingOnly.has(o.indicatorId)) {
      const key = figureKey(o.indicatorId, o.cycle, o.spanFrom);
      fullCounted.set(key, countedOf({ value: o.value, qualifier: o.qualifier, document: '' }, withheldRows.get(key) ?? [], nameOfState, titleOfDocument));
    }
  }
  const populations = buildPopulations(rows, titleOfDocument, (codes) => [...codes].sort((a, b) => nameOfState(a).localeCompare(nameOfState(b), 'en') || a.localeCompare(b)));
  const listConflicts: Conflict[] = [];
  const ordinalIn = new Map([...planCycles].map(([plan, list]) => [plan, new Map(list.map((c) => [c.code, c.ordinal]))]));
  const byCycleIn = (plan: string) => {
    const ordinal = ordinalIn.get(plan) ?? new Map<string, number>();
    return (a: Observation, b: Observation) =>
      (ordinal.get(a.cycle) ?? 0) - (ordinal.get(b.cycle) ?? 0) || (a.spanFrom === null ? 0 : 1) - (b.spanFrom === null ? 0 : 1);
  };

  const actionByPlanAndNumber = new Map(rows.actions.map((a) => [`${a.actionPlan}|${a.number}`, a]));
  const indicatorRow = new Map(rows.indicators.map((i) => [i.id, i]));
  const titleOf = (entity: 'indicator' | 'action', plan: string | null, key: string | null): string | null => {
    if (key === null) return null;
    if (entity === 'indicator') return indicatorRow.get(key)?.title ?? null;
    return actionByPlanAndNumber.get(`${plan ?? ''}|${key}`)?.title ?? null;
  };
  const crosswalk: CrosswalkEntry[] = rows.crosswalk.map((x) => ({
    id: x.id,
    entity: x.entity,
    fromPlan: x.fromPlan,
    from: x.fromKey,
    fromTitle: titleOf(x.entity, x.fromPlan, x.fromKey),
    toPlan: x.toPlan,
    to: x.toKey,
    toTitle: titleOf(x.entity, x.toPlan, x.toKey),
    relation: x.relation,
    note: x.note,
  }));
  const indicatorLinks = crosswalk.filter((x) => x.entity === 'indicator');
  const lineageOf = (id: string): Lineage => {
    const back = indicatorLinks.find((x) => x.to === id && x.from !== null && x.fromPlan !== null);
    return {
      predecessor: back ? { indicator: back.from ?? '', plan: back.fromPlan ?? '', relation: back.relation, note: back.note } : null,
      successors: indicatorLinks
        .filter((x) => x.from === id && x.toPlan !== null)
        .map((x) => ({ indicator: x.to, plan: x.toPlan ?? '', relation: x.relation, note: x.note })),
    };
  };

  // A figure the ISU published and then withdrew has no observation left: its latest published change says so.
  const observed = new Set(rows.observations.map((o) => figureKey(o.indicatorId, o.cycle, o.spanFrom)));
  const withdrawnBy = new Map<string, Indicator['withdrawn']>();
  const latestChange = new Set<string>();
  for (const change of rows.publishedChanges) {
    const key = figureKey(change.indicatorId, change.cycle, change.spanFrom);
    if (latestChange.has(key)) continue; // newest first: only the latest published change of a figure counts
    latestChange.add(key);
    if (change.after !== null || observed.has(key) || !change.publishedAt || !visibleCycle.has(change.cycle)) continue;
    withdrawnBy.set(change.indicatorId, [
      ...(withdrawnBy.get(change.indicatorId) ?? []),
      { cycle: change.cycle, spanFrom: change.spanFrom, previousValue: change.before?.value ?? null, withdrawnAt: change.publishedAt, reason: change.reason },
    ]);
  }

  const latestOverride = overridesInForce(rows.statusOverrides);
  const overrideOf = (indicatorId: string): Indicator['override'] => {
    const o = latestOverride.get(indicatorId);
    const code = STATUS_CODES.find((c) => c === o?.code);
    return o && code ? { code, justification: o.justification, createdAt: o.createdAt, publishedAt: o.publishedAt } : null;
  };

  /**
   * A figure with the population list that covers it (the figure's N, where it gives none, is the list's); who is
   * missing is known where both lists are complete (kept from counts_only, and from missing_only's counted names,
   * which stay withheld); contradictions between the figure and its lists are recorded as conflicts, not reconciled.
   */
  const withPopulation = (indicatorId: string, action: number, level: Indicator['publicationLevel'], o: Observation, covering: Observation['population']): Observation => {
    const whole = level === 'missing_only' ? (fullCounted.get(figureKey(indicatorId, o.cycle, o.spanFrom)) ?? null) : o.counted;
    const missing = level === 'counts_only' ? null : missingOf(whole, covering);
    const published: Observation = {
      ...o,
      counted: o.counted === null ? null : { ...o.counted, missing },
      population: covering !== null && level === 'counts_only' ? withheldPopulation(covering) : covering,
    };
    listConflicts.push(...figureListConflicts(indicatorId, action, published));
    return published;
  };

  const indicatorOf = (row: (typeof rows.indicators)[number]): Indicator[] => {
    const action = actionById.get(row.actionId);
    const pillar = action ? pillarById.get(action.pillarId) : undefined;
    const plan = actionPlans.find((p) => p.code === action?.actionPlan);
    if (!action || !pillar || !plan) return [];
    // A figure counts for its plan only on that plan's own or shared cycles.
    const inPlan = ordinalIn.get(plan.code) ?? new Map<string, number>();
    const population = populations.get(row.id);
    const observations = (observationsByIndicator.get(row.id) ?? [])
      .filter((o) => inPlan.has(o.cycle))
      .sort(byCycleIn(plan.code))
      .map((o) => withPopulation(row.id, action.number, row.publicationLevel, o, listCovering(population, o, (c) => inPlan.get(c) ?? -1)));
    const input = classifierInputFor(
      { direction: row.direction, populationSize: row.populationSize, targetShare: row.targetShare, unit: row.unit, observations },
      (planCycles.get(plan.code) ?? []).map((c) => ({ ...c, actionPlan: plan.code })),
      plan,
      thresholds,
    );
    if (!input) return [];
    const computed = classifyIndicator(input);
    // While an override is in force it is the status the public sees everywhere (badge, counts, flagged lists,
    // briefings, exports, results); the rule's own result stays beside it as computedStatus.
    const override = overrideOf(row.id);
    const status = override ? { ...computed, code: override.code, possible: [override.code] } : computed;
    // The N: the latest figure's own, else the latest population list's (the N follows from the list), else the indicator's.
    const latestDenominator = [...observations].reverse().find((o) => o.denominator !== null)?.denominator ?? [...observations].reverse().find((o) => o.population?.size != null)?.population?.size;
    return [
      {
        id: row.id,
        actionPlan: plan.code,
        action: action.number,
        actionTitle: action.title,
        pillar: pillar.slug,
        title: row.title,
        unit: row.unit,
        direction: row.direction,
        denominator: latestDenominator ?? row.populationSize,
        population: {
          description: row.populationDescription,
          size: row.populationSize,
          paragraph: row.populationParagraph,
        },
        target: status.inputs.target,
        observations,
        status,
        computedStatus: computed.code,
        conflicts: [...conflicts, ...listConflicts].filter((c) => c.indicators.includes(row.id)).map((c) => c.id),
        override,
        lineage: lineageOf(row.id),
        publicationLevel: row.publicationLevel,
        populationStates: populationStatesOf(population, row.publicationLevel),
        withdrawn: withdrawnBy.get(row.id) ?? [],
        i18n: english,
      },
    ];
  };
  const indicators: Indicator[] = [];
  for (const [index, row] of rows.indicators.entries()) {
    if (index % INDICATORS_PER_STEP === INDICATORS_PER_STEP - 1) yield;
    indicators.push(...indicatorOf(row));
  }

  const planOfIndicator = new Map(
    rows.indicators.flatMap((row) => {
      const plan = actionById.get(row.actionId)?.actionPlan;
      return plan ? [[row.id, plan] as const] : [];
    }),
  );
  const pillars: Pillar[] = rows.pillars.map((p) => ({
    slug: p.slug,
    actionPlan: p.actionPlan,
    name: p.name,
    actionFrom: p.actionFrom,
    actionTo: p.actionTo,
    order: p.sortOrder,
    paragraphs: p.paragraphs,
    i18n: english,
    actionCount: actions.filter((a) => a.actionPlan === p.actionPlan && a.pillar === p.slug).length,
    indicatorCount: indicators.filter((i) => i.pillar === p.slug && planOfIndicator.get(i.id) === p.actionPlan).length,
  }));

  // Series points name States in the document's English words; their codes come from the same resolver the States use.
  const codeOfName = stateNameResolver(rows.states);
  const series: Series[] = rows.series.map((s) => {
    const points = rows.seriesPoints
      .filter((p) => p.seriesName === s.name)
      .map((p) => ({
        period: p.period,
        measure: p.measure,
        value: p.value,
        unit: p.unit,
        qualifier: p.qualifier,
        provisional: p.provisional,
        states: p.states,
        stateCodes: p.states === null ? null : [...new Set(p.states.flatMap((name) => codeOfName(name) ?? []))],
        source: { document: documentTitle.get(p.documentId) ?? p.documentId, paragraph: p.paragraph },
        quote: p.quote,
        note: p.note,
        underReview: underReviewOf(p),
      }));
    return {
      name: s.name,
      title: s.title,
      description: s.description,
      periods: uniq(points.map((p) => p.period)),
      measures: uniq(points.map((p) => p.measure)),
      points,
      conflicts: conflicts.filter((c) => c.series === s.name),
    };
  });

  return {
    version: version.version,
    thresholds,
    lang: 'en',
    translations: new Map(rows.translations.map((tr) => [`${tr.actionPlan}|${tr.entity}|${tr.key}|${tr.field}|${tr.lang}`, tr.text])),
    updatedAt: lastPublishedAt(rows),
    actionPlans,
    currentPlan,
    cycles,
    planCycles,
    crosswalk,
    planTitles: new Map(
      rows.actionPlans.flatMap((p) =>
        (
          [
            ['fr', p.titleFr],
            ['es', p.titleEs],
            ['ar', p.titleAr],
          ] as const
        ).flatMap(([lang, title]) => (title === null ? [] : [[`${p.code}|${lang}`, title] as const])),
      ),
    ),
    pillars,
    actions,
    indicators,
    indicatorsById: new Map(indicators.map((i) => [i.id, i])),
    planOfIndicator,
    conflicts: [...conflicts, ...listConflicts],
    series,
    documentComments: rows.documentComments.map((c) => ({ paragraph: c.paragraph, text: c.text, underReview: c.underReview })),
    publishedChanges: rows.publishedChanges.flatMap((c) =>
      c.publishedAt && visibleCycle.has(c.cycle)
        ? [{ indicatorId: c.indicatorId, cycle: c.cycle, spanFrom: c.spanFrom, value: c.after?.value ?? null, previousValue: c.before?.value ?? null, added: !c.before, publishedAt: c.publishedAt }]
        : [],
    ),
    cyclePublishedAt: new Map(cycles.map((c) => [c.code, c.publishedAt])),
    states: buildCatalogueStates(rows, countedRows, indicators, series, titleOfDocument),
    populations,
  };
}

/**
 * "Data last changed": the latest publication of a figure or a status the public sees; null while the data is as
 * bundled (loading or updating the bundled data is not a change anyone published).
 */
function lastPublishedAt(rows: { publishedChanges: { publishedAt: string | null }[]; statusOverrides: { publishedAt: string | null }[] }): string | null {
  let latest: string | null = null;
  for (const { publishedAt } of [...rows.publishedChanges, ...rows.statusOverrides]) if (publishedAt !== null && (latest === null || publishedAt > latest)) latest = publishedAt;
  return latest;
}

/** An indicator's population in English; its names withheld where the indicator publishes counts only. */
function populationStatesOf(population: CataloguePopulation | undefined, level: Indicator['publicationLevel']): Indicator['populationStates'] {
  const states = populationIn(population, 'en');
  return states !== null && level === 'counts_only' ? withheldPopulationStates(states) : states;
}

export function filterIndicators(catalogue: Catalogue, filters: IndicatorFilters): Indicator[] {
  return catalogue.indicators.filter(
    (i) =>
      (filters.pillar === undefined || i.pillar === filters.pillar) &&
      (filters.action === undefined || i.action === filters.action) &&
      (filters.status === undefined || i.status.code === filters.status),
  );
}

function latestReportedCycle(catalogue: Catalogue, plan: string, indicators: Indicator[]): string | null {
  const ordinal = new Map((catalogue.planCycles.get(plan) ?? []).map((c) => [c.code, c.ordinal]));
  let best: string | null = null;
  for (const i of indicators) {
    for (const o of i.observations) {
      if (o.reporting !== 'reported' || o.value === null) continue;
      if (best === null || (ordinal.get(o.cycle) ?? -1) > (ordinal.get(best) ?? -1)) best = o.cycle;
    }
  }
  return best;
}

/** The plan a URL segment names, without regard to case ("lap" → LAP); undefined when there is none. */
export function findPlan(catalogue: Catalogue, segment: string): ActionPlan | undefined {
  const wanted = segment.toLowerCase();
  return catalogue.actionPlans.find((p) => p.code.toLowerCase() === wanted);
}

/** The plan's own indicators (indicator ids are unique across plans, action numbers and pillar slugs are not). */
export function indicatorsOfPlan(catalogue: Catalogue, planCode: string, indicators: Indicator[] = catalogue.indicators): Indicator[] {
  return indicators.filter((i) => catalogue.planOfIndicator.get(i.id) === planCode);
}

/** Status counts of one plan, each indicator classified against that plan's own cycles and deadline. */
export function summarise(catalogue: Catalogue, plan: ActionPlan): Summary {
  const count = (list: Indicator[]) => {
    const counts = emptyCounts();
    for (const i of list) counts[i.status.code] = (counts[i.status.code] ?? 0) + 1;
    return counts;
  };
  const planIndicators = indicatorsOfPlan(catalogue, plan.code);
  return {
    actionPlan: plan,
    latestCycle: latestReportedCycle(catalogue, plan.code, planIndicators),
    dataVersion: catalogue.version,
    updatedAt: catalogue.updatedAt,
    indicatorCount: planIndicators.length,
    counts: count(planIndicators),
    pillars: catalogue.pillars
      .filter((p) => p.actionPlan === plan.code)
      .map((p) => {
        const list = planIndicators.filter((i) => i.pillar === p.slug);
        return {
          slug: p.slug,
          name: p.name,
          i18n: p.i18n,
          order: p.order,
          indicatorCount: list.length,
          counts: count(list),
          latestCycle: latestReportedCycle(catalogue, plan.code, list),
        };
      }),
  };
}

export function exportRows(catalogue: Catalogue, indicators: Indicator[]): ExportRow[] {
  const words = exportWords(catalogue.lang);
  return indicators.flatMap((i) =>
    i.observations.map((o) => ({
      actionPlan: catalogue.planOfIndicator.get(i.id) ?? '',
      action: i.action,
      pillar: i.pillar,
      indicatorId: i.id,
      indicatorTitle: i.title,
      unit: i.unit,
      cycle: o.cycle,
      spanFrom: o.spanFrom,
      value: o.value,
      qualifier: o.qualifier,
      denominator: o.denominator,
      reporting: o.reporting,
      document: o.source.document,
      paragraph: o.source.paragraph,
      note: o.note,
      cycleInferred: o.cycleInferred,
      underReview: o.underReview?.note ?? null,
      underReviewParagraph: o.underReview?.paragraph ?? null,
      status: i.status.code,
      statusText: words.status(i.status.code, i.status.inputs.deadlineCycle),
      qualifierText: words.qualifier(o.qualifier),
      reportingText: words.reporting(o.reporting),
    })),
  );
}

export function seriesSummaries(catalogue: Catalogue): SeriesSummary[] {
  return catalogue.series.map(({ name, title, description, periods, measures }) => ({ name, title, description, periods, measures }));
}

/**
 * The catalogue in another language: translated texts where the ISU entered them (the rest stays English and is
 * flagged as a fallback), status reasons from that language's templates, and units of count translated.
 */
function localizedPopulation(states: Indicator['populationStates'], population: CataloguePopulation | undefined, lang: Language): Indicator['populationStates'] {
  const localized = populationIn(population, lang);
  return states === null || localized === null ? states : { ...states, title: localized.title, titleFallback: localized.titleFallback };
}

export function localizeCatalogue(base: Catalogue, lang: Language): Catalogue {
  return runToEnd(localizeCatalogueInSteps(base, lang));
}

/** localizeCatalogue in steps, as buildCatalogueInSteps. */
export function* localizeCatalogueInSteps(base: Catalogue, lang: Language): Generator<unknown, Catalogue, undefined> {
  if (lang === 'en') return base;
  const text = (plan: string, entity: string, key: string, field: string, fallback: string, missing: string[]) => {
    const translated = base.translations.get(`${plan}|${entity}|${key}|${field}|${lang}`);
    if (translated === undefined) missing.push(field);
    return translated ?? fallback;
  };
  const planTitles = new Map(base.planTitles);
  const actionPlans = base.actionPlans.map((p) => {
    const translated = planTitles.get(`${p.code}|${lang}`);
    return { ...p, title: translated ?? p.title, i18n: { lang, fallback: translated === undefined ? ['title'] : [] } };
  });
  const pillars = base.pillars.map((p) => {
    const fallback: string[] = [];
    return { ...p, name: text(p.actionPlan, 'pillar', p.slug, 'name', p.name, fallback), i18n: { lang, fallback } };
  });
  const actions = base.actions.map((a) => {
    const fallback: string[] = [];
    const title = text(a.actionPlan, 'action', String(a.number), 'title', a.title, fallback);
    const summary = text(a.actionPlan, 'action', String(a.number), 'summary', a.summary, fallback);
    return { ...a, title, summary, i18n: { lang, fallback } };
  });
  const actionTitle = new Map(actions.map((a) => [`${a.actionPlan}|${a.number}`, a.title]));
  const localizeIndicator = (i: Indicator): Indicator => {
    const fallback: string[] = [];
    const plan = base.planOfIndicator.get(i.id) ?? '';
    const title = text(plan, 'indicator', i.id, 'title', i.title, fallback);
    return {
      ...i,
      title,
      unit: translateUnit(i.unit, lang),
      actionTitle: actionTitle.get(`${plan}|${i.action}`) ?? i.actionTitle,
      status: localizeStatus(i.status, lang),
      populationStates: localizedPopulation(i.populationStates, base.populations.get(i.id), lang),
      i18n: { lang, fallback },
    };
  };
  const indicators: Indicator[] = [];
  for (const [index, indicator] of base.indicators.entries()) {
    if (index % INDICATORS_PER_STEP === INDICATORS_PER_STEP - 1) yield;
    indicators.push(localizeIndicator(indicator));
  }
  return {
    ...base,
    lang,
    actionPlans,
    currentPlan: actionPlans.find((p) => p.current) ?? null,
    pillars,
    actions,
    indicators,
    indicatorsById: new Map(indicators.map((i) => [i.id, i])),
  };
}
