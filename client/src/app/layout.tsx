// The page frame: skip link, header (site-header.tsx: brand, languages, navigation, plans), the main landmark, and a
// footer with the source and data date. The frame also keeps the interface language in step with the address (?lang=).
import { API_PATHS } from '@ccm/shared/api-paths';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useSummary } from '../lib/api/get-summary.ts';
import { useActions } from '../lib/api/get-actions.ts';
import { useFormatters } from '../lib/format.ts';
import { useNearViewport } from '../lib/use-near-viewport.ts';
import { useLanguage, useLanguageFromUrl } from '../i18n/use-language.ts';
import { EnglishText } from '../components/ui/localized-text.tsx';
import { SiteHeader } from './site-header.tsx';

function SiteFooter() {
  const { t } = useTranslation();
  const format = useFormatters();
  const language = useLanguage();
  // The footer's figures (the data's date, and the source document's name, which comes with the actions: a few dozen kB)
  // are asked for once the footer nears the viewport, not while the page itself loads; a page that has them already
  // (the overview's summary) shares its copy. Until then the footer names the document in general terms.
  const [footerRef, nearViewport] = useNearViewport<HTMLElement>();
  const summary = useSummary({ enabled: nearViewport });
  const actions = useActions({}, { enabled: nearViewport });
  const document = actions.data?.[0]?.document;
  const updatedAt = summary.data?.updatedAt;
  // The exports carry the titles and column headers in the reader's language, English included (without ?lang the
  // server would follow the browser's Accept-Language).
  const lang = `?lang=${language}`;
  return (
    <footer className="site-footer" ref={footerRef}>
      <div className="site-footer__inner">
        <p>
          {t('footer.source')}{' '}
          <span className="site-footer__doc">{document ? <EnglishText>{document}</EnglishText> : t('footer.sourceFallback')}</span>
        </p>
        <p>
          {t('footer.updated')}{' '}
          {updatedAt ? (
            <time dateTime={updatedAt}>{format.date(updatedAt)}</time>
          ) : summary.data && document ? (
            // Nothing published since the data was bundled: the figures are the document's.
            <span className="site-footer__as-bundled">{t('footer.asBundled', { document })}</span>
          ) : (
            <span>{t('footer.updatedUnknown')}</span>
          )}
        </p>
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
