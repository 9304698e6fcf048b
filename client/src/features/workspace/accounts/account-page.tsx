// Your account, for everyone signed in: who you are, a way to change your password, and the browsers where you are
// signed in, each of which you can end (the current one ends by signing out).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { ConfirmAction } from '../components/confirm-action.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { ProblemAlert, SuccessNote } from '../components/problem-alert.tsx';
import { WORKSPACE_PATHS } from '../components/workspace-paths.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { useWorkspaceUser } from '../hooks/use-workspace-user.ts';
import { useEndOtherOwnSessions, useEndOwnSession, useOwnSessions } from './api/sessions.ts';
import { SessionsList } from './sessions-list.tsx';
import './accounts.css';

export function AccountPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('ownAccount.title'));
  const { user } = useWorkspaceUser();
  const sessions = useOwnSessions();
  const endOne = useEndOwnSession();
  const endOthers = useEndOtherOwnSessions();
  const [ended, setEnded] = useState<number | null>(null);
  const others = sessions.data?.filter((s) => !s.current).length ?? 0;
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
        {sessions.isPending ? <LoadingState /> : null}
        {sessions.isError ? <ErrorState onRetry={() => void sessions.refetch()} /> : null}
        {ended !== null ? <SuccessNote focus>{t('sessions.ended', { count: ended })}</SuccessNote> : null}
        {sessions.data ? (
          <SessionsList
            sessions={sessions.data}
            label={t('ownAccount.sessionsTitle')}
            empty={t('account.noSessions')}
            busy={endOne.isPending || endOthers.isPending}
            onEnd={(id) => {
              setEnded(null);
              endOne.mutate(id, { onSuccess: () => setEnded(1) });
            }}
          >
            {others > 0 ? (
              <ConfirmAction
                label={t('sessions.endOthers')}
                question={t('sessions.endOthersQuestion', { count: others })}
                confirmLabel={t('sessions.endOthersConfirm')}
                onConfirm={() => {
                  setEnded(null);
                  endOthers.mutate(undefined, { onSuccess: (count) => setEnded(count) });
                }}
                busy={endOthers.isPending}
                tone="danger"
              />
            ) : null}
          </SessionsList>
        ) : null}
        <ProblemAlert error={endOne.error ?? endOthers.error} />
      </section>
    </div>
  );
}
