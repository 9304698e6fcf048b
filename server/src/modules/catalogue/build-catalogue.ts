// Builds the public catalogue from its rows in steps: the frame (plans, cycles, actions, conflicts), the figures, then
// each indicator with the status rule's result, a few at a time, then what is counted over them (pillars, States).
import type { Conflict, Indicator, Observation } from '@ccm/shared/schemas/api';
import { classifyIndicator, type Thresholds } from '@ccm/shared/domain/classify';
import { classifierInputFor } from '@ccm/shared/domain/status-input';
import { publicRows, type CatalogueRows } from './catalogue.repository.ts';
import { buildCatalogueStates, figureKey } from '../states/states.service.ts';
import { buildPopulations, figureListConflicts, listCovering, missingOf, populationIn, withheldPopulation, withheldPopulationStates, type CataloguePopulation } from '../states/populations.ts';
import type { Catalogue } from './catalogue.service.ts';
import { buildActions, buildConflicts, buildCrosswalk, buildPillars, buildPlans, buildSeries, ENGLISH, lineageResolver, planTitlesOf } from './catalogue-structure.ts';
import { buildFiguresInSteps, lastPublishedAt, overrideResolver, withdrawnFigures } from './catalogue-figures.ts';

/** Indicators classified between two yields of the steps below. */
const INDICATORS_PER_STEP = 5;

/** An indicator's population in English; its names withheld where the indicator publishes counts only. */
function populationStatesOf(population: CataloguePopulation | undefined, level: Indicator['publicationLevel']): Indicator['populationStates'] {
  const states = populationIn(population, 'en');
  return states !== null && level === 'counts_only' ? withheldPopulationStates(states) : states;
}

/**
 * The catalogue in steps: it yields every few indicators (classifying them is most of the time), so that a big
 * catalogue can be rebuilt while the server goes on answering (CatalogueCache runs the steps in slices of a few ms).
 */
export function* buildCatalogueInSteps(
  allRows: CatalogueRows,
  version: { version: number; updatedAt: string | null },
  thresholds: Partial<Thresholds>,
): Generator<unknown, Catalogue, undefined> {
  const rows = publicRows(allRows);
  yield;
  const documentTitle = new Map(rows.documents.map((d) => [d.id, d.shortTitle]));
  const titleOfDocument = (id: string) => documentTitle.get(id) ?? id;
  const { cycles, planCycles, actionPlans, currentPlan } = buildPlans(rows);
  const actions = buildActions(rows);
  const conflicts = buildConflicts(rows);
  yield;
  const { observationsByIndicator, fullCounted, countedRows, nameOfState } = yield* buildFiguresInSteps(rows, cycles, titleOfDocument);
  const populations = buildPopulations(rows, titleOfDocument, (codes) => [...codes].sort((a, b) => nameOfState(a).localeCompare(nameOfState(b), 'en') || a.localeCompare(b)));
  yield;
  const crosswalk = buildCrosswalk(rows);
  const lineageOf = lineageResolver(crosswalk);
  const withdrawnBy = withdrawnFigures(rows, cycles);
  const overrideOf = overrideResolver(rows);
  yield;

  const pillarById = new Map(rows.pillars.map((p) => [p.id, p]));
  const actionById = new Map(rows.actions.map((a) => [a.id, a]));
  const planByCode = new Map(actionPlans.map((p) => [p.code, p]));
  const ordinalIn = new Map([...planCycles].map(([plan, list]) => [plan, new Map(list.map((c) => [c.code, c.ordinal]))]));
  const byCycleIn = (plan: string) => {
    const ordinal = ordinalIn.get(plan) ?? new Map<string, number>();
    return (a: Observation, b: Observation) =>
      (ordinal.get(a.cycle) ?? 0) - (ordinal.get(b.cycle) ?? 0) || (a.spanFrom === null ? 0 : 1) - (b.spanFrom === null ? 0 : 1);
  };
  const conflictsOf = new Map<string, Conflict[]>();
  for (const c of conflicts) for (const id of new Set(c.indicators)) conflictsOf.set(id, [...(conflictsOf.get(id) ?? []), c]);
  const listConflicts: Conflict[] = [];

  /**
   * A figure with the population list that covers it (the figure's N, where it gives none, is the list's); who is
   * missing is known where both lists are complete (kept from counts_only, and from missing_only's counted names,
   * which stay withheld); contradictions between the figure and its lists are recorded as conflicts, not reconciled.
   */
  const withPopulation = (indicatorId: string, action: number, level: Indicator['publicationLevel'], o: Observation, covering: Observation['population'], found: Conflict[]): Observation => {
    const whole = level === 'missing_only' ? (fullCounted.get(figureKey(indicatorId, o.cycle, o.spanFrom)) ?? null) : o.counted;
    const missing = level === 'counts_only' ? null : missingOf(whole, covering);
    const published: Observation = {
      ...o,
      counted: o.counted === null ? null : { ...o.counted, missing },
      population: covering !== null && level === 'counts_only' ? withheldPopulation(covering) : covering,
    };
    found.push(...figureListConflicts(indicatorId, action, published));
    return published;
  };

  const indicatorOf = (row: (typeof rows.indicators)[number]): Indicator[] => {
    const action = actionById.get(row.actionId);
    const pillar = action ? pillarById.get(action.pillarId) : undefined;
    const plan = action ? planByCode.get(action.actionPlan) : undefined;
    if (!action || !pillar || !plan) return [];
    // A figure counts for its plan only on that plan's own or shared cycles.
    const inPlan = ordinalIn.get(plan.code) ?? new Map<string, number>();
    const population = populations.get(row.id);
    // The conflicts its figures and population lists contradict each other in name this indicator only.
    const ownListConflicts: Conflict[] = [];
    const observations = (observationsByIndicator.get(row.id) ?? [])
      .filter((o) => inPlan.has(o.cycle))
      .sort(byCycleIn(plan.code))
      .map((o) => withPopulation(row.id, action.number, row.publicationLevel, o, listCovering(population, o, (c) => inPlan.get(c) ?? -1), ownListConflicts));
    listConflicts.push(...ownListConflicts);
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
        conflicts: [...(conflictsOf.get(row.id) ?? []), ...ownListConflicts.filter((c) => c.indicators.includes(row.id))].map((c) => c.id),
        override,
        lineage: lineageOf(row.id),
        publicationLevel: row.publicationLevel,
        populationStates: populationStatesOf(population, row.publicationLevel),
        withdrawn: withdrawnBy.get(row.id) ?? [],
        i18n: ENGLISH,
      },
    ];
  };
  const indicators: Indicator[] = [];
  for (const [index, row] of rows.indicators.entries()) {
    if (index % INDICATORS_PER_STEP === INDICATORS_PER_STEP - 1) yield;
    indicators.push(...indicatorOf(row));
  }
  yield;

  const planOfIndicator = new Map(
    rows.indicators.flatMap((row) => {
      const plan = actionById.get(row.actionId)?.actionPlan;
      return plan ? [[row.id, plan] as const] : [];
    }),
  );
  const pillars = buildPillars(rows, actions, indicators, planOfIndicator);
  const series = buildSeries(rows, conflicts, titleOfDocument);
  yield;
  const visibleCycle = new Set(cycles.map((c) => c.code));
  const states = buildCatalogueStates(rows, countedRows, indicators, series, titleOfDocument);
  yield;

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
    planTitles: planTitlesOf(rows),
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
    states,
    populations,
  };
}
