// i18next set-up: every user-visible string comes from a catalogue. English is the reference and ships in the first
// bundle; French, Spanish and Arabic each load on demand, in a chunk of their own.
// The language lives in the URL (?lang=fr), is remembered in localStorage, and on a first visit follows the browser.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, RTL_LANGUAGES, negotiateLanguage, type Language } from '@ccm/shared/i18n/languages';
import en from './locales/en.json';

export { LANGUAGES, type Language };
export const DEFAULT_LANGUAGE: Language = 'en';
/** The URL search parameter that carries the language. */
export const LANGUAGE_PARAM = 'lang';
const STORAGE_KEY = 'ccm-lap.lang';

/** Each language named in itself, for the language switcher. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', fr: 'Français', es: 'Español', ar: 'العربية' };

const CATALOGUES: Readonly<Record<Exclude<Language, 'en'>, () => Promise<{ default: Record<string, unknown> }>>> = {
  fr: () => import('./locales/fr.json'),
  es: () => import('./locales/es.json'),
  ar: () => import('./locales/ar.json'),
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** "fr-CH", "FR" → "fr"; anything else → null. */
export function toLanguage(value: string | null | undefined): Language | null {
  const base = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : null;
}

export function languageDirection(language: string): 'rtl' | 'ltr' {
  return (RTL_LANGUAGES as readonly string[]).includes(language) ? 'rtl' : 'ltr';
}

/** The interface language now (English until another catalogue has loaded). */
export function currentLanguage(): Language {
  return toLanguage(i18n.language) ?? DEFAULT_LANGUAGE;
}

export function languageFromSearch(search: string): Language | null {
  return toLanguage(new URLSearchParams(search).get(LANGUAGE_PARAM));
}

function rememberedLanguage(): Language | null {
  try {
    return toLanguage(globalThis.localStorage?.getItem(STORAGE_KEY));
  } catch {
    return null; // storage blocked (privacy settings, sandboxed frame)
  }
}

function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered; the URL still carries the choice.
  }
}

function browserLanguage(): Language | null {
  if (typeof navigator === 'undefined') return null;
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  return negotiateLanguage(preferred.filter(Boolean).join(','));
}

export type LanguageSource = 'url' | 'storage' | 'browser' | 'default';

/** The language to start in: the URL's ?lang=, else the one remembered, else the browser's first supported one, else English. */
export function detectLanguage(search: string): { language: Language; source: LanguageSource } {
  const fromUrl = languageFromSearch(search);
  if (fromUrl) return { language: fromUrl, source: 'url' };
  const remembered = rememberedLanguage();
  if (remembered) return { language: remembered, source: 'storage' };
  const browser = browserLanguage();
  if (browser) return { language: browser, source: 'browser' };
  return { language: DEFAULT_LANGUAGE, source: 'default' };
}

const loading = new Map<Language, Promise<void>>();

/** Loads a language's catalogue once (English is always there). */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || i18n.hasResourceBundle(language, 'translation')) return Promise.resolve();
  const pending = loading.get(language);
  if (pending) return pending;
  const promise = CATALOGUES[language]().then((module) => {
    i18n.addResourceBundle(language, 'translation', module.default, true, true);
  });
  // A failed chunk (offline) may be tried again later.
  promise.catch(() => loading.delete(language));
  loading.set(language, promise);
  return promise;
}

let requested: Language | null = null;

/**
 * Switches the interface language once its catalogue is in, so the page never shows keys or half a language.
 * Only the last request wins when several overlap. With `remember`, the choice is kept for the next visit.
 */
export async function setLanguage(language: Language, { remember = false }: { remember?: boolean } = {}): Promise<void> {
  requested = language;
  if (remember) rememberLanguage(language);
  try {
    await loadLanguage(language);
  } catch {
    return; // the catalogue could not be fetched: stay in the current language rather than show a mix
  }
  if (requested !== language || i18n.language === language) return;
  await i18n.changeLanguage(language);
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
});

// "{{n, integer}}" in the catalogues: a number in the reader's language without grouping (action and paragraph numbers,
// years). "{{n, number}}" is i18next's own Intl formatter.
// One Intl.NumberFormat per language, built on first use: building one costs far more than formatting with it.
const integerFormats = new Map<string | undefined, Intl.NumberFormat>();
function integerFormat(lng: string | undefined): Intl.NumberFormat {
  let format = integerFormats.get(lng);
  if (!format) {
    format = new Intl.NumberFormat(lng, { useGrouping: false, maximumFractionDigits: 0 });
    integerFormats.set(lng, format);
  }
  return format;
}
i18n.services.formatter?.add('integer', (value, lng) =>
  typeof value === 'number' ? integerFormat(lng).format(value) : value === null || value === undefined ? '' : String(value),
);

/**
 * The page's language and direction follow the interface language (Arabic reads right to left), once it is the one
 * asked for: while an Arabic catalogue loads, i18next starts in English, and a page the server rendered in Arabic keeps
 * its lang and dir (index.html says English until then).
 */
function applyToDocument(language: string): void {
  if (typeof document === 'undefined' || (requested !== null && language !== requested)) return;
  document.documentElement.lang = language;
  document.documentElement.dir = languageDirection(language);
}
i18n.on('languageChanged', applyToDocument);

const initial = typeof window === 'undefined' ? { language: DEFAULT_LANGUAGE, source: 'default' as const } : detectLanguage(window.location.search);
// A chosen language is remembered, except inside an embed: another site's ?lang= is no choice of the reader's.
const isEmbed = typeof window !== 'undefined' && window.location.pathname.startsWith('/embed/');

/** Resolves when the first language's catalogue is in: render after it, so a French visit never flashes English. */
export const i18nReady: Promise<void> =
  initial.language === DEFAULT_LANGUAGE ? Promise.resolve() : setLanguage(initial.language, { remember: initial.source === 'url' && !isEmbed });

export default i18n;
