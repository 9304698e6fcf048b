// Choosing one's own password: forced after a one-time password, and available any time from the workspace header.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordInputSchema, PASSWORD_MIN_LENGTH } from '@ccm/shared/schemas/workspace';
import { useChangePassword } from './api/change-password.ts';
import { useSignOut } from '../api/sign-out.ts';
import { useFormErrors } from '../hooks/use-form-errors.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { fieldErrorsOf, type FieldErrors } from '../utils/field-errors.ts';
import { FormActions } from '../components/form-actions.tsx';
import { TextField } from '../components/form-field.tsx';
import { SuccessNote } from '../components/problem-alert.tsx';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: Record<Field, string> = { currentPassword: '', newPassword: '', confirmPassword: '' };
/** The three password fields, in order: the browser's password manager knows them by their autocomplete. */
const INPUTS = [
  { field: 'currentPassword', id: 'password-current', label: 'password.current', autoComplete: 'current-password' },
  { field: 'newPassword', id: 'password-new', label: 'password.new', autoComplete: 'new-password' },
  { field: 'confirmPassword', id: 'password-confirm', label: 'password.confirm', autoComplete: 'new-password' },
] as const;

export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('password.title'));
  const change = useChangePassword();
  const signOut = useSignOut();
  const { form, fail, clear, refused, errorOf, problem } = useFormErrors(change.error, FIELDS);
  const [values, setValues] = useState(EMPTY);
  const [done, setDone] = useState(false);

  const set = (field: Field) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ChangePasswordInputSchema.safeParse({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    const next: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues, 'password');
    if (!next.confirmPassword && values.confirmPassword !== values.newPassword) {
      next.confirmPassword = { key: 'validation.password.confirmPassword.mismatch' };
    }
    if (!parsed.success || Object.keys(next).length > 0) {
      fail(next);
      return;
    }
    clear();
    change.mutate(parsed.data, {
      onSuccess: () => {
        setDone(true);
        setValues(EMPTY);
      },
      onError: refused,
    });
  };

  return (
    <div className={forced ? 'ws-auth' : 'ws-page'}>
      <div className={forced ? 'ws-auth__card' : 'ws-panel ws-panel--narrow'}>
        {forced ? <p className="ws-eyebrow">{t('shell.name')}</p> : null}
        <h1>{t('password.title')}</h1>
        <p className="ws-lead">{forced ? t('password.forcedIntro') : t('password.intro')}</p>
        {done ? <SuccessNote>{t('password.done')}</SuccessNote> : null}
        <form ref={form} className="ws-form" onSubmit={submit} noValidate>
          {INPUTS.map(({ field, id, label, autoComplete }) => (
            <TextField
              key={id}
              id={id}
              label={t(label)}
              type="password"
              autoComplete={autoComplete}
              value={values[field]}
              onChange={set(field)}
              required
              hint={field === 'newPassword' ? t('password.rule', { count: PASSWORD_MIN_LENGTH }) : undefined}
              error={errorOf(field)}
            />
          ))}
          <FormActions submitLabel={t('password.submit')} pending={change.isPending} problem={problem}>
            {forced ? (
              <button type="button" className="button button--secondary" onClick={() => signOut.mutate()}>
                {t('shell.signOut')}
              </button>
            ) : null}
          </FormActions>
        </form>
      </div>
    </div>
  );
}
