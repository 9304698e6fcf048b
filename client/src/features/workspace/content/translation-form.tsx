// Drafts a translation of one field: the text in the target language (typed in its own direction), an optional reason.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { TranslationInputSchema } from '@ccm/shared/schemas/workspace';
import { languageDirection } from '../../../i18n/index.ts';
import type { ContentChange } from './api/get-content-changes.ts';
import { useSaveTranslation } from './api/save-translation.ts';
import { useFieldErrorText } from '../hooks/use-field-error-text.ts';
import { fieldErrorOfProblem, fieldErrorsOf, type FieldErrors } from '../utils/field-errors.ts';
import { rowId, type ContentLanguage, type TranslationRow } from './translations.ts';
import { TextAreaField, focusFirstInvalid } from '../components/form-field.tsx';
import { ProblemAlert } from '../components/problem-alert.tsx';

interface TranslationFormProps {
  row: TranslationRow;
  lang: ContentLanguage;
  onDone: (draft: ContentChange) => void;
  onCancel: () => void;
}

export function TranslationForm({ row, lang, onDone, onCancel }: TranslationFormProps) {
  const { t } = useTranslation('workspace');
  const errorText = useFieldErrorText();
  const save = useSaveTranslation();
  const draftText = typeof row.draft?.after === 'string' ? row.draft.after : null;
  const [value, setValue] = useState(draftText ?? row.translation ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useRef<HTMLFormElement>(null);
  const id = `translation-${rowId(row)}`;
  const language = t(`translations.languageName.${lang}`);
  const what = t(`translations.what.${row.entity}.${row.field}`, { key: row.key });

  useEffect(() => {
    form.current?.querySelector('textarea')?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = TranslationInputSchema.safeParse({ entity: row.entity, key: row.key, field: row.field, lang, value, reason: reason.trim() || null });
    if (!parsed.success) {
      flushSync(() => setErrors(fieldErrorsOf(parsed.error.issues, 'translation')));
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    save.mutate(parsed.data, { onSuccess: onDone });
  };

  const serverField = fieldErrorOfProblem(save.error, ['value', 'reason']);
  const serverError = (field: string) => (serverField?.field === field ? serverField.error : undefined);

  return (
    <form ref={form} id={id} className="ws-form ws-translation-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="ws-translation-form__title">
        {t('translations.form.title', { what, language })}
      </h4>
      <TextAreaField
        id={`${id}-value`}
        label={t('translations.translation', { language })}
        value={value}
        onChange={setValue}
        rows={row.field === 'summary' ? 6 : 2}
        lang={lang}
        dir={languageDirection(lang)}
        required
        error={errorText(errors.value ?? serverError('value'))}
      />
      <TextAreaField
        id={`${id}-reason`}
        label={t('translations.form.reason')}
        hint={t('translations.form.reasonHint')}
        value={reason}
        onChange={setReason}
        error={errorText(errors.reason ?? serverError('reason'))}
      />
      <ProblemAlert error={serverField ? null : save.error} />
      <div className="ws-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('translations.form.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
