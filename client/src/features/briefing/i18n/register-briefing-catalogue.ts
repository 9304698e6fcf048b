// The briefing's strings, in their own namespace and their own chunk: registered when the briefing page first loads.
import i18n from 'i18next';
import { LANGUAGES, type Language } from '@ccm/shared/i18n/languages';
import ar from './ar.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';

export const BRIEFING_NS = 'briefing';

const CATALOGUES: Record<Language, Record<string, unknown>> = { en, fr, es, ar };

function register() {
  for (const lang of LANGUAGES) i18n.addResourceBundle(lang, BRIEFING_NS, CATALOGUES[lang], true, true);
}

// The app initialises i18next before any lazy route loads; the check only matters if this module is imported first.
if (i18n.store) register();
else i18n.on('initialized', register);
