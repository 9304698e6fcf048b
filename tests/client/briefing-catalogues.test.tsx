// The briefing's four catalogues say the same things: the same keys, the same {{placeholders}}, the agreed terms.
import { describe, expect, it } from 'vitest';
import i18n from '../../client/src/i18n/index.ts';
import { BRIEFING_NS } from '../../client/src/features/briefing/i18n/register-briefing-catalogue.ts';
import en from '../../client/src/features/briefing/i18n/en.json';
import fr from '../../client/src/features/briefing/i18n/fr.json';
import es from '../../client/src/features/briefing/i18n/es.json';
import ar from '../../client/src/features/briefing/i18n/ar.json';
import mainEn from '../../client/src/i18n/locales/en.json';
import { flattenCatalogue, placeholdersOf } from '../helpers/catalogues.ts';

const english = flattenCatalogue(en);
const translations = { fr: flattenCatalogue(fr), es: flattenCatalogue(es), ar: flattenCatalogue(ar) };

describe('briefing catalogues', () => {
  it.each(Object.entries(translations))('%s has every English key, no other, each with the same placeholders', (_lang, catalogue) => {
    expect([...catalogue.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      expect(catalogue.get(key)?.trim(), key).toBeTruthy();
      expect(placeholdersOf(catalogue.get(key) ?? ''), key).toEqual(placeholdersOf(text));
    }
  });

  it('uses the agreed terms for the buttons and the title', () => {
    const term = (key: string) => [translations.fr.get(key), translations.es.get(key), translations.ar.get(key)];
    expect(term('toolbar.print')).toEqual(['Imprimer / Enregistrer en PDF', 'Imprimir / Guardar como PDF', 'طباعة / حفظ بصيغة PDF']);
    expect(term('toolbar.word')).toEqual(['Télécharger (Word)', 'Descargar (Word)', 'تنزيل (Word)']);
    expect(term('documentTitle')).toEqual(['Note d’information', 'Nota informativa', 'إحاطة']);
  });

  it('is registered under its own namespace in all four languages once the page module loads', async () => {
    await import('../../client/src/features/briefing/components/briefing-page.tsx');
    for (const lang of ['en', 'fr', 'es', 'ar']) expect(i18n.hasResourceBundle(lang, BRIEFING_NS), lang).toBe(true);
    expect(i18n.getFixedT('fr', BRIEFING_NS)('toolbar.csv')).toBe('Télécharger (CSV)');
  });

  it('the pillar page’s link to the briefing has its text in the main catalogue', () => {
    expect(mainEn.pillar.briefingLink).toBe('Briefing for Coordinators');
  });
});
