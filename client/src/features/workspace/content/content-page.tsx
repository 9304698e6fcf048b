// Texts and numbers around the figures: editors draft edits of action and indicator texts, an admin publishes them.
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CONTENT_FIELDS, ContentChangeInputSchema } from '@ccm/shared/schemas/workspace';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { useActions } from '../../../lib/api/get-actions.ts';
import { useIndicators } from '../../../lib/api/get-indicators.ts';
import { useContentChanges, type ContentChange } from './api/get-content-changes.ts';
import { usePublishContent } from './api/publish-content.ts';
import { useSaveContent } from './api/save-content.ts';
import { useFieldErrorText } from '../hooks/use-field-error-text.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { useWorkspaceUser } from '../hooks/use-workspace-user.ts';
import { parseNumber } from '../utils/entry-form.ts';
import { fieldErrorOfProblem, fieldErrorsOf, type FieldErrors } from '../utils/field-errors.ts';
import { DraftedWhen } from '../components/change-cells.tsx';
import { ConfirmAction } from '../components/confirm-action.tsx';
import { SelectField, TextAreaField, TextField, focusFirstInvalid } from '../components/form-field.tsx';
import { FormActions } from '../components/form-actions.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { WorkspaceTable } from '../components/workspace-table.tsx';
import { ProblemAlert, SuccessNote } from '../components/problem-alert.tsx';

type Entity = keyof typeof CONTENT_FIELDS;
type Field = (typeof CONTENT_FIELDS)[Entity][number];

const isNumberField = (field: Field) => field === 'populationSize' || field === 'targetShare';

function ContentValue({ change, value }: { change: ContentChange; value: string | number | null }) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  if (value === null) return <span className="ws-muted">{t('record.dash')}</span>;
  if (typeof value === 'number') return <>{change.field === 'targetShare' ? format.percent(value) : format.number(value)}</>;
  return <>{value}</>;
}

function ContentForm() {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const errorText = useFieldErrorText();
  const actions = useActions();
  const indicators = useIndicators();
  const save = useSaveContent();
  const [entity, setEntity] = useState<Entity>('action');
  const [key, setKey] = useState('');
  const [field, setField] = useState<Field>('title');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  if (actions.isPending || indicators.isPending) return <LoadingState />;
  if (actions.isError || indicators.isError) {
    return (
      <ErrorState
        onRetry={() => {
          void actions.refetch();
          void indicators.refetch();
        }}
      />
    );
  }

  const keyOptions =
    entity === 'action'
      ? actions.data.map((a) => ({ value: String(a.number), label: t('content.actionOption', { number: a.number, title: a.title }) }))
      : indicators.data.map((i) => ({ value: i.id, label: t('content.indicatorOption', { id: i.id, title: i.title }) }));
  const selectedKey = keyOptions.some((o) => o.value === key) ? key : (keyOptions[0]?.value ?? '');
  const fieldOptions = (CONTENT_FIELDS[entity] as readonly Field[]).map((f) => ({ value: f, label: t(`content.field.${f}`) }));
  const selectedField: Field = (CONTENT_FIELDS[entity] as readonly Field[]).includes(field) ? field : 'title';

  const currentValue = (() => {
    if (entity === 'action') {
      const action = actions.data.find((a) => String(a.number) === selectedKey);
      return selectedField === 'summary' ? (action?.summary ?? null) : (action?.title ?? null);
    }
    const indicator = indicators.data.find((i) => i.id === selectedKey);
    if (!indicator) return null;
    if (selectedField === 'populationDescription') return indicator.population.description;
    if (selectedField === 'populationSize') return indicator.population.size === null ? null : format.number(indicator.population.size);
    if (selectedField === 'targetShare') return indicator.target === null ? null : format.percent(indicator.target);
    return indicator.title;
  })();

  const reset = () => {
    setSaved(false);
    setErrors({});
    save.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    let parsedValue: string | number | null = value;
    if (selectedField === 'populationSize') parsedValue = parseNumber(value);
    if (selectedField === 'targetShare') {
      const percent = parseNumber(value);
      parsedValue = percent === null ? null : percent / 100;
    }
    const parsed = ContentChangeInputSchema.safeParse({ entity, key: selectedKey, field: selectedField, value: parsedValue, reason: reason.trim() || null });
    if (!parsed.success) {
      flushSync(() => setErrors(fieldErrorsOf(parsed.error.issues, `content.${isNumberField(selectedField) ? selectedField : 'text'}`)));
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: () => {
        setSaved(true);
        setValue('');
        setReason('');
      },
    });
  };

  const serverField = fieldErrorOfProblem(save.error, ['value', 'reason', 'key', 'field']);
  const valueError = errorText(errors.value ?? (serverField?.field === 'value' ? serverField.error : undefined));

  return (
    <form ref={form} className="ws-form" onSubmit={submit} noValidate aria-labelledby="content-form-title">
      <h2 id="content-form-title">{t('content.formTitle')}</h2>
      <div className="ws-form__grid">
        <SelectField<Entity>
          id="content-entity"
          label={t('content.entity')}
          value={entity}
          options={[
            { value: 'action', label: t('content.entityAction') },
            { value: 'indicator', label: t('content.entityIndicator') },
          ]}
          onChange={(next) => {
            reset();
            setEntity(next);
            setKey('');
            setField('title');
          }}
        />
        <SelectField
          id="content-key"
          className="ws-field--span2"
          label={entity === 'action' ? t('content.whichAction') : t('content.whichIndicator')}
          value={selectedKey}
          options={keyOptions}
          onChange={(next) => {
            reset();
            setKey(next);
          }}
        />
        <SelectField<Field>
          id="content-field"
          label={t('content.fieldLabel')}
          value={selectedField}
          options={fieldOptions}
          onChange={(next) => {
            reset();
            setField(next);
          }}
        />
      </div>
      <div className="ws-current">
        <p className="ws-current__label">{t('content.current')}</p>
        <p className="ws-current__value">{currentValue ?? t('record.dash')}</p>
      </div>
      {isNumberField(selectedField) ? (
        <TextField
          id="content-value"
          label={selectedField === 'targetShare' ? t('content.newTarget') : t('content.newSize')}
          hint={selectedField === 'targetShare' ? t('content.targetHint') : t('content.sizeHint')}
          inputMode="decimal"
          value={value}
          onChange={setValue}
          error={valueError}
        />
      ) : (
        <TextAreaField id="content-value" label={t('content.newText')} value={value} onChange={setValue} rows={selectedField === 'summary' ? 5 : 2} required error={valueError} />
      )}
      <TextAreaField id="content-reason" label={t('content.reason')} hint={t('content.reasonHint')} value={reason} onChange={setReason} error={errorText(errors.reason)} />
      <FormActions submitLabel={t('content.submit')} pending={save.isPending} problem={serverField?.field === 'value' ? null : save.error} done={saved ? t('content.saved') : null} />
    </form>
  );
}

