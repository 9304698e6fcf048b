// What a plan file would create (a dry run) or created: the plan, then its pillars, actions, indicators, crosswalk and
// cycles, each as a table.
import { useTranslation } from 'react-i18next';
import type { PlanImportReport } from '@ccm/shared/schemas/plans';
import { WorkspaceTable } from '../components/workspace-table.tsx';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';

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
      <WorkspaceTable
        caption={caption('pillars')}
        empty={caption('pillars')}
        rows={creates.pillars}
        rowKey={(p) => p.slug}
        columns={[
          { id: 'slug', header: t('plans.column.slug'), primary: true, cell: (p) => <code>{p.slug}</code> },
          { id: 'name', header: t('plans.column.name'), cell: (p) => <span lang="en">{p.name}</span> },
        ]}
      />
      <WorkspaceTable
        caption={caption('actions')}
        empty={caption('actions')}
        rows={creates.actions}
        rowKey={(a) => String(a.number)}
        columns={[
          { id: 'number', header: t('plans.column.number'), primary: true, className: 'numeric', cell: (a) => format.number(a.number) },
          { id: 'pillar', header: t('plans.column.pillar'), cell: (a) => <code>{a.pillar}</code> },
          { id: 'title', header: t('plans.column.title'), cell: (a) => <span lang="en">{a.title}</span> },
        ]}
      />
      <WorkspaceTable
        caption={caption('indicators')}
        empty={caption('indicators')}
        rows={creates.indicators}
        rowKey={(i) => i.id}
        columns={[
          { id: 'id', header: t('plans.column.id'), primary: true, cell: (i) => <code>{i.id}</code> },
          { id: 'action', header: t('plans.column.action'), className: 'numeric', cell: (i) => format.number(i.action) },
          { id: 'title', header: t('plans.column.title'), cell: (i) => <span lang="en">{i.title}</span> },
        ]}
      />
      <WorkspaceTable
        caption={caption('crosswalk')}
        empty={caption('crosswalk')}
        rows={creates.crosswalk}
        rowKey={(c, index) => `${c.entity}-${c.from ?? ''}-${c.to ?? ''}-${index}`}
        columns={[
          { id: 'entity', header: t('plans.column.entity'), primary: true, cell: (c) => t(`plans.entity.${c.entity === 'action' ? 'action' : 'indicator'}`) },
          { id: 'from', header: t('plans.column.from'), cell: (c) => (c.from ? <code>{c.from}</code> : dash) },
          { id: 'to', header: t('plans.column.to'), cell: (c) => (c.to ? <code>{c.to}</code> : dash) },
          { id: 'relation', header: t('plans.column.relation'), cell: (c) => t(`plans.relation.${c.relation}`) },
        ]}
      />
      <WorkspaceTable
        caption={caption('cycles')}
        empty={caption('cycles')}
        rows={creates.cycles}
        rowKey={(c) => c.code}
        columns={[
          { id: 'cycle', header: t('plans.column.cycle'), primary: true, cell: (c) => c.code },
          { id: 'year', header: t('plans.column.year'), className: 'numeric', cell: (c) => c.year },
          { id: 'role', header: t('plans.column.role'), cell: (c) => (c.isDeadline ? t('plans.cycleRole.deadline') : t('plans.cycleRole.reporting')) },
        ]}
      />
    </div>
  );
}
