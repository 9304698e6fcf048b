// The admin's forms on the Populations page: record or replace a cycle's list of States (ticked), and add a ledger
// entry; each is public at once, and the server's refusals are shown next to the field they name.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { State } from '@ccm/shared/schemas/states';
import { POPULATION_CHANGES } from '@ccm/shared/schemas/populations';
import {
  PopulationLedgerInputSchema,
  PopulationListInputSchema,
  type WorkspacePopulation,
  type WorkspacePopulationList,
} from '@ccm/shared/schemas/workspace-populations';
import type { WorkspaceCycle } from '../api/get-workspace-cycles.ts';
import { useAddLedgerEntry, useRecordPopulationList } from './api/populations.ts';
import { useFormErrors } from '../hooks/use-form-errors.ts';
import type { WorkspaceLanguage } from '../i18n/load-workspace-catalogue.ts';
import { fieldErrorsOf, type FieldErrors } from '../utils/field-errors.ts';
import { FormActions } from '../components/form-actions.tsx';
import { SelectField, TextAreaField, TextField } from '../components/form-field.tsx';
import { StatesTickList } from '../components/states-tick-list.tsx';

const LIST_FIELDS = ['cycle', 'spanFrom', 'states', 'size', 'source', 'paragraph', 'note', 'reason'] as const;
const LEDGER_FIELDS = ['state', 'change', 'date', 'cycle', 'spanFrom', 'source', 'paragraph', 'note', 'reason'] as const;
/** "states.1" (the second code) is shown on the States field. */
const topField = (parameter: string) => parameter.split('.')[0] ?? parameter;

type Names = (code: string) => string;

export function usePeriod() {
  const { t } = useTranslation('workspace');
  return ({ cycle, spanFrom }: { cycle: string; spanFrom: string | null }) => (spanFrom === null ? cycle : t('common.span', { from: spanFrom, to: cycle }));
}

/** A paragraph number typed in: empty is none; anything else is kept as typed so the schema can refuse it. */
const paragraphOf = (text: string): number | null | string => (text.trim() === '' ? null : /^\d+$/.test(text.trim()) ? Number(text.trim()) : text);

const cycleOptions = (cycles: readonly WorkspaceCycle[]) => cycles.map((c) => ({ value: c.code, label: c.code }));
/** The cycles a span ending at `cycle` may start with: earlier ones of the same plan. */
function spanStarts(cycles: readonly WorkspaceCycle[], cycle: string): WorkspaceCycle[] {
  const end = cycles.find((c) => c.code === cycle);
  return end ? cycles.filter((c) => c.actionPlan === end.actionPlan && c.ordinal < end.ordinal) : [];
}

