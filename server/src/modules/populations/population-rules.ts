// Pure rules for the lists the ISU records: which figures a list would cover (as the public catalogue decides it), and
// every reason to refuse a list, each naming the field it is about.
import type { Qualifier } from '@ccm/shared/schemas/common';
import type { PopulationList } from '@ccm/shared/schemas/populations';
import { figuresAbove, MAX_STATES, periodOf } from '@ccm/shared/domain/population-consistency';
import { listCovering, type CataloguePopulation } from '../states/populations.ts';

export interface CycleInfo {
  code: string;
  actionPlan: string;
  ordinal: number;
}

export interface ListKey {
  cycle: string;
  spanFrom: string | null;
}

/** A published figure or a pending draft of one of the population's indicators. */
export interface CoverableFigure extends ListKey {
  indicatorId: string;
  value: number | null;
  qualifier: Qualifier;
  /** The States the figure counts. */
  counted: readonly string[];
  draft: boolean;
}

export interface ListProblem {
  field: 'cycle' | 'spanFrom' | 'states' | 'size' | 'state';
  message: string;
}

const sameKey = (a: ListKey, b: ListKey) => a.cycle === b.cycle && a.spanFrom === b.spanFrom;
const listed = (codes: readonly string[]) => codes.join(', ');

/** A cycle that exists and, for a span, an earlier cycle of the same plan. */
export function checkPeriod(key: ListKey, cycles: ReadonlyMap<string, CycleInfo>, fields: { cycle: 'cycle'; spanFrom: 'spanFrom' } = { cycle: 'cycle', spanFrom: 'spanFrom' }): ListProblem | null {
  const cycle = cycles.get(key.cycle);
  if (!cycle) return { field: fields.cycle, message: `No cycle "${key.cycle}".` };
  if (key.spanFrom !== null) {
    const from = cycles.get(key.spanFrom);
    if (!from) return { field: fields.spanFrom, message: `No cycle "${key.spanFrom}" for spanFrom.` };
    if (from.actionPlan !== cycle.actionPlan || from.ordinal >= cycle.ordinal) {
      return { field: fields.spanFrom, message: `spanFrom must be an earlier cycle of ${cycle.actionPlan} than ${key.cycle}.` };
    }
  }
  return null;
}

/** A stand-in list for the coverage rule (only its cycle and span matter). */
const stub = (key: ListKey): PopulationList => ({ ...key, size: null, states: [], complete: false, unnamed: null, source: { document: '', paragraph: null, quote: null }, note: null });

/**
 * The figures the list would cover once recorded, by the rule the public catalogue applies (listCovering): a figure of
 * exactly its cycle or span, or a single-cycle figure inside its span when no narrower list covers it. Spans only
 * contain cycles of their own plan.
 */
export function figuresCoveredBy(list: ListKey, otherLists: readonly ListKey[], figures: readonly CoverableFigure[], cycles: ReadonlyMap<string, CycleInfo>): CoverableFigure[] {
  const plan = cycles.get(list.cycle)?.actionPlan;
  const ordinal = (code: string) => {
    const cycle = cycles.get(code);
    return cycle && cycle.actionPlan === plan ? cycle.ordinal : Number.NaN;
  };
  const population: CataloguePopulation = {
    id: '',
    titles: { en: null, fr: null, es: null, ar: null },
    lists: [stub(list), ...otherLists.filter((l) => !sameKey(l, list)).map(stub)],
    ledger: [],
  };
  return figures.filter((figure) => {
    const covering = listCovering(population, figure, ordinal);
    return covering !== null && sameKey(covering, list);
  });
}

const figureText = (f: CoverableFigure) => `${f.indicatorId} ${periodOf(f)}: ${f.value}${f.draft ? ' (draft)' : ''}`;

/**
 * Every reason to refuse a list, first the list itself (duplicate or unknown codes, a size below the States named, a
 * list with neither States nor size), then against the figures it would cover: its N (the size, else its length)
 * below a figure, and a complete list that leaves out a State a covered figure counts.
 */
export function checkPopulationList(
  list: ListKey & { size: number | null; states: readonly string[] },
  context: { knownStates: ReadonlySet<string>; covered: readonly CoverableFigure[] },
): ListProblem | null {
  const seen = new Set<string>();
  const duplicates = [...new Set(list.states.filter((s) => (seen.has(s) ? true : (seen.add(s), false))))];
  if (duplicates.length > 0) return { field: 'states', message: `states names ${duplicates.length === 1 ? 'a State' : 'States'} twice: ${listed(duplicates)}.` };
  const unknown = list.states.filter((s) => !context.knownStates.has(s));
  if (unknown.length > 0) {
    return { field: 'states', message: `states names ${unknown.length === 1 ? 'a code that is' : 'codes that are'} not a known State: ${listed(unknown)} (use ISO 3166-1 alpha-3 codes of the States list).` };
  }
  if (list.size !== null && list.size > MAX_STATES) return { field: 'size', message: `size must not be above ${MAX_STATES}, the number of States in the world.` };
  if (list.size !== null && list.size < list.states.length) {
    return { field: 'size', message: `size is ${list.size}, but the list names ${list.states.length} States: the size cannot be below the States named.` };
  }
  if (list.size === null && list.states.length === 0) return { field: 'states', message: 'Name the States of the population, or give its size.' };

  const n = list.size ?? list.states.length;
  const above = figuresAbove(n, context.covered);
  if (above.length > 0) {
    const what = list.size === null ? `The list names ${n} States (no size given, so its N is ${n})` : `The size ${n}`;
    return { field: 'size', message: `${what}, below ${above.length === 1 ? 'a figure' : 'figures'} it would be the population of: ${above.map(figureText).join('; ')}.` };
  }
  const complete = list.size === null || list.size === list.states.length;
  if (complete) {
    const inList = new Set(list.states);
    const outside = new Map<string, string[]>();
    for (const f of context.covered) {
      for (const s of f.counted) if (!inList.has(s)) outside.set(s, [...(outside.get(s) ?? []), `${f.indicatorId} ${periodOf(f)}${f.draft ? ' (draft)' : ''}`]);
    }
    if (outside.size > 0) {
      const codes = [...outside.keys()].sort();
      return {
        field: 'states',
        message: `The list is complete but leaves out ${codes.length === 1 ? 'a State' : 'States'} counted by a figure it would cover: ${codes.map((s) => `${s} (${[...new Set(outside.get(s))].join(', ')})`).join('; ')}. Add ${codes.length === 1 ? 'it' : 'them'}, or give a size above the States named.`,
      };
    }
  }
  return null;
}

/** A list in one line, for the content change log. */
export function describeList(populationId: string, list: ListKey & { size: number | null; states: readonly string[]; source: string }): string {
  const n = list.size === null ? `${list.states.length} (its length)` : String(list.size);
  return `${populationId} ${periodOf(list)}: N ${n}; States: ${list.states.length === 0 ? 'none named' : listed(list.states)}; source: ${list.source}`;
}

export function describeLedgerEntry(populationId: string, entry: { state: string | null; change: string; date: string | null; cycle: string | null; spanFrom: string | null; source: string }): string {
  const when = [entry.date, entry.cycle === null ? null : periodOf({ cycle: entry.cycle, spanFrom: entry.spanFrom })].filter(Boolean).join(', ');
  return `${populationId}: ${entry.state ?? 'a State not named'} ${entry.change}${when ? ` (${when})` : ''}; source: ${entry.source}`;
}
