// Table cells shared by the review, history and content screens: when and by whom, a change's kind and state as words,
// and a record with its flags.
import { useTranslation } from 'react-i18next';
import { statesDiff } from '@ccm/shared/domain/counted-entry';
import type { Change, ObservationRecord } from '@ccm/shared/schemas/workspace';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';

/** When a change was drafted, and under it by whom. */
export function DraftedWhen({ change }: { change: { createdAt: string; author: string } }) {
  const format = useWorkspaceFormat();
  return (
    <>
      {format.moment(change.createdAt)}
      <span className="ws-cell-sub">{change.author}</span>
    </>
  );
}

export function ChangeKind({ change }: { change: Change }) {
  const { t } = useTranslation('workspace');
  return <span className={`ws-chip ws-chip--kind-${change.kind}`}>{t(`change.kind.${change.kind}`)}</span>;
}

export function ChangeState({ change }: { change: Change }) {
  const { t } = useTranslation('workspace');
  return <span className={`ws-chip ws-chip--${change.state}`}>{t(`change.state.${change.state}`)}</span>;
}

/** "9 of 10", then "cycle inferred" and "under review by the ISU" when the record says so (the comment as its title). */
export function RecordText({ record }: { record: ObservationRecord | null | undefined }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  return (
    <>
      {format.record(record)}
      {record?.cycleInferred ? (
        <span className="ws-mark ws-mark--inferred" data-mark="cycle-inferred">
          {t('record.mark.cycleInferred')}
        </span>
      ) : null}
      {record?.underReview ? (
        <span className="ws-mark ws-mark--review" data-mark="under-review" title={record.underReview.note}>
          {t('record.mark.underReview')}
          <span className="visually-hidden">
            {t('common.listSeparator')}
            {record.underReview.note}
          </span>
        </span>
      ) : null}
    </>
  );
}

/** Who is counted in a change: the States it adds and removes (nothing when the change leaves the list as it is). */
export function StatesChange({ change }: { change: Pick<Change, 'before' | 'after'> }) {
  const { t } = useTranslation('workspace');
  const { added, removed } = statesDiff(change.before?.states, change.after?.states);
  if (added.length === 0 && removed.length === 0) return null;
  return (
    <span className="ws-states-change" data-mark="states-change">
      {added.length > 0 ? <span className="ws-states-change__added">{t('change.statesAdded', { count: added.length, states: added.join(', ') })}</span> : null}
      {removed.length > 0 ? <span className="ws-states-change__removed">{t('change.statesRemoved', { count: removed.length, states: removed.join(', ') })}</span> : null}
    </span>
  );
}
