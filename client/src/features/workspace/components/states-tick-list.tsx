// Who is counted, as the ISU ticks it: every State (searchable by its name in the workspace language or its code), a
// "the list is complete" box, and the count the list gives, announced as it changes. A complete list derives the value.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { State } from '@ccm/shared/schemas/states';
import type { WorkspaceLanguage } from '../i18n/load-workspace-catalogue.ts';

export interface StatesTickListProps {
  id: string;
  /** Every State, as GET /api/v1/states lists them. */
  states: readonly State[];
  lang: WorkspaceLanguage;
  selected: readonly string[];
  complete: boolean;
  onChange: (selected: string[]) => void;
  onCompleteChange: (complete: boolean) => void;
  /** The typed value, to say how many of the count the list leaves unnamed. */
  typed: number | null;
  error?: string | undefined;
  disabled?: boolean;
  /** The catalogue section of its texts (legend, hints, counts): a figure's "who is counted" unless told otherwise. */
  textKey?: string;
}

/** Lower case without accents, for matching "cote" to "Côte d'Ivoire". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function StatesTickList({ id, states, lang, selected, complete, onChange, onCompleteChange, typed, error, disabled, textKey = 'entry.states' }: StatesTickListProps) {
  const { t: translate } = useTranslation('workspace');
  const t = (key: string, values: Record<string, unknown> = {}) => translate(`${textKey}.${key}`, values);
  const [query, setQuery] = useState('');
  const legendId = useId();
  const nameOf = useMemo(() => {
    const names = new Map(states.map((s) => [s.code, s.names[lang] || s.name]));
    return (code: string) => names.get(code) ?? code;
  }, [states, lang]);
  const sorted = useMemo(() => [...states].sort((a, b) => nameOf(a.code).localeCompare(nameOf(b.code), lang)), [states, nameOf, lang]);
  const needle = fold(query.trim());
  const shown = needle === '' ? sorted : sorted.filter((s) => fold(nameOf(s.code)).includes(needle) || s.code.toLowerCase().includes(needle));
  const chosen = new Set(selected);
  const count = chosen.size;

  const toggle = (code: string, checked: boolean) => {
    const next = new Set(chosen);
    if (checked) next.add(code);
    else next.delete(code);
    onChange([...next].sort());
  };

  const countText = complete
    ? t('derived', { count })
    : typed !== null && typed > count
      ? t('partial', { count, typed, unnamed: typed - count })
      : t('ticked', { count });
  const describedBy = [`${id}-hint`, `${id}-count`, error ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <fieldset className={`ws-states ws-field--wide${error ? ' ws-field--invalid' : ''}`} aria-describedby={describedBy} disabled={disabled}>
      <legend id={legendId}>{t('legend')}</legend>
      <p id={`${id}-hint`} className="ws-field__hint">
        {t('hint')}
      </p>
      <div className="ws-states__tools">
        <div className="ws-field">
          <label htmlFor={`${id}-search`}>{t('search')}</label>
          <input id={`${id}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} aria-controls={`${id}-list`} autoComplete="off" />
        </div>
        <div className="ws-check">
          <input id={`${id}-complete`} type="checkbox" checked={complete} onChange={(event) => onCompleteChange(event.target.checked)} aria-describedby={`${id}-complete-hint`} />
          <label htmlFor={`${id}-complete`}>{t('complete')}</label>
          <p id={`${id}-complete-hint`} className="ws-field__hint">
            {t('completeHint')}
          </p>
        </div>
      </div>
      <p id={`${id}-count`} className="ws-states__count" role="status" aria-live="polite">
        {countText}
      </p>
      {count > 0 ? (
        <p className="ws-states__chosen">
          {t('chosen')} {[...chosen].map(nameOf).sort((a, b) => a.localeCompare(b, lang)).join(', ')}
        </p>
      ) : null}
      <ul id={`${id}-list`} className="ws-states__list" aria-labelledby={legendId}>
        {shown.map((s) => (
          <li key={s.code}>
            <input id={`${id}-${s.code}`} type="checkbox" checked={chosen.has(s.code)} onChange={(event) => toggle(s.code, event.target.checked)} />
            <label htmlFor={`${id}-${s.code}`}>
              {nameOf(s.code)} <span className="ws-states__code">{s.code}</span>
            </label>
          </li>
        ))}
      </ul>
      {shown.length === 0 ? <p className="ws-field__hint">{t('noMatch', { query: query.trim() })}</p> : null}
      {error ? (
        <p id={`${id}-error`} className="ws-field__error" role="alert">
          <span>{error}</span>
        </p>
      ) : null}
    </fieldset>
  );
}
