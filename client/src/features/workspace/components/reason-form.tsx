// "Why?": a form that asks for a reason, checks it with the shared schema (the first invalid field focused and named),
// shows the server's refusal beside the field or above the buttons, and submits. Reverting a change and undoing a
// publication both ask this way.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFieldErrorText } from '../hooks/use-field-error-text.ts';
import { fieldErrorOfProblem, fieldErrorsOf, type FieldErrors } from '../utils/field-errors.ts';
import { TextAreaField, focusFirstInvalid } from './form-field.tsx';
import { ProblemAlert } from './problem-alert.tsx';

export interface ReasonFormProps {
  /** Ids of the form's parts start with it: `${id}-title`, `${id}-reason`. */
  id: string;
  /** Validates { reason }, e.g. RevertInputSchema. */
  schema: z.ZodType<{ reason: string }>;
  /** The prefix of its fields in the validation messages ('revert', 'undo'). */
  errorScope: string;
  heading: (id: string) => ReactNode;
  explanation: ReactNode;
  label: string;
  hint: string;
  submitLabel: string;
  danger?: boolean;
  className?: string;
  pending: boolean;
  /** The mutation's error: a refusal naming `reason` is shown under the field, any other above the buttons. */
  error: unknown;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

export function ReasonForm({ id, schema, errorScope, heading, explanation, label, hint, submitLabel, danger = false, className = '', pending, error, onSubmit, onCancel }: ReasonFormProps) {
  const { t } = useTranslation('workspace');
  const errorText = useFieldErrorText();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector('textarea')?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = schema.safeParse({ reason });
    if (!parsed.success) {
      flushSync(() => setErrors(fieldErrorsOf(parsed.error.issues, errorScope)));
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    onSubmit(parsed.data.reason);
  };

  const serverField = fieldErrorOfProblem(error, ['reason']);
  return (
    <form ref={form} className={`ws-form ${className}`} onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      {heading(`${id}-title`)}
      {explanation}
      <TextAreaField id={`${id}-reason`} label={label} hint={hint} value={reason} onChange={setReason} required error={errorText(errors.reason ?? serverField?.error)} />
      <ProblemAlert error={serverField ? null : error} />
      <div className="ws-actions">
        <button type="submit" className={danger ? 'button ws-button--danger' : 'button'} disabled={pending}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
