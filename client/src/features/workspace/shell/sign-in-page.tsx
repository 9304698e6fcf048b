// The workspace's front door: email and password, with the reason when it does not open.
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_DEACTIVATED } from '@ccm/shared/schemas/accounts';
import { SignInInputSchema } from '@ccm/shared/schemas/workspace';
import { ApiError } from '../../../lib/api-client.ts';
import { useSignIn } from '../api/sign-in.ts';
import { useFieldErrorText } from '../hooks/use-field-error-text.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { fieldErrorsOf, type FieldErrors } from '../utils/field-errors.ts';
import { TextField, focusFirstInvalid } from '../components/form-field.tsx';
import { useProblemText } from '../components/problem-alert.tsx';

export function SignInPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('signIn.title'));
  const signIn = useSignIn();
  const problemText = useProblemText();
  const errorText = useFieldErrorText();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = SignInInputSchema.safeParse({ email, password });
    if (!parsed.success) {
      flushSync(() => setErrors(fieldErrorsOf(parsed.error.issues, 'signIn')));
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    signIn.mutate(parsed.data);
  };

  const failure = signIn.error;
  const failureText = !(failure instanceof ApiError)
    ? problemText(failure)
    : failure.status === 401
      ? t('signIn.failed')
      : failure.status === 429
        ? t('signIn.tooMany')
        : failure.status === 403 && failure.problem?.detail === ACCOUNT_DEACTIVATED
          ? t('signIn.deactivated')
          : problemText(failure);

  return (
    <div className="ws-auth">
      <div className="ws-auth__card">
        <p className="ws-eyebrow">{t('shell.name')}</p>
        <h1>{t('signIn.title')}</h1>
        <p className="ws-lead">{t('signIn.intro')}</p>
        <form ref={form} className="ws-form" onSubmit={submit} noValidate>
          <TextField
            id="sign-in-email"
            label={t('signIn.email')}
            type="email"
            inputMode="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            required
            error={errorText(errors.email)}
          />
          <TextField
            id="sign-in-password"
            label={t('signIn.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            required
            error={errorText(errors.password)}
          />
          {failure ? (
            <div className="ws-alert ws-alert--error" role="alert">
              <p>{failureText}</p>
            </div>
          ) : null}
          <div className="ws-actions">
            <button type="submit" className="button" disabled={signIn.isPending}>
              {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
            </button>
          </div>
        </form>
        <p className="ws-auth__help">{t('signIn.help')}</p>
      </div>
    </div>
  );
}
