// The site header: the brand, the language switcher, the main navigation and the plan switcher. Below 600 px it is the
// brand and a "Menu" button, and the switcher, navigation and plan switcher are a disclosure the button opens. Without
// JavaScript (or before the page's script has run) there is no button and everything shows, as on a wide screen.
import { useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigation } from 'react-router';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/index.ts';
import { Link, NavLink } from '../i18n/link.tsx';
import { useLanguage, withLanguage } from '../i18n/use-language.ts';
import { HOME_PATH, flaggedPath, seriesPath, statesPath } from '../lib/page-paths.ts';
import { PlanSwitcher } from './plan-switcher.tsx';
import './site-header.css';

/** Each language named in itself; choosing one changes ?lang= in place (no new history entry, no reload). */
function LanguageSwitcher({ id }: { id: string }) {
  const { t } = useTranslation();
  const current = useLanguage();
  const location = useLocation();
  return (
    <ul id={id} className="lang-switch" aria-label={t('language.label')}>
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

function MenuIcon() {
  return (
    <svg className="site-header__menu-icon" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <path d="M2 4.5h14M2 9h14M2 13.5h14" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

export function SiteHeader() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigation = useNavigation();
  const languagesId = useId();
  const barId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  // The menu is open at the address it was opened at: any navigation (a page, a language, a plan) closes it.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === location.key;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpenAt(null);
      toggleRef.current?.focus();
    }
  };
  // A link chosen in the open menu closes it (by navigating); focus goes back to the button, so it is not lost with the
  // link. A new page then moves focus to its content (RootLayout); a new language stays on the same page, at the button.
  const onClick = (event: MouseEvent) => {
    if (open && event.target instanceof Element && event.target.closest('a')) toggleRef.current?.focus();
  };

  return (
    <header className="site-header" data-menu={open ? 'open' : 'closed'} onKeyDown={onKeyDown} onClick={onClick}>
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
        {/* In the prerendered HTML too, so a phone shows the compact header from the first paint; without a script
            (scripting: none in site-header.css) the button is hidden and the header is shown whole. */}
        <button
          ref={toggleRef}
          type="button"
          className="site-header__menu-button"
          aria-expanded={open}
          aria-controls={`${languagesId} ${barId}`}
          onClick={() => setOpenAt(open ? null : location.key)}
        >
          <MenuIcon />
          <span>{t('nav.menu')}</span>
        </button>
        <LanguageSwitcher id={languagesId} />
      </div>
      <div className="site-header__bar" id={barId}>
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
  );
}
