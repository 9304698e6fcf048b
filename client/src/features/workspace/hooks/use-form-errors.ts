// One message per field of a workspace form: the shared schema's before sending, the server's after (a 400/409 naming a
// field), with focus on the first field that shows one. Whatever no field shows stays the form's problem.
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { z } from 'zod';
import { focusFirstInvalid } from '../components/form-field.tsx';
import { fieldErrorOfProblem, fieldErrorsOf, type FieldErrors } from '../utils/field-errors.ts';
import { useFieldErrorText } from './use-field-error-text.ts';

export function useFormErrors<F extends string>(
  /** The request's error (a mutation's `error`). */
  requestError: unknown,
  /** The fields a server problem may name. */
  fields: readonly F[],
  fieldOfParameter?: (parameter: string) => string,
) {
  const errorText = useFieldErrorText();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const server = fieldErrorOfProblem(requestError, fields, fieldOfParameter);

  /** Shows these messages and moves focus to the first field with one. */
  const fail = (next: FieldErrors) => {
    flushSync(() => setErrors(next));
    focusFirstInvalid(form.current);
  };

  return {
    /** The form element's ref. */
    form,
    errors,
    fail,
    clear: () => setErrors({}),
    /** The input checked by the schema, or null once its messages (`validation.<scope>.<field>.<code>`) show. */
    check: <S extends z.ZodType>(schema: S, input: unknown, scope: string): z.output<S> | null => {
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        fail(fieldErrorsOf(parsed.error.issues, scope));
        return null;
      }
      setErrors({});
      return parsed.data;
    },
    /** After a refused request: focus goes to the field its problem names, if any. */
    refused: (error: unknown) => {
      const problem = fieldErrorOfProblem(error, fields, fieldOfParameter);
      if (problem) fail({ [problem.field]: problem.error });
    },
    /** A field's message in the reader's language: the check's, else the server's. */
    errorOf: (field: F) => errorText(errors[field] ?? (server?.field === field ? server.error : undefined)),
    /** The request's error when no field shows it. */
    problem: server ? null : requestError,
  };
}
