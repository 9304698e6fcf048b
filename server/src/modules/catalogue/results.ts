// A plan's results (each action's final status, targets reached, what stayed flagged, what was never measured), its
// results as CSV rows with headers in the reader's language, and the crosswalk with titles in that language.
import type { ActionPlan, Indicator } from '@ccm/shared/schemas/api';
import { isFlagged, STATUS_CODES, type StatusCode } from '@ccm/shared/schemas/common';
import type { CrosswalkEntry, PlanResults } from '@ccm/shared/schemas/plans';
import { buildBriefing, BRIEFING_TEMPLATES_EN, statusLabel, type BriefingTemplates } from '@ccm/shared/domain/briefing';
import { BRIEFING_TEMPLATES_BY_LANG } from '@ccm/shared/i18n/briefing-templates';
import type { Language } from '@ccm/shared/i18n/languages';
import { indicatorsOfPlan, summarise, type Catalogue } from './catalogue.service.ts';

const severity = (code: StatusCode) => STATUS_CODES.indexOf(code);
const hasFigure = (i: Indicator) => i.observations.some((o) => o.reporting === 'reported' && o.value !== null);
const templatesOf = (lang: Language): BriefingTemplates => BRIEFING_TEMPLATES_BY_LANG[lang] ?? BRIEFING_TEMPLATES_EN;

/**
 * An action's final status: its least advanced judged indicator (STATUS_CODES is most severe first);
 * insufficient_data when none of its indicators is judged; null when it has no indicator.
 */
export function actionStatus(indicators: readonly Pick<Indicator, 'status'>[]): StatusCode | null {
  if (indicators.length === 0) return null;
  const judged = indicators.map((i) => i.status.code).filter((code) => code !== 'insufficient_data');
  if (judged.length === 0) return 'insufficient_data';
  return judged.reduce((worst, code) => (severity(code) < severity(worst) ? code : worst));
}

/**
 * Each indicator's latest figure in words, as the pillar briefing words it ("9 of 12 (75%) in 13MSP (¶92)"), in the
 * catalogue's language: the briefing's own choice of "latest" and its sentence templates, so the two never disagree.
 */
function latestFigures(catalogue: Catalogue, plan: ActionPlan, indicators: Indicator[]): Map<string, string | null> {
  const formatter = new Intl.NumberFormat(catalogue.lang);
  const latest = new Map<string, string | null>();
  for (const pillar of catalogue.pillars.filter((p) => p.actionPlan === plan.code)) {
    const own = indicators.filter((i) => i.pillar === pillar.slug);
    if (own.length === 0) continue;
    const briefing = buildBriefing({
      pillar,
      actionPlan: plan,
      actions: [],
      indicators: own,
      conflicts: [],
      recentChanges: [],
      lastPublishedCycle: null,
      dataVersion: catalogue.version,
      updatedAt: catalogue.updatedAt,
      document: '',
      lang: catalogue.lang,
      templates: templatesOf(catalogue.lang),
      formatNumber: (n) => formatter.format(n),
    });
    for (const b of [...briefing.flagged, ...briefing.others]) latest.set(b.indicator.id, b.latest);
  }
  return latest;
}

export function planResults(catalogue: Catalogue, plan: ActionPlan): PlanResults {
  const indicators = indicatorsOfPlan(catalogue, plan.code);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const latest = latestFigures(catalogue, plan, indicators);
  const pillarName = new Map(catalogue.pillars.filter((p) => p.actionPlan === plan.code).map((p) => [p.slug, p.name]));
  const actions = catalogue.actions.filter((a) => a.actionPlan === plan.code).sort((a, b) => a.number - b.number);

  return {
    plan: { code: plan.code, title: plan.title, startYear: plan.startYear, endYear: plan.endYear, deadlineCycle: plan.deadlineCycle, ended: plan.ended },
    lastCycle: summarise(catalogue, plan).latestCycle,
    dataVersion: catalogue.version,
    updatedAt: catalogue.updatedAt,
    indicatorCount: indicators.length,
    reachedTarget: indicators.filter((i) => i.status.code === 'achieved').length,
    flagged: indicators
      .filter((i) => isFlagged(i.status.code))
      .sort((a, b) => severity(a.status.code) - severity(b.status.code) || a.action - b.action || a.title.localeCompare(b.title))
      .map((i) => ({ id: i.id, action: i.action, title: i.title, status: i.status.code })),
    neverMeasured: {
      indicators: indicators.filter((i) => !hasFigure(i)).map((i) => ({ id: i.id, action: i.action, title: i.title })),
      actions: actions.filter((a) => !a.indicators.some((id) => byId.has(id))).map((a) => ({ number: a.number, title: a.title })),
    },
    actions: actions.map((a) => {
      const own = a.indicators.map((id) => byId.get(id)).filter((i): i is Indicator => i !== undefined);
      return {
        number: a.number,
        title: a.title,
        pillar: a.pillar,
        pillarName: pillarName.get(a.pillar) ?? a.pillar,
        status: actionStatus(own),
        indicators: own.map((i) => ({ id: i.id, title: i.title, status: i.status.code, latest: latest.get(i.id) ?? null })),
      };
    }),
  };
}

