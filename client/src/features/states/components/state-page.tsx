// One State: its names, code and status with the events behind it, and every published figure and series point that
// names it, grouped by indicator (cycle by cycle) and by series, each with its paragraph and words.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { StateDetail, StateEvent, StateMention } from '@ccm/shared/schemas/states';
import { cycleLabel } from '../../../lib/cycles.ts';
import { useFormatters } from '../../../lib/format.ts';
import { indicatorPath, seriesPath, statesPath } from '../../../lib/page-paths.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { Link } from '../../../i18n/link.tsx';
import { isNotFound, PendingPage } from '../../../components/ui/query-state.tsx';
import { NotFound } from '../../../components/ui/not-found.tsx';
import { EnglishText } from '../../../components/ui/localized-text.tsx';
import { useMeasureLabel, useSeriesFormatters } from '../../../lib/series-format.ts';
import { SourceDetails } from '../../../components/ui/source-details.tsx';
import { useStateDetail } from '../api/get-state.ts';
import './states.css';

export function StatePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const state = useStateDetail(code);
  useDocumentTitle(state.data?.name ?? t('states.stateTitle'));

  if (isNotFound(state.error)) return <NotFound />;
  if (state.isError) return <PendingPage title={t('states.stateTitle')} onRetry={() => void state.refetch()} />;
  if (!state.data) return <PendingPage title={t('states.stateTitle')} />;
  return <StateView state={state.data} />;
}

