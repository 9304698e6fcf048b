// A status as text plus a shape, tinted by colour only as a third cue.
import type { StatusCode } from '@ccm/shared/domain/vocabulary';
import { useStatusLabel } from '../../lib/status-text.ts';
import { StatusIcon } from './status-icon.tsx';

export function StatusBadge({ code, size = 'md', deadline }: { code: StatusCode; size?: 'sm' | 'md'; /** The plan's deadline cycle, named by "Too slow for the 3RC". */ deadline?: string | null }) {
  const label = useStatusLabel();
  return (
    <span className={`status-badge status-badge--${size}`} data-status={code}>
      <StatusIcon code={code} size={size === 'sm' ? 14 : 16} />
      <span className="status-badge__label">{label(code, deadline)}</span>
    </span>
  );
}
