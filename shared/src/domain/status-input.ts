// The one way to turn an indicator and its plan's cycles into classifier input, and to render a status in a language.
// Used by the server catalogue, POST /api/v1/classify and the workspace preview, so the three can never disagree.
import type { Direction } from '../schemas/common.ts';
import type { IndicatorStatus, ReasonParams } from '../schemas/status.ts';
import { translateUnit, type Language } from '../i18n/languages.ts';
import { REASON_TEMPLATES_BY_LANG } from '../i18n/reason-templates.ts';
import {
  formatReason,
  renderReason,
  type ClassifierInput,
  type ClassifierObservation,
  type Thresholds,
} from './classify.ts';

export interface StatusIndicator {
  direction: Direction;
  populationSize: number | null;
  targetShare: number | null;
  unit: string;
  observations: ClassifierObservation[];
}

export interface StatusCycle {
  code: string;
  actionPlan: string;
  ordinal: number;
  isDeadline: boolean;
}

export interface StatusPlan {
  code: string;
  deadlineCycle: string;
}

/**
 * The classifier input for an indicator under a plan. The deadline is the plan's cycle named deadlineCycle, else the
 * plan's last cycle; the cycles are the plan's own non-deadline cycles before it (other plans' cycles and any cycle at or
 * after the deadline are left out). null when the plan has no cycles.
 */
export function classifierInputFor(
  indicator: StatusIndicator,
  cycles: readonly StatusCycle[],
  plan: StatusPlan,
  thresholds?: Partial<Thresholds>,
): ClassifierInput | null {
  const planCycles = cycles.filter((c) => c.actionPlan === plan.code).sort((a, b) => a.ordinal - b.ordinal);
  const deadline = planCycles.find((c) => c.code === plan.deadlineCycle) ?? planCycles.at(-1);
  if (deadline === undefined) return null;
  return {
    direction: indicator.direction,
    denominator: indicator.populationSize,
    targetShare: indicator.targetShare,
    unit: indicator.unit,
    observations: indicator.observations,
    cycles: planCycles
      .filter((c) => !c.isDeadline && c.ordinal < deadline.ordinal)
      .map((c) => ({ code: c.code, ordinal: c.ordinal })),
    deadlineCycle: { code: deadline.code, ordinal: deadline.ordinal },
    ...(thresholds !== undefined ? { thresholds } : {}),
  };
}

/**
 * The status with its reason (and the note on inferred cycles) and its projection sentence in `lang`, the unit
 * translated. The arithmetic is the same in every language; English comes back unchanged.
 */
export function localizeStatus(status: IndicatorStatus, lang: Language): IndicatorStatus {
  if (lang === 'en') return status;
  const templates = REASON_TEMPLATES_BY_LANG[lang];
  const reasonParams = translateUnitParam(status.reasonParams, lang);
  const projection =
    status.projection === null
      ? null
      : (() => {
          const params = translateUnitParam(status.projection.params, lang);
          return { ...status.projection, params, text: formatReason(status.projection.key, params, templates, lang) };
        })();
  return { ...status, reason: renderReason(status.reasonKey, reasonParams, templates, lang), reasonParams, projection };
}

function translateUnitParam(params: ReasonParams, lang: Language): ReasonParams {
  const unit = params.unit;
  return typeof unit === 'string' ? { ...params, unit: translateUnit(unit, lang) } : params;
}
