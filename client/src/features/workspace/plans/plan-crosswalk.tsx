// The crosswalk into a plan: how each of its indicators and actions relates to the previous plan's (carried over,
// revised, replaced, new), and which old ones were discontinued. Listed, added one at a time, removed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CROSSWALK_ENTITIES, CROSSWALK_RELATIONS, CrosswalkCreateInputSchema, type CrosswalkEntry, type CrosswalkRelation, type WorkspacePlanDetail } from '@ccm/shared/schemas/plans';
import type { DataTableColumn } from '../../../components/ui/data-table.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { useAddCrosswalkEntry, useDeleteCrosswalkEntry, usePlanCrosswalk } from '../api/plans.ts';
import { SelectField, TextAreaField } from '../components/form-field.tsx';
import { FormActions } from '../components/form-actions.tsx';
import { ProblemAlert } from '../components/problem-alert.tsx';
import { WorkspaceTable } from '../components/workspace-table.tsx';
import { PlanItemFormFrame, usePlanFields, usePlanForm, usePlanSubmit } from './plan-form.tsx';

type Entity = (typeof CROSSWALK_ENTITIES)[number];
const EMPTY = { entity: 'indicator' as string, relation: 'carried_over' as string, from: '', to: '', note: '' };
type Value = keyof typeof EMPTY;
const VALUES = Object.keys(EMPTY) as Value[];
const withoutEntry = (path: string) => path.replace(/^entry\./, '');

/** The items of a plan a crosswalk entry can name: indicators by id, actions by number. */
function itemOptions(plan: WorkspacePlanDetail | undefined, entity: Entity, label: (code: string, title: string) => string) {
  if (!plan) return [];
  return entity === 'indicator'
    ? plan.indicators.map((i) => ({ value: i.id, label: label(i.id, i.title) }))
    : plan.actions.map((a) => ({ value: String(a.number), label: label(String(a.number), a.title) }));
}

function CrosswalkForm({ plan, previous }: { plan: WorkspacePlanDetail; previous: WorkspacePlanDetail | undefined }) {
  const { t } = useTranslation('workspace');
  const add = useAddCrosswalkEntry();
  const form = usePlanForm(EMPTY);
  const id = useId();
  const fields = usePlanFields(form, id);
  const [done, setDone] = useState(false);
  const entity = form.values.entity as Entity;
  const relation = form.values.relation as CrosswalkRelation;
  const hasFrom = relation !== 'new';
  const hasTo = relation !== 'discontinued';
  const shown = VALUES.filter((value) => (value !== 'from' || hasFrom) && (value !== 'to' || hasTo));
  const label = (code: string, title: string) => t('plans.itemOption', { code, title });

  const { submit, formProblem } = usePlanSubmit({
    form,
    schema: CrosswalkCreateInputSchema,
    toInput: (values) => ({
      plan: plan.code,
      entry: {
        entity: values.entity,
        relation: values.relation,
        from: hasFrom && values.from ? values.from : null,
        to: hasTo && values.to ? values.to : null,
        note: values.note.trim() ? values.note : null,
      },
    }),
    scope: 'crosswalk',
    fields: VALUES,
    fieldOf: withoutEntry,
    mutation: add,
    onDone: () => setDone(true),
  });

  return (
    <PlanItemFormFrame
      id={id}
      title={t('plans.crosswalk.add')}
      form={form}
      summaryFields={fields.summaryFields(shown)}
      onSubmit={(event) => {
        setDone(false);
        submit(event);
      }}
      actions={<FormActions submitLabel={t('plans.crosswalk.submit')} pending={add.isPending} problem={formProblem} done={done ? t('plans.crosswalk.done') : null} />}
    >
      <SelectField<string>
        {...fields.props('entity')}
        onChange={(value) => {
          // The items listed change with the kind: a chosen one no longer fits.
          form.set('entity')(value);
          form.set('from')('');
          form.set('to')('');
        }}
        options={CROSSWALK_ENTITIES.map((e) => ({ value: e, label: t(`plans.entity.${e}`) }))}
      />
      <SelectField<string>
        {...fields.props('relation')}
        hint={t(`plans.relationHint.${relation}`)}
        options={CROSSWALK_RELATIONS.map((r) => ({ value: r, label: t(`plans.relation.${r}`) }))}
      />
      {hasFrom ? (
        <SelectField<string>
          {...fields.props('from')}
          label={t('plans.crosswalk.fromLabel', { plan: plan.previousPlan ?? '' })}
          required
          options={[{ value: '', label: t('plans.choose') }, ...itemOptions(previous, entity, label)]}
        />
      ) : null}
      {hasTo ? (
        <SelectField<string>
          {...fields.props('to')}
          label={t('plans.crosswalk.toLabel', { plan: plan.code })}
          required
          options={[{ value: '', label: t('plans.choose') }, ...itemOptions(plan, entity, label)]}
        />
      ) : null}
      <TextAreaField {...fields.props('note')} className="ws-field--wide" rows={2} hint={t('plans.hint.note')} />
    </PlanItemFormFrame>
  );
}

