// The workspace's strings live in their own catalogue, in their own chunk: public visitors never download them.
import i18n from 'i18next';

export const WORKSPACE_NS = 'workspace';

const catalogues: Record<string, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('./en.json'),
};

const loading = new Map<string, Promise<void>>();

/** Registers the workspace namespace for a language (English when there is no catalogue for it yet). Idempotent. */
export function loadWorkspaceCatalogue(language: string = i18n.language): Promise<void> {
  const lang = language in catalogues ? language : 'en';
  let promise = loading.get(lang);
  if (!promise) {
    const load = catalogues[lang] ?? catalogues.en;
    promise = (load ? load() : Promise.resolve({ default: {} })).then((module) => {
      i18n.addResourceBundle(lang, WORKSPACE_NS, module.default, true, true);
    });
    loading.set(lang, promise);
  }
  return promise;
}
