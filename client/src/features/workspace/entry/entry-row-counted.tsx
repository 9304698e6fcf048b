// Who a figure counts, in its entry form: a button that opens the list of States to tick (fetched once opened, or when
// it must show an error), with "the list is complete", which makes the count the number ticked.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { EntryValues } from '../utils/entry-form.ts';
import type { WorkspaceLanguage } from '../i18n/load-workspace-catalogue.ts';
import { statesQueryOptions } from '../../../lib/api/get-states.ts';
import { ProblemAlert } from '../components/problem-alert.tsx';
import { StatesTickList } from '../components/states-tick-list.tsx';

export interface EntryRowCountedProps {
  /** The form's id: the list's ids start with it. */
  id: string;
  values: EntryValues;
  lang: WorkspaceLanguage;
  /** The figure is not reported (or not applicable): it has no typed count. */
  notReported: boolean;
  /** The count a complete list derives (null: none). */
  derived: number | null;
  /** The message of the list's error, if any (the list then opens). */
  statesError: string | undefined;
  onStatesChange: (states: string[]) => void;
  onCompleteChange: (statesComplete: boolean) => void;
}

export function EntryRowCounted({ id, values, lang, notReported, derived, statesError, onStatesChange, onCompleteChange }: EntryRowCountedProps) {
  const { t } = useTranslation('workspace');
  const [countedOpen, setCountedOpen] = useState(false);
  // The States are fetched once the list is opened (or must show an error).
  const showCounted = countedOpen || statesError !== undefined;
  const statesList = useQuery({ ...statesQueryOptions(lang), enabled: showCounted });

  return (
    <div className="ws-counted ws-field--wide">
      <button
        type="button"
        className="button button--secondary ws-counted__toggle"
        aria-expanded={showCounted}
        aria-controls={`${id}-counted`}
        onClick={() => setCountedOpen((open) => !open)}
      >
        {t('entry.states.toggle', { count: values.states.length })}
      </button>
      <div id={`${id}-counted`} hidden={!showCounted}>
        {showCounted && statesList.isPending ? <p className="ws-field__hint">{t('entry.states.loading')}</p> : null}
        {showCounted && statesList.isError ? <ProblemAlert error={statesList.error} /> : null}
        {showCounted && statesList.data ? (
          <StatesTickList
            id={`${id}-states`}
            states={statesList.data}
            lang={lang}
            selected={values.states}
            complete={values.statesComplete}
            onChange={onStatesChange}
            onCompleteChange={onCompleteChange}
            typed={notReported ? null : (derived ?? (values.value.trim() === '' ? null : Number(values.value.replace(',', '.'))))}
            error={statesError}
          />
        ) : null}
      </div>
    </div>
  );
}