/** An item the entry names (its code, then its title), or a dash. */
function ItemCell({ code, title }: { code: string | null; title: string | null }) {
  const { t } = useTranslation('workspace');
  return (
    <>
      {code ? <code>{code}</code> : t('record.dash')}
      {title ? (
        <span className="ws-cell-sub" lang="en">
          {title}
        </span>
      ) : null}
    </>
  );
}

export function PlanCrosswalk({ plan, previous, editable }: { plan: WorkspacePlanDetail; previous: WorkspacePlanDetail | undefined; editable: boolean }) {
  const { t } = useTranslation('workspace');
  const entries = usePlanCrosswalk(plan.code, plan.previousPlan !== null);
  const remove = useDeleteCrosswalkEntry();
  const dash = t('record.dash');
  const caption = t('plans.crosswalk.caption', { from: plan.previousPlan ?? '', to: plan.code });

  if (plan.previousPlan === null) return <p className="ws-muted">{t('plans.crosswalk.noPrevious')}</p>;
  const columns: DataTableColumn<CrosswalkEntry>[] = [
    { id: 'entity', header: t('plans.column.entity'), primary: true, cell: (entry) => t(`plans.entity.${entry.entity}`) },
    { id: 'from', header: t('plans.crosswalk.fromColumn', { plan: plan.previousPlan }), cell: (entry) => <ItemCell code={entry.from} title={entry.fromTitle} /> },
    { id: 'to', header: t('plans.crosswalk.toColumn', { plan: plan.code }), cell: (entry) => <ItemCell code={entry.to} title={entry.toTitle} /> },
    { id: 'relation', header: t('plans.column.relation'), cell: (entry) => t(`plans.relation.${entry.relation}`) },
    { id: 'note', header: t('plans.column.note'), cell: (entry) => entry.note ?? dash },
  ];
  if (editable) {
    columns.push({
      id: 'remove',
      header: t('plans.column.remove'),
      cell: (entry) => (
        <button type="button" className="button button--secondary ws-button--small" disabled={remove.isPending} onClick={() => remove.mutate(entry.id)}>
          {t('plans.crosswalk.remove')}
          <span className="visually-hidden"> {t('plans.crosswalk.removeWhich', { from: entry.from ?? dash, to: entry.to ?? dash })}</span>
        </button>
      ),
    });
  }
  return (
    <>
      {entries.isPending ? <LoadingState /> : null}
      {entries.isError ? <ErrorState onRetry={() => void entries.refetch()} /> : null}
      {entries.data ? (
        <WorkspaceTable
          caption={caption}
          empty={t('plans.crosswalk.empty')}
          rows={entries.data}
          rowKey={(entry) => String(entry.id)}
          columns={columns}
        />
      ) : null}
      <ProblemAlert error={remove.error} />
      {editable ? <CrosswalkForm plan={plan} previous={previous} /> : null}
    </>
  );
}
