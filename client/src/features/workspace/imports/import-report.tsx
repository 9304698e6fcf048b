// What a CSV import would do (or did): the rows that change, before → after, and the rows refused with their reasons.
import { useTranslation } from 'react-i18next';
import type { ImportOnConflict, ImportReport } from '@ccm/shared/schemas/workspace';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { WorkspaceTable } from '../components/workspace-table.tsx';
import { RecordText } from '../components/change-cells.tsx';
import { useConflictValueText } from '../components/draft-conflict.tsx';

/** The rows over someone else's pending draft, apart from the changes: their value, who and when, and the file's. */
function ConflictsTable({ report, appliedWith }: { report: ImportReport; appliedWith: ImportOnConflict }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const valueText = useConflictValueText();
  const count = report.conflicts.length;
  const caption = t(!report.applied ? 'import.conflictsCaption' : appliedWith === 'overwrite' ? 'import.conflictsReplacedCaption' : 'import.conflictsKeptCaption', { count });
  return (
    <section className="ws-report__conflicts" aria-labelledby="import-conflicts-title">
      <h3 id="import-conflicts-title">{t('import.conflictsTitle')}</h3>
      {!report.applied ? (
        <div className="ws-alert ws-alert--warning">
          <p>{t('import.conflictsLead', { count })}</p>
        </div>
      ) : null}
      <WorkspaceTable
        caption={caption}
        tableAttributes={{ 'data-table': 'import-conflicts' }}
        rows={report.conflicts}
        rowKey={(c) => String(c.row)}
        columns={[
          { id: 'row', header: t('import.column.row'), primary: true, className: 'numeric', cell: (c) => format.number(c.row) },
          { id: 'indicator', header: t('import.column.indicator'), cell: (c) => <code>{c.indicatorId}</code> },
          { id: 'cycle', header: t('import.column.cycle'), cell: (c) => (c.spanFrom ? t('common.span', { from: c.spanFrom, to: c.cycle }) : c.cycle) },
          { id: 'theirs', header: t('import.column.theirs'), cell: (c) => valueText(c.theirs) },
          { id: 'theirAuthor', header: t('import.column.theirAuthor'), cell: (c) => c.theirs.author },
          { id: 'theirDate', header: t('import.column.theirDate'), cell: (c) => format.moment(c.theirs.at) },
          { id: 'yours', header: t('import.column.yours'), cell: (c) => <strong>{valueText(c.yours)}</strong> },
        ]}
      />
    </section>
  );
}

export function ImportReportView({ report, appliedWith = 'refuse' }: { report: ImportReport; appliedWith?: ImportOnConflict }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const rejected = report.rejected.length;
  const rowColumn = { id: 'row', header: t('import.column.row'), primary: true, className: 'numeric', cell: (r: { row: number }) => format.number(r.row) };
  return (
    <div className="ws-report">
      <p className="ws-report__summary">
        {t('import.summary', { rows: report.rows, changes: report.changes.length, unchanged: report.unchanged, rejected })}
        {report.conflicts.length > 0 ? ` ${t('import.summaryConflicts', { count: report.conflicts.length })}` : null}
      </p>
      {rejected > 0 ? (
        <div className="ws-alert ws-alert--error" role="alert">
          <p>{t('import.rejectedAlert', { count: rejected })}</p>
        </div>
      ) : null}

      {rejected > 0 ? (
        <WorkspaceTable
          caption={t('import.rejectedCaption', { count: rejected })}
          rows={report.rejected}
          rowKey={(r, index) => `${r.row}-${index}`}
          columns={[
            rowColumn,
            { id: 'field', header: t('import.column.field'), cell: (r) => (r.field ? <code>{r.field}</code> : t('record.dash')) },
            { id: 'reason', header: t('import.column.reason'), cell: (r) => t('import.rejectedReason', { reason: r.reason }) },
          ]}
        />
      ) : null}

      {report.changes.length > 0 ? (
        <WorkspaceTable
          caption={t(report.applied ? 'import.appliedCaption' : 'import.changesCaption', { count: report.changes.length })}
          rows={report.changes}
          rowKey={(c) => String(c.row)}
          columns={[
            rowColumn,
            { id: 'indicator', header: t('import.column.indicator'), cell: (c) => <code>{c.indicatorId}</code> },
            { id: 'cycle', header: t('import.column.cycle'), cell: (c) => (c.spanFrom ? t('common.span', { from: c.spanFrom, to: c.cycle }) : c.cycle) },
            { id: 'before', header: t('import.column.before'), cell: (c) => <RecordText record={c.before} /> },
            {
              id: 'after',
              header: t('import.column.after'),
              cell: (c) => (
                <strong>
                  <RecordText record={c.after} />
                </strong>
              ),
            },
          ]}
        />
      ) : report.conflicts.length === 0 ? (
        <p className="ws-muted">{t('import.noChanges')}</p>
      ) : null}

      {report.conflicts.length > 0 ? <ConflictsTable report={report} appliedWith={appliedWith} /> : null}
    </div>
  );
}
