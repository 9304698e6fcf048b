// An admin sets which States the public sees named for an indicator's figures, with a reason (logged as a content change).
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '@ccm/shared/schemas/api';
import { PUBLICATION_LEVELS, type PublicationLevel } from '@ccm/shared/schemas/states';
import { PublicationLevelInputSchema } from '@ccm/shared/schemas/workspace';
import { useSetPublicationLevel } from './api/set-publication-level.ts';
import { useFieldErrorText } from '../hooks/use-field-error-text.ts';
import { fieldErrorOfProblem, fieldErrorsOf, type FieldErrors } from '../utils/field-errors.ts';
import { SelectField, TextAreaField, focusFirstInvalid } from '../components/form-field.tsx';
import { ProblemAlert, SuccessNote } from '../components/problem-alert.tsx';

export function PublicationLevelForm({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('workspace');
  const errorText = useFieldErrorText();
  const setLevel = useSetPublicationLevel();
  const [level, setLevelChoice] = useState<PublicationLevel>(indicator.publicationLevel === 'named' ? 'counts_only' : 'named');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<PublicationLevel | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const parsed = PublicationLevelInputSchema.safeParse({ level, reason });
    if (!parsed.success) {
      flushSync(() => setErrors(fieldErrorsOf(parsed.error.issues, 'publicationLevel')));
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    setLevel.mutate(
      { indicatorId: indicator.id, ...parsed.data },
      {
        onSuccess: () => {
          setDone(level);
          setReason('');
        },
      },
    );
  };
  const serverField = fieldErrorOfProblem(setLevel.error, ['level', 'reason']);
  const options = PUBLICATION_LEVELS.map((value) => ({ value, label: t(`publicationLevel.level.${value}`) }));

  return (
    <div className="ws-panel">
      <h2>{t('publicationLevel.title')}</h2>
      <p className="ws-muted">{t('publicationLevel.lead')}</p>
      <dl className="ws-facts ws-facts--inline">
        <div>
          <dt>{t('publicationLevel.current')}</dt>
          <dd>{t(`publicationLevel.level.${indicator.publicationLevel}`)}</dd>
        </div>
      </dl>
      <form ref={form} className="ws-form" onSubmit={submit} noValidate>
        <div className="ws-form__grid">
          <SelectField<PublicationLevel>
            id="publication-level"
            label={t('publicationLevel.field')}
            value={level}
            options={options}
            onChange={setLevelChoice}
            error={errorText(errors.level ?? (serverField?.field === 'level' ? serverField.error : undefined))}
          />
          <TextAreaField
            id="publication-level-reason"
            className="ws-field--wide"
            label={t('publicationLevel.reason')}
            hint={t('publicationLevel.reasonHint')}
            value={reason}
            onChange={setReason}
            required
            rows={2}
            error={errorText(errors.reason ?? (serverField?.field === 'reason' ? serverField.error : undefined))}
          />
        </div>
        <ProblemAlert error={serverField ? null : setLevel.error} />
        {done ? <SuccessNote>{t('publicationLevel.done', { level: t(`publicationLevel.level.${done}`) })}</SuccessNote> : null}
        <div className="ws-actions">
          <button type="submit" className="button" disabled={setLevel.isPending}>
            {t('publicationLevel.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
