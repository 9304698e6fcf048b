// The one table of the public pages. Its columns are defined once; on a wide screen it is a table that scrolls in its own
// labelled region, below 600 px each row is a card (its primary cell as the heading, then "label: value" lines), and on
// paper always a table. The cards are CSS only (data-table.css), so a page prerendered without JavaScript has them too;
// the explicit roles keep the table's semantics for screen readers when the cards set display: block.
import { Fragment, useId, type ReactNode } from 'react';
import { TableScroll } from './table-scroll.tsx';
import './data-table.css';

/** Attributes a row or a cell carries for styling and tests: data-cycle, data-status… */
export type DataAttributes = { [key: `data-${string}`]: string | undefined };

interface ColumnBase<Row> {
  id: string;
  cell: (row: Row, index: number) => ReactNode;
  /** The row's header cell (a rowheader), and the card's heading on a phone. */
  primary?: boolean;
  align?: 'start' | 'end';
  className?: string;
  cellAttributes?: (row: Row, index: number) => DataAttributes;
  /** For a sortable column: its aria-sort. A table with one keeps its header row on a phone, as the sort controls. */
  sort?: 'ascending' | 'descending' | 'none';
}

/** A header that is not plain text (a sort button) names its column for the cards with `label`. */
export type DataTableColumn<Row> = ColumnBase<Row> & ({ header: string; label?: string } | { header: ReactNode; label: string });

export interface DataTableProps<Row> {
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** Names the table and its scroll region. */
  caption: string;
  captionHidden?: boolean;
  /** Shown in the table's one row when there are no rows. */
  emptyText?: ReactNode;
  /** On a phone, the cells after the heading run on in one wrapping line instead of a line each (short values). */
  compactCards?: boolean;
  className?: string;
  regionClassName?: string;
  rowAttributes?: (row: Row, index: number) => DataAttributes;
  /** A row's own class (a deactivated account's row is greyed). */
  rowClassName?: (row: Row, index: number) => string | undefined;
  /** The table's own data-* attributes (what tests and styles find it by). */
  tableAttributes?: DataAttributes;
  /** What a row opens under itself across the whole table (an inline form), or null; on a phone, its own card. */
  rowDetail?: (row: Row, index: number) => ReactNode | null;
}

function labelOf<Row>(column: DataTableColumn<Row>): string {
  return column.label ?? (typeof column.header === 'string' ? column.header : '');
}

function classes(...names: (string | false | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
  captionHidden = false,
  emptyText,
  compactCards = false,
  className,
  regionClassName,
  rowAttributes,
  rowClassName,
  tableAttributes,
  rowDetail,
}: DataTableProps<Row>) {
  const captionId = useId();
  const sortable = columns.some((c) => c.sort !== undefined);
  const cellClass = (c: DataTableColumn<Row>) => classes(c.primary && 'data-table__primary', c.align === 'end' && 'data-table__cell--end', c.className);

  return (
    <TableScroll label={caption} className={classes('data-table-region', regionClassName)}>
      <table
        role="table"
        aria-labelledby={captionId}
        className={classes('data-table', 'data-table--stack', compactCards && 'data-table--compact', sortable && 'data-table--sortable', className)}
        {...tableAttributes}
      >
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((c) => (
              <th key={c.id} scope="col" role="columnheader" aria-sort={c.sort} className={cellClass(c)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.length === 0 && emptyText !== undefined ? (
            <tr role="row">
              <td role="cell" colSpan={columns.length} className="data-table__empty">
                {emptyText}
              </td>
            </tr>
          ) : (
            rows.map((row, index) => {
              const detail = rowDetail?.(row, index);
              return (
                <Fragment key={rowKey(row, index)}>
                  <tr role="row" className={rowClassName?.(row, index)} {...rowAttributes?.(row, index)}>
                    {columns.map((c) => {
                      const props = { className: cellClass(c), 'data-label': labelOf(c), ...c.cellAttributes?.(row, index) };
                      return c.primary ? (
                        <th key={c.id} scope="row" role="rowheader" {...props}>
                          {c.cell(row, index)}
                        </th>
                      ) : (
                        <td key={c.id} role="cell" {...props}>
                          {c.cell(row, index)}
                        </td>
                      );
                    })}
                  </tr>
                  {detail != null ? (
                    <tr role="row" className="data-table__detail">
                      <td role="cell" colSpan={columns.length}>
                        {detail}
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}
