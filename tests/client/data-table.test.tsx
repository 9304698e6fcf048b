// DataTable: columns defined once give the headers, the cells and each cell's label for the phone cards; the table keeps
// its roles (the cards set display: block), its caption names it and its scroll region; no rows show the empty text.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { DataTable, type DataTableColumn } from '../../client/src/components/ui/data-table.tsx';

interface Figure {
  cycle: string;
  value: number;
  note: string | null;
}

const FIGURES: Figure[] = [
  { cycle: '10MSP', value: 8, note: null },
  { cycle: '11MSP', value: 6, note: 'The paragraph says "at least".' },
];

const COLUMNS: DataTableColumn<Figure>[] = [
  { id: 'cycle', header: 'Cycle', primary: true, cell: (f) => f.cycle },
  { id: 'value', header: 'Value', align: 'end', className: 'numeric', cell: (f) => String(f.value), cellAttributes: () => ({ 'data-field': 'value' }) },
  { id: 'note', header: <em>Note</em>, label: 'Note', cell: (f) => f.note ?? '—' },
];

function renderTable(rows: Figure[], extra: { captionHidden?: boolean; emptyText?: string } = {}) {
  return render(
    <DataTable
      caption="Every figure for Risk education"
      columns={COLUMNS}
      rows={rows}
      rowKey={(f) => f.cycle}
      rowAttributes={(f) => ({ 'data-cycle': f.cycle })}
      {...extra}
    />,
  );
}

describe('DataTable', () => {
  it('has a header per column and a row per item, the primary cell as the row header', () => {
    renderTable(FIGURES);
    const table = screen.getByRole('table', { name: 'Every figure for Risk education' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Cycle', 'Value', 'Note']);
    const rows = within(table).getAllByRole('row').filter((r) => r.hasAttribute('data-cycle'));
    expect(rows.map((r) => r.getAttribute('data-cycle'))).toEqual(['10MSP', '11MSP']);
    const second = within(rows[1]!);
    expect(second.getByRole('rowheader')).toHaveTextContent('11MSP');
    expect(second.getAllByRole('cell').map((c) => c.textContent)).toEqual(['6', 'The paragraph says "at least".']);
  });

  it('labels every cell with its column (plain text even where the header is not) for the phone cards', () => {
    renderTable(FIGURES);
    const row = screen.getAllByRole('row').find((r) => r.getAttribute('data-cycle') === '10MSP')!;
    expect([...row.querySelectorAll('th, td')].map((c) => c.getAttribute('data-label'))).toEqual(['Cycle', 'Value', 'Note']);
    const value = within(row).getByText('8');
    expect(value).toHaveAttribute('data-field', 'value');
    expect(value).toHaveClass('numeric', 'data-table__cell--end');
    expect(within(row).getByRole('rowheader')).toHaveClass('data-table__primary');
  });

  it('keeps its table roles explicit, so the cards (display: block) stay a table for screen readers', () => {
    const { container } = renderTable(FIGURES);
    expect(container.querySelector('table')).toHaveAttribute('role', 'table');
    expect([...container.querySelectorAll('thead, tbody')].map((g) => g.getAttribute('role'))).toEqual(['rowgroup', 'rowgroup']);
    expect([...container.querySelectorAll('tr')].every((tr) => tr.getAttribute('role') === 'row')).toBe(true);
    expect([...container.querySelectorAll('thead th')].every((th) => th.getAttribute('role') === 'columnheader' && th.getAttribute('scope') === 'col')).toBe(true);
    expect([...container.querySelectorAll('tbody td')].every((td) => td.getAttribute('role') === 'cell')).toBe(true);
    expect(container.querySelector('tbody th')).toHaveAttribute('scope', 'row');
  });

  it('scrolls inside a focusable region named by its caption; the caption can be hidden and still name it', () => {
    renderTable(FIGURES, { captionHidden: true });
    const region = screen.getByRole('region', { name: 'Every figure for Risk education' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toContainElement(screen.getByRole('table', { name: 'Every figure for Risk education' }));
    expect(screen.getByText('Every figure for Risk education', { selector: 'caption' })).toHaveClass('visually-hidden');
  });

  it('says so in one row when there is nothing to list, and lists nothing without an empty text', () => {
    const { unmount } = renderTable([], { emptyText: 'No figure yet.' });
    const cell = screen.getByRole('cell', { name: 'No figure yet.' });
    expect(cell).toHaveAttribute('colspan', '3');
    expect(cell).not.toHaveAttribute('data-label');
    unmount();
    renderTable([]);
    expect(within(screen.getByRole('table')).queryAllByRole('cell')).toEqual([]);
  });
});
