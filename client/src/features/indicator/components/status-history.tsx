// The status each cycle would have had with the figures known then, and since when the indicator has been flagged. A
// cycle whose figure is under review by the ISU, or whose figure was placed in it by inference, says so.
import { useTranslation } from 'react-i18next';
import type { Observation } from '@ccm/shared/schemas/api';
import type { StatusHistoryEntry } from '@ccm/shared/schemas/status';
import { ObservationMarks } from '../../../components/ui/observation-marks.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';

export function StatusHistory({
  history,
  observations = [],
  deadline,
}: {
  history: readonly StatusHistoryEntry[];
  observations?: readonly Observation[];
  deadline?: string | null;
}) {
  const { t } = useTranslation();
  if (history.length === 0) return <p>{t('indicator.historyEmpty')}</p>;
  return (
    <ol className="status-history" aria-label={t('indicator.historyLabel')}>
      {history.map((entry) => {
        const own = observations.filter((o) => o.cycle === entry.cycle && o.spanFrom === null);
        const review = own.find((o) => o.underReview !== null)?.underReview ?? null;
        const inferred = own.find((o) => o.cycleInferred);
        return (
          <li key={entry.cycle} className="status-history__item" data-cycle={entry.cycle}>
            <span className="status-history__cycle">{entry.cycle}</span>
            <StatusBadge code={entry.code} size="sm" deadline={deadline} />
            <ObservationMarks marks={{ inferred: inferred !== undefined, underReview: review, note: inferred?.note ?? null }} variant="plain" />
          </li>
        );
      })}
    </ol>
  );
}
