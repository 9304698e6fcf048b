// Populations as lists of States: pure rules from rows to the lists an indicator's figures are shares of, which list
// covers a figure, who is missing from a figure, and what a publication level leaves of them.
import type { Conflict, Observation } from '@ccm/shared/schemas/api';
import type { Language } from '@ccm/shared/i18n/languages';
import type { Counted } from '@ccm/shared/schemas/states';
import type { FigurePopulation, PopulationChange, PopulationList, PopulationStates } from '@ccm/shared/schemas/populations';
import type { PopulationRows } from './states.repository.ts';

/** A population with its title in every language it has, before the reader's language is chosen. */
export interface CataloguePopulation {
  id: string;
  titles: Record<Language, string | null>;
  lists: PopulationList[];
  ledger: PopulationChange[];
}

/** Each indicator's population, by indicator id (an indicator has at most one). */
export function buildPopulations(
  rows: PopulationRows,
  documentTitle: (id: string) => string,
  sortStates: (codes: string[]) => string[],
): Map<string, CataloguePopulation> {
  const statesOfList = new Map<number, string[]>();
  for (const m of rows.populationListStates) statesOfList.set(m.listId, [...(statesOfList.get(m.listId) ?? []), m.state]);
  const source = (r: { documentId: string | null; sourceRef: string | null; paragraph: number | null; quote: string | null }) => ({
    document: r.sourceRef ?? (r.documentId === null ? '' : documentTitle(r.documentId)),
    paragraph: r.paragraph,
    quote: r.quote,
  });
  const byId = new Map<string, CataloguePopulation>();
  for (const p of rows.populations) {
    byId.set(p.id, {
      id: p.id,
      titles: { en: p.title, fr: p.titleFr, es: p.titleEs, ar: p.titleAr },
      lists: rows.populationLists
        .filter((l) => l.populationId === p.id)
        .map((l) => {
          const states = sortStates(statesOfList.get(l.id) ?? []);
          // A list the ISU recorded is the whole population: its N is its length unless it states one.
          const size = l.size ?? (l.documentId === null && states.length > 0 ? states.length : null);
          return listOf(l.cycle, l.spanFrom, size, states, source(l), l.note);
        }),
      ledger: rows.populationChanges
        .filter((c) => c.populationId === p.id)
        .map((c) => ({ state: c.state, change: c.change, date: c.date, cycle: c.cycle, spanFrom: c.spanFrom, source: source(c), note: c.note })),
    });
  }
  const byIndicator = new Map<string, CataloguePopulation>();
  for (const link of rows.populationIndicators) {
    const population = byId.get(link.populationId);
    if (population) byIndicator.set(link.indicatorId, population);
  }
  return byIndicator;
}

/** A list with its N (null when not known) and how much of it is named. */
function listOf(cycle: string, spanFrom: string | null, size: number | null, states: string[], source: PopulationList['source'], note: string | null): PopulationList {
  const complete = size !== null && states.length === size;
  return { cycle, spanFrom, size, states, complete, unnamed: size === null ? null : Math.max(0, size - states.length), source, note };
}

/**
 * The list a figure is a share of: one for exactly its cycle or span, else the narrowest span containing its cycle (a
 * span list stands for the population throughout the span). Null when none covers it.
 */
export function listCovering(population: CataloguePopulation | undefined, figure: { cycle: string; spanFrom: string | null }, ordinal: (cycle: string) => number): FigurePopulation {
  if (!population) return null;
  const exact = population.lists.find((l) => l.cycle === figure.cycle && l.spanFrom === figure.spanFrom);
  if (exact) return { ...exact, covers: 'cycle' };
  if (figure.spanFrom !== null) return null;
  const at = ordinal(figure.cycle);
  const spans = population.lists
    .filter((l) => l.spanFrom !== null && ordinal(l.spanFrom) <= at && at <= ordinal(l.cycle))
    .sort((a, b) => ordinal(a.cycle) - ordinal(a.spanFrom ?? a.cycle) - (ordinal(b.cycle) - ordinal(b.spanFrom ?? b.cycle)));
  const span = spans[0];
  return span ? { ...span, covers: 'span' } : null;
}

