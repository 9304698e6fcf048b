// Choosing one's own password: forced after a one-time password, and available any time from the workspace header.
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ChangePasswordInputSchema, PASSWORD_MIN_LENGTH } from '@ccm/shared/schemas/workspace';
import { useChangePassword } from './api/change-password.ts';
import { useSignOut } from '../api/sign-out.ts';
import { useFieldErrorText } from '../hooks/use-field-error-text.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { fieldErrorOfProblem, fieldErrorsOf, type FieldErrors } from '../utils/field-errors.ts';
import { TextField, focusFirstInvalid } from '../components/form-field.tsx';
import { ProblemAlert, SuccessNote } from '../components/problem-alert.tsx';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('password.title'));
  const change = useChangePassword();
  const signOut = useSignOut();
  const errorText = useFieldErrorText();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const set = (field: (typeof FIELDS)[number]) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ChangePasswordInputSchema.safeParse({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    const next: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues, 'password');
    if (!next.confirmPassword && values.confirmPassword !== values.newPassword) {
      next.confirmPassword = { key: 'validation.password.confirmPassword.mismatch' };
    }
    if (!parsed.success || Object.keys(next).length > 0) {
      flushSync(() => setErrors(next));
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    change.mutate(parsed.data, {
      onSuccess: () => {
        setDone(true);
        setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
      },
      onError: (error) => {
        const problem = fieldErrorOfProblem(error, FIELDS);
        if (problem) {
          flushSync(() => setErrors({ [problem.field]: problem.error }));
          focusFirstInvalid(form.current);
        }
      },
    });
  };

  const formProblem = change.error && !fieldErrorOfProblem(change.error, FIELDS) ? change.error : null;

  return (
    <div className={forced ? 'ws-auth' : 'ws-page'}>
      <div className={forced ? 'ws-auth__card' : 'ws-panel ws-panel--narrow'}>
        {forced ? <p className="ws-eyebrow">{t('shell.name')}</p> : null}
        <h1>{t('password.title')}</h1>
        <p className="ws-lead">{forced ? t('password.forcedIntro') : t('password.intro')}</p>
        {done ? <SuccessNote>{t('password.done')}</SuccessNote> : null}
        <form ref={form} className="ws-form" onSubmit={submit} noValidate>
          <TextField
            id="password-current"
            label={t('password.current')}
            type="password"
            autoComplete="current-password"
            value={values.currentPassword}
            onChange={set('currentPassword')}
            required
            error={errorText(errors.currentPassword)}
          />
          <TextField
            id="password-new"
            label={t('password.new')}
            type="password"
            autoComplete="new-password"
            value={values.newPassword}
            onChange={set('newPassword')}
            required
            hint={t('password.rule', { count: PASSWORD_MIN_LENGTH })}
            error={errorText(errors.newPassword)}
          />
          <TextField
            id="password-confirm"
            label={t('password.confirm')}
            type="password"
            autoComplete="new-password"
            value={values.confirmPassword}
            onChange={set('confirmPassword')}
            required
            error={errorText(errors.confirmPassword)}
          />
          <ProblemAlert error={formProblem} />
          <div className="ws-actions">
            <button type="submit" className="button" disabled={change.isPending}>
              {t('password.submit')}
            </button>
            {forced ? (
              <button type="button" className="button button--secondary" onClick={() => signOut.mutate()}>
                {t('shell.signOut')}
              </button>
            ) : null}
          </div>
        </form>
      </div>
    </div>
  );
}
