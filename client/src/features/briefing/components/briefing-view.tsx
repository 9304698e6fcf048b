// The briefing pack, props in: header and downloads, summary, flagged then other indicators, actions without figures,
// conflicts, talking points for the meeting and what changed since the last MSP. Headings: h1, an h2 per section, h3 per item.
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../i18n/link.tsx';
import type { Briefing, BriefingIndicator as BriefingIndicatorData, BriefingRecentChange } from '@ccm/shared/schemas/briefing';
import { useFormatters, type Formatters } from '../../../lib/format.ts';
import { ParagraphRefs } from '../../../components/ui/paragraph-refs.tsx';
import { FactList, type Fact } from '../../../components/ui/fact-list.tsx';
import type { BriefingDownloads } from '../utils/briefing-links.ts';
import { chartCyclesOf } from '../utils/chart-cycles.ts';
import { BriefingIndicator } from './briefing-indicator.tsx';
import { BriefingToolbar } from './briefing-toolbar.tsx';
import { pillarPath } from '../../../lib/page-paths.ts';

export type BriefingSectionName = 'summary' | 'flagged' | 'others' | 'noFigures' | 'conflicts' | 'questions' | 'since';

export const sectionHeadingId = (name: BriefingSectionName) => `briefing-${name}`;

/** A section of the pack. With `empty`, a list of `count` items: none says `empty` in place of its lead and its list. */
function Section({
  name,
  title,
  lead,
  count,
  empty,
  children,
}: {
  name: BriefingSectionName;
  title: string;
  lead?: string;
  count?: number;
  empty?: string;
  children: ReactNode;
}) {
  const none = empty !== undefined && count === 0;
  return (
    <section className={`briefing-section briefing-section--${name}`} aria-labelledby={sectionHeadingId(name)} data-section={name}>
      <h2 id={sectionHeadingId(name)} className="briefing-section__title">
        {title}
      </h2>
      {lead && !none ? <p className="briefing-section__lead">{lead}</p> : null}
      {none ? <p className="briefing-empty">{empty}</p> : children}
    </section>
  );
}

function IndicatorList({ items, cycles, chartWidth, remarks }: { items: BriefingIndicatorData[]; cycles: ReturnType<typeof chartCyclesOf>; chartWidth?: number; remarks?: Record<string, string> }) {
  return (
    <div className="briefing-indicators">
      {items.map((item) => (
        <BriefingIndicator key={item.indicator.id} item={item} cycles={cycles} chartWidth={chartWidth} remark={remarks?.[item.indicator.id]} />
      ))}
    </div>
  );
}

function changeSentence(change: BriefingRecentChange, t: (key: string, options?: Record<string, unknown>) => string, format: Formatters): string {
  const value = (v: number | null) => (v === null ? t('since.noValue') : format.number(v));
  const params = { cycle: change.cycle, date: format.date(change.revisedAt), value: value(change.value), previous: value(change.previousValue) };
  return change.kind === 'added' ? t('since.added', params) : t('since.revised', params);
}