/** The States of a complete population not in a complete counted list; null when either is incomplete or they disagree. */
export function missingOf(counted: Counted, population: FigurePopulation): string[] | null {
  if (!counted?.complete || !population?.complete) return null;
  const inPopulation = new Set(population.states);
  if (!counted.states.every((s) => inPopulation.has(s))) return null;
  const counts = new Set(counted.states);
  return population.states.filter((s) => !counts.has(s));
}

/** A population with its names withheld (publication level counts_only): sizes stay, no State is named. */
export function withheldPopulation<T extends PopulationList>(list: T): T {
  return { ...list, states: [], complete: false, unnamed: list.size, source: { ...list.source, quote: null } };
}

export function withheldPopulationStates(population: NonNullable<PopulationStates>): NonNullable<PopulationStates> {
  return {
    ...population,
    lists: population.lists.map(withheldPopulation),
    ledger: population.ledger.map((c) => ({ ...c, state: null, source: { ...c.source, quote: null } })),
  };
}

/** The population in a language; English (marked) where the title has no translation. */
export function populationIn(population: CataloguePopulation | undefined, lang: Language): PopulationStates {
  if (!population) return null;
  const title = population.titles[lang];
  return { id: population.id, title: title ?? population.titles.en ?? population.id, titleFallback: title === null, lists: population.lists, ledger: population.ledger };
}

/**
 * Contradictions between a figure, who it counts and its population, recorded as conflicts on the indicator (never
 * reconciled): a counted list longer than the count; a complete counted list of another length than an exact count;
 * States counted that are not in the figure's population; a count above its population's N; a figure's own
 * denominator that differs from its population list's N.
 */
export function figureListConflicts(indicatorId: string, action: number, o: Observation): Conflict[] {
  const at = o.spanFrom === null ? o.cycle : `${o.spanFrom}–${o.cycle}`;
  const id = (kind: string) => `${kind}-${indicatorId}-${o.spanFrom === null ? '' : `${o.spanFrom.toLowerCase()}-`}${o.cycle.toLowerCase()}`;
  const paragraph = o.counted?.source.paragraph ?? o.source.paragraph ?? o.population?.source.paragraph ?? null;
  const statement = (says: string, quote: string | null, p: number | null) => (p === null ? [] : [{ paragraph: p, says, quote: quote ?? '' }]);
  const conflicts: Conflict[] = [];
  const listed = o.counted?.states.length ?? 0;
  if (o.counted && o.value !== null && listed > 0 && (listed > o.value || (o.qualifier === 'exact' && o.counted.unnamed === 0 && listed !== o.value))) {
    conflicts.push({
      id: id('counted-list'),
      indicators: [indicatorId],
      action,
      series: null,
      description: `The figure for ${at} is ${o.value}, but its source names ${listed} States.`,
      statements: [...statement(`The figure: ${o.value}.`, o.quote, o.source.paragraph), ...statement(`Names ${listed} States.`, o.counted.source.quote, o.counted.source.paragraph)],
    });
  }
  const population = o.population;
  if (population && o.counted && population.complete) {
    const outside = o.counted.states.filter((s) => !population.states.includes(s));
    if (outside.length > 0) {
      conflicts.push({
        id: id('counted-outside-population'),
        indicators: [indicatorId],
        action,
        series: null,
        description: `${outside.join(', ')} counted for ${at} but not in the population list that covers it.`,
        statements: [...statement('The States counted.', o.counted.source.quote, o.counted.source.paragraph), ...statement('The population.', population.source.quote, population.source.paragraph)],
      });
    }
  }
  if (population?.size != null && o.value !== null && o.value > population.size && o.qualifier !== 'at_most') {
    conflicts.push({
      id: id('count-above-population'),
      indicators: [indicatorId],
      action,
      series: null,
      description: `The figure for ${at} (${o.value}) is above its population (${population.size}).`,
      statements: [...statement(`The figure: ${o.value}.`, o.quote, o.source.paragraph), ...statement(`The population: ${population.size}.`, population.source.quote, population.source.paragraph)],
    });
  }
  if (population?.size != null && o.denominator !== null && o.denominator !== population.size) {
    conflicts.push({
      id: id('denominator-population'),
      indicators: [indicatorId],
      action,
      series: null,
      description: `The figure for ${at} is out of ${o.denominator}, but its population list gives ${population.size}.`,
      statements: [...statement(`Out of ${o.denominator}.`, o.quote, paragraph), ...statement(`The population: ${population.size}.`, population.source.quote, population.source.paragraph)],
    });
  }
  return conflicts;
}
