// A plan's cycles, and the cycles of the previous plan that also count for it (a transition year: the previous plan's
// last figures as this plan's baseline). New cycles are added on the Cycles screen.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkspacePlanDetail } from '@ccm/shared/schemas/plans';
import { CycleStatusChip } from '../components/cycle-status-chip.tsx';
import { WorkspaceTable } from '../components/workspace-table.tsx';
import { useSetSharedCycle } from '../api/plans.ts';
import { SelectField } from '../components/form-field.tsx';
import { ProblemAlert, SuccessNote } from '../components/problem-alert.tsx';
import { WORKSPACE_PATHS, withSearch } from '../components/workspace-paths.ts';

function SharedCycleForm({ plan, previous }: { plan: WorkspacePlanDetail; previous: WorkspacePlanDetail }) {
  const { t } = useTranslation('workspace');
  const share = useSetSharedCycle(plan.code);
  const id = useId();
  const [cycle, setCycle] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const taken = new Set(plan.cycles.map((c) => c.code));
  // A deadline closes its own plan, and nothing after this plan's deadline can count for it.
  const candidates = previous.cycles.filter((c) => !taken.has(c.code) && !c.isDeadline && c.year <= plan.endYear);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!cycle) {
      setMissing(true);
      document.getElementById(`${id}-cycle`)?.focus();
      return;
    }
    setMissing(false);
    share.mutate(
      { cycle, shared: true },
      {
        onSuccess: () => {
          setDone(cycle);
          setCycle('');
        },
      },
    );
  };

  if (candidates.length === 0) return <p className="ws-muted">{t('plans.cycles.noCandidates', { plan: previous.code })}</p>;
  return (
    <form className="ws-form plan-item-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="plan-item-form__title">
        {t('plans.cycles.share', { plan: previous.code })}
      </h3>
      <div className="ws-toolbar">
        <SelectField
          id={`${id}-cycle`}
          label={t('plans.field.cycle')}
          hint={t('plans.hint.sharedCycle', { plan: previous.code, code: plan.code })}
          value={cycle}
          onChange={(value) => {
            setCycle(value);
            setMissing(false);
          }}
          required
          error={missing ? t('plans.validation.sharedCycle.required') : undefined}
          options={[{ value: '', label: t('plans.choose') }, ...candidates.map((c) => ({ value: c.code, label: t('plans.cycleOption', { code: c.code, year: c.year }) }))]}
        />
        <div className="ws-actions">
          <button type="submit" className="button" disabled={share.isPending}>
            {t('plans.cycles.shareSubmit', { code: plan.code })}
          </button>
        </div>
      </div>
      <ProblemAlert error={share.error} />
      {done ? <SuccessNote>{t('plans.cycles.shared', { cycle: done, code: plan.code })}</SuccessNote> : null}
    </form>
  );
}

export function PlanCycles({ plan, previous, editable }: { plan: WorkspacePlanDetail; previous: WorkspacePlanDetail | undefined; editable: boolean }) {
  const { t } = useTranslation('workspace');
  const unshare = useSetSharedCycle(plan.code);
  return (
    <>
      <WorkspaceTable
        caption={t('plans.cycles.caption', { code: plan.code })}
        empty={t('plans.cycles.empty')}
        rows={plan.cycles}
        rowKey={(cycle) => cycle.code}
        columns={[
          { id: 'cycle', header: t('plans.column.cycle'), primary: true, cell: (cycle) => cycle.code },
          { id: 'year', header: t('plans.column.year'), className: 'numeric', cell: (cycle) => cycle.year },
          { id: 'state', header: t('plans.column.state'), cell: (cycle) => <CycleStatusChip cycle={cycle} /> },
          {
            id: 'origin',
            header: t('plans.column.origin'),
            cell: (cycle) =>
              cycle.shared ? (
                <span className="plan-shared">
                  {t('plans.cycles.sharedFrom', { plan: plan.previousPlan ?? '' })}
                  {editable ? (
                    <button
                      type="button"
                      className="button button--secondary ws-button--small"
                      disabled={unshare.isPending}
                      onClick={() => unshare.mutate({ cycle: cycle.code, shared: false })}
                    >
                      {t('plans.cycles.unshare')}
                      <span className="visually-hidden"> {t('plans.cycles.unshareWhich', { cycle: cycle.code, code: plan.code })}</span>
                    </button>
                  ) : null}
                </span>
              ) : (
                t('plans.cycles.own', { code: plan.code })
              ),
          },
        ]}
      />
      <ProblemAlert error={unshare.error} />
      <p className="ws-muted">
        {t('plans.cycles.addHint')} <Link to={withSearch(WORKSPACE_PATHS.cycles, { plan: plan.code })}>{t('plans.cycles.addLink', { code: plan.code })}</Link>
      </p>
      {editable && previous ? <SharedCycleForm plan={plan} previous={previous} /> : null}
    </>
  );
}
