// What every part of seeding shares: the counts of rows it wrote, how a stored row is compared with the bundle's, and
// the key of a figure (indicator, cycle, span).
export interface SeedCounters {
  inserted: (r: { changes: number }) => void;
  updated: (r: { changes: number }) => void;
  removed: (r: { changes: number }) => void;
}

/** Field-by-field difference of the columns the bundle owns, ignoring key order and undefined. */
export function differs<T extends Record<string, unknown>>(row: T, values: Partial<T>): boolean {
  return Object.entries(values).some(([k, v]) => JSON.stringify(row[k] ?? null) !== JSON.stringify(v ?? null));
}

/** A figure's key: "indicator|cycle|spanFrom" (spanFrom empty for one cycle). */
export const figureKey = (indicatorId: string, cycle: string, spanFrom: string | null) => `${indicatorId}|${cycle}|${spanFrom ?? ''}`;

/** A stored row read back by its key, or the seed stops: a row the bundle just wrote must be there. */
export function stored<T>(row: T | undefined, what: string): T {
  if (!row) throw new Error(`Seed data: ${what} was not stored`);
  return row;
}
