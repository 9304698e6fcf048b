// Asks why a published change is reverted, then drafts the change that restores the figure before it.
import { useTranslation } from 'react-i18next';
import { RevertInputSchema, type Change } from '@ccm/shared/schemas/workspace';
import { useRevertChange } from './api/revert-change.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { ReasonForm } from '../components/reason-form.tsx';

export function RevertForm({ change, onDone, onCancel }: { change: Change; onDone: (draft: Change) => void; onCancel: () => void }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const revert = useRevertChange();
  return (
    <ReasonForm
      id={`revert-${change.id}`}
      schema={RevertInputSchema}
      errorScope="revert"
      className="ws-revert"
      heading={(id) => (
        // An h2: the history page's only heading above it is the page's h1 (axe heading-order).
        <h2 id={id} className="ws-revert__title">
          {t('history.revert.title', { indicator: change.indicatorId, cycle: change.cycle })}
        </h2>
      )}
      explanation={<p className="ws-muted">{t('history.revert.explain', { current: format.record(change.after), restored: format.record(change.before) })}</p>}
      label={t('history.revert.reason')}
      hint={t('history.revert.reasonHint')}
      submitLabel={t('history.revert.submit')}
      pending={revert.isPending}
      error={revert.error}
      onSubmit={(reason) => revert.mutate({ id: change.id, reason }, { onSuccess: onDone })}
      onCancel={onCancel}
    />
  );
}
