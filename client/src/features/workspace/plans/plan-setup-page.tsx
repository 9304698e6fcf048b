// One plan (admin): its pillars, actions, indicators and cycles; while it is being set up, forms add each piece, the
// crosswalk relates it to the previous plan, and Publish makes it public.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkspacePlanDetail } from '@ccm/shared/schemas/plans';
import { ErrorState, LoadingState, isNotFound } from '../../../components/ui/query-state.tsx';
import { usePlan } from '../api/plans.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { PageHeader } from '../components/page-header.tsx';
import { WorkspaceTable } from '../components/workspace-table.tsx';
import { PlanCrosswalk } from './plan-crosswalk.tsx';
import { PlanCycles } from './plan-cycles.tsx';
import { PlanActionForm, PlanIndicatorForm, PlanPillarForm } from './plan-item-forms.tsx';
import { PlanPublish } from './plan-publish.tsx';
import { PlanStateChip } from './plan-state-chip.tsx';
import { SuccessNote } from '../components/problem-alert.tsx';
import { WORKSPACE_PATHS } from '../components/workspace-paths.ts';
import { FactList } from '../../../components/ui/fact-list.tsx';

const SECTIONS = ['pillars', 'actions', 'indicators', 'cycles', 'crosswalk', 'publish'] as const;
type Section = (typeof SECTIONS)[number];
const sectionId = (section: Section) => `plan-${section}`;

function SetupSection({ section, children }: { section: Section; children: ReactNode }) {
  const { t } = useTranslation('workspace');
  return (
    <section className="ws-panel" aria-labelledby={sectionId(section)}>
      {/* The in-page links land here; tabIndex lets focus follow them. */}
      <h2 id={sectionId(section)} tabIndex={-1}>
        {t(`plans.setup.section.${section}`)}
      </h2>
      {children}
    </section>
  );
}

function Facts({ plan }: { plan: WorkspacePlanDetail }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  return (
    <FactList
      className="ws-facts plan-facts"
      facts={[
        {
          key: 'state',
          label: t('plans.column.state'),
          value: (
            <>
              <PlanStateChip publishedAt={plan.publishedAt} />
              {plan.publishedAt ? ` ${format.moment(plan.publishedAt)}` : null}
            </>
          ),
        },
        { key: 'years', label: t('plans.column.years'), value: t('plans.years', { start: plan.startYear, end: plan.endYear }) },
        { key: 'deadline', label: t('plans.field.deadlineCode'), value: plan.deadlineCycle },
        { key: 'previous', label: t('plans.column.previous'), value: plan.previousPlan ?? t('plans.noPreviousPlan') },
        ...(['fr', 'es', 'ar'] as const).map((lang) => ({
          key: lang,
          label: t(`plans.setup.titleIn.${lang}`),
          value: plan.titles[lang] ? (
            <span lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
              {plan.titles[lang]}
            </span>
          ) : (
            <span className="ws-chip ws-chip--missing">{t('plans.setup.titleMissing')}</span>
          ),
        })),
      ]}
    />
  );
}

function PillarsTable({ plan }: { plan: WorkspacePlanDetail }) {
  const { t } = useTranslation('workspace');
  return (
    <WorkspaceTable
      caption={t('plans.pillars.caption', { code: plan.code })}
      empty={t('plans.pillars.empty')}
      rows={plan.pillars}
      rowKey={(p) => p.slug}
      columns={[
        { id: 'slug', header: t('plans.column.slug'), primary: true, cell: (p) => <code>{p.slug}</code> },
        { id: 'name', header: t('plans.column.name'), cell: (p) => <span lang="en">{p.name}</span> },
        { id: 'range', header: t('plans.column.actionRange'), cell: (p) => t('plans.range', { from: p.actionFrom, to: p.actionTo }) },
      ]}
    />
  );
}

function ActionsTable({ plan }: { plan: WorkspacePlanDetail }) {
  const { t } = useTranslation('workspace');
  return (
    <WorkspaceTable
      caption={t('plans.actions.caption', { code: plan.code })}
      empty={t('plans.actions.empty')}
      rows={plan.actions}
      rowKey={(a) => String(a.number)}
      columns={[
        { id: 'number', header: t('plans.column.number'), primary: true, className: 'numeric', cell: (a) => a.number },
        { id: 'pillar', header: t('plans.column.pillar'), cell: (a) => <code>{a.pillar}</code> },
        {
          id: 'title',
          header: t('plans.column.title'),
          cell: (a) => (
            <span lang="en">
              {a.title}
              {a.summary ? <span className="ws-cell-sub ws-cell-text">{a.summary}</span> : null}
            </span>
          ),
        },
      ]}
    />
  );
}

