// Choosing the interface language: where it comes from, how links and API calls carry it, how a switch lands on the
// page (lang, dir, texts, plurals), and how text without a translation is marked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import i18n, { detectLanguage, languageDirection, setLanguage, toLanguage } from '../../client/src/i18n/index.ts';
import { withLanguage } from '../../client/src/i18n/use-language.ts';
import { Link } from '../../client/src/i18n/link.tsx';
import { withLanguageParam } from '../../client/src/lib/api-client.ts';
import { LocalizedText } from '../../client/src/components/ui/localized-text.tsx';
import { StatusBadge } from '../../client/src/components/ui/status-badge.tsx';
import { renderClient } from '../helpers/client-render.tsx';

afterEach(async () => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
  await act(() => setLanguage('en'));
});

describe('the starting language', () => {
  it('is the URL’s ?lang= first, then the one remembered, then the browser’s, then English', () => {
    vi.stubGlobal('navigator', { languages: ['de-CH', 'es-ES', 'en'], language: 'de-CH' });
    expect(detectLanguage('?lang=ar')).toEqual({ language: 'ar', source: 'url' });
    expect(detectLanguage('?lang=FR-ca')).toEqual({ language: 'fr', source: 'url' });
    expect(detectLanguage('')).toEqual({ language: 'es', source: 'browser' });
    window.localStorage.setItem('ccm-lap.lang', 'fr');
    expect(detectLanguage('?lang=xx')).toEqual({ language: 'fr', source: 'storage' });
    window.localStorage.clear();
    vi.stubGlobal('navigator', { languages: ['de-CH', 'ja'], language: 'de-CH' });
    expect(detectLanguage('')).toEqual({ language: 'en', source: 'default' });
  });

  it('names only the Convention’s four languages', () => {
    expect(['en', 'fr-CH', 'ES', 'ar-EG', 'de', '', null].map(toLanguage)).toEqual(['en', 'fr', 'es', 'ar', null, null, null]);
    expect(languageDirection('ar')).toBe('rtl');
    expect(languageDirection('fr')).toBe('ltr');
  });
});

describe('carrying the language', () => {
  it('adds ?lang= to a link, keeping its other parameters and hash', () => {
    expect(withLanguage('/flagged?status=stalled#top', 'fr')).toEqual({ pathname: '/flagged', search: '?status=stalled&lang=fr', hash: '#top' });
    expect(withLanguage({ pathname: '/series', search: '?lang=en' }, 'ar')).toEqual({ pathname: '/series', search: '?lang=ar' });
  });

  it('API calls ask for the texts in a language, unless the path names one already', () => {
    expect(withLanguageParam('/api/v1/indicators?pillar=risk-education', 'es')).toBe('/api/v1/indicators?pillar=risk-education&lang=es');
    expect(withLanguageParam('/api/v1/briefings/x?lang=ar', 'fr')).toBe('/api/v1/briefings/x?lang=ar');
  });

  it('links keep ?lang= once the reader is not on the default English', async () => {
    function Where() {
      return <p data-testid="where">{useLocation().search}</p>;
    }
    const ui = (
      <Routes>
        <Route path="/" element={<Link to="/pillars/universalization?status=stalled">go</Link>} />
        <Route path="/pillars/:slug" element={<Where />} />
      </Routes>
    );
    const english = renderClient(ui, { route: '/' });
    expect(screen.getByRole('link')).toHaveAttribute('href', '/pillars/universalization?status=stalled');
    english.unmount();

    await act(() => setLanguage('fr'));
    renderClient(ui, { route: '/' });
    expect(screen.getByRole('link')).toHaveAttribute('href', '/pillars/universalization?status=stalled&lang=fr');
    act(() => screen.getByRole('link').click());
    expect(screen.getByTestId('where')).toHaveTextContent('?status=stalled&lang=fr');
  });
});

describe('switching', () => {
  it('loads the catalogue, then sets the page’s lang and dir; Arabic counts with its own plural forms', async () => {
    await act(() => setLanguage('ar'));
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    const t = i18n.getFixedT('ar');
    expect([0, 1, 2, 3, 11, 100].map((count) => t('overview.pillarMeta', { count }))).toEqual([
      'لا مؤشرات',
      'مؤشر واحد',
      'مؤشران',
      '3 مؤشرات',
      '11 مؤشرًا',
      '100 مؤشر',
    ]);
    renderClient(<StatusBadge code="needs_acceleration" />);
    expect(screen.getByText('يحتاج إلى تسريع')).toBeInTheDocument();

    await act(() => setLanguage('fr'));
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(i18n.t('indicator.actionLabel', { number: 1234 })).toBe('Action 1234');
    expect(i18n.t('pillar.actionCount', { count: 1 })).toBe('1 action');
  });

  it('remembers a choice only when asked to', async () => {
    await act(() => setLanguage('es'));
    expect(window.localStorage.getItem('ccm-lap.lang')).toBeNull();
    await act(() => setLanguage('es', { remember: true }));
    expect(window.localStorage.getItem('ccm-lap.lang')).toBe('es');
  });
});

describe('text without a translation', () => {
  it('shows the English text marked lang="en" with a badge, and nothing extra when translated', async () => {
    await act(() => setLanguage('fr'));
    const { container, unmount } = renderClient(<LocalizedText text="Universalization" i18n={{ lang: 'fr', fallback: ['name'] }} field="name" />);
    expect(container.querySelector('[lang="en"]')).toHaveTextContent('Universalization');
    expect(container.querySelector('.fallback-badge')).toHaveTextContent('anglais');
    expect(container.textContent).toContain('(en anglais\u00a0: pas encore traduit)');
    unmount();

    const translated = renderClient(<LocalizedText text="Universalisation" i18n={{ lang: 'fr', fallback: [] }} field="name" />);
    expect(translated.container.innerHTML).toBe('Universalisation');
  });
});
