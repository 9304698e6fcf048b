// Formats the workspace shows: a figure as a sentence fragment ("at least 7 of 10"), a moment, a record pair.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObservationRecord } from '@ccm/shared/schemas/workspace';
import { useFormatters } from '../../../lib/format.ts';

export function useWorkspaceFormat() {
  const { t, i18n } = useTranslation('workspace');
  const format = useFormatters();
  const language = i18n.language;
  const moment = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }), [language]);
  const day = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }), [language]);
  return {
    number: format.number,
    /** A share 0..1 as a percentage. */
    percent: (share: number) => format.percent(share, 1),
    /** "10 of 10", "at least 7", "not reported", or "no figure". */
    record: (record: ObservationRecord | null | undefined): string => {
      if (!record) return t('record.none');
      if (record.reporting === 'not_reported') return t('record.notReported');
      if (record.reporting === 'not_applicable') return t('record.notApplicable');
      if (record.value === null) return t('record.none');
      const figure = t(`record.qualifier.${record.qualifier}`, { value: format.number(record.value) });
      return record.denominator === null ? figure : t('record.ofDenominator', { figure, denominator: format.number(record.denominator) });
    },
    /** A timestamp with date and time. */
    moment: (iso: string | null | undefined): string => {
      if (!iso) return '';
      const parsed = new Date(iso);
      return Number.isNaN(parsed.getTime()) ? iso : moment.format(parsed);
    },
    /** A calendar date (YYYY-MM-DD). */
    day: (iso: string | null | undefined): string => {
      if (!iso) return '';
      const parsed = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(parsed.getTime()) ? iso : day.format(parsed);
    },
  };
}
