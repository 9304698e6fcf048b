// What a plan file would create (a dry run) or created: the plan, then its pillars, actions, indicators, crosswalk and
// cycles, each as a table.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanImportReport } from '@ccm/shared/schemas/plans';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';

interface Column<R> {
  header: string;
  cell: (row: R) => ReactNode;
  numeric?: boolean;
}

/** One section of the report; its first column heads each row. */
function CreatesTable<R>({ caption, rows, columns, rowKey }: { caption: string; rows: readonly R[]; columns: readonly Column<R>[]; rowKey: (row: R, index: number) => string }) {
  if (rows.length === 0) return <p className="ws-muted">{caption}</p>;
  const [first, ...rest] = columns;
  return (
    <TableScroll label={caption}>
      <table className="data-table ws-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)}>
              {first ? (
                <th scope="row" className={first.numeric ? 'numeric' : undefined}>
                  {first.cell(row)}
                </th>
              ) : null}
              {rest.map((column) => (
                <td key={column.header} className={column.numeric ? 'numeric' : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function PlanImportReportView({ report }: { report: PlanImportReport }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const { plan, creates } = report;
  const caption = (section: keyof typeof creates) =>
    t(`plans.import.${report.dryRun ? 'toCreate' : 'created'}.${section}`, { n: format.number(creates[section].length) });
  const dash = t('record.dash');
  return (
    <div className="ws-report">
      <p className="ws-report__summary">
        {t('plans.import.planSummary', { code: plan.code, title: plan.title, start: plan.startYear, end: plan.endYear })}
      </p>
      <CreatesTable
        caption={caption('pillars')}
        rows={creates.pillars}
        rowKey={(p) => p.slug}
        columns={[
          { header: t('plans.column.slug'), cell: (p) => <code>{p.slug}</code> },
          { header: t('plans.column.name'), cell: (p) => <span lang="en">{p.name}</span> },
        ]}
      />
      <CreatesTable
        caption={caption('actions')}
        rows={creates.actions}
        rowKey={(a) => String(a.number)}
        columns={[
          { header: t('plans.column.number'), cell: (a) => format.number(a.number), numeric: true },
          { header: t('plans.column.pillar'), cell: (a) => <code>{a.pillar}</code> },
          { header: t('plans.column.title'), cell: (a) => <span lang="en">{a.title}</span> },
        ]}
      />
      <CreatesTable
        caption={caption('indicators')}
        rows={creates.indicators}
        rowKey={(i) => i.id}
        columns={[
          { header: t('plans.column.id'), cell: (i) => <code>{i.id}</code> },
          { header: t('plans.column.action'), cell: (i) => format.number(i.action), numeric: true },
          { header: t('plans.column.title'), cell: (i) => <span lang="en">{i.title}</span> },
        ]}
      />
      <CreatesTable
        caption={caption('crosswalk')}
        rows={creates.crosswalk}
        rowKey={(c, index) => `${c.entity}-${c.from ?? ''}-${c.to ?? ''}-${index}`}
        columns={[
          { header: t('plans.column.entity'), cell: (c) => t(`plans.entity.${c.entity === 'action' ? 'action' : 'indicator'}`) },
          { header: t('plans.column.from'), cell: (c) => (c.from ? <code>{c.from}</code> : dash) },
          { header: t('plans.column.to'), cell: (c) => (c.to ? <code>{c.to}</code> : dash) },
          { header: t('plans.column.relation'), cell: (c) => t(`plans.relation.${c.relation}`) },
        ]}
      />
      <CreatesTable
        caption={caption('cycles')}
        rows={creates.cycles}
        rowKey={(c) => c.code}
        columns={[
          { header: t('plans.column.cycle'), cell: (c) => c.code },
          { header: t('plans.column.year'), cell: (c) => c.year, numeric: true },
          { header: t('plans.column.role'), cell: (c) => (c.isDeadline ? t('plans.cycleRole.deadline') : t('plans.cycleRole.reporting')) },
        ]}
      />
    </div>
  );
}
