// The page frame: skip link, header (brand, language switcher, navigation, the plan being read and the switch to
// another), the main landmark, and a footer with the source and data date. The frame also keeps the interface language
// in step with the address (?lang=).
import { API_PATHS } from '@ccm/shared/api-paths';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Outlet, useLocation, useNavigation } from 'react-router';
import { useSummary } from '../lib/api/get-summary.ts';
import { useActions } from '../lib/api/get-actions.ts';
import { useFormatters } from '../lib/format.ts';
import { useNearViewport } from '../lib/use-near-viewport.ts';
import { DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES } from '../i18n/index.ts';
import { Link, NavLink } from '../i18n/link.tsx';
import { useLanguage, useLanguageFromUrl, withLanguage } from '../i18n/use-language.ts';
import { EnglishText } from '../components/ui/localized-text.tsx';
import { HOME_PATH, flaggedPath, seriesPath, statesPath } from '../lib/page-paths.ts';
import { PlanSwitcher } from './plan-switcher.tsx';

/** Each language named in itself; choosing one changes ?lang= in place (no new history entry, no reload). */
function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = useLanguage();
  const location = useLocation();
  return (
    <ul className="lang-switch" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <li key={language}>
          <RouterLink
            to={withLanguage({ pathname: location.pathname, search: location.search, hash: location.hash }, language)}
            replace
            preventScrollReset
            lang={language}
            hrefLang={language}
            className="lang-switch__link"
            aria-current={language === current ? 'true' : undefined}
          >
            {LANGUAGE_NAMES[language]}
          </RouterLink>
        </li>
      ))}
    </ul>
  );
}

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
  // The exports carry the titles in the reader's language too.
  const lang = language === DEFAULT_LANGUAGE ? '' : `?lang=${language}`;
  return (
    <footer className="site-footer" ref={footerRef}>
      <div className="site-footer__inner">
        <p>
          {t('footer.source')}{' '}
          <span className="site-footer__doc">{document ? <EnglishText>{document}</EnglishText> : t('footer.sourceFallback')}</span>
        </p>
        <p>
          {t('footer.updated')}{' '}
          {updatedAt ? <time dateTime={updatedAt}>{format.date(updatedAt)}</time> : <span>{t('footer.updatedUnknown')}</span>}
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
  const navigation = useNavigation();
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
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={HOME_PATH} className="site-header__brand">
            <svg className="site-header__logo" width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false">
              <rect x="1" y="1" width="26" height="26" rx="6" fill="currentColor" />
              <path d="M7 19l5-6 4 3 5-7" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <span className="site-header__title">
              <span className="site-header__eyebrow">{t('app.eyebrow')}</span>
              <span>{t('app.title')}</span>
            </span>
          </Link>
          <LanguageSwitcher />
        </div>
        <div className="site-header__bar">
          <div className="site-header__bar-inner">
            <nav aria-label={t('nav.label')} className="site-nav">
              <ul>
                <li>
                  <NavLink to={HOME_PATH} end>
                    {t('nav.overview')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={flaggedPath()}>{t('nav.flagged')}</NavLink>
                </li>
                <li>
                  <NavLink to={seriesPath()}>{t('nav.series')}</NavLink>
                </li>
                <li>
                  <NavLink to={statesPath()}>{t('states.nav')}</NavLink>
                </li>
                <li>
                  <a href="/api/docs">{t('nav.apiDocs')}</a>
                </li>
              </ul>
            </nav>
            <PlanSwitcher />
          </div>
        </div>
        {navigation.state === 'loading' ? <div className="route-progress" role="progressbar" aria-label={t('common.loadingPage')} /> : null}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="page">
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
