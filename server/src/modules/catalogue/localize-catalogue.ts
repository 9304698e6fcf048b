// The catalogue in another language, in steps: translated texts where the ISU entered them (the rest stays English and
// is flagged as a fallback), status reasons from that language's templates, and units of count translated.
import type { Indicator } from '@ccm/shared/schemas/api';
import { localizeStatus } from '@ccm/shared/domain/status-input';
import { translateUnit, type Language } from '@ccm/shared/i18n/languages';
import { populationIn, type CataloguePopulation } from '../states/populations.ts';
import type { Catalogue } from './catalogue.service.ts';

/** Indicators localized between two yields of the steps below. */
const INDICATORS_PER_STEP = 5;

function localizedPopulation(states: Indicator['populationStates'], population: CataloguePopulation | undefined, lang: Language): Indicator['populationStates'] {
  const localized = populationIn(population, lang);
  return states === null || localized === null ? states : { ...states, title: localized.title, titleFallback: localized.titleFallback };
}

/** localizeCatalogue in steps, as buildCatalogueInSteps. */
export function* localizeCatalogueInSteps(base: Catalogue, lang: Language): Generator<unknown, Catalogue, undefined> {
  if (lang === 'en') return base;
  const text = (plan: string, entity: string, key: string, field: string, fallback: string, missing: string[]) => {
    const translated = base.translations.get(`${plan}|${entity}|${key}|${field}|${lang}`);
    if (translated === undefined) missing.push(field);
    return translated ?? fallback;
  };
  const planTitles = new Map(base.planTitles);
  const actionPlans = base.actionPlans.map((p) => {
    const translated = planTitles.get(`${p.code}|${lang}`);
    return { ...p, title: translated ?? p.title, i18n: { lang, fallback: translated === undefined ? ['title'] : [] } };
  });
  const pillars = base.pillars.map((p) => {
    const fallback: string[] = [];
    return { ...p, name: text(p.actionPlan, 'pillar', p.slug, 'name', p.name, fallback), i18n: { lang, fallback } };
  });
  const actions = base.actions.map((a) => {
    const fallback: string[] = [];
    const title = text(a.actionPlan, 'action', String(a.number), 'title', a.title, fallback);
    const summary = text(a.actionPlan, 'action', String(a.number), 'summary', a.summary, fallback);
    return { ...a, title, summary, i18n: { lang, fallback } };
  });
  const actionTitle = new Map(actions.map((a) => [`${a.actionPlan}|${a.number}`, a.title]));
  const localizeIndicator = (i: Indicator): Indicator => {
    const fallback: string[] = [];
    const plan = base.planOfIndicator.get(i.id) ?? '';
    const title = text(plan, 'indicator', i.id, 'title', i.title, fallback);
    return {
      ...i,
      title,
      unit: translateUnit(i.unit, lang),
      actionTitle: actionTitle.get(`${plan}|${i.action}`) ?? i.actionTitle,
      status: localizeStatus(i.status, lang),
      populationStates: localizedPopulation(i.populationStates, base.populations.get(i.id), lang),
      i18n: { lang, fallback },
    };
  };
  const indicators: Indicator[] = [];
  for (const [index, indicator] of base.indicators.entries()) {
    if (index % INDICATORS_PER_STEP === INDICATORS_PER_STEP - 1) yield;
    indicators.push(localizeIndicator(indicator));
  }
  return {
    ...base,
    lang,
    actionPlans,
    currentPlan: actionPlans.find((p) => p.current) ?? null,
    pillars,
    actions,
    indicators,
    indicatorsById: new Map(indicators.map((i) => [i.id, i])),
  };
}
