// A choice and the written reason for it (a status override, a publication level): a select and a required text, sent
// as one form, with the request's problem, what was done, and the button.
import type { FormEvent, ReactNode, Ref } from 'react';
import { FormActions } from './form-actions.tsx';
import { SelectField, TextAreaField } from './form-field.tsx';

interface ChoiceReasonFormProps<V extends string> {
  /** The form element's ref (useFormErrors' `form`). */
  form: Ref<HTMLFormElement>;
  onSubmit: (event: FormEvent) => void;
  choice: { id: string; label: string; value: V; options: readonly { value: V; label: string }[]; onChange: (value: V) => void; error: string | undefined };
  reason: { id: string; label: string; hint: string; value: string; onChange: (value: string) => void; rows: number; error: string | undefined };
  submitLabel: string;
  pending: boolean;
  problem: unknown;
  done: ReactNode;
}

export function ChoiceReasonForm<V extends string>({ form, onSubmit, choice, reason, submitLabel, pending, problem, done }: ChoiceReasonFormProps<V>) {
  return (
    <form ref={form} className="ws-form" onSubmit={onSubmit} noValidate>
      <div className="ws-form__grid">
        <SelectField<V> {...choice} />
        <TextAreaField {...reason} className="ws-field--wide" required />
      </div>
      <FormActions submitLabel={submitLabel} pending={pending} problem={problem} done={done} />
    </form>
  );
}
