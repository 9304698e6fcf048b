// Accounts (admin): who may sign in, with which role, and their sessions; a new account gets a one-time password, shown
// once. Each account opens a panel to change its role, deactivate or reactivate it, issue a new one-time password and
// end its sessions.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateUserInputSchema, ROLES, type Role } from '@ccm/shared/schemas/workspace';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { useCreateUser } from './api/create-user.ts';
import { useUsers } from './api/get-users.ts';
import { AccountPanel, OneTimePassword } from './account-panel.tsx';
import { useWorkspaceUser } from '../hooks/use-workspace-user.ts';
import { useFormErrors } from '../hooks/use-form-errors.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { FormActions } from '../components/form-actions.tsx';
import { SelectField, TextField } from '../components/form-field.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { WorkspaceTable } from '../components/workspace-table.tsx';
import './accounts.css';

function CreateUserForm() {
  const { t } = useTranslation('workspace');
  const create = useCreateUser();
  const { form, check, refused, errorOf, problem } = useFormErrors(create.error, ['email', 'role']);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const input = check(CreateUserInputSchema, { email, role }, 'user');
    if (!input) return;
    create.mutate(input, {
      onSuccess: (user) => {
        setCreated({ email: user.email, password: user.oneTimePassword });
        setEmail('');
      },
      onError: refused,
    });
  };

  return (
    <form ref={form} className="ws-form" onSubmit={submit} noValidate aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('users.create')}</h2>
      <div className="ws-form__grid">
        <TextField id="user-email" className="ws-field--span2" type="email" autoComplete="off" label={t('users.email')} value={email} onChange={setEmail} required error={errorOf('email')} />
        <SelectField<Role> id="user-role" label={t('users.role')} value={role} options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} onChange={setRole} hint={t('users.roleHint')} />
      </div>
      <FormActions
        submitLabel={t('users.submit')}
        pending={create.isPending}
        problem={problem}
        notice={created ? <OneTimePassword title={t('users.created', { email: created.email })} body={[t('users.oneTime')]} password={created.password} onDone={() => setCreated(null)} /> : null}
      />
    </form>
  );
}

export function UsersPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('users.title'));
  const format = useWorkspaceFormat();
  const users = useUsers();
  const { user: me } = useWorkspaceUser();
  const [selected, setSelected] = useState<number | null>(null);
  const selectedAccount = users.data?.find((account) => account.id === selected) ?? null;
  const close = () => {
    const id = selected;
    setSelected(null);
    // Back to the button that opened the panel.
    requestAnimationFrame(() => document.getElementById(`manage-${id}`)?.focus());
  };
  return (
    <div className="ws-page">
      <PageHeader title={t('users.title')} lead={t('users.lead')} />
      {users.isPending ? <LoadingState /> : null}
      {users.isError ? <ErrorState onRetry={() => void users.refetch()} /> : null}
      {users.data ? (
        <WorkspaceTable
          caption={t('users.caption')}
          className="acc-table"
          rows={users.data}
          rowKey={(account) => String(account.id)}
          rowClassName={(account) => (account.active ? undefined : 'acc-row--inactive')}
          columns={[
            {
              id: 'email',
              header: t('users.column.email'),
              primary: true,
              className: 'acc-email',
              cell: (account) => (
                <>
                  {account.email}
                  {account.id === me?.id ? <span className="ws-muted"> {t('users.you')}</span> : null}
                </>
              ),
            },
            { id: 'role', header: t('users.column.role'), cell: (account) => <span className={`ws-role ws-role--${account.role}`}>{t(`role.${account.role}`)}</span> },
            {
              id: 'state',
              header: t('users.column.state'),
              cell: (account) =>
                account.active ? <span className="ws-chip ws-chip--published">{t('users.active')}</span> : <span className="ws-chip acc-chip--inactive">{t('users.deactivated')}</span>,
            },
            { id: 'password', header: t('users.column.password'), cell: (account) => (account.mustChangePassword ? t('users.mustChange') : t('users.ownPassword')) },
            { id: 'sessions', header: t('users.column.sessions'), className: 'numeric', cell: (account) => format.number(account.sessions) },
            {
              id: 'lastSeen',
              header: t('users.column.lastSeen'),
              cell: (account) => (account.lastSeenAt ? format.moment(account.lastSeenAt) : <span className="ws-muted">{t('users.neverSeen')}</span>),
            },
            {
              id: 'actions',
              header: t('users.column.actions'),
              cell: (account) => (
                <button
                  id={`manage-${account.id}`}
                  type="button"
                  className="button button--secondary ws-button--small"
                  aria-expanded={selected === account.id}
                  aria-controls={selected === account.id ? 'account-panel' : undefined}
                  onClick={() => setSelected(selected === account.id ? null : account.id)}
                >
                  {t('users.manage')}
                  <span className="visually-hidden"> {account.email}</span>
                </button>
              ),
            },
          ]}
        />
      ) : null}
      {selectedAccount ? <AccountPanel key={selectedAccount.id} account={selectedAccount} isSelf={selectedAccount.id === me?.id} onClose={close} /> : null}
      <section className="ws-panel">
        <CreateUserForm />
      </section>
    </div>
  );
}
