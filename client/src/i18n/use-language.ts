// The interface language in components, and keeping it in the URL: links carry ?lang=, and a ?lang= in the address
// (a shared link, the switcher, back and forward) switches the interface.
import { useCallback, useContext, useEffect, useSyncExternalStore } from 'react';
import { getI18n, I18nContext } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { parsePath, useLocation, type To } from 'react-router';
import { DEFAULT_LANGUAGE, LANGUAGE_PARAM, languageFromSearch, setLanguage, toLanguage, type Language } from './index.ts';

// Subscriptions per i18next instance, made once: a page has hundreds of links and figures that each need the language.
const stores = new WeakMap<I18n, { subscribe: (onChange: () => void) => () => void; get: () => string }>();

function languageStore(instance: I18n) {
  let store = stores.get(instance);
  if (!store) {
    store = {
      subscribe: (onChange) => {
        instance.on('languageChanged', onChange);
        return () => instance.off('languageChanged', onChange);
      },
      get: () => instance.language,
    };
    stores.set(instance, store);
  }
  return store;
}

/**
 * i18next's language as it stands (re-rendering when it changes). Lighter than useTranslation(), which builds a
 * translation function and a copy of the i18next instance for every component that calls it: use this where only the
 * language is needed.
 */
export function useI18nLanguage(): string {
  const instance = useContext(I18nContext)?.i18n ?? getI18n();
  const store = languageStore(instance);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/** The current interface language; components that call it re-render when it changes. */
export function useLanguage(): Language {
  return toLanguage(useI18nLanguage()) ?? DEFAULT_LANGUAGE;
}

/** `to` with ?lang=<language> added (or replaced), its other parameters and hash kept. */
export function withLanguage(to: To, language: Language): To {
  const path = typeof to === 'string' ? parsePath(to) : to;
  const params = new URLSearchParams(path.search ?? '');
  params.set(LANGUAGE_PARAM, language);
  return { ...path, search: `?${params.toString()}` };
}

/**
 * Makes an internal link keep the language: it adds ?lang= whenever the reader is not on the default English or chose a
 * language explicitly (the address has ?lang=), so plain English addresses stay clean.
 */
export function useLocalizedTo(): (to: To) => To {
  const current = useLanguage();
  const { search } = useLocation();
  const fromUrl = languageFromSearch(search);
  const language = fromUrl ?? current;
  const carry = fromUrl !== null || language !== DEFAULT_LANGUAGE;
  return useCallback((to: To) => (carry ? withLanguage(to, language) : to), [carry, language]);
}

/** Follows a ?lang= in the address: switches the interface to it (and remembers it, unless told not to). */
export function useLanguageFromUrl({ remember = true }: { remember?: boolean } = {}): void {
  const { search } = useLocation();
  const fromUrl = languageFromSearch(search);
  useEffect(() => {
    if (fromUrl) void setLanguage(fromUrl, { remember });
  }, [fromUrl, remember]);
}
