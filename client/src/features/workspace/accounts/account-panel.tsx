// One account, as an admin manages it: its role, deactivation or reactivation, a new one-time password, its sessions.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '@ccm/shared/schemas/accounts';
import { ROLES, type Role } from '@ccm/shared/schemas/workspace';
import { CopyButton } from '../../../components/ui/copy-button.tsx';
import { ConfirmAction } from '../components/confirm-action.tsx';
import { SelectField } from '../components/form-field.tsx';
import { ProblemAlert, SuccessNote } from '../components/problem-alert.tsx';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { useResetPassword } from './api/reset-password.ts';
import { useAccountSessions, useEndAccountSession, useEndAccountSessions } from './api/sessions.ts';
import { useUpdateAccount } from './api/update-account.ts';
import { ManagedSessions } from './sessions-list.tsx';

/** A one-time password, shown once, with a way to copy it. */
export function OneTimePassword({ title, body, password, onDone }: { title: string; body: string[]; password: string; onDone: () => void }) {
  const { t } = useTranslation('workspace');
  return (
    <div className="ws-alert ws-alert--success ws-secret" role="status">
      <p className="ws-alert__title">{title}</p>
      {body.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p className="ws-secret__value">
        <code>{password}</code>
      </p>
      <div className="ws-actions">
        <CopyButton text={password} label={t('users.copy')} />
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('users.hide')}
        </button>
      </div>
    </div>
  );
}

function RoleForm({ account }: { account: Account }) {
  const { t } = useTranslation('workspace');
  const update = useUpdateAccount();
  const [role, setRole] = useState<Role>(account.role);
  const [saved, setSaved] = useState<Role | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    update.mutate({ id: account.id, change: { role } }, { onSuccess: (changed) => setSaved(changed.role) });
  };
  return (
    <form className="ws-form acc-role" onSubmit={submit} noValidate aria-labelledby={`account-role-title-${account.id}`}>
      <h3 id={`account-role-title-${account.id}`}>{t('account.roleTitle')}</h3>
      <div className="acc-role__row">
        <SelectField<Role>
          id={`account-role-${account.id}`}
          label={t('account.roleLabel')}
          value={role}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          onChange={(value) => {
            setRole(value);
            setSaved(null);
          }}
          hint={t('users.roleHint')}
        />
        <div className="ws-actions">
          <button type="submit" className="button" disabled={update.isPending || role === account.role}>
            {t('account.saveRole')}
          </button>
        </div>
      </div>
      <ProblemAlert error={update.error} />
      {saved ? <SuccessNote>{t('account.roleSaved', { email: account.email, role: t(`role.${saved}`) })}</SuccessNote> : null}
    </form>
  );
}

function ActiveControl({ account }: { account: Account }) {
  const { t } = useTranslation('workspace');
  const update = useUpdateAccount();
  const [done, setDone] = useState<'deactivated' | 'reactivated' | null>(null);
  const change = (active: boolean) => {
    setDone(null);
    update.mutate({ id: account.id, change: { active } }, { onSuccess: () => setDone(active ? 'reactivated' : 'deactivated') });
  };
  return (
    <div className="acc-block">
      <h3>{t('account.accessTitle')}</h3>
      <p>{account.active ? t('account.activeNow') : t('account.deactivatedNow')}</p>
      {account.active ? (
        <ConfirmAction
          label={t('account.deactivate')}
          question={t('account.deactivateQuestion', { email: account.email, count: account.sessions })}
          confirmLabel={t('account.deactivateConfirm')}
          onConfirm={() => change(false)}
          busy={update.isPending}
          tone="danger"
        />
      ) : (
        <ConfirmAction
          label={t('account.reactivate')}
          question={t('account.reactivateQuestion', { email: account.email })}
          confirmLabel={t('account.reactivateConfirm')}
          onConfirm={() => change(true)}
          busy={update.isPending}
        />
      )}
      <ProblemAlert error={update.error} />
      {done ? <SuccessNote focus>{t(`account.${done}`, { email: account.email })}</SuccessNote> : null}
    </div>
  );
}

function PasswordControl({ account }: { account: Account }) {
  const { t } = useTranslation('workspace');
  const reset = useResetPassword();
  const [issued, setIssued] = useState<{ password: string; deactivated: boolean } | null>(null);
  return (
    <div className="acc-block">
      <h3>{t('account.passwordTitle')}</h3>
      <p>{account.mustChangePassword ? t('users.mustChange') : t('users.ownPassword')}</p>
      <ConfirmAction
        label={t('account.reset')}
        question={t('account.resetQuestion', { email: account.email })}
        confirmLabel={t('account.resetConfirm')}
        onConfirm={() => {
          setIssued(null);
          reset.mutate(account.id, { onSuccess: (user) => setIssued({ password: user.oneTimePassword, deactivated: !account.active }) });
        }}
        busy={reset.isPending}
      />
      <ProblemAlert error={reset.error} />
      {issued ? (
        <OneTimePassword
          title={t('account.resetDone', { email: account.email })}
          body={[t('account.resetOnce'), ...(issued.deactivated ? [t('account.resetStillDeactivated')] : [])]}
          password={issued.password}
          onDone={() => setIssued(null)}
        />
      ) : null}
    </div>
  );
}

function AccountSessions({ account, isSelf }: { account: Account; isSelf: boolean }) {
  const { t } = useTranslation('workspace');
  const sessions = useAccountSessions(account.id);
  const endOne = useEndAccountSession(account.id);
  const endAll = useEndAccountSessions(account.id);
  return (
    <div className="acc-block">
      <h3>{t('account.sessionsTitle')}</h3>
      <ManagedSessions
        sessions={sessions}
        endOne={endOne}
        endOthers={endAll}
        label={t('account.sessionsOf', { email: account.email })}
        endOthersText={(others) =>
          isSelf
            ? { label: t('sessions.endOthers'), question: t('sessions.endOthersQuestion', { count: others }), confirmLabel: t('sessions.endOthersConfirm') }
            : { label: t('account.endAll'), question: t('account.endAllQuestion', { email: account.email, count: others }), confirmLabel: t('account.endAllConfirm') }
        }
      />
    </div>
  );
}

export function AccountPanel({ account, isSelf, onClose }: { account: Account; isSelf: boolean; onClose: () => void }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section id="account-panel" className="ws-panel acc-panel" aria-labelledby="account-panel-title">
      <div className="acc-panel__head">
        <h2 id="account-panel-title" ref={heading} tabIndex={-1}>
          {t('account.title', { email: account.email })}
        </h2>
        <button type="button" className="button button--secondary ws-button--small" onClick={onClose}>
          {t('account.close')}
        </button>
      </div>
      <p className="ws-muted">
        {t('account.created', { date: format.moment(account.createdAt) })}
        {account.deactivatedAt ? ` ${t('account.deactivatedOn', { date: format.moment(account.deactivatedAt) })}` : ''}
      </p>
      {isSelf ? (
        <p className="ws-alert ws-alert--info">{t('account.self')}</p>
      ) : (
        <>
          <RoleForm account={account} />
          <ActiveControl account={account} />
          <PasswordControl account={account} />
        </>
      )}
      <AccountSessions account={account} isSelf={isSelf} />
    </section>
  );
}