function IndicatorsTable({ plan }: { plan: WorkspacePlanDetail }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const dash = t('record.dash');
  return (
    <WorkspaceTable
      caption={t('plans.indicators.caption', { code: plan.code })}
      empty={t('plans.indicators.empty')}
      rows={plan.indicators}
      rowKey={(i) => i.id}
      columns={[
        { id: 'id', header: t('plans.column.id'), primary: true, cell: (i) => <code>{i.id}</code> },
        { id: 'action', header: t('plans.column.action'), className: 'numeric', cell: (i) => i.action },
        {
          id: 'title',
          header: t('plans.column.title'),
          cell: (i) => (
            <>
              <span lang="en">{i.title}</span>
              <span className="ws-cell-sub">{t('plans.unit', { unit: i.unit })}</span>
            </>
          ),
        },
        { id: 'direction', header: t('plans.column.direction'), cell: (i) => t(`plans.direction.${i.direction}`) },
        {
          id: 'population',
          header: t('plans.column.population'),
          cell: (i) => (
            <>
              <span lang="en">{i.populationDescription}</span>
              <span className="ws-cell-sub">
                {i.populationSize === null ? t('plans.populationUnknown') : t('plans.populationSize', { size: format.number(i.populationSize) })}
                {i.populationSource ? t('plans.populationSource', { source: i.populationSource }) : null}
              </span>
            </>
          ),
        },
        { id: 'target', header: t('plans.column.target'), className: 'numeric', cell: (i) => (i.targetShare === null ? dash : format.percent(i.targetShare)) },
      ]}
    />
  );
}

export function PlanSetupPage({ code }: { code: string }) {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('plans.setup.documentTitle', { code }));
  const plan = usePlan(code);
  const previous = usePlan(plan.data?.previousPlan ?? null);
  const [justPublished, setJustPublished] = useState(false);

  if (plan.isPending) return <LoadingState />;
  if (plan.isError) {
    return isNotFound(plan.error) ? (
      <div className="ws-page">
        <h1>{t('plans.setup.notFound', { code })}</h1>
        <p>
          <Link to={WORKSPACE_PATHS.plans}>{t('plans.backToPlans')}</Link>
        </p>
      </div>
    ) : (
      <ErrorState onRetry={() => void plan.refetch()} />
    );
  }
  const data = plan.data;
  const editable = data.publishedAt === null;
  const shown = SECTIONS.filter((s) => s !== 'publish' || editable);

  return (
    <div className="ws-page">
      <PageHeader title={t('plans.setup.title', { code: data.code })} lead={<span lang="en">{data.title}</span>}>
        <Link to={WORKSPACE_PATHS.plans}>{t('plans.backToPlans')}</Link>
      </PageHeader>
      {justPublished ? (
        <SuccessNote focus>{t('plans.publish.done', { code: data.code })}</SuccessNote>
      ) : (
        <p className="ws-alert ws-alert--info">{editable ? t('plans.setup.draftNote') : t('plans.setup.publishedNote', { code: data.code })}</p>
      )}
      <Facts plan={data} />
      <nav className="plan-toc" aria-label={t('plans.setup.tocLabel')}>
        <ul>
          {shown.map((section) => (
            <li key={section}>
              <a href={`#${sectionId(section)}`}>{t(`plans.setup.section.${section}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {previous.isError ? <ErrorState title={t('plans.setup.previousFailed', { plan: data.previousPlan ?? '' })} onRetry={() => void previous.refetch()} /> : null}

      <SetupSection section="pillars">
        <PillarsTable plan={data} />
        {editable ? <PlanPillarForm plan={data} /> : null}
      </SetupSection>
      <SetupSection section="actions">
        <ActionsTable plan={data} />
        {editable ? data.pillars.length > 0 ? <PlanActionForm plan={data} /> : <p className="ws-muted">{t('plans.actions.needPillar')}</p> : null}
      </SetupSection>
      <SetupSection section="indicators">
        <IndicatorsTable plan={data} />
        {editable ? data.actions.length > 0 ? <PlanIndicatorForm plan={data} /> : <p className="ws-muted">{t('plans.indicators.needAction')}</p> : null}
      </SetupSection>
      <SetupSection section="cycles">
        <PlanCycles plan={data} previous={previous.data} editable={editable} />
      </SetupSection>
      <SetupSection section="crosswalk">
        <PlanCrosswalk plan={data} previous={previous.data} editable={editable} />
      </SetupSection>
      {editable ? (
        <SetupSection section="publish">
          <PlanPublish plan={data} onPublished={() => setJustPublished(true)} />
        </SetupSection>
      ) : null}
    </div>
  );
}
