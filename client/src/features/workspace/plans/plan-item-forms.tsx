// The pieces of a plan being set up, one at a time: a pillar (with the range of its action numbers), an action in a
// pillar, an indicator of an action. The shared schemas check each form before it is sent.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseMutationResult } from '@tanstack/react-query';
import type { z } from 'zod';
import { DIRECTIONS, type Direction } from '@ccm/shared/schemas/common';
import { ActionInputSchema, IndicatorInputSchema, PillarInputSchema, type WorkspacePlanDetail } from '@ccm/shared/schemas/plans';
import { useAddAction, useAddIndicator, useAddPillar } from '../api/plans.ts';
import { parseNumber } from '../utils/entry-form.ts';
import { SelectField, TextAreaField, TextField } from '../components/form-field.tsx';
import { PlanErrorSummary, planFieldErrorsOf, planFieldErrorsOfProblem, usePlanFields, usePlanForm, type PlanForm, type SummaryField } from './plan-form.tsx';
import { ProblemAlert, SuccessNote } from '../components/problem-alert.tsx';

const orNull = (text: string) => (text.trim() === '' ? null : text);
const numberOrNull = (text: string) => (text.trim() === '' ? null : parseNumber(text));

/**
 * The frame of each item form: the schema check, then the request; the server's refusal of a field shows on that field,
 * anything else above the button. Focus goes to the error summary after either refusal.
 */
function itemSubmit<F extends string, S extends z.ZodType>({
  form,
  schema,
  scope,
  fields,
  toInput,
  mutation,
  onDone,
}: {
  form: PlanForm<F>;
  schema: S;
  scope: string;
  fields: readonly string[];
  toInput: (values: Record<F, string>) => unknown;
  mutation: UseMutationResult<unknown, Error, z.infer<S>>;
  onDone: (input: z.infer<S>) => void;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = schema.safeParse(toInput(form.values));
    if (!parsed.success) {
      form.fail(planFieldErrorsOf(parsed.error.issues, scope));
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
        const fieldErrors = planFieldErrorsOfProblem(error, fields);
        if (fieldErrors) form.fail(fieldErrors);
      },
    });
  };
  const formProblem = mutation.error && !planFieldErrorsOfProblem(mutation.error, fields) ? mutation.error : null;
  return { submit, formProblem };
}

