// An admin adds the next reporting cycle (e.g. 14MSP) to a plan, published or still being set up; the shared schema
// checks the form before it is sent.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CreateCycleInputSchema } from '@ccm/shared/schemas/workspace';
import { useCreateCycle } from './api/create-cycle.ts';
import { usePlans } from '../api/plans.ts';
import { useFormErrors } from '../hooks/use-form-errors.ts';
import { parseNumber } from '../utils/entry-form.ts';
import { FormActions } from '../components/form-actions.tsx';
import { SelectField, TextField } from '../components/form-field.tsx';

const FIELDS = ['code', 'year', 'meeting', 'startDate', 'endDate', 'actionPlan'] as const;
const EMPTY = { code: '', year: '', meeting: '', startDate: '', endDate: '' };

/** `actionPlan` is the plan picked at first, unless the address names another (?plan=NAP, from a plan's set-up page). */
export function CreateCycleForm({ actionPlan: defaultPlan }: { actionPlan: string }) {
  const { t } = useTranslation('workspace');
  const create = useCreateCycle();
  const plans = usePlans();
  const [params] = useSearchParams();
  const [picked, setPicked] = useState(() => params.get('plan')?.toUpperCase() ?? defaultPlan);
  // Until the plans are in (or if they cannot be read), the default plan is the only choice.
  const planOptions = plans.data?.map((p) => ({
    value: p.code,
    label: t(p.publishedAt ? 'plans.cyclePlan.published' : 'plans.cyclePlan.draft', { code: p.code, title: p.title }),
  })) ?? [{ value: defaultPlan, label: defaultPlan }];
  const actionPlan = planOptions.some((option) => option.value === picked) ? picked : defaultPlan;
  const { form, check, refused, errorOf, problem } = useFormErrors(create.error, FIELDS);
  const [values, setValues] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);

  const set = (field: keyof typeof EMPTY) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const input = check(
      CreateCycleInputSchema,
      {
      code: values.code.trim(),
      actionPlan,
      year: parseNumber(values.year),
      meeting: values.meeting,
      startDate: values.startDate || null,
      endDate: values.endDate || null,
      },
      'cycle',
    );
    if (!input) return;
    create.mutate(input, {
      onSuccess: (cycle) => {
        setCreated(cycle.code);
        setValues(EMPTY);
      },
      onError: refused,
    });
  };

  return (
    <form ref={form} className="ws-form" onSubmit={submit} noValidate aria-labelledby="create-cycle-title">
      <h2 id="create-cycle-title">{t('cycles.create.title')}</h2>
      <p className="ws-muted">{t('cycles.create.intro', { plan: actionPlan })}</p>
      <div className="ws-form__grid">
        <SelectField
          id="cycle-plan"
          className="ws-field--wide"
          label={t('plans.cyclePlan.label')}
          hint={t('plans.cyclePlan.hint')}
          value={actionPlan}
          onChange={setPicked}
          options={planOptions}
          error={errorOf('actionPlan')}
        />
        <TextField id="cycle-code" label={t('cycles.create.code')} hint={t('cycles.create.codeHint')} value={values.code} onChange={set('code')} required error={errorOf('code')} />
        <TextField id="cycle-year" label={t('cycles.create.year')} inputMode="numeric" value={values.year} onChange={set('year')} required error={errorOf('year')} />
        <TextField
          id="cycle-meeting"
          className="ws-field--wide"
          label={t('cycles.create.meeting')}
          hint={t('cycles.create.meetingHint')}
          value={values.meeting}
          onChange={set('meeting')}
          required
          error={errorOf('meeting')}
        />
        <TextField id="cycle-start" type="date" label={t('cycles.create.startDate')} value={values.startDate} onChange={set('startDate')} error={errorOf('startDate')} />
        <TextField id="cycle-end" type="date" label={t('cycles.create.endDate')} value={values.endDate} onChange={set('endDate')} error={errorOf('endDate')} />
      </div>
      <FormActions submitLabel={t('cycles.create.submit')} pending={create.isPending} problem={problem} done={created ? t('cycles.create.done', { code: created }) : null} />
    </form>
  );
}
