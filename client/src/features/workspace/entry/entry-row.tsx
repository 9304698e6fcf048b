// One indicator's whole entry form (the grid's Details): its previous, published and draft figures, the fields (with
// "Cycle inferred" and "Under review by the ISU", which the ISU sets or clears), the status preview, Save. On its own it
// holds and saves its values; in the grid, the grid holds them (its cells edit the same values) and saves them.
import { useRef, useState, type FormEvent, type SetStateAction } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { QUALIFIERS, REPORTING_STATES, type Qualifier, type Reporting } from '@ccm/shared/domain/vocabulary';
import type { EntryRow as Row } from '@ccm/shared/schemas/workspace';
import { translateUnit } from '@ccm/shared/i18n/languages';
import { useDiscardChange } from '../api/discard-change.ts';
import type { WorkspaceCycle } from '../api/get-workspace-cycles.ts';
import { useSaveObservation } from './api/save-observation.ts';
import { useFieldErrorText } from '../hooks/use-field-error-text.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { workspaceLanguage } from '../i18n/load-workspace-catalogue.ts';
import {
  ENTRY_FIELDS,
  checkEntry,
  derivedCount,
  initialValues,
  isDirty,
  needsReason,
  type EntryField,
  type EntryTextField,
  type EntryValues,
  type FlagField,
} from '../utils/entry-form.ts';
import { fieldErrorOfProblem, type FieldErrors } from '../utils/field-errors.ts';
import { CheckboxField, SelectField, TextAreaField, TextField, focusFirstInvalid } from '../components/form-field.tsx';
import { ProblemAlert } from '../components/problem-alert.tsx';
import { EntryRowCounted } from './entry-row-counted.tsx';
import { EntryRowHead } from './entry-row-head.tsx';
import { EntryRowPreview } from './entry-row-preview.tsx';

/** The server names a nested field ("underReview.note"): show its message by the field that holds it. */
const fieldOfParameter = (parameter: string) =>
  parameter.startsWith('underReview.paragraph') ? 'underReviewParagraph' : parameter.startsWith('underReview.') ? 'underReview' : parameter;

export interface EntryRowProps {
  row: Row;
  cycle: string;
  cyclePublished: boolean;
  /** The workspace's cycles, for the status preview of a figure in a cycle not yet published. */
  cycles: WorkspaceCycle[] | undefined;
  /** In the grid's details: the grid holds the values (typed in its cells too) and saves them (with its conflict check). */
  values?: EntryValues;
  onValuesChange?: (action: SetStateAction<EntryValues>) => void;
  onSave?: () => Promise<'saved' | 'refused' | 'conflict'>;
  /** The element the row is: a list item in a list of rows, a plain block in a dialog. */
  as?: 'li' | 'div';
}

