// The entry screen: choose a cycle and a pillar, then fill in its indicators in the grid and save them as drafts.
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { usePillars } from '../../../lib/api/get-pillars.ts';
import { useEntryGrid } from './api/get-entry-grid.ts';
import { useWorkspaceCycles } from '../api/get-workspace-cycles.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { useWorkspaceUser } from '../hooks/use-workspace-user.ts';
import { CycleSelect, defaultCycle } from '../components/cycle-select.tsx';
import { EntryGrid } from './entry-grid.tsx';
import { SelectField } from '../components/form-field.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { WORKSPACE_PATHS, withSearch } from '../components/workspace-paths.ts';

export function EntryPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('entry.title'));
  const [params, setParams] = useSearchParams();
  const { user } = useWorkspaceUser();
  const cycles = useWorkspaceCycles();
  const pillars = usePillars();

  const reportingCycles = cycles.data?.filter((c) => !c.isDeadline) ?? [];
  const cycle = defaultCycle(reportingCycles, params.get('cycle'));
  const requestedPillar = params.get('pillar');
  const pillar = pillars.data?.find((p) => p.slug === requestedPillar)?.slug ?? pillars.data?.[0]?.slug ?? null;
  const grid = useEntryGrid(cycle, pillar);

  const choose = (key: 'cycle' | 'pillar') => (value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    if (cycle && key !== 'cycle') next.set('cycle', cycle);
    if (pillar && key !== 'pillar') next.set('pillar', pillar);
    setParams(next, { replace: true });
  };

  if (cycles.isPending || pillars.isPending) return <LoadingState />;
  if (cycles.isError || pillars.isError) {
    return (
      <ErrorState
        onRetry={() => {
          void cycles.refetch();
          void pillars.refetch();
        }}
      />
    );
  }
  const current = reportingCycles.find((c) => c.code === cycle);
  const pillarName = pillars.data.find((p) => p.slug === pillar)?.name ?? '';

  return (
    <div className="ws-page">
      <PageHeader title={t('entry.title')} lead={t('entry.lead')} />
      <div className="ws-toolbar" role="group" aria-label={t('entry.chooseLabel')}>
        {cycle ? <CycleSelect id="entry-cycle" cycles={reportingCycles} value={cycle} onChange={choose('cycle')} /> : null}
        {pillar ? (
          <SelectField id="entry-pillar" label={t('common.pillar')} value={pillar} options={pillars.data.map((p) => ({ value: p.slug, label: p.name }))} onChange={choose('pillar')} />
        ) : null}
      </div>
      {current ? (
        <p className={`ws-alert ${current.status === 'published' ? 'ws-alert--warning' : 'ws-alert--info'}`}>
          {current.status === 'published' ? t('entry.cyclePublished', { cycle: current.code }) : t('entry.cycleOpen', { cycle: current.code })}{' '}
          {current.pendingChanges > 0 ? (
            <Link to={withSearch(WORKSPACE_PATHS.review, { cycle: current.code })}>{t('entry.pendingLink', { count: current.pendingChanges, cycle: current.code })}</Link>
          ) : null}
        </p>
      ) : null}
      {!cycle ? <EmptyState>{t('entry.noCycle')}</EmptyState> : null}
      {grid.isPending && cycle ? <LoadingState /> : null}
      {grid.isError ? <ErrorState onRetry={() => void grid.refetch()} /> : null}
      {grid.data && current ? (
        <section aria-labelledby="entry-grid-title">
          <h2 id="entry-grid-title" className="ws-section-title">
            {t('entry.gridTitle', { pillar: pillarName, cycle: current.code, count: grid.data.rows.length })}
          </h2>
          {grid.data.rows.length === 0 ? (
            <EmptyState>{t('entry.noIndicators')}</EmptyState>
          ) : (
            <EntryGrid key={`${current.code}:${pillar ?? ''}`} grid={grid.data} cycle={current} cycles={cycles.data} email={user?.email ?? ''} pillarName={pillarName} />
          )}
        </section>
      ) : null}
    </div>
  );
}
