// A <select> of statuses (most severe first) bound to a URL search parameter by its parent.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_CODES, type StatusCode } from '@ccm/shared/schemas/common';

export function StatusFilter({ value, onChange }: { value: StatusCode | null; onChange: (code: StatusCode | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('filters.status')}</label>
      <select
        id={id}
        name="status"
        value={value ?? ''}
        onChange={(e) => {
          const next = STATUS_CODES.find((c) => c === e.target.value) ?? null;
          onChange(next);
        }}
      >
        <option value="">{t('filters.allStatuses')}</option>
        {STATUS_CODES.map((code) => (
          <option key={code} value={code}>
            {t(`status.label.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function parseStatus(value: string | null): StatusCode | null {
  return STATUS_CODES.find((c) => c === value) ?? null;
}
