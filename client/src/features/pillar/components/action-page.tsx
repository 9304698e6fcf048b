// One action of a plan (/plans/:plan/actions/:number): its title, summary and paragraphs, and its indicators with their
// status, chart and "Why?", drawn as on the pillar page.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Indicator } from '@ccm/shared/schemas/api';
import { useAction } from '../../../lib/api/get-action.ts';
import { useCycles } from '../../../lib/api/get-cycles.ts';
import { useIndicators } from '../../../lib/api/get-indicators.ts';
import { usePillars } from '../../../lib/api/get-pillars.ts';
import { planCycles } from '../../../lib/cycles.ts';
import { pillarPath, planPath } from '../../../lib/page-paths.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { usePlan } from '../../../lib/use-plan.ts';
import { Link } from '../../../i18n/link.tsx';
import { LocalizedText } from '../../../components/ui/localized-text.tsx';
import { combineQueries, isNotFound, PendingPage } from '../../../components/ui/query-state.tsx';
import { NotFound } from '../../../components/ui/not-found.tsx';
import { ParagraphRefs } from '../../../components/ui/paragraph-refs.tsx';
import { PillarIndicator } from './pillar-indicator.tsx';

export function ActionPage() {
  const { number = '' } = useParams();
  // Action numbers are whole numbers from 1; anything else names no action.
  if (!/^[1-9]\d{0,2}$/.test(number)) return <NotFound />;
  return <ActionView number={Number(number)} />;
}

function ActionView({ number }: { number: number }) {
  const { t } = useTranslation();
  const plan = usePlan();
  const action = useAction(number);
  const indicators = useIndicators({ action: number });
  const pillars = usePillars();
  const cycles = useCycles();
  useDocumentTitle(action.data ? `${t('indicator.actionLabel', { number })}${t('common.labelSeparator')}${action.data.title}` : t('action.documentTitle'));

  const model = useMemo(() => {
    if (!action.data || !indicators.data || !cycles.data) return null;
    const byId = new Map(indicators.data.map((i) => [i.id, i]));
    const own = action.data.indicators.map((id) => byId.get(id)).filter((i): i is Indicator => i !== undefined);
    return { own, chartCycles: planCycles(cycles.data, own.flatMap((i) => i.observations)) };
  }, [action.data, indicators.data, cycles.data]);

  const state = combineQueries(action, indicators, cycles);
  if (isNotFound(action.error)) return <NotFound />;
  if (state.error) return <PendingPage title={t('action.documentTitle')} onRetry={state.retry} />;
  if (!action.data || !model) return <PendingPage title={t('action.documentTitle')} />;

  const data = action.data;
  const pillar = pillars.data?.find((p) => p.slug === data.pillar);
  const pillarName = pillar ? <LocalizedText text={pillar.name} i18n={pillar.i18n} field="name" /> : t('pillar.documentTitle');

  return (
    <article className="action-page">
      <nav aria-label={t('indicator.breadcrumbLabel')} className="breadcrumb">
        <ol>
          <li>
            <Link to={planPath(plan)}>{t('nav.overview')}</Link>
          </li>
          <li>
            <Link to={pillarPath(plan, data.pillar)}>{pillarName}</Link>
          </li>
          <li aria-current="page">{t('indicator.actionLabel', { number })}</li>
        </ol>
      </nav>

      <header className="page-header">
        <p className="page-header__eyebrow">{t('indicator.actionLabel', { number })}</p>
        <h1>
          <LocalizedText text={data.title} i18n={data.i18n} field="title" />
        </h1>
        <p className="page-header__lead">
          <LocalizedText text={data.summary} i18n={data.i18n} field="summary" />
        </p>
        <p className="action-page__refs">
          <ParagraphRefs paragraphs={data.paragraphs} />
        </p>
        <p>
          <Link to={pillarPath(plan, data.pillar, { action: number })}>
            {t('action.pillarLink', { pillar: pillar?.name ?? data.pillar })}
          </Link>
        </p>
      </header>

      <section className="section" aria-labelledby="action-indicators">
        <h2 id="action-indicators">{t('action.indicatorsHeading')}</h2>
        {model.own.length === 0 ? (
          <p className="action-section__note">{t('pillar.noFigures')}</p>
        ) : (
          <div className="indicator-panels">
            {model.own.map((indicator) => (
              <PillarIndicator key={indicator.id} indicator={indicator} cycles={model.chartCycles} />
            ))}
          </div>
        )}
      </section>
    </article>
  );
}
