// Assembles a pillar briefing of one plan from the catalogue with the shared sentence templates.
import { buildBriefing, BRIEFING_TEMPLATES_EN, type BriefingTemplates } from '@ccm/shared/domain/briefing';
import { BRIEFING_TEMPLATES_BY_LANG } from '@ccm/shared/i18n/briefing-templates';
import { figureSentence } from '@ccm/shared/domain/figure-words';
import { EXPORT_COLUMNS, type ActionPlan, type ExportRow, type Indicator } from '@ccm/shared/schemas/api';
import type { Briefing, BriefingComparison, BriefingRecentChange } from '@ccm/shared/schemas/briefing';
import { chooseIndicators, parseIndicatorList, unknownIndicatorIds } from '@ccm/shared/domain/briefing-choice';
import { compareSince } from '@ccm/shared/domain/briefing-compare';
import { BadRequestError, NotFoundError } from '../../lib/errors.ts';
import { exportRows, findPlan, indicatorsOfPlan, type Catalogue } from '../catalogue/catalogue.service.ts';
import { stateNameIn } from '../states/states.service.ts';

export const BRIEFING_LANGUAGES: Record<string, BriefingTemplates> = BRIEFING_TEMPLATES_BY_LANG;

/** The plan a path names (any case), or a 404. */
export function briefingPlan(catalogue: Catalogue, segment: string): ActionPlan {
  const plan = findPlan(catalogue, segment);
  if (!plan) throw new NotFoundError(`No action plan "${segment}".`);
  return plan;
}

/** The plan and pillar a briefing path names, or a 404 for either (slugs repeat across plans: the pillar is the plan's). */
function planAndPillar(catalogue: Catalogue, segment: string, slug: string) {
  const plan = briefingPlan(catalogue, segment);
  const pillar = catalogue.pillars.find((p) => p.slug === slug && p.actionPlan === plan.code);
  if (!pillar) throw new NotFoundError(`No pillar "${slug}" in ${plan.code}.`);
  return { plan, pillar };
}

/** The plan's indicators of one pillar (the briefing's, and its CSV's rows). */
export function briefingIndicators(catalogue: Catalogue, segment: string, slug: string): Indicator[] {
  const { plan } = planAndPillar(catalogue, segment, slug);
  return indicatorsOfPlan(catalogue, plan.code).filter((i) => i.pillar === slug);
}

export function briefingFor(catalogue: Catalogue, segment: string, slug: string, lang: string): Briefing {
  const { plan, pillar } = planAndPillar(catalogue, segment, slug);
  const templates = BRIEFING_LANGUAGES[lang] ?? BRIEFING_TEMPLATES_EN;
  const actions = catalogue.actions.filter((a) => a.actionPlan === plan.code && a.pillar === slug);
  const indicators = indicatorsOfPlan(catalogue, plan.code).filter((i) => i.pillar === slug);
  const ids = new Set(indicators.map((i) => i.id));

  // "Since the last MSP": changes published after the previous reporting cycle was published.
  const reporting = catalogue.cycles.filter((c) => c.actionPlan === plan.code && !c.isDeadline);
  const latest = reporting.at(-1) ?? null;
  const previous = reporting.at(-2) ?? null;
  const cutoff = previous ? (catalogue.cyclePublishedAt.get(previous.code) ?? null) : null;
  const title = new Map(indicators.map((i) => [i.id, i.title]));
  const recentChanges: BriefingRecentChange[] = catalogue.publishedChanges
    .filter((c) => ids.has(c.indicatorId) && (cutoff === null || c.publishedAt > cutoff))
    .map((c) => ({
      indicatorId: c.indicatorId,
      indicatorTitle: title.get(c.indicatorId) ?? c.indicatorId,
      cycle: c.cycle,
      value: c.value,
      previousValue: c.previousValue,
      revisedAt: c.publishedAt,
      kind: c.added ? ('added' as const) : ('revised' as const),
    }));
  // "Data last changed": the last published change of one of the pillar's figures or statuses; null while the data is
  // as bundled from the source document (never the time the server loaded it).
  const changedAt = [
    ...catalogue.publishedChanges.filter((c) => ids.has(c.indicatorId)).map((c) => c.publishedAt),
    ...indicators.flatMap((i) => (i.override?.publishedAt ? [i.override.publishedAt] : [])),
  ].sort();
  const formatter = new Intl.NumberFormat(lang);
  // The source document is the plan's own (its first action's), so another plan's arrival never changes it.
  const document = catalogue.actions.find((a) => a.actionPlan === plan.code)?.document ?? '';
  return buildBriefing({
    pillar,
    actionPlan: plan,
    actions,
    indicators,
    // All of them: the briefing keeps each one naming a pillar indicator or filed under a pillar action.
    conflicts: catalogue.conflicts,
    recentChanges,
    lastPublishedCycle: latest?.code ?? null,
    dataVersion: catalogue.version,
    updatedAt: changedAt.at(-1) ?? null,
    document,
    lang,
    templates,
    formatNumber: (n) => formatter.format(n),
    stateName: (code) => stateNameIn(catalogue, code),
  });
}