function StateView({ state }: { state: StateDetail }) {
  const { t } = useTranslation();
  const seriesFormat = useSeriesFormatters();
  const measureLabel = useMeasureLabel();
  const english = state.i18n.fallback.includes('name');
  const figures = groupBy(
    state.mentions.filter((m) => m.kind === 'figure'),
    (m) => m.indicator ?? '',
  );
  const points = groupBy(
    state.mentions.filter((m) => m.kind === 'series'),
    (m) => m.series ?? '',
  );
  return (
    <article className="state-page" data-state={state.code}>
      <nav aria-label={t('states.breadcrumbLabel')} className="breadcrumb">
        <ol>
          <li>
            <Link to={statesPath()}>{t('states.title')}</Link>
          </li>
        </ol>
      </nav>
      <header className="page-header">
        <p className="page-header__eyebrow">{t('states.codeLabel', { code: state.code })}</p>
        <h1 lang={english ? 'en' : undefined}>{state.name}</h1>
        {state.shortName && state.shortName !== state.name ? (
          <p className="page-header__lead">
            {t('states.shortName')} <EnglishText>{state.shortName}</EnglishText>
          </p>
        ) : null}
      </header>

      <section className="section card" aria-labelledby="state-status">
        <h2 id="state-status">{t('states.statusHeading')}</h2>
        <p data-status={state.status}>
          <strong>{t(`states.status.${state.status}`)}</strong>
        </p>
        {state.events.length === 0 ? (
          <p className="muted">{t('states.noEvents')}</p>
        ) : (
          <ol className="state-events">
            {state.events.map((e, index) => (
              <EventItem key={`${e.kind}-${e.date ?? ''}-${index}`} event={e} />
            ))}
          </ol>
        )}
      </section>

      <Obligations mentions={state.mentions} name={state.name} />

      <section className="section" aria-labelledby="state-mentions">
        <h2 id="state-mentions">{t('states.mentionsHeading')}</h2>
        <p className="muted">{t('states.namedInCount', { count: state.namedIn })}</p>
        {state.mentions.length === 0 ? <p className="muted">{t('states.noMentions')}</p> : null}
        {figures.length > 0 ? (
          <>
            <h3 className="subheading">{t('states.figuresHeading')}</h3>
            {figures.some(([, list]) => list.some((m) => m.counted !== 'counted')) ? <p className="muted">{t('states.roleLegend')}</p> : null}
            <ul className="state-mentions">
              {figures.map(([indicator, list]) => (
                <MentionItem
                  key={indicator}
                  title={<Link to={indicatorPath(indicator)}>{list[0]?.titleFallback ? <EnglishText badge>{list[0].title}</EnglishText> : list[0]?.title}</Link>}
                  lead={
                    list[0]?.action !== null && list[0]?.action !== undefined ? (
                      <p className="muted">{t('states.actionOfPlan', { plan: list[0].actionPlan, number: list[0].action })}</p>
                    ) : null
                  }
                >
                  {list.map((m, index) => (
                    <li key={`${m.spanFrom ?? ''}-${m.cycle ?? ''}-${index}`}>
                      <strong>{m.cycle ? cycleLabel({ cycle: m.cycle, spanFrom: m.spanFrom }) : null}</strong>
                      {m.counted ? (
                        <span data-counted={m.counted}>
                          {' · '}
                          {t(`states.role.${m.counted}`)}
                        </span>
                      ) : null}{' '}
                      <SourceDetails source={m.source} />
                    </li>
                  ))}
                </MentionItem>
              ))}
            </ul>
          </>
        ) : null}
        {points.length > 0 ? (
          <>
            <h3 className="subheading">{t('states.seriesHeading')}</h3>
            <ul className="state-mentions">
              {points.map(([series, list]) => (
                <MentionItem key={series} title={<Link to={seriesPath(series)}>{t(`series.name.${series}`, { defaultValue: series })}</Link>}>
                  {list.map((m, index) => (
                    <li key={`${m.period ?? ''}-${index}`}>
                      <strong>{m.period === null ? null : seriesFormat.period(m.period)}</strong> {m.measure === null ? null : measureLabel(m.measure)} <SourceDetails source={m.source} />
                    </li>
                  ))}
                </MentionItem>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </article>
  );
}

/** The series that record Article 3 (stockpiles) and Article 4 (clearance) obligations and extension requests. */
const OBLIGATION_SERIES = new Set(['extension-requests', 'stockpile-destruction']);

/**
 * Articles 3 and 4: what the document says of this State's stockpile destruction, clearance obligations and extension
 * requests, each with its paragraph. The document gives no State's deadline, and the section says so.
 */
/** One indicator or series that names the State: its link, what to read it with, then the cycles it names the State in. */
function MentionItem({ title, lead, children }: { title: ReactNode; lead?: ReactNode; children: ReactNode }) {
  return (
    <li className="state-mention">
      <h4 className="state-mention__title">{title}</h4>
      {lead}
      <ul className="state-mention__cycles">{children}</ul>
    </li>
  );
}

function Obligations({ mentions, name }: { mentions: StateMention[]; name: string }) {
  const { t } = useTranslation();
  const seriesFormat = useSeriesFormatters();
  const measureLabel = useMeasureLabel();
  const points = mentions.filter((m) => m.kind === 'series' && m.series !== null && OBLIGATION_SERIES.has(m.series));
  if (points.length === 0) return null;
  return (
    <section className="section card" aria-labelledby="state-obligations">
      <h2 id="state-obligations">{t('states.obligationsHeading')}</h2>
      <ul className="state-mention__cycles">
        {points.map((m, index) => (
          <li key={`${m.series ?? ''}-${m.period ?? ''}-${m.measure ?? ''}-${index}`} data-series={m.series} data-measure={m.measure}>
            <strong>{m.period === null ? null : seriesFormat.period(m.period)}</strong> {m.measure === null ? null : measureLabel(m.measure)} <SourceDetails source={m.source} />
          </li>
        ))}
      </ul>
      <p className="muted">{t('states.noDeadline', { name })}</p>
    </section>
  );
}

function EventItem({ event }: { event: StateEvent }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const date = event.date === null ? t('states.noDate') : /^\d{4}-\d{2}-\d{2}$/.test(event.date) ? format.date(event.date) : event.date;
  return (
    <li data-event={event.kind}>
      <strong>{t(`states.event.${event.kind}`)}</strong>
      {' · '}
      {date}
      {event.note ? (
        <>
          {' · '}
          <EnglishText>{event.note}</EnglishText>
        </>
      ) : null}{' '}
      <SourceDetails source={event.source} />
    </li>
  );
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return [...groups];
}