export function ListForm({ population, cycles, states, lang }: { population: WorkspacePopulation; cycles: readonly WorkspaceCycle[]; states: readonly State[]; lang: WorkspaceLanguage }) {
  const { t } = useTranslation('workspace');
  const period = usePeriod();
  const record = useRecordPopulationList();
  const { form, fail, clear, errorOf, problem } = useFormErrors(record.error, LIST_FIELDS, topField);
  const [cycle, setCycle] = useState(cycles.at(-1)?.code ?? '');
  const [spanFrom, setSpanFrom] = useState('');
  const [ticked, setTicked] = useState<string[]>([]);
  const [complete, setComplete] = useState(true);
  const [size, setSize] = useState('');
  const [source, setSource] = useState('');
  const [paragraph, setParagraph] = useState('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const id = `population-list-${population.id}`;

  /** Choosing a cycle or span that has a list already loads it, to be replaced. */
  const load = (nextCycle: string, nextSpan: string) => {
    const existing: WorkspacePopulationList | undefined = population.lists.find((l) => l.cycle === nextCycle && (l.spanFrom ?? '') === nextSpan);
    setTicked(existing ? [...existing.states].sort() : []);
    setComplete(existing ? existing.size === null || existing.size === existing.states.length : true);
    setSize(existing?.size != null && existing.size !== existing.states.length ? String(existing.size) : '');
    setSource(existing?.origin === 'isu' ? existing.source.document : '');
    setParagraph(existing?.source.paragraph != null ? String(existing.source.paragraph) : '');
    setNote(existing?.note ?? '');
  };
  const chooseCycle = (next: string) => {
    const span = spanStarts(cycles, next).some((c) => c.code === spanFrom) ? spanFrom : '';
    setCycle(next);
    setSpanFrom(span);
    load(next, span);
  };
  const chooseSpan = (next: string) => {
    setSpanFrom(next);
    load(cycle, next);
  };
  const exists = population.lists.some((l) => l.cycle === cycle && (l.spanFrom ?? '') === spanFrom);
  const typed = size.trim() === '' ? null : Number(size);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const sizeValue = complete ? null : size.trim() === '' ? Number.NaN : /^\d+$/.test(size.trim()) ? Number(size.trim()) : Number.NaN;
    const parsed = PopulationListInputSchema.safeParse({ size: sizeValue, states: ticked, source, paragraph: paragraphOf(paragraph), note: note.trim() || null, reason });
    const local: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues, 'populations');
    if (cycle === '') local.cycle = { key: 'validation.populations.cycle.required' };
    if (parsed.success && parsed.data.size !== null && parsed.data.size < ticked.length) local.size = { key: 'validation.populations.size.belowNamed', values: { count: ticked.length } };
    if (parsed.success && complete && ticked.length === 0) local.states = { key: 'validation.populations.states.none' };
    if (!parsed.success || Object.keys(local).length > 0) {
      fail(local);
      return;
    }
    clear();
    const at = period({ cycle, spanFrom: spanFrom || null });
    record.mutate(
      { populationId: population.id, cycle, spanFrom: spanFrom || null, ...parsed.data },
      {
        onSuccess: () => {
          setDone(at);
          setReason('');
        },
      },
    );
  };
  return (
    <form ref={form} id={id} className="ws-form ws-panel" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('populations.listForm.title')}</h3>
      <p className="ws-muted">{t('populations.listForm.lead')}</p>
      <div className="ws-form__grid">
        <SelectField id={`${id}-cycle`} label={t('populations.listForm.cycle')} value={cycle} options={cycleOptions(cycles)} onChange={chooseCycle} required error={errorOf('cycle')} />
        <SelectField
          id={`${id}-span`}
          label={t('populations.listForm.spanFrom')}
          hint={t('populations.listForm.spanHint')}
          value={spanFrom}
          options={[{ value: '', label: t('populations.listForm.noSpan') }, ...cycleOptions(spanStarts(cycles, cycle))]}
          onChange={chooseSpan}
          error={errorOf('spanFrom')}
        />
        {exists ? <p className="ws-alert ws-alert--info ws-field--wide">{t('populations.listForm.replaces', { period: period({ cycle, spanFrom: spanFrom || null }) })}</p> : null}
        <StatesTickList
          id={`${id}-states`}
          textKey="populations.states"
          states={states}
          lang={lang}
          selected={ticked}
          complete={complete}
          onChange={setTicked}
          onCompleteChange={setComplete}
          typed={complete ? null : typed}
          error={errorOf('states')}
        />
        {!complete ? (
          <TextField id={`${id}-size`} label={t('populations.listForm.size')} hint={t('populations.listForm.sizeHint')} inputMode="numeric" value={size} onChange={setSize} required error={errorOf('size')} />
        ) : errorOf('size') ? (
          <p className="ws-field__error ws-field--wide" role="alert">
            <span>{errorOf('size')}</span>
          </p>
        ) : null}
        <TextField id={`${id}-source`} className="ws-field--wide" label={t('populations.source')} hint={t('populations.sourceHint')} value={source} onChange={setSource} required error={errorOf('source')} />
        <TextField id={`${id}-paragraph`} label={t('populations.paragraphField')} inputMode="numeric" value={paragraph} onChange={setParagraph} error={errorOf('paragraph')} />
        <TextAreaField id={`${id}-note`} className="ws-field--wide" label={t('populations.note')} value={note} onChange={setNote} rows={2} error={errorOf('note')} />
        <TextAreaField id={`${id}-reason`} className="ws-field--wide" label={t('populations.reason')} hint={t('populations.reasonHint')} value={reason} onChange={setReason} required rows={2} error={errorOf('reason')} />
      </div>
      <FormActions
        submitLabel={exists ? t('populations.listForm.submitReplace') : t('populations.listForm.submit')}
        pending={record.isPending}
        problem={problem}
        done={done ? t('populations.listForm.done', { period: done }) : null}
      />
    </form>
  );
}