export function EntryRow({ row, cycle, cyclePublished, cycles, values: heldValues, onValuesChange, onSave, as: Wrapper = 'li' }: EntryRowProps) {
  const { t, i18n } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const errorText = useFieldErrorText();
  const save = useSaveObservation();
  const discard = useDiscardChange();
  const [ownValues, setOwnValues] = useState<EntryValues>(() => initialValues(row));
  const values = heldValues ?? ownValues;
  const setValues = onValuesChange ?? setOwnValues;
  const [heldSaving, setHeldSaving] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [saved, setSaved] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const lang = workspaceLanguage(i18n.language);

  const id = `entry-${row.indicatorId}`;
  // The unit of count comes in English ("States Parties"): say it in the reader's language.
  const unit = translateUnit(row.unit, workspaceLanguage(i18n.language));
  const titleId = `${id}-title`;
  const context = { row, cycle, cyclePublished };
  const baseline = initialValues(row);
  const dirty = isDirty(values, baseline);
  const check = checkEntry(values, context);
  const reasonNeeded = needsReason(context);

  const serverField = fieldErrorOfProblem(save.error, ENTRY_FIELDS, fieldOfParameter);
  const errors: FieldErrors = attempted ? { ...check.errors } : {};
  if (serverField && !errors[serverField.field]) errors[serverField.field] = serverField.error;
  const errorOf = (field: EntryField) => errorText(errors[field]);
  const statesError = errorOf('states') ?? errorOf('statesComplete');
  const derived = derivedCount(values);

  const setStates = (states: string[]) => {
    setSaved(false);
    if (save.error) save.reset();
    setValues((previous) => ({ ...previous, states }));
  };
  const setStatesComplete = (statesComplete: boolean) => {
    setSaved(false);
    if (save.error) save.reset();
    // Unticking "complete" keeps the derived count as the typed value, to edit from there.
    setValues((previous) => ({ ...previous, statesComplete, value: !statesComplete && previous.statesComplete ? String(previous.states.length) : previous.value }));
  };

  const setFlag = (field: FlagField) => (checked: boolean) => {
    setSaved(false);
    if (save.error) save.reset();
    setValues((previous) => ({ ...previous, [field]: checked }));
  };

  const set = (field: EntryTextField) => (value: string) => {
    setSaved(false);
    if (save.error) save.reset();
    setValues((previous) => {
      const next = { ...previous, [field]: value };
      // A figure not reported (or not applicable) has no value: it is never zero.
      if (field === 'reporting' && value !== 'reported') next.value = '';
      return next;
    });
  };
  /** A text field's id, label (`entry.field.<name>`), value, change handler and message; what differs is said after. */
  const textField = (field: EntryTextField) => ({ id: `${id}-${field}`, label: t(`entry.field.${field}`), value: values[field], onChange: set(field), error: errorOf(field) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!check.entry || Object.keys(check.errors).length > 0) {
      flushSync(() => setAttempted(true));
      focusFirstInvalid(form.current);
      return;
    }
    if (onSave) {
      setHeldSaving(true);
      void onSave().then((outcome) => {
        setHeldSaving(false);
        setAttempted(outcome !== 'saved');
        setSaved(outcome === 'saved');
      });
      return;
    }
    save.mutate(check.entry, {
      onSuccess: () => {
        setAttempted(false);
        setSaved(true);
      },
      onError: () => {
        window.requestAnimationFrame(() => focusFirstInvalid(form.current));
      },
    });
  };

  const discardDraft = () => {
    if (!row.draft) return;
    discard.mutate(row.draft.id, {
      onSuccess: () => {
        setValues(initialValues({ ...row, draft: null }));
        setAttempted(false);
        setSaved(false);
      },
    });
  };

  const reportingOptions = REPORTING_STATES.map((value) => ({ value, label: t(`reporting.${value}`) }));
  const qualifierOptions = QUALIFIERS.map((value) => ({ value, label: t(`qualifierOption.${value}`) }));
  const notReported = values.reporting !== 'reported';
  const showOutlierHint = check.outlier && !errors.note && row.previous !== null;
  const formProblem = save.error && !serverField ? save.error : null;
  const hasErrors = attempted && Object.keys(check.errors).length > 0;

  return (
    <Wrapper className={`ws-entry${dirty ? ' ws-entry--dirty' : ''}${row.draft ? ' ws-entry--draft' : ''}`}>
      <form ref={form} id={id} onSubmit={submit} noValidate aria-labelledby={titleId}>
        <EntryRowHead row={row} cycle={cycle} unit={unit} titleId={titleId} />

        <div className="ws-entry__fields">
          <SelectField<Reporting>
            id={`${id}-reporting`}
            label={t('entry.field.reporting')}
            value={values.reporting}
            options={reportingOptions}
            onChange={set('reporting')}
            error={errorOf('reporting')}
          />
          <TextField
            {...textField('value')}
            inputMode="decimal"
            value={derived !== null ? String(derived) : values.value}
            disabled={notReported || derived !== null}
            hint={notReported ? t('entry.hint.notReported') : derived !== null ? t('entry.hint.derived', { ticked: derived }) : unit}
          />
          <TextField
            {...textField('denominator')}
            inputMode="numeric"
            hint={row.populationSize !== null ? t('entry.hint.population', { size: format.number(row.populationSize) }) : t('entry.hint.noPopulation')}
          />
          <SelectField<Qualifier>
            id={`${id}-qualifier`}
            label={t('entry.field.qualifier')}
            value={values.qualifier}
            options={qualifierOptions}
            onChange={set('qualifier')}
            error={errorOf('qualifier')}
          />
          <TextField {...textField('source')} className="ws-field--span2" hint={t('entry.hint.source')} required />
          <TextField {...textField('paragraph')} inputMode="numeric" />
          <CheckboxField
            id={`${id}-cycleInferred`}
            className="ws-field--half"
            label={t('entry.field.cycleInferred')}
            checked={values.cycleInferred}
            onChange={setFlag('cycleInferred')}
            hint={t('entry.hint.cycleInferred')}
          />
          <CheckboxField
            id={`${id}-underReview`}
            className="ws-field--half"
            label={t('entry.field.underReview')}
            checked={values.underReview}
            onChange={setFlag('underReview')}
            hint={row.published?.underReview || row.draft?.after?.underReview ? t('entry.hint.underReviewClear') : t('entry.hint.underReview')}
          />
          {values.underReview ? (
            <div className="ws-review ws-field--wide">
              {/* The server names the flag, not its note, when the note is refused. */}
              <TextAreaField
                {...textField('underReviewNote')}
                className="ws-field--wide"
                rows={2}
                required
                hint={t('entry.hint.underReviewNote')}
                error={errorOf('underReview')}
              />
              <TextField {...textField('underReviewParagraph')} inputMode="numeric" hint={t('entry.hint.underReviewParagraph')} />
            </div>
          ) : null}
          <EntryRowCounted
            id={id}
            values={values}
            lang={lang}
            notReported={notReported}
            derived={derived}
            statesError={statesError}
            onStatesChange={setStates}
            onCompleteChange={setStatesComplete}
          />
          <TextAreaField
            {...textField('note')}
            className="ws-field--wide"
            label={check.outlier ? t('entry.field.noteRequired') : values.cycleInferred ? t('entry.field.noteInferred') : t('entry.field.note')}
            rows={check.outlier || values.cycleInferred || values.note.length > 80 ? 2 : 1}
            required={check.outlier || values.cycleInferred}
            hint={
              showOutlierHint && row.previous
                ? t('entry.hint.outlier', { cycle: row.previous.cycle, previous: format.number(row.previous.value ?? 0), value: values.value })
                : undefined
            }
          />
          {reasonNeeded ? (
            <TextAreaField {...textField('reason')} className="ws-field--wide" required hint={t('entry.hint.reason', { cycle })} />
          ) : null}
        </div>

        <div className="ws-entry__foot">
          <EntryRowPreview id={`${id}-preview`} values={values} dirty={dirty} context={context} cycles={cycles} />
          <div className="ws-actions ws-entry__actions">
            {hasErrors ? (
              <p className="ws-entry__summary" role="alert">
                {t('entry.fixErrors', { count: Object.keys(check.errors).length })}
              </p>
            ) : null}
            {saved && !dirty ? (
              <p className="ws-entry__saved" role="status">
                {t('entry.saved')}
              </p>
            ) : null}
            {row.draft ? (
              <button type="button" className="button button--secondary" onClick={discardDraft} disabled={discard.isPending}>
                {t('entry.discard')}
              </button>
            ) : null}
            <button type="submit" className="button" disabled={save.isPending || heldSaving || (!dirty && !attempted)} aria-describedby={`${id}-preview`}>
              {save.isPending || heldSaving ? t('entry.saving') : t('entry.save')}
            </button>
          </div>
        </div>
        <ProblemAlert error={formProblem ?? discard.error} />
      </form>
    </Wrapper>
  );
}
