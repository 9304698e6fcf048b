// "What changed since the briefing of <date>": a date, then the figures published or withdrawn on or after it, each as
// before → after in words. On the page and in print once asked for.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@ccm/shared/i18n/languages';
import { useBriefingChanges } from '../api/get-briefing-changes.ts';

export function BriefingCompare({ plan, pillar, lang }: { plan: string; pillar: string; lang: Language }) {
  const { t } = useTranslation('briefing');
  const inputId = useId();
  const [date, setDate] = useState('');
  const [since, setSince] = useState<string | null>(null);
  const changes = useBriefingChanges(plan, pillar, lang, since);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) setSince(date);
  };
  return (
    <div className="briefing-compare">
      <form className="briefing-compare__form" onSubmit={submit}>
        <label htmlFor={inputId}>{t('compare.label')}</label>
        <input id={inputId} type="date" value={date} required onChange={(e) => setDate(e.currentTarget.value)} />
        <button type="submit" className="button button--secondary">
          {t('compare.show')}
        </button>
      </form>
      <div className="briefing-compare__result" aria-live="polite">
        {since === null ? null : changes.isError ? (
          <p role="alert">{t('compare.error')}</p>
        ) : !changes.data ? (
          <p>{t('compare.loading')}</p>
        ) : (
          <>
            <h3 className="briefing-compare__title">{t('compare.title', { date: changes.data.since })}</h3>
            <p>{changes.data.sentence}</p>
            {changes.data.changes.length > 0 ? (
              <ul className="briefing-changes">
                {changes.data.changes.map((c) => (
                  <li key={`${c.indicatorId}-${c.spanFrom ?? ''}-${c.cycle}-${c.publishedAt}`} data-kind={c.kind} data-indicator={c.indicatorId}>
                    {c.text}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
