// The pieces of a plan being set up, one at a time: a pillar (with the range of its action numbers), an action in a
// pillar, an indicator of an action. The shared schemas check each form before it is sent.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseMutationResult } from '@tanstack/react-query';
import type { z } from 'zod';
import { DIRECTIONS, type Direction } from '@ccm/shared/domain/vocabulary';
import { ActionInputSchema, IndicatorInputSchema, PillarInputSchema, type WorkspacePlanDetail } from '@ccm/shared/schemas/plans';
import { useAddAction, useAddIndicator, useAddPillar } from '../api/plans.ts';
import { parseNumber } from '../utils/entry-form.ts';
import { SelectField, TextAreaField, TextField } from '../components/form-field.tsx';
import { FormActions } from '../components/form-actions.tsx';
import { PlanItemFormFrame, usePlanFields, usePlanForm, usePlanSubmit, type PlanFields } from './plan-form.tsx';

const orNull = (text: string) => (text.trim() === '' ? null : text);
const numberOrNull = (text: string) => (text.trim() === '' ? null : parseNumber(text));

/**
 * Each item form: its fields, the schema check, then the request; the server's refusal of a field shows on that field,
 * anything else above the button. Focus goes to the error summary after either refusal.
 */
function ItemForm<F extends string, S extends z.ZodType>({
  empty,
  schema,
  scope,
  toInput,
  mutation,
  doneText,
  title,
  submitLabel,
  children,
}: {
  empty: Record<F, string>;
  schema: S;
  scope: string;
  toInput: (values: Record<F, string>) => unknown;
  mutation: UseMutationResult<unknown, Error, z.output<S>>;
  doneText: (input: z.output<S>) => string;
  title: string;
  submitLabel: string;
  children: (fields: PlanFields<F>) => ReactNode;
}) {
  const form = usePlanForm(empty);
  const id = useId();
  const fields = usePlanFields(form, id);
  const [done, setDone] = useState<string | null>(null);
  const values = Object.keys(empty) as F[];
  const { submit, formProblem } = usePlanSubmit({ form, schema, toInput, scope, fields: values, mutation, onDone: (input) => setDone(doneText(input)) });
  return (
    <PlanItemFormFrame
      id={id}
      title={title}
      form={form}
      summaryFields={fields.summaryFields(values)}
      onSubmit={(event) => {
        setDone(null);
        submit(event);
      }}
      actions={<FormActions submitLabel={submitLabel} pending={mutation.isPending} problem={formProblem} done={done} />}
    >
      {children(fields)}
    </PlanItemFormFrame>
  );
}

const PILLAR = { slug: '', name: '', actionFrom: '', actionTo: '' };

export function PlanPillarForm({ plan }: { plan: WorkspacePlanDetail }) {
  const { t } = useTranslation('workspace');
  const add = useAddPillar(plan.code);
  return (
    <ItemForm
      empty={PILLAR}
      schema={PillarInputSchema}
      scope="pillar"
      toInput={(v) => ({ slug: v.slug.trim(), name: v.name, actionFrom: parseNumber(v.actionFrom), actionTo: parseNumber(v.actionTo) })}
      mutation={add}
      doneText={(input) => t('plans.pillars.done', { name: input.name })}
      title={t('plans.pillars.add')}
      submitLabel={t('plans.pillars.submit')}
    >
      {(fields) => (
        <>
          <TextField {...fields.props('slug')} hint={t('plans.hint.slug')} required />
          <TextField {...fields.props('name')} className="ws-field--wide" required />
          <TextField {...fields.props('actionFrom')} inputMode="numeric" required />
          <TextField {...fields.props('actionTo')} inputMode="numeric" required hint={t('plans.hint.actionTo')} />
        </>
      )}
    </ItemForm>
  );
}

const ACTION = { number: '', pillar: '', title: '', summary: '' };

export function PlanActionForm({ plan }: { plan: WorkspacePlanDetail }) {
  const { t } = useTranslation('workspace');
  const add = useAddAction(plan.code);
  return (
    <ItemForm
      empty={ACTION}
      schema={ActionInputSchema}
      scope="action"
      toInput={(v) => ({ number: parseNumber(v.number), pillar: v.pillar, title: v.title, ...(v.summary.trim() ? { summary: v.summary } : {}) })}
      mutation={add}
      doneText={(input) => t('plans.actions.done', { number: input.number })}
      title={t('plans.actions.add')}
      submitLabel={t('plans.actions.submit')}
    >
      {(fields) => (
        <>
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
        </>
      )}
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

export function PlanIndicatorForm({ plan }: { plan: WorkspacePlanDetail }) {
  const { t } = useTranslation('workspace');
  const add = useAddIndicator(plan.code);
  return (
    <ItemForm
      empty={INDICATOR}
      schema={IndicatorInputSchema}
      scope="indicator"
      toInput={(v) => {
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
      }}
      mutation={add}
      doneText={(input) => t('plans.indicators.done', { id: input.id })}
      title={t('plans.indicators.add')}
      submitLabel={t('plans.indicators.submit')}
    >
      {(fields) => (
        <>
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
        </>
      )}
    </ItemForm>
  );
}
