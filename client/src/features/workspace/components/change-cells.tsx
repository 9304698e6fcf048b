// Table cells shared by the review and history screens: a change's kind and state as words.
import { useTranslation } from 'react-i18next';
import type { Change } from '@ccm/shared/schemas/workspace';

export function ChangeKind({ change }: { change: Change }) {
  const { t } = useTranslation('workspace');
  return <span className={`ws-chip ws-chip--kind-${change.kind}`}>{t(`change.kind.${change.kind}`)}</span>;
}

export function ChangeState({ change }: { change: Change }) {
  const { t } = useTranslation('workspace');
  return <span className={`ws-chip ws-chip--${change.state}`}>{t(`change.state.${change.state}`)}</span>;
}
