// Conditions the repositories share. SQL's "= NULL" is never true, so a nullable key column is matched with IS NULL.
import { and, eq, isNull, type Column, type SQL } from 'drizzle-orm';

/** `column IS NULL` for null, else `column = value`. */
export const eqOrNull = (column: Column, value: string | null): SQL => (value === null ? isNull(column) : eq(column, value));

/** A table that holds figures by key: indicator, cycle, and the first cycle of a span (null for one cycle). */
interface FigureColumns {
  indicatorId: Column;
  cycle: Column;
  spanFrom: Column;
}

/** The rows of a table about one figure (observations, their changes, the States they count). */
export const figureIs = (table: FigureColumns, key: { indicatorId: string; cycle: string; spanFrom: string | null }): SQL =>
  and(eq(table.indicatorId, key.indicatorId), eq(table.cycle, key.cycle), eqOrNull(table.spanFrom, key.spanFrom)) as SQL;
