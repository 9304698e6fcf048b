// A <select> of statuses (most severe first; all of them, or those given) bound to a URL search parameter by its parent.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_CODES, type StatusCode } from '@ccm/shared/domain/vocabulary';
import { useStatusLabel } from '../../lib/status-text.ts';

export function StatusFilter({
  value,
  onChange,
  deadline,
  codes = STATUS_CODES,
  allLabel,
}: {
  value: StatusCode | null;
  onChange: (code: StatusCode | null) => void;
  /** The plan's deadline cycle, named by "Too slow for the 3RC". */
  deadline?: string | null;
  /** The statuses offered (all of them unless told), most severe first. */
  codes?: readonly StatusCode[];
  /** The empty choice's label ("All statuses" unless told). */
  allLabel?: string;
}) {
  const { t } = useTranslation();
  const label = useStatusLabel();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('filters.status')}</label>
      <select
        id={id}
        name="status"
        value={value ?? ''}
        onChange={(e) => {
          const next = codes.find((c) => c === e.target.value) ?? null;
          onChange(next);
        }}
      >
        <option value="">{allLabel ?? t('filters.allStatuses')}</option>
        {codes.map((code) => (
          <option key={code} value={code}>
            {label(code, deadline)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function parseStatus(value: string | null): StatusCode | null {
  return STATUS_CODES.find((c) => c === value) ?? null;
}