function ItemForm({
  id,
  title,
  summaryFields,
  form,
  submit,
  formProblem,
  done,
  pending,
  submitLabel,
  children,
}: {
  id: string;
  title: string;
  summaryFields: SummaryField[];
  form: Pick<PlanForm<string>, 'errors' | 'summary'>;
  submit: (event: FormEvent) => void;
  formProblem: unknown;
  done: string | null;
  pending: boolean;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <form className="ws-form plan-item-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="plan-item-form__title">
        {title}
      </h3>
      <PlanErrorSummary id={`${id}-errors`} errors={form.errors} fields={summaryFields} summaryRef={form.summary} />
      <div className="ws-form__grid">{children}</div>
      <ProblemAlert error={formProblem} />
      {done ? <SuccessNote>{done}</SuccessNote> : null}
      <div className="ws-actions">
        <button type="submit" className="button" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

const PILLAR = { slug: '', name: '', actionFrom: '', actionTo: '' };
const PILLAR_VALUES = Object.keys(PILLAR) as (keyof typeof PILLAR)[];

export function PlanPillarForm({ plan }: { plan: WorkspacePlanDetail }) {
  const { t } = useTranslation('workspace');
  const add = useAddPillar(plan.code);
  const form = usePlanForm(PILLAR);
  const id = useId();
  const fields = usePlanFields(form, id);
  const [done, setDone] = useState<string | null>(null);
  const { submit, formProblem } = itemSubmit({
    form,
    schema: PillarInputSchema,
    scope: 'pillar',
    fields: PILLAR_VALUES,
    toInput: (v) => ({ slug: v.slug.trim(), name: v.name, actionFrom: parseNumber(v.actionFrom), actionTo: parseNumber(v.actionTo) }),
    mutation: add,
    onDone: (input) => setDone(t('plans.pillars.done', { name: input.name })),
  });
  return (
    <ItemForm
      id={id}
      title={t('plans.pillars.add')}
      summaryFields={fields.summaryFields(PILLAR_VALUES)}
      form={form}
      submit={(event) => {
        setDone(null);
        submit(event);
      }}
      formProblem={formProblem}
      done={done}
      pending={add.isPending}
      submitLabel={t('plans.pillars.submit')}
    >
      <TextField {...fields.props('slug')} hint={t('plans.hint.slug')} required />
      <TextField {...fields.props('name')} className="ws-field--wide" required />
      <TextField {...fields.props('actionFrom')} inputMode="numeric" required />
      <TextField {...fields.props('actionTo')} inputMode="numeric" required hint={t('plans.hint.actionTo')} />
    </ItemForm>
  );
}

const ACTION = { number: '', pillar: '', title: '', summary: '' };
const ACTION_VALUES = Object.keys(ACTION) as (keyof typeof ACTION)[];

export function PlanActionForm({ plan }: { plan: WorkspacePlanDetail }) {
  const { t } = useTranslation('workspace');
  const add = useAddAction(plan.code);
  const form = usePlanForm(ACTION);
  const id = useId();
  const fields = usePlanFields(form, id);
  const [done, setDone] = useState<string | null>(null);
  const { submit, formProblem } = itemSubmit({
    form,
    schema: ActionInputSchema,
    scope: 'action',
    fields: ACTION_VALUES,
    toInput: (v) => ({ number: parseNumber(v.number), pillar: v.pillar, title: v.title, ...(v.summary.trim() ? { summary: v.summary } : {}) }),
    mutation: add,
    onDone: (input) => setDone(t('plans.actions.done', { number: input.number })),
  });
  return (
    <ItemForm
      id={id}
      title={t('plans.actions.add')}
      summaryFields={fields.summaryFields(ACTION_VALUES)}
      form={form}
      submit={(event) => {
        setDone(null);
        submit(event);
      }}
      formProblem={formProblem}
      done={done}
      pending={add.isPending}
      submitLabel={t('plans.actions.submit')}
    >
      <TextField {...fields.props('number')} inputMode="numeric" required hint={t('plans.hint.number')} />
      <SelectField
        {...fields.props('pillar')}
        required
        options={[
          { value: '', label: t('plans.choose') },
          ...plan.pillars.map((p) => ({ value: p.slug, label: t('plans.pillarOption', { name: p.name, from: p.actionFrom, to: p.actionTo }) })),
        ]}
      />
      <TextField {...fields.props('title')} className="ws-field--wide" required />
      <TextAreaField {...fields.props('summary')} className="ws-field--wide" rows={3} />
    </ItemForm>
  );
}

const INDICATOR = {
  id: '',
  action: '',
  title: '',
  unit: '',
  direction: 'increase' as string,
  populationDescription: '',
  populationSize: '',
  populationSource: '',
  populationParagraph: '',
  targetShare: '',
};
const INDICATOR_VALUES = Object.keys(INDICATOR) as (keyof typeof INDICATOR)[];

export function PlanIndicatorForm({ plan }: { plan: WorkspacePlanDetail }) {
  const { t } = useTranslation('workspace');
  const add = useAddIndicator(plan.code);
  const form = usePlanForm(INDICATOR);
  const id = useId();
  const fields = usePlanFields(form, id);
  const [done, setDone] = useState<string | null>(null);
  const { submit, formProblem } = itemSubmit({
    form,
    schema: IndicatorInputSchema,
    scope: 'indicator',
    fields: INDICATOR_VALUES,
    toInput: (v) => {
      const percent = numberOrNull(v.targetShare);
      return {
        id: v.id.trim(),
        action: parseNumber(v.action),
        title: v.title,
        unit: v.unit,
        direction: v.direction,
        populationDescription: v.populationDescription,
        populationSize: numberOrNull(v.populationSize),
        populationSource: orNull(v.populationSource),
        populationParagraph: numberOrNull(v.populationParagraph),
        // Entered as a percentage, as on the Texts screen; stored as a share.
        targetShare: percent === null ? null : percent / 100,
      };
    },
    mutation: add,
    onDone: (input) => setDone(t('plans.indicators.done', { id: input.id })),
  });
  return (
    <ItemForm
      id={id}
      title={t('plans.indicators.add')}
      summaryFields={fields.summaryFields(INDICATOR_VALUES)}
      form={form}
      submit={(event) => {
        setDone(null);
        submit(event);
      }}
      formProblem={formProblem}
      done={done}
      pending={add.isPending}
      submitLabel={t('plans.indicators.submit')}
    >
      <TextField {...fields.props('id')} hint={t('plans.hint.indicatorId')} required />
      <SelectField
        {...fields.props('action')}
        required
        options={[
          { value: '', label: t('plans.choose') },
          ...plan.actions.map((a) => ({ value: String(a.number), label: t('plans.actionOption', { number: a.number, title: a.title }) })),
        ]}
      />
      <TextField {...fields.props('title')} className="ws-field--wide" required />
      <TextField {...fields.props('unit')} required hint={t('plans.hint.unit')} />
      <SelectField<string> {...fields.props('direction')} options={DIRECTIONS.map((d: Direction) => ({ value: d, label: t(`plans.direction.${d}`) }))} />
      <TextAreaField {...fields.props('populationDescription')} className="ws-field--wide" required hint={t('plans.hint.populationDescription')} />
      <TextField {...fields.props('populationSize')} inputMode="numeric" />
      <TextField {...fields.props('populationSource')} />
      <TextField {...fields.props('populationParagraph')} inputMode="numeric" />
      <TextField {...fields.props('targetShare')} inputMode="decimal" hint={t('plans.hint.targetShare')} />
    </ItemForm>
  );
}
