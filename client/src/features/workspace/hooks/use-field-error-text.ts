// Reads a FieldError through the workspace catalogue: the specific text, else a generic one for its code, else a generic
// "check this value" (never the shared schema's English message).
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../utils/field-errors.ts';

export function useFieldErrorText() {
  const { t } = useTranslation('workspace');
  return (error: FieldError | undefined): string | undefined => {
    if (!error) return undefined;
    const code = error.key.split('.').at(-1) ?? '';
    return t([error.key, `validation.generic.${code}`, 'validation.generic.custom'], error.values ?? {});
  };
}
