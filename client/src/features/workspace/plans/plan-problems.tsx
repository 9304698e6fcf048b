// Everything the server found wrong with a plan (a file, or a plan it refused to publish): where, which field, and why.
import { useTranslation } from 'react-i18next';
import type { PlanProblem } from '@ccm/shared/schemas/plans';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';

export function PlanProblemsTable({ problems }: { problems: readonly PlanProblem[] }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const caption = t('plans.problems.caption', { count: problems.length });
  return (
    <TableScroll label={caption}>
      <table className="data-table ws-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.problems.column.section')}</th>
            <th scope="col" className="numeric">
              {t('plans.problems.column.row')}
            </th>
            <th scope="col">{t('plans.problems.column.field')}</th>
            <th scope="col">{t('plans.problems.column.message')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index}>
              <th scope="row">{t(`plans.section.${problem.section ?? 'file'}`)}</th>
              <td className="numeric">{problem.row === null ? t('record.dash') : format.number(problem.row)}</td>
              <td>{problem.field ? <code>{problem.field}</code> : t('record.dash')}</td>
              {/* The server words its problems in English. */}
              <td lang="en">{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
