// What the plan set-up forms share: their values, one message per field (from the shared schema before sending, from the
// server's problems after), and the summary of those messages that takes focus after a refused submit.
import { useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { UseMutationResult } from '@tanstack/react-query';
import type { z } from 'zod';
import { useFieldErrorText } from '../hooks/use-field-error-text.ts';
import { planProblemsOf } from '../api/plans.ts';
import { fieldErrorOfProblem, type FieldError, type FieldErrors } from '../utils/field-errors.ts';

/**
 * The first issue of each field, keyed `plans.validation.<scope>.<field>.<code>`; a nested field is named by its path
 * ("deadline.code"). The catalogue falls back to a generic text for the code.
 */
export function planFieldErrorsOf(issues: readonly z.core.$ZodIssue[], scope: string, fieldOf: (path: string) => string = (path) => path): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path.map(String).join('.') || 'form');
    if (errors[field]) continue;
    const values: Record<string, string | number> = {};
    if ('minimum' in issue) values.minimum = Number(issue.minimum);
    if ('maximum' in issue) values.maximum = Number(issue.maximum);
    const code = issue.code === 'invalid_type' && 'expected' in issue && issue.expected === 'int' ? 'whole' : issue.code;
    errors[field] = { key: `plans.validation.${scope}.${field}.${code}`, values };
  }
  return errors;
}

/** The server's refusal as field messages: each problem naming one of the form's fields, or a 400/409 `parameter`. */
export function planFieldErrorsOfProblem(error: unknown, fields: readonly string[], fieldOf: (path: string) => string = (path) => path): FieldErrors | null {
  const errors: FieldErrors = {};
  for (const problem of planProblemsOf(error)) {
    const field = problem.field ? fieldOf(problem.field.replace(/^body\./, '')) : null;
    if (field && fields.includes(field) && !errors[field]) errors[field] = { key: 'validation.server', values: { detail: problem.message } };
  }
  if (Object.keys(errors).length > 0) return errors;
  const single = fieldErrorOfProblem(error, fields, fieldOf);
  return single ? { [single.field]: single.error } : null;
}

/** A form's text values, its field messages and its error summary. */
export function usePlanForm<F extends string>(empty: Record<F, string>) {
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const summary = useRef<HTMLDivElement>(null);
  return {
    values,
    errors,
    summary,
    set: (field: F) => (value: string) => setValues((previous) => ({ ...previous, [field]: value })),
    reset: () => setValues(empty),
    clearErrors: () => setErrors({}),
    /** Shows the messages, then moves focus to their summary. */
    fail: (next: FieldErrors) => {
      flushSync(() => setErrors(next));
      summary.current?.focus();
    },
  };
}

export type PlanForm<F extends string> = ReturnType<typeof usePlanForm<F>>;

/**
 * The props of each field of a form: its id, its label (`plans.field.<name>`), value, change handler and message; and
 * the fields as the error summary lists them. `fieldOf` names the schema path of a value ("deadlineCode" → "deadline.code").
 */
export function usePlanFields<F extends string>(form: PlanForm<F>, formId: string, fieldOf: (value: F) => string = (value) => value) {
  const { t } = useTranslation('workspace');
  const errorText = useFieldErrorText();
  const idOf = (value: F) => `${formId}-${value}`;
  const label = (value: F) => t(`plans.field.${value}`);
  return {
    idOf,
    props: (value: F) => ({ id: idOf(value), label: label(value), value: form.values[value], onChange: form.set(value), error: errorText(form.errors[fieldOf(value)]) }),
    summaryFields: (values: readonly F[]): SummaryField[] => values.map((value) => ({ field: fieldOf(value), id: idOf(value), label: label(value) })),
  };
}

export type PlanFields<F extends string> = ReturnType<typeof usePlanFields<F>>;

/**
 * A plan form's submit: the schema's check, then the request; the server's refusal of a field shows on that field,
 * anything else (`formProblem`) above the button. Focus goes to the error summary after either refusal.
 */
export function usePlanSubmit<F extends string, S extends z.ZodType>({
  form,
  schema,
  toInput,
  scope,
  fields,
  fieldOf,
  mutation,
  onDone,
}: {
  form: PlanForm<F>;
  schema: S;
  toInput: (values: Record<F, string>) => unknown;
  /** The catalogue section of the messages: `plans.validation.<scope>`. */
  scope: string;
  /** The fields (schema paths) a server problem may name. */
  fields: readonly string[];
  /** Maps a schema path onto the field that shows its message. */
  fieldOf?: (path: string) => string;
  mutation: UseMutationResult<unknown, Error, z.output<S>>;
  onDone: (input: z.output<S>) => void;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = schema.safeParse(toInput(form.values));
    if (!parsed.success) {
      form.fail(planFieldErrorsOf(parsed.error.issues, scope, fieldOf));
      return;
    }
    form.clearErrors();
    const input = parsed.data;
    mutation.mutate(input, {
      onSuccess: () => {
        form.reset();
        onDone(input);
      },
      onError: (error) => {
        const fieldErrors = planFieldErrorsOfProblem(error, fields, fieldOf);
        if (fieldErrors) form.fail(fieldErrors);
      },
    });
  };
  const formProblem = mutation.error && !planFieldErrorsOfProblem(mutation.error, fields, fieldOf) ? mutation.error : null;
  return { submit, formProblem };
}

export interface SummaryField {
  /** The key of the field's message (its schema path). */
  field: string;
  /** The input's id, which the summary links to. */
  id: string;
  label: string;
}

/**
 * "Correct these fields": each message with its field's label, linked to the field. Focus lands here after a refused
 * submit; each link moves focus on to its field.
 */
export function PlanErrorSummary({
  errors,
  fields,
  summaryRef,
  id,
}: {
  errors: FieldErrors;
  fields: readonly SummaryField[];
  summaryRef: RefObject<HTMLDivElement | null>;
  id: string;
}) {
  const { t } = useTranslation('workspace');
  const errorText = useFieldErrorText();
  const shown = fields.filter((f) => errors[f.field]);
  // A message for a field the form does not show (e.g. the whole form) still needs saying.
  const other = Object.entries(errors).filter(([field]) => !fields.some((f) => f.field === field));
  const count = shown.length + other.length;
  if (count === 0) return null;
  return (
    <div ref={summaryRef} className="ws-alert ws-alert--error plan-error-summary" role="group" tabIndex={-1} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="ws-alert__title">
        {t('plans.errors.title', { count })}
      </p>
      <ul>
        {shown.map((f) => (
          <li key={f.field}>
            <a
              href={`#${f.id}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(f.id)?.focus();
              }}
            >
              {t('plans.errors.item', { field: f.label, message: errorText(errors[f.field]) })}
            </a>
          </li>
        ))}
        {other.map(([field, error]) => (
          <li key={field}>{errorText(error as FieldError)}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A form that adds one item to the plan being set up: its heading, the error summary of `summaryFields`, its fields in a
 * grid, then `actions` (the button and what the last submit said).
 */
export function PlanItemFormFrame<F extends string>({
  id,
  title,
  form,
  summaryFields,
  onSubmit,
  actions,
  children,
}: {
  id: string;
  title: string;
  form: PlanForm<F>;
  summaryFields: readonly SummaryField[];
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  actions: ReactNode;
  children: ReactNode;
}) {
  return (
    <form className="ws-form plan-item-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="plan-item-form__title">
        {title}
      </h3>
      <PlanErrorSummary id={`${id}-errors`} errors={form.errors} fields={summaryFields} summaryRef={form.summary} />
      <div className="ws-form__grid">{children}</div>
      {actions}
    </form>
  );
}
