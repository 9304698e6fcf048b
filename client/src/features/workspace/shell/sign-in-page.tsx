// The workspace's front door: email and password, with the reason when it does not open.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_DEACTIVATED } from '@ccm/shared/schemas/accounts';
import { SignInInputSchema } from '@ccm/shared/schemas/workspace';
import { ApiError } from '../../../lib/api-client.ts';
import { useSignIn } from '../api/sign-in.ts';
import { useFormErrors } from '../hooks/use-form-errors.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { FormActions } from '../components/form-actions.tsx';
import { TextField } from '../components/form-field.tsx';
import { useProblemText } from '../components/problem-alert.tsx';

export function SignInPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('signIn.title'));
  const signIn = useSignIn();
  const problemText = useProblemText();
  // A refused sign-in names no field: it is said as a whole, below.
  const { form, check, errorOf } = useFormErrors<'email' | 'password'>(signIn.error, []);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = check(SignInInputSchema, { email, password }, 'signIn');
    if (input) signIn.mutate(input);
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
            error={errorOf('email')}
          />
          <TextField
            id="sign-in-password"
            label={t('signIn.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            required
            error={errorOf('password')}
          />
          {failure ? (
            <div className="ws-alert ws-alert--error" role="alert">
              <p>{failureText}</p>
            </div>
          ) : null}
          <FormActions submitLabel={signIn.isPending ? t('signIn.submitting') : t('signIn.submit')} pending={signIn.isPending} />
        </form>
        <p className="ws-auth__help">{t('signIn.help')}</p>
      </div>
    </div>
  );
}
