// What a CSV import would do (or did): the rows that change, before → after, and the rows refused with their reasons.
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '@ccm/shared/schemas/workspace';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { RecordText } from '../components/change-cells.tsx';

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const rejected = report.rejected.length;
  return (
    <div className="ws-report">
      <p className="ws-report__summary">
        {t('import.summary', { rows: report.rows, changes: report.changes.length, unchanged: report.unchanged, rejected })}
      </p>
      {rejected > 0 ? (
        <div className="ws-alert ws-alert--error" role="alert">
          <p>{t('import.rejectedAlert', { count: rejected })}</p>
        </div>
      ) : null}

      {rejected > 0 ? (
        <TableScroll label={t('import.rejectedCaption', { count: rejected })}>
          <table className="data-table ws-table">
            <caption>{t('import.rejectedCaption', { count: rejected })}</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t('import.column.row')}
                </th>
                <th scope="col">{t('import.column.field')}</th>
                <th scope="col">{t('import.column.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((r, index) => (
                <tr key={`${r.row}-${index}`}>
                  <th scope="row" className="numeric">
                    {format.number(r.row)}
                  </th>
                  <td>{r.field ? <code>{r.field}</code> : t('record.dash')}</td>
                  <td>{t('import.rejectedReason', { reason: r.reason })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}

      {report.changes.length > 0 ? (
        <TableScroll label={t(report.applied ? 'import.appliedCaption' : 'import.changesCaption', { count: report.changes.length })}>
          <table className="data-table ws-table">
            <caption>{t(report.applied ? 'import.appliedCaption' : 'import.changesCaption', { count: report.changes.length })}</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t('import.column.row')}
                </th>
                <th scope="col">{t('import.column.indicator')}</th>
                <th scope="col">{t('import.column.cycle')}</th>
                <th scope="col">{t('import.column.before')}</th>
                <th scope="col">{t('import.column.after')}</th>
              </tr>
            </thead>
            <tbody>
              {report.changes.map((c) => (
                <tr key={c.row}>
                  <th scope="row" className="numeric">
                    {format.number(c.row)}
                  </th>
                  <td>
                    <code>{c.indicatorId}</code>
                  </td>
                  <td>{c.spanFrom ? t('common.span', { from: c.spanFrom, to: c.cycle }) : c.cycle}</td>
                  <td>
                    <RecordText record={c.before} />
                  </td>
                  <td>
                    <strong>
                      <RecordText record={c.after} />
                    </strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className="ws-muted">{t('import.noChanges')}</p>
      )}
    </div>
  );
}
