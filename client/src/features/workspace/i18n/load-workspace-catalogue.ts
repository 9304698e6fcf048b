// The workspace's strings live in their own catalogue, one chunk per language: public visitors never download any of
// them, and a workspace user downloads only the language of the interface. The catalogues are complete (tests/client/
// workspace-i18n.test.tsx checks every key), so no English fallback needs to come along.
import i18n from 'i18next';

export const WORKSPACE_NS = 'workspace';

export const WORKSPACE_LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type WorkspaceLanguage = (typeof WORKSPACE_LANGUAGES)[number];

type CatalogueModule = { default: Record<string, unknown> };

// One dynamic import() per language: Vite makes each its own chunk.
const catalogues: Record<WorkspaceLanguage, () => Promise<CatalogueModule>> = {
  en: () => import('./en.json'),
  fr: () => import('./fr.json'),
  es: () => import('./es.json'),
  ar: () => import('./ar.json'),
};

/** The workspace language for an i18next language code ('fr', 'fr-CH' → 'fr'); English when there is no catalogue. */
export function workspaceLanguage(language: string | undefined): WorkspaceLanguage {
  const base = (language ?? '').toLowerCase().split('-')[0];
  return WORKSPACE_LANGUAGES.find((lang) => lang === base) ?? 'en';
}

const loading = new Map<WorkspaceLanguage, Promise<void>>();

/**
 * Registers the workspace namespace for a language. Idempotent, and the same promise for the same language, so a
 * component can suspend on it with React's use(). A failed download is forgotten, so the next call tries again.
 */
export function loadWorkspaceCatalogue(language: string = i18n.language): Promise<void> {
  const lang = workspaceLanguage(language);
  let promise = loading.get(lang);
  if (!promise) {
    promise = catalogues[lang]().then((module) => {
      i18n.addResourceBundle(lang, WORKSPACE_NS, module.default, true, true);
    });
    promise.catch(() => loading.delete(lang));
    loading.set(lang, promise);
  }
  return promise;
}

// Follow the interface language: when it changes, fetch that language's catalogue straight away. (The workspace shell
// also suspends on loadWorkspaceCatalogue(i18n.language), so it renders again once the new catalogue is in.)
let following = false;
function followLanguage() {
  if (following) return;
  following = true;
  i18n.on('languageChanged', (language: string) => {
    loadWorkspaceCatalogue(language).catch(() => undefined);
  });
  if (i18n.language) loadWorkspaceCatalogue(i18n.language).catch(() => undefined);
}

followLanguage();
