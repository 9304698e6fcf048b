// An admin sets which States the public sees named for an indicator's figures, with a reason (logged as a content change).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '@ccm/shared/schemas/api';
import { PUBLICATION_LEVELS, type PublicationLevel } from '@ccm/shared/schemas/states';
import { PublicationLevelInputSchema } from '@ccm/shared/schemas/workspace';
import { useSetPublicationLevel } from './api/set-publication-level.ts';
import { useFormErrors } from '../hooks/use-form-errors.ts';
import { ChoiceReasonForm } from '../components/choice-reason-form.tsx';

export function PublicationLevelForm({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('workspace');
  const setLevel = useSetPublicationLevel();
  const { form, check, errorOf, problem } = useFormErrors(setLevel.error, ['level', 'reason']);
  const [level, setLevelChoice] = useState<PublicationLevel>(indicator.publicationLevel === 'named' ? 'counts_only' : 'named');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<PublicationLevel | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const input = check(PublicationLevelInputSchema, { level, reason }, 'publicationLevel');
    if (!input) return;
    setLevel.mutate(
      { indicatorId: indicator.id, ...input },
      {
        onSuccess: () => {
          setDone(level);
          setReason('');
        },
      },
    );
  };
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
      <ChoiceReasonForm<PublicationLevel>
        form={form}
        onSubmit={submit}
        choice={{ id: 'publication-level', label: t('publicationLevel.field'), value: level, options, onChange: setLevelChoice, error: errorOf('level') }}
        reason={{ id: 'publication-level-reason', label: t('publicationLevel.reason'), hint: t('publicationLevel.reasonHint'), value: reason, onChange: setReason, rows: 2, error: errorOf('reason') }}
        submitLabel={t('publicationLevel.submit')}
        pending={setLevel.isPending}
        problem={problem}
        done={done ? t('publicationLevel.done', { level: t(`publicationLevel.level.${done}`) }) : null}
      />
    </div>
  );
}
