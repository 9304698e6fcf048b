// Who is counted, as the ISU enters it: the States ticked for a figure, and how that list and the typed count must agree.
// The same rules run in the entry form, in the API's input schema, and in the CSV import of counted States.

export interface CountedEntry {
  /** The count as typed (null: none typed, or the figure is not reported). */
  value: number | null;
  qualifier: string;
  reporting: string;
  /** The States ticked (alpha-3 codes); null: the entry says nothing about who is counted. */
  states: readonly string[] | null;
  /** The list accounts for the whole count: the value is then the list's length. */
  statesComplete: boolean;
}

export const COUNTED_PROBLEM_KINDS = ['duplicate', 'unknown', 'mismatch', 'tooMany', 'notExact', 'notReported', 'noList'] as const;
export type CountedProblemKind = (typeof COUNTED_PROBLEM_KINDS)[number];

export interface CountedProblem {
  kind: CountedProblemKind;
  /** The entry field the problem is about. */
  field: 'value' | 'states' | 'qualifier' | 'statesComplete';
  /** An English sentence naming the field and, for a disagreement, both numbers. */
  message: string;
  /** How many States are ticked, and the value typed (a disagreement). */
  ticked?: number;
  typed?: number;
  /** The codes a duplicate or unknown problem is about. */
  codes?: string[];
}

const statesWord = (n: number) => (n === 1 ? '1 State' : `${n} States`);
const listed = (codes: readonly string[]) => codes.join(', ');

/** The codes that appear more than once, each once, in order of their first repeat. */
export function duplicateCodes(states: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const code of states) {
    if (seen.has(code)) repeated.add(code);
    seen.add(code);
  }
  return [...repeated];
}

/** The count a figure takes: the length of a complete list, else the value typed. */
export function derivedValue(entry: Pick<CountedEntry, 'value' | 'states' | 'statesComplete'>): number | null {
  return entry.statesComplete && entry.states !== null ? new Set(entry.states).size : entry.value;
}

/**
 * Every way the ticked States and the typed count disagree, first the list itself (duplicates, unknown codes when the
 * known ones are given), then the count: a complete list is the count (a typed value that differs is refused), a
 * partial one cannot be longer than it. An empty result: the entry is consistent.
 */
export function checkCountedEntry(entry: CountedEntry, knownStates?: ReadonlySet<string>): CountedProblem[] {
  const problems: CountedProblem[] = [];
  const { states, value } = entry;
  if (states === null) {
    if (entry.statesComplete) {
      problems.push({ kind: 'noList', field: 'statesComplete', message: 'statesComplete says the list of States is complete, but no States are listed: tick the States the figure counts, or untick "the list is complete".' });
    }
    return problems;
  }
  const duplicates = duplicateCodes(states);
  if (duplicates.length > 0) {
    problems.push({ kind: 'duplicate', field: 'states', codes: duplicates, message: `states lists ${listed(duplicates)} more than once: each State is counted once.` });
  }
  if (knownStates) {
    const unknown = [...new Set(states.filter((code) => !knownStates.has(code)))];
    if (unknown.length > 0) {
      problems.push({
        kind: 'unknown',
        field: 'states',
        codes: unknown,
        message: `states names ${unknown.length === 1 ? 'a code that is' : 'codes that are'} not a known State: ${listed(unknown)} (use ISO 3166-1 alpha-3 codes of the States list).`,
      });
    }
  }
  const ticked = new Set(states).size;
  if (entry.reporting !== 'reported') {
    if (ticked > 0) {
      problems.push({ kind: 'notReported', field: 'states', ticked, message: `You ticked ${statesWord(ticked)}, but the figure is ${entry.reporting.replace('_', ' ')}: a figure without a count counts no States. Untick them, or set reporting to reported.` });
    }
    return problems;
  }
  if (entry.statesComplete) {
    if (entry.qualifier !== 'exact') {
      problems.push({ kind: 'notExact', field: 'qualifier', ticked, message: `A complete list of ${statesWord(ticked)} is an exact count: qualifier must be exact, not ${entry.qualifier.replace('_', ' ')}; or untick "the list is complete".` });
    }
    if (value !== null && value !== ticked) {
      problems.push({
        kind: 'mismatch',
        field: 'value',
        ticked,
        typed: value,
        message: `You ticked ${statesWord(ticked)} but typed ${value} as the value: with a complete list the count must be ${ticked}, or untick "the list is complete" (statesComplete) if the figure counts States the list does not name.`,
      });
    }
  } else if (value !== null && ticked > value) {
    problems.push({
      kind: 'tooMany',
      field: 'value',
      ticked,
      typed: value,
      message: `You ticked ${statesWord(ticked)} but typed ${value} as the value: a list cannot name more States than the figure counts. Set value to at least ${ticked}, or untick the States it does not count.`,
    });
  }
  return problems;
}

/** The States a change adds to and removes from a list (each sorted); null on either side: no list to compare. */
export function statesDiff(before: readonly string[] | null | undefined, after: readonly string[] | null | undefined): { added: string[]; removed: string[] } {
  if (after === null || after === undefined) return { added: [], removed: [] };
  const was = new Set(before ?? []);
  const now = new Set(after);
  return { added: [...now].filter((c) => !was.has(c)).sort(), removed: [...was].filter((c) => !now.has(c)).sort() };
}
