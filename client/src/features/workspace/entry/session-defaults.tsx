// "For this session": a source and a date that rows typed without a source take ("<source>, <date>"). Kept for the
// browser tab (sessionStorage), not on the server.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../components/form-field.tsx';
import { defaultSourceOf } from './utils/entry-grid.ts';

export interface SessionDefaultsValue {
  source: string;
  date: string;
}

const KEY = 'ccm.entry-defaults.v1';
const EMPTY: SessionDefaultsValue = { source: '', date: '' };

function readDefaults(): SessionDefaultsValue {
  try {
    const parsed = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null') as Partial<SessionDefaultsValue> | null;
    return { source: typeof parsed?.source === 'string' ? parsed.source : '', date: typeof parsed?.date === 'string' ? parsed.date : '' };
  } catch {
    return EMPTY;
  }
}

export function useSessionDefaults() {
  const [defaults, setDefaults] = useState(readDefaults);
  useEffect(() => {
    try {
      window.sessionStorage.setItem(KEY, JSON.stringify(defaults));
    } catch {
      // Blocked storage: the defaults last as long as the page.
    }
  }, [defaults]);
  return [defaults, setDefaults] as const;
}

export function SessionDefaults({ defaults, onChange }: { defaults: SessionDefaultsValue; onChange: (next: SessionDefaultsValue) => void }) {
  const { t } = useTranslation('workspace');
  const example = defaultSourceOf(defaults);
  return (
    <fieldset className="ws-grid__defaults">
      <legend>{t('entry.defaults.legend')}</legend>
      <TextField id="defaults-source" label={t('entry.defaults.source')} value={defaults.source} onChange={(source) => onChange({ ...defaults, source })} />
      <TextField id="defaults-date" type="date" label={t('entry.defaults.date')} value={defaults.date} onChange={(date) => onChange({ ...defaults, date })} />
      <p className="ws-field__hint ws-grid__defaults-hint" role="status">
        {example ? t('entry.defaults.hintSet', { source: example }) : t('entry.defaults.hint')}
      </p>
    </fieldset>
  );
}
