// The indicator's chain across plans: its predecessor in the previous plan (with that plan's cycles, to draw its figures
// first on the chart) and its successors in later plans, each fetched by id; the plans' names come from the plan list.
import { useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { planSegment } from '@ccm/shared/api-paths';
import type { Indicator } from '@ccm/shared/schemas/api';
import { useLanguage } from '../../../i18n/use-language.ts';
import { useActionPlans } from '../../../lib/api/get-action-plans.ts';
import { cyclesQueryOptions } from '../../../lib/api/get-cycles.ts';
import { indicatorQueryOptions } from '../../../lib/api/get-indicator.ts';
import { planCycles } from '../../../lib/cycles.ts';
import { usePlanName } from '../../../lib/plan-name.ts';
import type { FigureChain } from '../../../components/charts/indicator-figure.tsx';

export function useIndicatorLineage(indicator: Indicator | undefined) {
  const lang = useLanguage();
  const { name } = usePlanName();
  const plans = useActionPlans();
  const predecessor = indicator?.lineage.predecessor ?? null;
  const successors = indicator?.lineage.successors ?? [];

  const previous = useQuery({ ...indicatorQueryOptions(predecessor?.indicator ?? '', lang), enabled: predecessor !== null });
  const previousCycles = useQuery({ ...cyclesQueryOptions(planSegment(predecessor?.plan ?? ''), lang), enabled: predecessor !== null });
  const next = useQueries({
    queries: successors.map((s) => ({ ...indicatorQueryOptions(s.indicator ?? '', lang), enabled: s.indicator !== null })),
  });

  /** A plan's name by its code (the code itself until the list of plans has come). */
  const planName = (code: string) => {
    const plan = plans.data?.find((p) => p.code === code);
    return plan ? name(plan) : code;
  };
  const previousName = predecessor ? planName(predecessor.plan) : '';
  const ownName = indicator ? planName(indicator.actionPlan) : '';

  const chain = useMemo<FigureChain | null>(() => {
    if (!indicator || !predecessor || !previous.data || !previousCycles.data) return null;
    return {
      previous: previous.data,
      previousCycles: planCycles(previousCycles.data, previous.data.observations),
      previousPlan: { code: predecessor.plan, name: previousName },
      plan: { code: indicator.actionPlan, name: ownName },
      relation: predecessor.relation,
    };
  }, [indicator, predecessor, previous.data, previousCycles.data, previousName, ownName]);

  return {
    predecessor: predecessor ? { ...predecessor, found: previous.data } : null,
    successors: successors.map((s, i) => ({ ...s, found: next[i]?.data })),
    chain,
    planName,
  };
}
