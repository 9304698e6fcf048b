// A plan as readers see it: its name in the interface language, and its period ("2021–2026").
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPlan } from '@ccm/shared/schemas/api';

export function usePlanName() {
  const { t } = useTranslation();
  /** The catalogue's name for a plan it knows (the LAP), else the title the API gives (in the reader's language when translated). */
  const name = useCallback((plan: Pick<ActionPlan, 'code' | 'title'>) => t(`plan.name.${plan.code}`, { defaultValue: plan.title }), [t]);
  const period = useCallback((plan: Pick<ActionPlan, 'startYear' | 'endYear'>) => t('plans.period', { from: plan.startYear, to: plan.endYear }), [t]);
  return { name, period };
}
