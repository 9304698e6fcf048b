// The crosswalk into a plan: how each of its indicators and actions relates to the previous plan's (carried over,
// revised, replaced, new), and which old ones were discontinued. Listed, added one at a time, removed.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CROSSWALK_ENTITIES, CROSSWALK_RELATIONS, CrosswalkCreateInputSchema, type CrosswalkRelation, type WorkspacePlanDetail } from '@ccm/shared/schemas/plans';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useAddCrosswalkEntry, useDeleteCrosswalkEntry, usePlanCrosswalk } from '../api/plans.ts';
import { SelectField, TextAreaField } from '../components/form-field.tsx';
import { PlanErrorSummary, planFieldErrorsOf, planFieldErrorsOfProblem, usePlanFields, usePlanForm } from './plan-form.tsx';
import { ProblemAlert, SuccessNote } from '../components/problem-alert.tsx';

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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const { values } = form;
    const parsed = CrosswalkCreateInputSchema.safeParse({
      plan: plan.code,
      entry: {
        entity: values.entity,
        relation: values.relation,
        from: hasFrom && values.from ? values.from : null,
        to: hasTo && values.to ? values.to : null,
        note: values.note.trim() ? values.note : null,
      },
    });
    if (!parsed.success) {
      form.fail(planFieldErrorsOf(parsed.error.issues, 'crosswalk', withoutEntry));
      return;
    }
    form.clearErrors();
    add.mutate(parsed.data, {
      onSuccess: () => {
        form.reset();
        setDone(true);
      },
      onError: (error) => {
        const fieldErrors = planFieldErrorsOfProblem(error, VALUES, withoutEntry);
        if (fieldErrors) form.fail(fieldErrors);
      },
    });
  };
  const formProblem = add.error && !planFieldErrorsOfProblem(add.error, VALUES, withoutEntry) ? add.error : null;

  return (
    <form className="ws-form plan-item-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="plan-item-form__title">
        {t('plans.crosswalk.add')}
      </h3>
      <PlanErrorSummary id={`${id}-errors`} errors={form.errors} fields={fields.summaryFields(shown)} summaryRef={form.summary} />
      <div className="ws-form__grid">
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
      </div>
      <ProblemAlert error={formProblem} />
      {done ? <SuccessNote>{t('plans.crosswalk.done')}</SuccessNote> : null}
      <div className="ws-actions">
        <button type="submit" className="button" disabled={add.isPending}>
          {t('plans.crosswalk.submit')}
        </button>
      </div>
    </form>
  );
}

export function PlanCrosswalk({ plan, previous, editable }: { plan: WorkspacePlanDetail; previous: WorkspacePlanDetail | undefined; editable: boolean }) {
  const { t } = useTranslation('workspace');
  const entries = usePlanCrosswalk(plan.code, plan.previousPlan !== null);
  const remove = useDeleteCrosswalkEntry();
  const dash = t('record.dash');
  const caption = t('plans.crosswalk.caption', { from: plan.previousPlan ?? '', to: plan.code });

  if (plan.previousPlan === null) return <p className="ws-muted">{t('plans.crosswalk.noPrevious')}</p>;
  return (
    <>
      {entries.isPending ? <LoadingState /> : null}
      {entries.isError ? <ErrorState onRetry={() => void entries.refetch()} /> : null}
      {entries.data && entries.data.length === 0 ? <p className="ws-muted">{t('plans.crosswalk.empty')}</p> : null}
      {entries.data && entries.data.length > 0 ? (
        <TableScroll label={caption}>
          <table className="data-table ws-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plans.column.entity')}</th>
                <th scope="col">{t('plans.crosswalk.fromColumn', { plan: plan.previousPlan })}</th>
                <th scope="col">{t('plans.crosswalk.toColumn', { plan: plan.code })}</th>
                <th scope="col">{t('plans.column.relation')}</th>
                <th scope="col">{t('plans.column.note')}</th>
                {editable ? <th scope="col">{t('plans.column.remove')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {entries.data.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">{t(`plans.entity.${entry.entity}`)}</th>
                  <td>
                    {entry.from ? <code>{entry.from}</code> : dash}
                    {entry.fromTitle ? (
                      <span className="ws-cell-sub" lang="en">
                        {entry.fromTitle}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {entry.to ? <code>{entry.to}</code> : dash}
                    {entry.toTitle ? (
                      <span className="ws-cell-sub" lang="en">
                        {entry.toTitle}
                      </span>
                    ) : null}
                  </td>
                  <td>{t(`plans.relation.${entry.relation}`)}</td>
                  <td>{entry.note ?? dash}</td>
                  {editable ? (
                    <td>
                      <button type="button" className="button button--secondary ws-button--small" disabled={remove.isPending} onClick={() => remove.mutate(entry.id)}>
                        {t('plans.crosswalk.remove')}
                        <span className="visually-hidden"> {t('plans.crosswalk.removeWhich', { from: entry.from ?? dash, to: entry.to ?? dash })}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <ProblemAlert error={remove.error} />
      {editable ? <CrosswalkForm plan={plan} previous={previous} /> : null}
    </>
  );
}
