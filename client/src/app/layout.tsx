// The page frame: skip link, header (site-header.tsx: brand, languages, navigation, plans), the main landmark, and a
// footer with the source and data date. The frame also keeps the interface language in step with the address (?lang=).
import { API_PATHS } from '@ccm/shared/api-paths';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { summaryQueryOptions, useSummary } from '../lib/api/get-summary.ts';
import { actionsQueryOptions, useActions } from '../lib/api/get-actions.ts';
import { usePlan } from '../lib/use-plan.ts';
import { useFormatters } from '../lib/format.ts';
import { useNearViewport } from '../lib/use-near-viewport.ts';
import { useLanguage, useLanguageFromUrl } from '../i18n/use-language.ts';
import { EnglishText } from '../components/ui/localized-text.tsx';
import { SiteHeader } from './site-header.tsx';

/** The footer's source and data date: the figures once they are in, the document named in general terms until then. */
function FooterSource({ document, updatedAt, summaryLoaded }: { document?: string; updatedAt?: string | null; summaryLoaded: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <>
      <p>
        {t('footer.source')}{' '}
        <span className="site-footer__doc">{document ? <EnglishText>{document}</EnglishText> : t('footer.sourceFallback')}</span>
      </p>
      <p>
        {t('footer.updated')}{' '}
        {updatedAt ? (
          <time dateTime={updatedAt}>{format.date(updatedAt)}</time>
        ) : summaryLoaded && document ? (
          // Nothing published since the data was bundled: the figures are the document's.
          <span className="site-footer__as-bundled">{t('footer.asBundled', { document })}</span>
        ) : (
          <span>{t('footer.updatedUnknown')}</span>
        )}
      </p>
    </>
  );
}

/**
 * The footer's figures (the data's date, and the source document's name, which comes with the actions: a few dozen kB),
 * asked for only once this is rendered; a page that has them already (the overview's summary) shares its copy. Rendered
 * only once the footer nears the viewport, so no query of a page is ever held back by a footer that is not yet in view
 * (the prerenderer fetches what the page's queries ask for).
 */
function FooterFigures() {
  const summary = useSummary();
  const actions = useActions({});
  return <FooterSource document={actions.data?.[0]?.document} updatedAt={summary.data?.updatedAt} summaryLoaded={summary.data !== undefined} />;
}

/** Before the footer nears the viewport: what the page has read already (the overview's summary), asking for nothing. */
function FooterCached() {
  const queryClient = useQueryClient();
  const plan = usePlan();
  const language = useLanguage();
  const summary = queryClient.getQueryData(summaryQueryOptions(plan, language).queryKey);
  const actions = queryClient.getQueryData(actionsQueryOptions(plan, {}, language).queryKey);
  return <FooterSource document={actions?.[0]?.document} updatedAt={summary?.updatedAt} summaryLoaded={summary !== undefined} />;
}

function SiteFooter() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [footerRef, nearViewport] = useNearViewport<HTMLElement>();
  // The exports carry the titles and column headers in the reader's language, English included (without ?lang the
  // server would follow the browser's Accept-Language).
  const lang = `?lang=${language}`;
  return (
    <footer className="site-footer" ref={footerRef}>
      <div className="site-footer__inner">
        {nearViewport ? <FooterFigures /> : <FooterCached />}
        <p>
          <a href="/api/docs">{t('nav.apiDocs')}</a>
          {' · '}
          <a href={`${API_PATHS.exportCsv()}${lang}`}>{t('footer.exportCsv')}</a>
          {' · '}
          <a href={`${API_PATHS.exportXlsx()}${lang}`}>{t('footer.exportXlsx')}</a>
          {' · '}
          <a href={`${API_PATHS.exportJson()}${lang}`}>{t('footer.exportJson')}</a>
        </p>
      </div>
    </footer>
  );
}

export function RootLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useLanguageFromUrl();

  // After a client-side navigation to another page, move focus to the top of the new content (as a page load would).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!location.hash) mainRef.current?.focus({ preventScroll: false });
  }, [location.pathname, location.hash]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" ref={mainRef} tabIndex={-1} className="page">
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
