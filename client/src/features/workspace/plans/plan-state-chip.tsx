import { useTranslation } from 'react-i18next';

/** "Being set up" (nothing of the plan is public) or "Published". */
export function PlanStateChip({ publishedAt }: { publishedAt: string | null }) {
  const { t } = useTranslation('workspace');
  return publishedAt ? (
    <span className="ws-chip ws-chip--published">{t('plans.state.published')}</span>
  ) : (
    <span className="ws-chip ws-chip--draft">{t('plans.state.draft')}</span>
  );
}
