// A status as text plus a shape, tinted by colour only as a third cue.
import { useTranslation } from 'react-i18next';
import type { StatusCode } from '@ccm/shared/schemas/common';
import { StatusIcon } from './status-icon.tsx';

export function StatusBadge({ code, size = 'md' }: { code: StatusCode; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-badge--${size}`} data-status={code}>
      <StatusIcon code={code} size={size === 'sm' ? 14 : 16} />
      <span className="status-badge__label">{t(`status.label.${code}`)}</span>
    </span>
  );
}
