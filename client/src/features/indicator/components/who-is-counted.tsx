// Who is counted: per cycle, the States a figure counts as its source names them (each linked to its State's page), and
// how many of the count the source leaves unnamed. Shown only when some figure of the indicator names States.
import { useTranslation } from 'react-i18next';
import type { Indicator } from '@ccm/shared/schemas/api';
import { useStates } from '../../../lib/api/get-states.ts';
import { cycleLabel } from '../../../lib/cycles.ts';
import { statePath } from '../../../lib/page-paths.ts';
import { Link } from '../../../i18n/link.tsx';

export function WhoIsCounted({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const figures = indicator.observations.filter((o) => o.counted !== null && o.counted.states.length > 0);
  // The names come with the list of States; until it arrives, the codes stand in.
  const states = useStates({ enabled: figures.length > 0 });
  if (figures.length === 0) return null;
  const nameOf = new Map((states.data ?? []).map((s) => [s.code, s]));

  return (
    <section className="section card" aria-labelledby="indicator-counted">
      <h2 id="indicator-counted">{t('states.countedHeading')}</h2>
      <p className="muted">{t('states.countedLead')}</p>
      <ul className="counted-list">
        {figures.map((o, index) => {
          const counted = o.counted;
          if (!counted) return null;
          return (
            <li key={`${o.spanFrom ?? ''}-${o.cycle}-${index}`} data-cycle={cycleLabel(o)} data-complete={counted.complete ? 'true' : 'false'}>
              <strong>{cycleLabel(o)}</strong>
              {': '}
              <span className="counted-list__names">
                {counted.states.map((code, i) => {
                  const state = nameOf.get(code);
                  return (
                    <span key={code}>
                      {i > 0 ? t('states.listSeparator') : null}
                      <Link to={statePath(code)} lang={state?.i18n.fallback.includes('name') ? 'en' : undefined}>
                        {state?.name ?? code}
                      </Link>
                    </span>
                  );
                })}
                {!counted.complete && counted.unnamed !== null && counted.unnamed > 0 ? (
                  <span data-unnamed={counted.unnamed}>{' '}{t('states.notNamed', { count: counted.unnamed })}</span>
                ) : null}
                {!counted.complete && counted.unnamed === null ? <span>{' '}{t('states.notNamedUnknown')}</span> : null}
              </span>
              {counted.source.paragraph !== null ? (
                <details className="quote-toggle">
                  <summary>{t('observation.paragraph', { paragraph: counted.source.paragraph })}</summary>
                  {counted.source.quote ? (
                    <blockquote className="quote" lang="en" dir="ltr">
                      {counted.source.quote}
                    </blockquote>
                  ) : null}
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