// --- The results as CSV ----------------------------------------------------------------------------------------------

export const RESULTS_CSV_FIELDS = ['action', 'actionTitle', 'pillar', 'indicatorId', 'indicatorTitle', 'statusCode', 'status', 'latest'] as const;
type ResultsCsvField = (typeof RESULTS_CSV_FIELDS)[number];

/** The CSV's column headers in each language. */
export const RESULTS_CSV_HEADERS: Record<Language, Record<ResultsCsvField, string>> = {
  en: {
    action: 'Action',
    actionTitle: 'Action title',
    pillar: 'Pillar',
    indicatorId: 'Indicator id',
    indicatorTitle: 'Indicator',
    statusCode: 'Status code',
    status: 'Status',
    latest: 'Latest figure',
  },
  fr: {
    action: 'Action',
    actionTitle: 'Intitulé de l’action',
    pillar: 'Pilier',
    indicatorId: 'Identifiant de l’indicateur',
    indicatorTitle: 'Indicateur',
    statusCode: 'Code du statut',
    status: 'Statut',
    latest: 'Dernier chiffre',
  },
  es: {
    action: 'Acción',
    actionTitle: 'Título de la acción',
    pillar: 'Pilar',
    indicatorId: 'Identificador del indicador',
    indicatorTitle: 'Indicador',
    statusCode: 'Código del estado',
    status: 'Estado',
    latest: 'Última cifra',
  },
  ar: {
    action: 'الإجراء',
    actionTitle: 'عنوان الإجراء',
    pillar: 'الركيزة',
    indicatorId: 'معرّف المؤشر',
    indicatorTitle: 'المؤشر',
    statusCode: 'رمز الحالة',
    status: 'الحالة',
    latest: 'أحدث رقم',
  },
};

/** One row per indicator, keyed by the headers of the catalogue's language; returns the rows and the header order. */
export function planResultsCsvRows(results: PlanResults, lang: Language): { rows: Record<string, string | number | null>[]; columns: string[] } {
  const headers = RESULTS_CSV_HEADERS[lang];
  const templates = templatesOf(lang);
  const rows = results.actions.flatMap((a) =>
    a.indicators.map((i) => {
      const values: Record<ResultsCsvField, string | number | null> = {
        action: a.number,
        actionTitle: a.title,
        pillar: a.pillarName,
        indicatorId: i.id,
        indicatorTitle: i.title,
        statusCode: i.status,
        status: statusLabel(i.status, templates, results.plan.deadlineCycle),
        latest: i.latest,
      };
      return Object.fromEntries(RESULTS_CSV_FIELDS.map((field) => [headers[field], values[field]]));
    }),
  );
  return { rows, columns: RESULTS_CSV_FIELDS.map((field) => headers[field]) };
}

// --- The crosswalk ---------------------------------------------------------------------------------------------------

/**
 * The crosswalk entries into or out of a plan (every one without `planCode`), with titles in the catalogue's language
 * where the ISU translated them (the catalogue builds them in English).
 */
export function crosswalkOf(catalogue: Catalogue, planCode?: string): CrosswalkEntry[] {
  const titleOf = (entity: CrosswalkEntry['entity'], plan: string | null, key: string | null, fallback: string | null) => {
    if (key === null) return fallback;
    if (entity === 'indicator') return catalogue.indicatorsById.get(key)?.title ?? fallback;
    return catalogue.actions.find((a) => a.actionPlan === plan && String(a.number) === key)?.title ?? fallback;
  };
  return catalogue.crosswalk
    .filter((x) => planCode === undefined || x.fromPlan === planCode || x.toPlan === planCode)
    .map((x) => ({ ...x, fromTitle: titleOf(x.entity, x.fromPlan, x.from, x.fromTitle), toTitle: titleOf(x.entity, x.toPlan, x.to, x.toTitle) }));
}
