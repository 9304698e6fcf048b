// One status preview as a job for the worker (or, where there is no worker, for the main thread): the input built by the
// shared classifierInputFor (as the server builds the published statuses), the dashboard's rule, and the reason in the
// workspace's language. Only this module and the worker import the rule, so it stays out of the pages' own bundles.
import { classifyIndicator } from '@ccm/shared/domain/classify';
import { classifierInputFor, localizeStatus } from '@ccm/shared/domain/status-input';
import type { Language } from '@ccm/shared/i18n/languages';
import type { IndicatorStatus } from '@ccm/shared/schemas/status';

export interface ClassifyJob {
  indicator: Parameters<typeof classifierInputFor>[0];
  cycles: Parameters<typeof classifierInputFor>[1];
  plan: Parameters<typeof classifierInputFor>[2];
  lang: Language;
}

/** The status the figures give, or null when the plan has no reporting cycles. */
export function classifyWithReason({ indicator, cycles, plan, lang }: ClassifyJob): IndicatorStatus | null {
  const input = classifierInputFor(indicator, cycles, plan);
  return input ? localizeStatus(classifyIndicator(input), lang) : null;
}
