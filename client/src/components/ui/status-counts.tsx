// Counts of indicators by status, most severe first; each count links to the flagged list filtered by that status.
import { STATUS_CODES } from '@ccm/shared/domain/vocabulary';
import type { StatusCounts as Counts } from '@ccm/shared/schemas/api';
import { useFormatters } from '../../lib/format.ts';
import { useStatusLabel } from '../../lib/status-text.ts';
import { Link } from '../../i18n/link.tsx';
import { StatusIcon } from './status-icon.tsx';
import { flaggedPath } from '../../lib/page-paths.ts';

export function StatusCounts({
  counts,
  pillar,
  hideZero = false,
  variant = 'list',
  deadline,
}: {
  counts: Partial<Counts>;
  pillar?: string;
  hideZero?: boolean;
  variant?: 'list' | 'tiles';
  /** The plan's deadline cycle, named by "Too slow for the 3RC". */
  deadline?: string | null;
}) {
  const label = useStatusLabel();
  const format = useFormatters();
  const codes = STATUS_CODES.filter((code) => !hideZero || (counts[code] ?? 0) > 0);
  return (
    <ul className={`status-counts status-counts--${variant}`}>
      {codes.map((code) => {
        const count = counts[code] ?? 0;
        return (
          <li key={code} data-status={code} className="status-counts__item">
            <Link to={flaggedPath({ pillar, status: code })} className="status-counts__link">
              <StatusIcon code={code} />
              <span className="status-counts__count">{format.number(count)}</span>
              <span className="status-counts__label">{label(code, deadline)}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