export function LedgerForm({ population, cycles, states, names }: { population: WorkspacePopulation; cycles: readonly WorkspaceCycle[]; states: readonly State[]; names: Names }) {
  const { t } = useTranslation('workspace');
  const add = useAddLedgerEntry();
  const { form, check, errorOf, problem } = useFormErrors(add.error, LEDGER_FIELDS);
  const [state, setState] = useState('');
  const [change, setChange] = useState<(typeof POPULATION_CHANGES)[number]>('entered');
  const [date, setDate] = useState('');
  const [cycle, setCycle] = useState('');
  const [spanFrom, setSpanFrom] = useState('');
  const [source, setSource] = useState('');
  const [paragraph, setParagraph] = useState('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState(false);
  const id = `population-ledger-${population.id}`;
  const stateOptions = [{ value: '', label: t('populations.ledger.unnamed') }, ...[...states].map((s) => ({ value: s.code, label: `${names(s.code)} (${s.code})` })).sort((a, b) => a.label.localeCompare(b.label))];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const input = check(PopulationLedgerInputSchema, {
      state: state || null,
      change,
      date: date.trim() || null,
      cycle: cycle || null,
      spanFrom: spanFrom || null,
      source,
      paragraph: paragraphOf(paragraph),
      note: note.trim() || null,
      reason,
    }, 'populations');
    if (!input) return;
    add.mutate(
      { populationId: population.id, ...input },
      {
        onSuccess: () => {
          setDone(true);
          setReason('');
          setNote('');
        },
      },
    );
  };
  return (
    <form ref={form} id={id} className="ws-form ws-panel" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('populations.ledgerForm.title')}</h3>
      <fieldset className="ws-field--wide">
        <legend>{t('populations.ledgerForm.who')}</legend>
        <div className="ws-form__grid">
          <SelectField id={`${id}-state`} label={t('populations.ledgerForm.state')} value={state} options={stateOptions} onChange={setState} error={errorOf('state')} />
          <SelectField
            id={`${id}-change`}
            label={t('populations.ledgerForm.change')}
            value={change}
            options={POPULATION_CHANGES.map((value) => ({ value, label: t(`populations.ledgerForm.changeOption.${value}`) }))}
            onChange={setChange}
            error={errorOf('change')}
          />
        </div>
      </fieldset>
      <fieldset className="ws-field--wide">
        <legend>{t('populations.ledgerForm.when')}</legend>
        <div className="ws-form__grid">
          <TextField id={`${id}-date`} label={t('populations.ledgerForm.date')} hint={t('populations.ledgerForm.dateHint')} value={date} onChange={setDate} error={errorOf('date')} />
          <SelectField
            id={`${id}-cycle`}
            label={t('populations.ledgerForm.cycle')}
            value={cycle}
            options={[{ value: '', label: t('populations.ledgerForm.noCycle') }, ...cycleOptions(cycles)]}
            onChange={(next) => {
              setCycle(next);
              if (!spanStarts(cycles, next).some((c) => c.code === spanFrom)) setSpanFrom('');
            }}
            error={errorOf('cycle')}
          />
          <SelectField
            id={`${id}-span`}
            label={t('populations.listForm.spanFrom')}
            value={spanFrom}
            options={[{ value: '', label: t('populations.listForm.noSpan') }, ...cycleOptions(spanStarts(cycles, cycle))]}
            onChange={setSpanFrom}
            error={errorOf('spanFrom')}
          />
        </div>
      </fieldset>
      <div className="ws-form__grid">
        <TextField id={`${id}-source`} className="ws-field--wide" label={t('populations.source')} hint={t('populations.sourceHint')} value={source} onChange={setSource} required error={errorOf('source')} />
        <TextField id={`${id}-paragraph`} label={t('populations.paragraphField')} inputMode="numeric" value={paragraph} onChange={setParagraph} error={errorOf('paragraph')} />
        <TextAreaField id={`${id}-note`} className="ws-field--wide" label={t('populations.note')} value={note} onChange={setNote} rows={2} error={errorOf('note')} />
        <TextAreaField id={`${id}-reason`} className="ws-field--wide" label={t('populations.reason')} hint={t('populations.reasonHint')} value={reason} onChange={setReason} required rows={2} error={errorOf('reason')} />
      </div>
      <FormActions submitLabel={t('populations.ledgerForm.submit')} pending={add.isPending} problem={problem} done={done ? t('populations.ledgerForm.done') : null} />
    </form>
  );
}
