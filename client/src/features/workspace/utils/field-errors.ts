// Turns the shared schemas' issues (and a server problem's `parameter`) into one message per form field.
import type { z } from 'zod';
import { ApiError } from '../../../lib/api-client.ts';

/**
 * What to say about a field: a catalogue key with its values. The shared schemas' own messages are English only, so
 * they are never shown: useFieldErrorText falls back to a generic text for the issue's code instead.
 */
export interface FieldError {
  key: string;
  values?: Record<string, string | number>;
}

export type FieldErrors = Partial<Record<string, FieldError>>;

function fieldOf(issue: z.core.$ZodIssue): string {
  return String(issue.path[0] ?? 'form');
}

/** The first issue of each field, keyed `validation.<scope>.<field>.<code>` (the catalogue falls back to generic texts). */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[], scope: string, variant?: (issue: z.core.$ZodIssue) => string | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOf(issue);
    if (errors[field]) continue;
    const values: Record<string, string | number> = {};
    if ('minimum' in issue) values.minimum = Number(issue.minimum);
    if ('maximum' in issue) values.maximum = Number(issue.maximum);
    const code = variant?.(issue) ?? (issue.code === 'invalid_type' && 'expected' in issue && issue.expected === 'int' ? 'whole' : issue.code);
    errors[field] = { key: `validation.${scope}.${field}.${code}`, values };
  }
  return errors;
}

/**
 * A 400 (or 409) problem naming a field becomes that field's message; anything else stays a form-level problem.
 * The server words its problems in English: the catalogue frames its detail in the reader's language.
 */
export function fieldErrorOfProblem(
  error: unknown,
  fields: readonly string[],
  /** Maps a nested parameter ("underReview.note") onto the form field that shows it. */
  fieldOfParameter: (parameter: string) => string = (parameter) => parameter,
): { field: string; error: FieldError } | null {
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 409)) return null;
  const parameter = error.problem?.parameter?.replace(/^body\./, '');
  const field = parameter === undefined ? undefined : fieldOfParameter(parameter);
  if (!field || !fields.includes(field)) return null;
  const detail = error.problem?.detail;
  return { field, error: detail ? { key: 'validation.server', values: { detail } } : { key: 'validation.generic.custom' } };
}