export function ContentPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('content.title'));
  const { isAdmin } = useWorkspaceUser();
  const changes = useContentChanges();
  const publish = usePublishContent();
  const [published, setPublished] = useState<number | null>(null);
  const drafts = changes.data?.filter((c) => c.state === 'draft') ?? [];

  return (
    <div className="ws-page">
      <PageHeader title={t('content.title')} lead={t('content.lead')} />
      <section className="ws-panel">
        <ContentForm />
      </section>
      <section aria-labelledby="content-changes-title">
        <h2 id="content-changes-title">{t('content.changesTitle')}</h2>
        {published !== null ? <SuccessNote>{t('content.published', { count: published })}</SuccessNote> : null}
        <ProblemAlert error={publish.error} />
        {changes.isPending ? <LoadingState /> : null}
        {changes.isError ? <ErrorState onRetry={() => void changes.refetch()} /> : null}
        {changes.data ? (
          <WorkspaceTable
            caption={t('content.caption')}
            empty={t('content.noChanges')}
            rows={changes.data}
            rowKey={(change) => String(change.id)}
            columns={[
              { id: 'when', header: t('content.column.when'), cell: (change) => <DraftedWhen change={change} /> },
              {
                id: 'what',
                header: t('content.column.what'),
                primary: true,
                cell: (change) => (
                  <>
                    {change.entity === 'action' ? t('content.whatAction', { key: change.key }) : <code>{change.key}</code>}
                    <span className="ws-cell-sub">{t(`content.field.${change.field}`, { defaultValue: change.field })}</span>
                    {change.lang ? (
                      <span className="ws-cell-sub">
                        {t('translations.translation', { language: t(`translations.languageName.${change.lang}`, { defaultValue: change.lang }) })}
                      </span>
                    ) : null}
                  </>
                ),
              },
              { id: 'before', header: t('content.column.before'), className: 'ws-cell-text', cell: (change) => <ContentValue change={change} value={change.before} /> },
              {
                id: 'after',
                header: t('content.column.after'),
                className: 'ws-cell-text',
                cell: (change) => (
                  <strong>
                    <ContentValue change={change} value={change.after} />
                  </strong>
                ),
              },
              { id: 'reason', header: t('content.column.reason'), cell: (change) => change.reason ?? <span className="ws-muted">{t('record.dash')}</span> },
              { id: 'state', header: t('content.column.state'), cell: (change) => <span className={`ws-chip ws-chip--${change.state}`}>{t(`change.state.${change.state}`)}</span> },
            ]}
          />
        ) : null}
        <div className="ws-publish">
          {isAdmin ? (
            <ConfirmAction
              label={t('content.publish', { count: drafts.length })}
              question={t('content.confirm', { count: drafts.length })}
              confirmLabel={t('content.confirmButton')}
              disabled={drafts.length === 0 || publish.isPending}
              busy={publish.isPending}
              onConfirm={() => {
                setPublished(null);
                publish.mutate(undefined, { onSuccess: setPublished });
              }}
            />
          ) : (
            <p className="ws-alert ws-alert--info">{t('content.editorNote')}</p>
          )}
        </div>
      </section>
    </div>
  );
}
