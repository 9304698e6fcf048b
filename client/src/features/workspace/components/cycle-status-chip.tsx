import { useTranslation } from 'react-i18next';

/** A cycle's state as a chip: a deadline cycle says so, any other its status (open, published). */
export function CycleStatusChip({ cycle }: { cycle: { isDeadline: boolean; status: 'open' | 'published' } }) {
  const { t } = useTranslation('workspace');
  return cycle.isDeadline ? (
    <span className="ws-chip ws-chip--deadline">{t('cycles.status.deadline')}</span>
  ) : (
    <span className={`ws-chip ws-chip--${cycle.status}`}>{t(`cycles.status.${cycle.status}`)}</span>
  );
}
