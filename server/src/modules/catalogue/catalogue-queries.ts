// What the routes ask of a catalogue: filters, a plan's indicators, its summary (status counts per plan and pillar),
// export rows and series summaries.
import type { ActionPlan, ExportRow, Indicator, IndicatorFilters, SeriesSummary, StatusCounts, Summary } from '@ccm/shared/schemas/api';
import { STATUS_CODES, type StatusCode } from '@ccm/shared/schemas/common';
import { exportWords } from '@ccm/shared/i18n/export-columns';
import type { Catalogue } from './catalogue.service.ts';

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUS_CODES.map((code) => [code, 0])) as Record<StatusCode, number>;
}

export function filterIndicators(catalogue: Catalogue, filters: IndicatorFilters): Indicator[] {
  return catalogue.indicators.filter(
    (i) =>
      (filters.pillar === undefined || i.pillar === filters.pillar) &&
      (filters.action === undefined || i.action === filters.action) &&
      (filters.status === undefined || i.status.code === filters.status),
  );
}

function latestReportedCycle(catalogue: Catalogue, plan: string, indicators: Indicator[]): string | null {
  const ordinal = new Map((catalogue.planCycles.get(plan) ?? []).map((c) => [c.code, c.ordinal]));
  let best: string | null = null;
  for (const i of indicators) {
    for (const o of i.observations) {
      if (o.reporting !== 'reported' || o.value === null) continue;
      if (best === null || (ordinal.get(o.cycle) ?? -1) > (ordinal.get(best) ?? -1)) best = o.cycle;
    }
  }
  return best;
}

/** The plan a URL segment names, without regard to case ("lap" → LAP); undefined when there is none. */
export function findPlan(catalogue: Catalogue, segment: string): ActionPlan | undefined {
  const wanted = segment.toLowerCase();
  return catalogue.actionPlans.find((p) => p.code.toLowerCase() === wanted);
}

/** The plan's own indicators (indicator ids are unique across plans, action numbers and pillar slugs are not). */
export function indicatorsOfPlan(catalogue: Catalogue, planCode: string, indicators: Indicator[] = catalogue.indicators): Indicator[] {
  return indicators.filter((i) => catalogue.planOfIndicator.get(i.id) === planCode);
}

/** Status counts of one plan, each indicator classified against that plan's own cycles and deadline. */
export function summarise(catalogue: Catalogue, plan: ActionPlan): Summary {
  const count = (list: Indicator[]) => {
    const counts = emptyCounts();
    for (const i of list) counts[i.status.code] = (counts[i.status.code] ?? 0) + 1;
    return counts;
  };
  const planIndicators = indicatorsOfPlan(catalogue, plan.code);
  return {
    actionPlan: plan,
    latestCycle: latestReportedCycle(catalogue, plan.code, planIndicators),
    dataVersion: catalogue.version,
    updatedAt: catalogue.updatedAt,
    indicatorCount: planIndicators.length,
    counts: count(planIndicators),
    pillars: catalogue.pillars
      .filter((p) => p.actionPlan === plan.code)
      .map((p) => {
        const list = planIndicators.filter((i) => i.pillar === p.slug);
        return {
          slug: p.slug,
          name: p.name,
          i18n: p.i18n,
          order: p.order,
          indicatorCount: list.length,
          counts: count(list),
          latestCycle: latestReportedCycle(catalogue, plan.code, list),
        };
      }),
  };
}

export function exportRows(catalogue: Catalogue, indicators: Indicator[]): ExportRow[] {
  const words = exportWords(catalogue.lang);
  return indicators.flatMap((i) =>
    i.observations.map((o) => ({
      actionPlan: catalogue.planOfIndicator.get(i.id) ?? '',
      action: i.action,
      pillar: i.pillar,
      indicatorId: i.id,
      indicatorTitle: i.title,
      unit: i.unit,
      cycle: o.cycle,
      spanFrom: o.spanFrom,
      value: o.value,
      qualifier: o.qualifier,
      denominator: o.denominator,
      reporting: o.reporting,
      document: o.source.document,
      paragraph: o.source.paragraph,
      note: o.note,
      cycleInferred: o.cycleInferred,
      underReview: o.underReview?.note ?? null,
      underReviewParagraph: o.underReview?.paragraph ?? null,
      status: i.status.code,
      statusText: words.status(i.status.code, i.status.inputs.deadlineCycle),
      qualifierText: words.qualifier(o.qualifier),
      reportingText: words.reporting(o.reporting),
    })),
  );
}

export function seriesSummaries(catalogue: Catalogue): SeriesSummary[] {
  return catalogue.series.map(({ name, title, description, periods, measures }) => ({ name, title, description, periods, measures }));
}
