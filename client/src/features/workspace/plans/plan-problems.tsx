// Everything the server found wrong with a plan (a file, or a plan it refused to publish): where, which field, and why.
import { useTranslation } from 'react-i18next';
import type { PlanProblem } from '@ccm/shared/schemas/plans';
import { WorkspaceTable } from '../components/workspace-table.tsx';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';

export function PlanProblemsTable({ problems }: { problems: readonly PlanProblem[] }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  return (
    <WorkspaceTable
      caption={t('plans.problems.caption', { count: problems.length })}
      rows={problems}
      rowKey={(_problem, index) => String(index)}
      columns={[
        { id: 'section', header: t('plans.problems.column.section'), primary: true, cell: (problem) => t(`plans.section.${problem.section ?? 'file'}`) },
        { id: 'row', header: t('plans.problems.column.row'), className: 'numeric', cell: (problem) => (problem.row === null ? t('record.dash') : format.number(problem.row)) },
        { id: 'field', header: t('plans.problems.column.field'), cell: (problem) => (problem.field ? <code>{problem.field}</code> : t('record.dash')) },
        // The server words its problems in English.
        { id: 'message', header: t('plans.problems.column.message'), cell: (problem) => <span lang="en">{problem.message}</span> },
      ]}
    />
  );
}
