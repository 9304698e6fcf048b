// The status each cycle would have had with the figures known then, and since when the indicator has been flagged.
import { useTranslation } from 'react-i18next';
import type { StatusHistoryEntry } from '@ccm/shared/schemas/status';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';

export function StatusHistory({ history }: { history: readonly StatusHistoryEntry[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <p>{t('indicator.historyEmpty')}</p>;
  return (
    <ol className="status-history" aria-label={t('indicator.historyLabel')}>
      {history.map((entry) => (
        <li key={entry.cycle} className="status-history__item" data-cycle={entry.cycle}>
          <span className="status-history__cycle">{entry.cycle}</span>
          <StatusBadge code={entry.code} size="sm" />
        </li>
      ))}
    </ol>
  );
}
