// The public catalogue: API objects with their computed status, built from the rows once per data version, and its
// translated copies. This file is the entry point; the work is in:
//   build-catalogue.ts       the build in steps (catalogue-structure.ts: plans, cycles, actions...; catalogue-figures.ts:
//                            observations, withdrawals, overrides)
//   localize-catalogue.ts    a translated copy, in steps
//   catalogue-queries.ts     what the routes ask of it: filters, summaries, export rows
//   catalogue-cache.ts       the one kept in memory, rebuilt in slices when the data version moves
import type {
  Action,
  ActionPlan,
  Conflict,
  Cycle,
  DocumentComment,
  Indicator,
  Pillar,
  Series,
} from '@ccm/shared/schemas/api';
import type { Thresholds } from '@ccm/shared/domain/classify';
import type { Language } from '@ccm/shared/i18n/languages';
import type { CrosswalkEntry } from '@ccm/shared/schemas/plans';
import type { CatalogueRows } from './catalogue.repository.ts';
import type { CatalogueState } from '../states/states.service.ts';
import type { CataloguePopulation } from '../states/populations.ts';
import { runToEnd } from './steps.ts';
import { buildCatalogueInSteps } from './build-catalogue.ts';
import { localizeCatalogueInSteps } from './localize-catalogue.ts';

export { buildCatalogueInSteps } from './build-catalogue.ts';
export { localizeCatalogueInSteps } from './localize-catalogue.ts';
export { overridesInForce } from './catalogue-figures.ts';
export { emptyCounts, exportRows, filterIndicators, findPlan, indicatorsOfPlan, seriesSummaries, summarise } from './catalogue-queries.ts';

export interface Catalogue {
  version: number;
  /** The status rule's thresholds it was built with (a what-if catalogue of drafts is built with the same). */
  thresholds: Partial<Thresholds>;
  lang: Language;
  /** Published translations, by "plan|entity|key|field|lang" (action numbers and pillar slugs restart in every plan). */
  translations: Map<string, string>;
  updatedAt: string | null;
  actionPlans: ActionPlan[];
  /** The plan the public pages show: the latest published one by start year. */
  currentPlan: ActionPlan | null;
  cycles: Cycle[];
  /** Each plan's cycles in its own frame: shared cycles of the previous plan first, ordinals re-counted from 0. */
  planCycles: Map<string, Cycle[]>;
  /** Every old→new relation between the public plans. */
  crosswalk: CrosswalkEntry[];
  /** Plan titles in other languages, by "plan|lang". */
  planTitles: Map<string, string>;
  pillars: Pillar[];
  actions: Action[];
  indicators: Indicator[];
  indicatorsById: Map<string, Indicator>;
  /** The action plan each indicator belongs to (action numbers repeat across plans). */
  planOfIndicator: Map<string, string>;
  conflicts: Conflict[];
  series: Series[];
  /** The drafters' comments of the source document. */
  documentComments: DocumentComment[];
  /** Published changes of figures (additions and corrections), newest first. */
  publishedChanges: { indicatorId: string; cycle: string; spanFrom: string | null; value: number | null; previousValue: number | null; added: boolean; publishedAt: string }[];
  /** Publication dates of the public cycles. */
  cyclePublishedAt: Map<string, string | null>;
  /** Every State, with its events and the published figures and series points that name it. */
  states: CatalogueState[];
  /** Each indicator's population as lists of States (its title in every language), by indicator id. */
  populations: Map<string, CataloguePopulation>;
}

export function buildCatalogue(
  allRows: CatalogueRows,
  version: { version: number; updatedAt: string | null },
  thresholds: Partial<Thresholds>,
): Catalogue {
  return runToEnd(buildCatalogueInSteps(allRows, version, thresholds));
}

/**
 * The catalogue in another language: translated texts where the ISU entered them (the rest stays English and is
 * flagged as a fallback), status reasons from that language's templates, and units of count translated.
 */
export function localizeCatalogue(base: Catalogue, lang: Language): Catalogue {
  return runToEnd(localizeCatalogueInSteps(base, lang));
}
