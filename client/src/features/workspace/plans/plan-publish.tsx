// Publishing a plan: what becomes public, asked once more, and the server's refusal (with each problem) when the plan
// is not complete.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspacePlanDetail } from '@ccm/shared/schemas/plans';
import { planProblemsOf, usePublishPlan } from '../api/plans.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { ConfirmAction } from '../components/confirm-action.tsx';
import { PlanProblemsTable } from './plan-problems.tsx';
import { useProblemText } from '../components/problem-alert.tsx';

export function PlanPublish({ plan, onPublished }: { plan: WorkspacePlanDetail; onPublished: () => void }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const publish = usePublishPlan(plan.code);
  const problemText = useProblemText();
  const refusal = useRef<HTMLDivElement>(null);
  const counts = {
    code: plan.code,
    pillars: format.number(plan.pillars.length),
    actions: format.number(plan.actions.length),
    indicators: format.number(plan.indicators.length),
    cycles: format.number(plan.cycles.length),
    crosswalk: format.number(plan.counts.crosswalk),
  };
  const problems = planProblemsOf(publish.error);

  // A refusal takes focus when it arrives (the confirmation has closed by then).
  useEffect(() => {
    if (publish.error) refusal.current?.focus();
  }, [publish.error]);

  return (
    <>
      <p>{t('plans.publish.intro', counts)}</p>
      {plan.previousPlan ? <p className="ws-muted">{t('plans.publish.previous', { previous: plan.previousPlan, code: plan.code })}</p> : null}
      {publish.error ? (
        <div ref={refusal} className="ws-alert ws-alert--error" role="alert" tabIndex={-1}>
          <p className="ws-alert__title">{t('plans.publish.refused', { code: plan.code })}</p>
          <p>{problemText(publish.error)}</p>
        </div>
      ) : null}
      {problems.length > 0 ? <PlanProblemsTable problems={problems} /> : null}
      <div className="ws-publish">
        <ConfirmAction
          label={t('plans.publish.button', { code: plan.code })}
          question={t('plans.publish.question', counts)}
          confirmLabel={t('plans.publish.confirm', { code: plan.code })}
          onConfirm={() => publish.mutate(undefined, { onSuccess: onPublished })}
          busy={publish.isPending}
          disabled={publish.isPending}
        />
      </div>
    </>
  );
}
