// "Why?": a form that asks for a reason, checks it with the shared schema (the first invalid field focused and named),
// shows the server's refusal beside the field or above the buttons, and submits. Reverting a change and undoing a
// publication both ask this way.
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import { useFormErrors } from '../hooks/use-form-errors.ts';
import { FormActions } from './form-actions.tsx';
import { TextAreaField } from './form-field.tsx';

export interface ReasonFormProps {
  /** Ids of the form's parts start with it: `${id}-title`, `${id}-reason`. */
  id: string;
  /** Validates { reason }, e.g. RevertInputSchema. */
  schema: z.ZodType<{ reason: string }>;
  /** The prefix of its fields in the validation messages ('revert', 'undo'). */
  errorScope: string;
  heading: (id: string) => ReactNode;
  explanation?: ReactNode;
  label: string;
  hint?: string;
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
  const { form, check, errorOf, problem } = useFormErrors(error, ['reason']);
  const [reason, setReason] = useState('');

  useEffect(() => {
    form.current?.querySelector('textarea')?.focus();
  }, [form]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = check(schema, { reason }, errorScope);
    if (input) onSubmit(input.reason);
  };

  return (
    <form ref={form} className={`ws-form ${className}`} onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      {heading(`${id}-title`)}
      {explanation}
      <TextAreaField id={`${id}-reason`} label={label} hint={hint} value={reason} onChange={setReason} required error={errorOf('reason')} />
      <FormActions submitLabel={submitLabel} pending={pending} problem={problem} danger={danger} onCancel={onCancel} />
    </form>
  );
}
