// Your account, for everyone signed in: who you are, a way to change your password, and the browsers where you are
// signed in, each of which you can end (the current one ends by signing out).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';
import { WORKSPACE_PATHS } from '../components/workspace-paths.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { useWorkspaceUser } from '../hooks/use-workspace-user.ts';
import { useEndOtherOwnSessions, useEndOwnSession, useOwnSessions } from './api/sessions.ts';
import { ManagedSessions } from './sessions-list.tsx';
import './accounts.css';

export function AccountPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('ownAccount.title'));
  const { user } = useWorkspaceUser();
  const sessions = useOwnSessions();
  const endOne = useEndOwnSession();
  const endOthers = useEndOtherOwnSessions();
  return (
    <div className="ws-page">
      <PageHeader title={t('ownAccount.title')} lead={user ? t('ownAccount.lead', { email: user.email, role: t(`role.${user.role}`) }) : null} />
      <section className="ws-panel" aria-labelledby="own-password-title">
        <h2 id="own-password-title">{t('ownAccount.passwordTitle')}</h2>
        <p>{t('ownAccount.passwordBody')}</p>
        <p>
          <Link to={WORKSPACE_PATHS.password}>{t('shell.changePassword')}</Link>
        </p>
      </section>
      <section className="ws-panel acc-own" aria-labelledby="own-sessions-title">
        <h2 id="own-sessions-title">{t('ownAccount.sessionsTitle')}</h2>
        <p className="ws-lead">{t('ownAccount.sessionsLead')}</p>
        <ManagedSessions
          sessions={sessions}
          endOne={endOne}
          endOthers={endOthers}
          label={t('ownAccount.sessionsTitle')}
          endOthersText={(others) => ({ label: t('sessions.endOthers'), question: t('sessions.endOthersQuestion', { count: others }), confirmLabel: t('sessions.endOthersConfirm') })}
        />
      </section>
    </div>
  );
}
