// Assembles a pillar briefing from the catalogue with the shared sentence templates.
import { buildBriefing, BRIEFING_TEMPLATES_EN, type BriefingTemplates } from '@ccm/shared/domain/briefing';
import { BRIEFING_TEMPLATES_BY_LANG } from '@ccm/shared/i18n/briefing-templates';
import type { Briefing, BriefingRecentChange } from '@ccm/shared/schemas/briefing';
import { NotFoundError } from '../../lib/errors.ts';
import { indicatorsOfPlan, type Catalogue } from '../catalogue/catalogue.service.ts';

export const BRIEFING_LANGUAGES: Record<string, BriefingTemplates> = BRIEFING_TEMPLATES_BY_LANG;

export function briefingFor(catalogue: Catalogue, slug: string, lang: string): Briefing {
  const plan = catalogue.currentPlan;
  const pillar = catalogue.pillars.find((p) => p.slug === slug && p.actionPlan === plan?.code);
  if (!plan || !pillar) throw new NotFoundError(`No pillar "${slug}".`);
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
  const formatter = new Intl.NumberFormat(lang);
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
    updatedAt: catalogue.updatedAt,
    document: catalogue.actions[0]?.document ?? '',
    lang,
    templates,
    formatNumber: (n) => formatter.format(n),
  });
}