export function BriefingView({
  briefing,
  downloads,
  chartWidth,
  remarks,
  chooser,
  compare,
}: {
  briefing: Briefing;
  downloads: BriefingDownloads;
  chartWidth?: number;
  /** The Coordinator's own remarks per indicator id (kept in the browser; on the page and in print only). */
  remarks?: Record<string, string>;
  /** The Coordinator's choice of indicators (not printed). */
  chooser?: ReactNode;
  /** "What changed since the briefing of <date>" (in the last section). */
  compare?: ReactNode;
}) {
  const { t } = useTranslation('briefing');
  const format = useFormatters();
  const cycles = useMemo(() => chartCyclesOf(briefing.actionPlan), [briefing.actionPlan]);
  const { pillar, actionPlan: plan } = briefing;
  const cycleList = new Intl.ListFormat(format.locale, { type: 'unit', style: 'short' }).format(briefing.cyclesCovered);
  // The last published change of the pillar's figures or statuses; null while the data is as bundled from the source.
  const updatedAt = briefing.generatedFrom.updatedAt;
  const dataDate = updatedAt ? format.date(updatedAt) : t('meta.asBundled', { document: briefing.generatedFrom.document });
  const languageName = new Intl.DisplayNames([format.locale], { type: 'language' }).of(briefing.lang) ?? briefing.lang;
  // On paper, at the foot of every page (the print sheet's @page margin box reads it from the root element): what this
  // is, in which language, and the data it was made from.
  const printFooter = t('footer.print', {
    title: briefing.title,
    pillar: pillar.name,
    language: languageName,
    data: updatedAt ? t('footer.printDate', { date: format.date(updatedAt) }) : t('footer.printBundled', { document: briefing.generatedFrom.document }),
  });
  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--briefing-print-footer', JSON.stringify(printFooter));
    return () => {
      root.style.removeProperty('--briefing-print-footer');
    };
  }, [printFooter]);

  const meta: Fact[] = [
    { key: 'plan', label: t('meta.plan'), value: plan.title },
    { key: 'actions', label: t('meta.actions'), value: t('meta.actionsRange', { from: pillar.actionFrom, to: pillar.actionTo }) },
    { key: 'cycles', label: t('meta.cycles'), value: cycleList },
    { key: 'deadline', label: t('meta.deadline'), value: plan.deadlineCycle },
    { key: 'updated', label: t('meta.updated'), value: updatedAt ? <time dateTime={updatedAt}>{dataDate}</time> : dataDate },
  ];
  return (
    <article className="briefing" data-pillar={pillar.slug}>
      <p className="briefing__back">
        <Link to={pillarPath(briefing.actionPlan.code, pillar.slug)}>
          <svg className="briefing__back-arrow" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {t('back', { pillar: pillar.name })}
        </Link>
      </p>

      <header className="briefing__header">
        <p className="briefing__eyebrow">{t('eyebrow')}</p>
        <h1 className="briefing__title">{briefing.title}</h1>
        <FactList className="briefing__meta" facts={meta} />
        <BriefingToolbar downloads={downloads} />
        {chooser}
      </header>

      <Section name="summary" title={t('section.summary')}>
        <ul className="briefing-headline">
          {briefing.headline.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </Section>

      <Section
        name="flagged"
        title={t('section.flagged')}
        lead={t('lead.flagged', { deadline: plan.deadlineCycle })}
        count={briefing.flagged.length}
        empty={t('empty.flagged', { deadline: plan.deadlineCycle })}
      >
        <IndicatorList items={briefing.flagged} cycles={cycles} chartWidth={chartWidth} remarks={remarks} />
      </Section>

      <Section name="others" title={t('section.others')} lead={t('lead.others')} count={briefing.others.length} empty={t('empty.others')}>
        <IndicatorList items={briefing.others} cycles={cycles} chartWidth={chartWidth} remarks={remarks} />
      </Section>

      <Section name="noFigures" title={t('section.noFigures')} lead={t('lead.noFigures')} count={briefing.actionsWithoutFigures.length} empty={t('empty.noFigures')}>
        <ul className="briefing-actions">
          {briefing.actionsWithoutFigures.map((action) => (
            <li key={action.number} className="briefing-action" data-action={action.number}>
              <h3 className="briefing-action__title">{t('action.title', { number: action.number, title: action.title })}</h3>
              <p className="briefing-action__summary">{action.summary}</p>
              <p className="briefing-refs">
                <ParagraphRefs paragraphs={action.paragraphs} />
              </p>
            </li>
          ))}
        </ul>
      </Section>

      <Section name="conflicts" title={t('section.conflicts')} lead={t('lead.conflicts')} count={briefing.conflicts.length} empty={t('empty.conflicts')}>
        <ul className="briefing-conflicts">
          {briefing.conflicts.map((conflict) => (
            <li key={conflict.id} className="briefing-conflict" data-conflict={conflict.id}>
              <p className="briefing-conflict__description">{conflict.description}</p>
              <ul className="briefing-conflict__statements" aria-label={t('conflict.statements')}>
                {conflict.statements.map((s, i) => (
                  <li key={`${s.paragraph}-${i}`}>
                    <span className="briefing-conflict__paragraph">{t('conflict.paragraph', { paragraph: s.paragraph })}</span> {s.says}{' '}
                    <q className="briefing-conflict__quote">{s.quote}</q>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </Section>

      <Section name="questions" title={t('section.questions')} lead={t('lead.questions')} count={briefing.talkingPoints.length} empty={t('empty.questions')}>
        <ul className="briefing-questions">
          {briefing.talkingPoints.map((point) => (
            <li key={point.indicatorId ?? point.conflictId ?? point.text} data-indicator={point.indicatorId ?? undefined}>
              {point.text}
            </li>
          ))}
        </ul>
      </Section>

      <Section name="since" title={t('section.since')}>
        <p>{briefing.sinceLastMeeting.sentence}</p>
        {briefing.sinceLastMeeting.changes.length > 0 ? (
          <ul className="briefing-changes" aria-label={t('since.changesLabel')}>
            {briefing.sinceLastMeeting.changes.map((change) => (
              <li key={`${change.indicatorId}-${change.cycle}-${change.revisedAt}`} data-kind={change.kind}>
                <span className="briefing-changes__title">{change.indicatorTitle}</span> {changeSentence(change, t, format)}
              </li>
            ))}
          </ul>
        ) : null}
        {compare}
      </Section>

      <footer className="briefing__footer">
        <p>
          {t('footer.source', { document: briefing.generatedFrom.document })} {t('footer.version', { version: briefing.generatedFrom.dataVersion })}
          {` ${t('footer.updated', { date: dataDate })}`} {t('footer.cite')}
        </p>
      </footer>
    </article>
  );
}
