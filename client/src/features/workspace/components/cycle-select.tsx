import { useTranslation } from 'react-i18next';
import type { WorkspaceCycle } from '../api/get-workspace-cycles.ts';
import { SelectField } from './form-field.tsx';

/** Picks a reporting cycle; each option says whether the cycle is open or published. */
export function CycleSelect({ id, cycles, value, onChange, label }: { id: string; cycles: WorkspaceCycle[]; value: string; onChange: (code: string) => void; label?: string }) {
  const { t } = useTranslation('workspace');
  const options = cycles.map((c) => ({
    value: c.code,
    label: t('cycleOption', { code: c.code, status: t(`cycles.status.${c.status}`), count: c.pendingChanges }),
  }));
  return <SelectField id={id} label={label ?? t('common.cycle')} value={value} options={options} onChange={onChange} />;
}

/** The cycle a screen starts on: the one asked for, else the first with drafts (when asked), else the first open one, else the latest. */
export function defaultCycle(cycles: WorkspaceCycle[], requested: string | null, preferDrafts = false): string | null {
  if (requested && cycles.some((c) => c.code === requested)) return requested;
  const withDrafts = preferDrafts ? cycles.find((c) => c.pendingChanges > 0) : undefined;
  return (withDrafts ?? cycles.find((c) => c.status === 'open') ?? cycles.at(-1))?.code ?? null;
}
