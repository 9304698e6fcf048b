// A list of sessions: the browser that signed in, when, its last request, and a button to end each one but the current
// one (signing out ends that). Used for any account (admin) and for the signed-in user's own.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import type { Session } from '@ccm/shared/schemas/accounts';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { ConfirmAction } from '../components/confirm-action.tsx';
import { ProblemAlert, SuccessNote } from '../components/problem-alert.tsx';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { describeUserAgent } from './user-agent.ts';

export function useSessionName() {
  const { t } = useTranslation('workspace');
  return (session: Session): string => {
    const { browser, system } = describeUserAgent(session.userAgent);
    if (browser && system) return t('sessions.browserOn', { browser, system });
    if (browser ?? system) return browser ?? system ?? '';
    return session.userAgent ? t('sessions.unknownBrowser') : t('sessions.noBrowser');
  };
}

function SessionItem({ session, onEnd, busy }: { session: Session; onEnd: (id: string) => void; busy: boolean }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const name = useSessionName();
  const nameId = useId();
  return (
    <li className="acc-session">
      <p className="acc-session__name" id={nameId}>
        <strong>{name(session)}</strong>
        {session.current ? <span className="ws-chip ws-chip--published">{t('sessions.current')}</span> : null}
      </p>
      <p className="acc-session__times">
        {t('sessions.times', { signedIn: format.moment(session.createdAt), lastSeen: format.moment(session.lastSeenAt) })}
      </p>
      {session.userAgent ? (
        <p className="acc-session__agent" dir="ltr" translate="no">
          {session.userAgent}
        </p>
      ) : null}
      {session.current ? (
        <p className="ws-muted">{t('sessions.currentNote')}</p>
      ) : (
        <div className="ws-actions">
          <button type="button" className="button button--secondary ws-button--small" aria-describedby={nameId} disabled={busy} onClick={() => onEnd(session.id)}>
            {t('sessions.end')}
          </button>
        </div>
      )}
    </li>
  );
}

export function SessionsList({
  sessions,
  onEnd,
  busy,
  empty,
  label,
  children,
}: {
  sessions: readonly Session[];
  onEnd: (id: string) => void;
  busy: boolean;
  /** Said when there is no session. */
  empty: string;
  /** The list's accessible name. */
  label: string;
  /** "End all" and notes, under the list. */
  children?: ReactNode;
}) {
  if (sessions.length === 0) return <p className="ws-muted">{empty}</p>;
  return (
    <>
      <ul className="acc-sessions" aria-label={label}>
        {sessions.map((session) => (
          <SessionItem key={session.id} session={session} onEnd={onEnd} busy={busy} />
        ))}
      </ul>
      {children}
    </>
  );
}

/**
 * An account's sessions as they load, each with its End button, and one button to end the others (a confirmation
 * first); says how many ended, or why not.
 */
export function ManagedSessions({
  sessions,
  endOne,
  endOthers,
  label,
  endOthersText,
}: {
  sessions: UseQueryResult<Session[]>;
  endOne: UseMutationResult<unknown, Error, string>;
  endOthers: UseMutationResult<number, Error, void>;
  /** The list's accessible name. */
  label: string;
  /** The end-the-others button's label, its question for this many sessions, and its confirming button. */
  endOthersText: (others: number) => { label: string; question: string; confirmLabel: string };
}) {
  const { t } = useTranslation('workspace');
  const [ended, setEnded] = useState<number | null>(null);
  const others = sessions.data?.filter((s) => !s.current).length ?? 0;
  const text = endOthersText(others);
  return (
    <>
      {sessions.isPending ? <LoadingState /> : null}
      {sessions.isError ? <ErrorState onRetry={() => void sessions.refetch()} /> : null}
      {ended !== null ? <SuccessNote focus>{t('sessions.ended', { count: ended })}</SuccessNote> : null}
      {sessions.data ? (
        <SessionsList
          sessions={sessions.data}
          label={label}
          empty={t('account.noSessions')}
          busy={endOne.isPending || endOthers.isPending}
          onEnd={(id) => {
            setEnded(null);
            endOne.mutate(id, { onSuccess: () => setEnded(1) });
          }}
        >
          {others > 0 ? (
            <ConfirmAction
              label={text.label}
              question={text.question}
              confirmLabel={text.confirmLabel}
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
    </>
  );
}
