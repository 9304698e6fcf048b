// Asks why a published change is reverted, then drafts the change that restores the figure before it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { RevertInputSchema, type Change } from '@ccm/shared/schemas/workspace';
import { useRevertChange } from './api/revert-change.ts';
import { useFieldErrorText } from '../hooks/use-field-error-text.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { fieldErrorOfProblem, fieldErrorsOf, type FieldErrors } from '../utils/field-errors.ts';
import { TextAreaField, focusFirstInvalid } from '../components/form-field.tsx';
import { ProblemAlert } from '../components/problem-alert.tsx';

export function RevertForm({ change, onDone, onCancel }: { change: Change; onDone: (draft: Change) => void; onCancel: () => void }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const errorText = useFieldErrorText();
  const revert = useRevertChange();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useRef<HTMLFormElement>(null);
  const id = `revert-${change.id}`;

  useEffect(() => {
    form.current?.querySelector('textarea')?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = RevertInputSchema.safeParse({ reason });
    if (!parsed.success) {
      flushSync(() => setErrors(fieldErrorsOf(parsed.error.issues, 'revert')));
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    revert.mutate({ id: change.id, reason: parsed.data.reason }, { onSuccess: onDone });
  };

  const serverField = fieldErrorOfProblem(revert.error, ['reason']);
  return (
    <form ref={form} className="ws-form ws-revert" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      {/* An h2: the history page's only heading above it is the page's h1 (axe heading-order). */}
      <h2 id={`${id}-title`} className="ws-revert__title">
        {t('history.revert.title', { indicator: change.indicatorId, cycle: change.cycle })}
      </h2>
      <p className="ws-muted">{t('history.revert.explain', { current: format.record(change.after), restored: format.record(change.before) })}</p>
      <TextAreaField
        id={`${id}-reason`}
        label={t('history.revert.reason')}
        hint={t('history.revert.reasonHint')}
        value={reason}
        onChange={setReason}
        required
        error={errorText(errors.reason ?? serverField?.error)}
      />
      <ProblemAlert error={serverField ? null : revert.error} />
      <div className="ws-actions">
        <button type="submit" className="button" disabled={revert.isPending}>
          {t('history.revert.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
