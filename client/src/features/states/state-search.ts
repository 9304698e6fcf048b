// Finding and ordering States on the list: a search that ignores accents and case and looks at the name in every language
// and at the code, and the table's sort orders.
import type { State } from '@ccm/shared/schemas/states';

/** Text folded for matching: no accents (Líbano → libano), no case. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').trim();
}

export function matchesState(state: State, query: string): boolean {
  const wanted = foldText(query);
  if (wanted === '') return true;
  const haystack = [state.name, state.names.en, state.names.fr, state.names.es, state.names.ar, state.shortName ?? '', state.code];
  return haystack.some((text) => foldText(text).includes(wanted));
}

export const SORT_KEYS = ['name', 'code', 'status', 'namedIn'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

const STATUS_ORDER: Record<State['status'], number> = { state_party: 0, signatory: 1, withdrawn: 2, unknown: 3 };

/** The States in the order asked for, ties broken by name. */
export function sortStates(states: readonly State[], sort: Sort, language: string): State[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const byName = (a: State, b: State) => collator.compare(a.name, b.name);
  const compare: Record<SortKey, (a: State, b: State) => number> = {
    name: byName,
    code: (a, b) => a.code.localeCompare(b.code),
    status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
    namedIn: (a, b) => a.namedIn - b.namedIn,
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...states].sort((a, b) => sign * compare[sort.key](a, b) || byName(a, b));
}
