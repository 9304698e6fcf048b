// Accounts (admin): who may sign in, with which role; a new account gets a one-time password, shown once.
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CreateUserInputSchema, ROLES, type Role } from '@ccm/shared/schemas/workspace';
import { CopyButton } from '../../../components/ui/copy-button.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useCreateUser } from './api/create-user.ts';
import { useUsers } from './api/get-users.ts';
import { useFieldErrorText } from '../hooks/use-field-error-text.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { fieldErrorOfProblem, fieldErrorsOf, type FieldErrors } from '../utils/field-errors.ts';
import { SelectField, TextField, focusFirstInvalid } from '../components/form-field.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { ProblemAlert } from '../components/problem-alert.tsx';

function OneTimePassword({ email, password, onDone }: { email: string; password: string; onDone: () => void }) {
  const { t } = useTranslation('workspace');
  return (
    <div className="ws-alert ws-alert--success ws-secret" role="status">
      <p className="ws-alert__title">{t('users.created', { email })}</p>
      <p>{t('users.oneTime')}</p>
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

function CreateUserForm() {
  const { t } = useTranslation('workspace');
  const create = useCreateUser();
  const errorText = useFieldErrorText();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const parsed = CreateUserInputSchema.safeParse({ email, role });
    if (!parsed.success) {
      flushSync(() => setErrors(fieldErrorsOf(parsed.error.issues, 'user')));
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (user) => {
        setCreated({ email: user.email, password: user.oneTimePassword });
        setEmail('');
      },
      onError: (error) => {
        const problem = fieldErrorOfProblem(error, ['email', 'role']);
        if (problem) {
          flushSync(() => setErrors({ [problem.field]: problem.error }));
          focusFirstInvalid(form.current);
        }
      },
    });
  };

  const serverField = fieldErrorOfProblem(create.error, ['email', 'role']);
  return (
    <form ref={form} className="ws-form" onSubmit={submit} noValidate aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('users.create')}</h2>
      <div className="ws-form__grid">
        <TextField id="user-email" className="ws-field--span2" type="email" autoComplete="off" label={t('users.email')} value={email} onChange={setEmail} required error={errorText(errors.email)} />
        <SelectField<Role> id="user-role" label={t('users.role')} value={role} options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} onChange={setRole} hint={t('users.roleHint')} />
      </div>
      <ProblemAlert error={serverField ? null : create.error} />
      {created ? <OneTimePassword email={created.email} password={created.password} onDone={() => setCreated(null)} /> : null}
      <div className="ws-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('users.submit')}
        </button>
      </div>
    </form>
  );
}

export function UsersPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('users.title'));
  const format = useWorkspaceFormat();
  const users = useUsers();
  return (
    <div className="ws-page">
      <PageHeader title={t('users.title')} lead={t('users.lead')} />
      {users.isPending ? <LoadingState /> : null}
      {users.isError ? <ErrorState onRetry={() => void users.refetch()} /> : null}
      {users.data ? (
        <TableScroll label={t('users.caption')}>
          <table className="data-table ws-table">
            <caption>{t('users.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.column.email')}</th>
                <th scope="col">{t('users.column.role')}</th>
                <th scope="col">{t('users.column.password')}</th>
                <th scope="col">{t('users.column.created')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.email}</th>
                  <td>
                    <span className={`ws-role ws-role--${user.role}`}>{t(`role.${user.role}`)}</span>
                  </td>
                  <td>{user.mustChangePassword ? t('users.mustChange') : t('users.ownPassword')}</td>
                  <td>{format.moment(user.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <section className="ws-panel">
        <CreateUserForm />
      </section>
    </div>
  );
}
