// The workspace's plain tables are the public DataTable (a table on a wide screen, a card per row on a phone) in the
// workspace's denser type; with `empty`, a table without rows is that sentence instead.
import { DataTable, type DataTableProps } from '../../../components/ui/data-table.tsx';

export function WorkspaceTable<Row>({ empty, className, ...props }: DataTableProps<Row> & { empty?: string }) {
  if (empty !== undefined && props.rows.length === 0) return <p className="ws-muted">{empty}</p>;
  return <DataTable {...props} className={className ? `ws-table ${className}` : 'ws-table'} />;
}