/** The briefing's CSV: the export rows of the pillar, and each figure in words as the document states it, in the language asked for. */
export const BRIEFING_CSV_COLUMNS = [...EXPORT_COLUMNS, 'inWords'] as (keyof ExportRow | 'inWords')[];

export function briefingCsvRows(catalogue: Catalogue, segment: string, slug: string, lang: string, chosen?: string[]): (ExportRow & { inWords: string })[] {
  const { plan } = planAndPillar(catalogue, segment, slug);
  const all = briefingIndicators(catalogue, segment, slug);
  // The Coordinator's choice, in its order; else every indicator of the pillar.
  const indicators = chosen ? chosen.flatMap((id) => all.filter((i) => i.id === id)) : all;
  const t = BRIEFING_LANGUAGES[lang] ?? BRIEFING_TEMPLATES_EN;
  const reporting = plan.cycles.filter((c) => c !== plan.deadlineCycle);
  const formatter = new Intl.NumberFormat(lang);
  // exportRows lists each indicator's observations in order: the words are the same observation's.
  const words = indicators.flatMap((i) =>
    i.observations.map((o) =>
      figureSentence(
        { ...o, denominator: o.denominator ?? i.denominator, paragraph: o.source.paragraph, underReview: o.underReview !== null },
        { lang, t, unit: i.unit, reporting, fmt: (n) => formatter.format(n) },
      ),
    ),
  );
  return exportRows(catalogue, indicators).map((row, index) => ({ ...row, inWords: words[index] ?? '' }));
}

/**
 * The Coordinator's choice of indicators from a download's `indicators=` (ids in order), checked against the pillar's
 * briefing: null without one, a 400 naming the first unknown id (or an empty choice).
 */
export function chosenIndicatorIds(catalogue: Catalogue, segment: string, slug: string, lang: string, value: string | undefined): string[] | null {
  if (value === undefined) return null;
  const ids = parseIndicatorList(value);
  if (ids.length === 0) throw new BadRequestError('indicators: name at least one indicator of the briefing, or leave the parameter out for all of them.', 'indicators');
  const unknown = unknownIndicatorIds(briefingFor(catalogue, segment, slug, lang), ids);
  if (unknown.length > 0) throw new BadRequestError(`indicators: "${unknown.join('", "')}" is not an indicator of this briefing.`, 'indicators');
  return ids;
}

/** The briefing with only the chosen indicators in the chosen order; null without a choice. */
export function chosenBriefing(catalogue: Catalogue, segment: string, slug: string, lang: string, value: string | undefined): Briefing | null {
  const ids = chosenIndicatorIds(catalogue, segment, slug, lang, value);
  return ids ? chooseIndicators(briefingFor(catalogue, segment, slug, lang), ids) : null;
}

/** "What changed since the briefing of <date>": the pillar's figures published or withdrawn on or after that date. */
export function briefingComparison(catalogue: Catalogue, segment: string, slug: string, lang: string, since: string): BriefingComparison {
  const { plan } = planAndPillar(catalogue, segment, slug);
  const formatter = new Intl.NumberFormat(lang);
  return compareSince({
    since,
    indicators: briefingIndicators(catalogue, segment, slug),
    changes: catalogue.publishedChanges,
    t: BRIEFING_LANGUAGES[lang] ?? BRIEFING_TEMPLATES_EN,
    fmt: (n) => formatter.format(n),
    lang,
    reporting: plan.cycles.filter((c) => c !== plan.deadlineCycle),
    // Dates as the Word briefing gives them (YYYY-MM-DD): the same in every language.
    formatDate: (iso) => iso.slice(0, 10),
  });
}
