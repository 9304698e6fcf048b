import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceUser } from '../hooks/use-workspace-user.ts';

/** A screen only an admin may use: an editor who opens its address is told so (the server refuses anyway). */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation('workspace');
  const { isAdmin } = useWorkspaceUser();
  if (isAdmin) return children;
  return (
    <div className="ws-page">
      <h1>{t('adminOnly.title')}</h1>
      <p className="ws-alert ws-alert--info">{t('adminOnly.body')}</p>
    </div>
  );
}
