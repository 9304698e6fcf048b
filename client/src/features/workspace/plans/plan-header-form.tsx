// A new plan from its header: code, titles, years, the deadline meeting and the plan it follows. Its pillars, actions
// and indicators are added on its own page (or the whole plan comes from a file).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PlanHeaderInputSchema, type WorkspacePlan } from '@ccm/shared/schemas/plans';
import { useCreatePlan } from '../api/plans.ts';
import { parseNumber } from '../utils/entry-form.ts';
import { SelectField, TextAreaField, TextField } from '../components/form-field.tsx';
import { PlanErrorSummary, planFieldErrorsOf, planFieldErrorsOfProblem, usePlanFields, usePlanForm } from './plan-form.tsx';
import { ProblemAlert, SuccessNote } from '../components/problem-alert.tsx';
import { planPath } from '../components/workspace-paths.ts';

const EMPTY = {
  code: '',
  title: '',
  titleFr: '',
  titleEs: '',
  titleAr: '',
  adoptedAt: '',
  startYear: '',
  endYear: '',
  deadlineCode: '',
  deadlineMeeting: '',
  previousPlan: '',
};
type Value = keyof typeof EMPTY;

/** Each form value and the schema path its messages come under. */
const FIELD_OF: Record<Value, string> = {
  code: 'code',
  title: 'title',
  titleFr: 'titles.fr',
  titleEs: 'titles.es',
  titleAr: 'titles.ar',
  adoptedAt: 'adoptedAt',
  startYear: 'startYear',
  endYear: 'endYear',
  deadlineCode: 'deadline.code',
  deadlineMeeting: 'deadline.meeting',
  previousPlan: 'previousPlan',
};
const VALUES = Object.keys(EMPTY) as Value[];
/** The title's translations, typed in their own language (Arabic right to left). */
const TRANSLATED_TITLES = [
  { value: 'titleFr', lang: 'fr' },
  { value: 'titleEs', lang: 'es' },
  { value: 'titleAr', lang: 'ar' },
] as const;
const FIELDS = Object.values(FIELD_OF);

const orNull = (text: string) => (text.trim() === '' ? null : text);

export function PlanHeaderForm({ plans }: { plans: readonly WorkspacePlan[] }) {
  const { t } = useTranslation('workspace');
  const create = useCreatePlan();
  const form = usePlanForm(EMPTY);
  const formId = useId();
  const fields = usePlanFields(form, formId, (value: Value) => FIELD_OF[value]);
  const [created, setCreated] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const { values } = form;
    const parsed = PlanHeaderInputSchema.safeParse({
      code: values.code.trim().toUpperCase(),
      title: values.title,
      titles: { fr: orNull(values.titleFr), es: orNull(values.titleEs), ar: orNull(values.titleAr) },
      adoptedAt: orNull(values.adoptedAt),
      startYear: parseNumber(values.startYear),
      endYear: parseNumber(values.endYear),
      deadline: { code: values.deadlineCode.trim(), meeting: values.deadlineMeeting },
      previousPlan: orNull(values.previousPlan),
    });
    if (!parsed.success) {
      form.fail(planFieldErrorsOf(parsed.error.issues, 'plan'));
      return;
    }
    form.clearErrors();
    create.mutate(parsed.data, {
      onSuccess: () => {
        setCreated(parsed.data.code);
        form.reset();
      },
      onError: (error) => {
        const fieldErrors = planFieldErrorsOfProblem(error, FIELDS);
        if (fieldErrors) form.fail(fieldErrors);
      },
    });
  };

  const formProblem = create.error && !planFieldErrorsOfProblem(create.error, FIELDS) ? create.error : null;

  return (
    <form className="ws-form" onSubmit={submit} noValidate aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{t('plans.create.title')}</h2>
      <p className="ws-muted">{t('plans.create.intro')}</p>
      <PlanErrorSummary id={`${formId}-errors`} errors={form.errors} fields={fields.summaryFields(VALUES)} summaryRef={form.summary} />
      <div className="ws-form__grid">
        <TextField {...fields.props('code')} hint={t('plans.hint.code')} required />
        <TextField {...fields.props('title')} className="ws-field--wide" required />
        {TRANSLATED_TITLES.map(({ value, lang }) => (
          <TextAreaField key={value} {...fields.props(value)} className="ws-field--wide" rows={1} lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} />
        ))}
        <TextField {...fields.props('adoptedAt')} type="date" />
        <TextField {...fields.props('startYear')} inputMode="numeric" required />
        <TextField {...fields.props('endYear')} inputMode="numeric" required hint={t('plans.hint.endYear')} />
        <TextField {...fields.props('deadlineCode')} required hint={t('plans.hint.deadlineCode')} />
        <TextField {...fields.props('deadlineMeeting')} className="ws-field--wide" required hint={t('plans.hint.deadlineMeeting')} />
        <SelectField
          {...fields.props('previousPlan')}
          hint={t('plans.hint.previousPlan')}
          options={[{ value: '', label: t('plans.noPreviousPlan') }, ...plans.map((p) => ({ value: p.code, label: t('plans.planOption', { code: p.code, title: p.title }) }))]}
        />
      </div>
      <ProblemAlert error={formProblem} />
      {created ? (
        <SuccessNote focus>
          {t('plans.create.done', { code: created })} <Link to={planPath(created)}>{t('plans.create.open', { code: created })}</Link>
        </SuccessNote>
      ) : null}
      <div className="ws-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('plans.create.submit')}
        </button>
      </div>
    </form>
  );
}
